#include "codecs/jsonfields.h"
#include "testutil.h"
#include "workflow/demo.h"

#include <QProcess>
#include <QSettings>

using namespace verdict;

// Drafts are stored the moment an edit is made: the real application,
// driven by a script of keys and then killed with SIGKILL, loses nothing.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void draftSurvivesKillingTheApp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.verdict"));
        QVERIFY(demo::create(path).ok());
        {
            QSettings settings(dir.filePath(QStringLiteral("config/Verdict/verdict.conf")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("person/name"), QStringLiteral("kim"));
        }
        const QString script = dir.filePath(QStringLiteral("keys.txt"));
        {
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
            file.write("# rank B over A from the response panes\n"
                       "key Ctrl+2\nkey 1\nkey Ctrl+1\nkey 2\n"
                       "# helpfulness: A 4, B 3\n"
                       "key Ctrl+R\nkey Ctrl+Down\nkey 4\nkey Down\nkey 3\n"
                       "# tag the emoji that ends B\n"
                       "key Ctrl+2\nkey Ctrl+End\nkey Shift+Left\nkey H\n"
                       "# the rationale (six criteria below helpfulness), typed\n"
                       "key Ctrl+R\nkey Ctrl+Down 6\ntype B drops the short last batch\n");
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("VERDICT_TEST_SCRIPT"), script);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(VERDICT_BINARY), {path});
        QVERIFY(app.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("script: done") && timer.elapsed() < 60000) {
            app.waitForReadyRead(500);
            out += app.readAllStandardOutput();
            QVERIFY2(app.state() == QProcess::Running, app.readAllStandardError().constData());
        }
        QVERIFY2(out.contains("script: done"), out.constData());
        app.kill(); // SIGKILL: no chance to save anything more
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        auto project = Project::open(path);
        QVERIFY(project.ok());
        const auto stored = (*project)->annotations().find(QStringLiteral("demo-001"), QStringLiteral("kim"));
        QVERIFY(stored.ok() && stored.value());
        const Annotation &a = *stored.value();
        QCOMPARE(a.status, AnnotationStatus::Draft);
        QCOMPARE(testutil::jsonText(a.answers["overall"]), QStringLiteral("[[\"b\"],[\"a\"]]"));
        QCOMPARE(testutil::jsonText(a.answers["helpfulness"]), QStringLiteral("{\"a\":4,\"b\":3}"));
        QCOMPARE(testutil::jsonText(a.answers["hallucination"]),
            QStringLiteral("{\"b\":[{\"end\":423,\"label\":\"unsupported-claim\",\"start\":422}]}"));
        QVERIFY(a.answers["rationale"].is_string());
        QCOMPARE(fromStd(a.answers["rationale"].get<std::string>()), QStringLiteral("B drops the short last batch"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
