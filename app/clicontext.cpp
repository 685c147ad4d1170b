#include "clicontext.h"

#include "jsonfields.h"
#include "person.h"

namespace verdict::cli {

Context::Context(QStringList arguments, QTextStream &out, QTextStream &err)
    : out(out)
    , err(err)
    , m_arguments(std::move(arguments))
{ }

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
    return std::nullopt;
}

int Context::fail(const Error &error)
{
    err << QStringLiteral("verdict: ") << error.toString() << u'\n';
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
