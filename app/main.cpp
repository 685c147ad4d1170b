#include "cli.h"
#include "common/appearance.h"
#include "common/appsettings.h"
#include "common/keyscript.h"
#include "common/languages.h"
#include "highlight/codehighlighter.h"
#include "workbench/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describe(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("Verdict"));
    app.setApplicationName(QStringLiteral("verdict"));
    app.setApplicationVersion(QStringLiteral(VERDICT_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (verdict::cli::isHeadless(arguments)) {
        // No display needed: commands never touch Qt Gui.
        QCoreApplication app(argc, argv);
        describe(app);
        verdict::Languages::install(verdict::AppSettings::language());
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = verdict::cli::run(app.arguments(), out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    describe(app);
    app.setApplicationDisplayName(QStringLiteral("Verdict"));
    verdict::Languages::install(verdict::AppSettings::language());
    verdict::Appearance::applySettings();
    // Code highlighting starts on a worker thread while the window is built.
    verdict::CodeHighlighter::instance();
    verdict::MainWindow window;
    window.show();
    // A script of keys to play, for tests that drive the real application and for screenshots.
    // It starts first, so that it can answer what opening the project asks (who is working).
    if (const QString script = qEnvironmentVariable("VERDICT_TEST_SCRIPT"); !script.isEmpty()) {
        auto *player = verdict::KeyScript::fromFile(&window, script, &window);
        if (!player) {
            QTextStream(stderr) << "verdict: cannot read the key script " << script << '\n';
            return 2;
        }
        player->start();
    }
    if (arguments.size() > 1)
        window.openProject(arguments.at(1));
    return app.exec();
}
