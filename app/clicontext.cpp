#include "clicontext.h"

#include "codecs/jsonfields.h"
#include "domain/person.h"
#include "store/database.h"

#include <cmath>

namespace verdict::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("verdict::cli", text, disambiguation, n);
}

Context::Context(QStringList arguments, QTextStream &out, QTextStream &err)
    : out(out)
    , err(err)
    , m_arguments(std::move(arguments))
{
    Database::setDefaultBusyTimeout(DefaultWaitSeconds * 1000);
}

std::optional<int> Context::parse(QCommandLineParser &parser, const QString &synopsis, const QString &description,
    int minPositional, int maxPositional)
{
    m_synopsis = synopsis;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    // Drop the program name and command: QCommandLineParser expects one program name.
    QStringList arguments = m_arguments.mid(1);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names the program only; name the command too.
        text = text.mid(text.indexOf(u'\n') + 1);
        out << tr("Usage: verdict %1").arg(synopsis) << QStringLiteral("\n\n") << description << u'\n' << text;
        return int(Success);
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usage(tr("missing arguments"));
    if (maxPositional >= 0 && count > maxPositional)
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(maxPositional)));
    if (parser.optionNames().contains(QStringLiteral("wait"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("wait")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 86400 * 24)
            return usage(tr("--wait expects a number of seconds, such as 60, not \"%1\"")
                             .arg(parser.value(QStringLiteral("wait"))));
        Database::setDefaultBusyTimeout(int(std::lround(seconds * 1000)));
    }
    return std::nullopt;
}

int Context::fail(const Error &error)
{
    Error shown = error;
    if (shown.busy)
        shown.message += tr("; run the command again when that has finished, or let it wait longer with --wait "
                            "SECONDS");
    err << QStringLiteral("verdict: ") << shown.toString() << u'\n';
    err.flush();
    return BadInput;
}

int Context::usage(const QString &message)
{
    err << QStringLiteral("verdict: ") << message << u'\n';
    if (!m_synopsis.isEmpty())
        err << tr("Usage: verdict %1").arg(m_synopsis) << u'\n';
    err << tr("Try `verdict %1 --help`.").arg(m_arguments.value(1)) << u'\n';
    err.flush();
    return BadUsage;
}

void Context::printJson(const nlohmann::json &value)
{
    out << fromStd(value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << u'\n';
    out.flush();
}

QCommandLineOption Context::actorOption()
{
    return QCommandLineOption(
        QStringLiteral("as"), tr("Act as PERSON (default: $VERDICT_PERSON or your login)."), QStringLiteral("PERSON"));
}

QCommandLineOption Context::waitOption()
{
    return QCommandLineOption(QStringLiteral("wait"),
        tr("When another program is writing to the project (a long import), wait up to SECONDS for it "
           "(default %1).")
            .arg(DefaultWaitSeconds),
        QStringLiteral("SECONDS"), QString::number(DefaultWaitSeconds));
}

std::optional<QString> Context::actor(const QCommandLineParser &parser)
{
    if (parser.optionNames().contains(QStringLiteral("as")) && parser.isSet(QStringLiteral("as"))) {
        const QString person = parser.value(QStringLiteral("as")).trimmed();
        if (person.isEmpty()) {
            usage(tr("--as needs a name"));
            return std::nullopt;
        }
        return person;
    }
    const QString person = personFromEnvironment();
    if (person.isEmpty()) {
        usage(tr("cannot tell who you are: $VERDICT_PERSON, $USER and $USERNAME are not set and your user has no "
                 "login name; name yourself with --as NAME"));
        return std::nullopt;
    }
    return person;
}

} // namespace verdict::cli
