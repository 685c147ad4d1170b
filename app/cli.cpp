#include "cli.h"

#include "clicontext.h"
#include "util/libraryversions.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>

namespace verdict::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

const std::array commands{
    Command{"init", QT_TRANSLATE_NOOP("verdict::cli", "create a project"), runInit},
    Command{"info", QT_TRANSLATE_NOOP("verdict::cli", "summarise a project"), runInfo},
    Command{"rubric", QT_TRANSLATE_NOOP("verdict::cli", "publish, show and compare rubric versions"), runRubric},
    Command{"demo", QT_TRANSLATE_NOOP("verdict::cli", "create the demo project"), runDemo},
    Command{"import", QT_TRANSLATE_NOOP("verdict::cli", "import batches and foreign files"), runImport},
    Command{"export", QT_TRANSLATE_NOOP("verdict::cli", "write a batch or a training-data file"), runExport},
    Command{
        "assign", QT_TRANSLATE_NOOP("verdict::cli", "hand out tasks as one assignment batch per annotator"), runAssign},
    Command{"verify", QT_TRANSLATE_NOOP("verdict::cli", "check a batch file's manifest, count and digest"), runVerify},
    Command{"agreement", QT_TRANSLATE_NOOP("verdict::cli", "measure agreement between annotators"), runAgreement},
    Command{"gold-accuracy", QT_TRANSLATE_NOOP("verdict::cli", "compare annotators with the gold answers"),
        runGoldAccuracy},
    Command{"compare-models", QT_TRANSLATE_NOOP("verdict::cli", "compare models from preference judgments"),
        runCompareModels},
    Command{"authoring", QT_TRANSLATE_NOOP("verdict::cli", "review status, duplicates and acceptance of authored work"),
        runAuthoring},
    Command{"redteam-report", QT_TRANSLATE_NOOP("verdict::cli", "write the red-team report (Markdown or HTML)"),
        runRedTeamReport},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

QString overview()
{
    QString text = tr("Usage: verdict [PROJECT]            open the workbench\n"
                      "       verdict COMMAND [OPTIONS]    run a command without a window\n\n"
                      "Commands:\n");
    for (const Command &command : commands)
        text += QStringLiteral("  %1%2\n").arg(QLatin1StringView(command.name), -16).arg(tr(command.summary));
    text += tr("\nOptions:\n  -h, --help     show this help; `verdict COMMAND --help` for a command\n"
               "  -v, --version  show the version; with --verbose, the libraries' versions too\n");
    return text;
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (findCommand(first))
        return true;
    if (first.startsWith(u'-'))
        return true;
    // Anything else is a project to open, unless it cannot be one.
    return !QFileInfo::exists(first) && !first.endsWith(u".verdict");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"-h" || first == u"--help" || first == u"help") {
        out << overview();
        return first.isEmpty() ? BadUsage : Success;
    }
    if (first == u"-v" || first == u"--version") {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        if (arguments.contains(QStringLiteral("--verbose"))) {
            const QString sqlite = LibraryVersions::sqlite();
            out << QStringLiteral("Qt %1 (built with %2)\n")
                       .arg(LibraryVersions::qtRuntime(), LibraryVersions::qtBuild())
                << QStringLiteral("SQLite %1\n").arg(sqlite.isEmpty() ? tr("not available") : sqlite)
                << QStringLiteral("%1 %2\n").arg(LibraryVersions::jsonLibrary(), LibraryVersions::jsonLibraryVersion());
        }
        return Success;
    }
    const Command *command = findCommand(first);
    if (!command) {
        err << tr("verdict: unknown command \"%1\"").arg(first) << u'\n' << overview();
        return BadUsage;
    }
    Context context(arguments, out, err);
    return command->run(context);
}

} // namespace verdict::cli
