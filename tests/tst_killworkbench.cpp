#include "codecs/jsonfields.h"
#include "common/appsettings.h"
#include "store/pendingjournal.h"
#include "testutil.h"
#include "workbench/mainwindow.h"
#include "workflow/demo.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using namespace verdict;

namespace {

// A trainer's session in the real application while another program holds
// the project: a submit made entirely from the keyboard, then a skip. Both
// wait for the project; the test kills the application once they are kept.
const char *const script = R"(expect text demo-001
key Ctrl+1
key 2
key Ctrl+2
key 1
key Ctrl+R
key Ctrl+Down
key 4
key Down
key 2
key Ctrl+Down
key 5
key Down
key 2
key Ctrl+Down 3
key 1
key Tab
key 1
key Ctrl+Return
type A handles the short last batch; B drops it.
key Ctrl+Return
expect text Project busy
action skip
expect text Why can't you judge this task?
type Needs a Python expert
key Return
print kept
)";

QString statusOf(const PendingWrite &write)
{
    return write.annotation.taskId + u' ' + annotationStatusName(write.annotation.status);
}

} // namespace

// The application killed (SIGKILL) while its submits wait for a busy
// project: nothing the trainer submitted is lost. The next workbench to open
// the project stores each, at the time it was made.
class TestKillWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-kill-test"));
        AppSettings::setPerson(QStringLiteral("kim"));
    }

    void submitsWaitingWhenTheWorkbenchIsKilledAreStoredOnReopening()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("trainer.verdict"));
        QVERIFY(demo::create(path).ok());

        QProcess holder;
        holder.start(QStringLiteral(LOCKHOLDER_BINARY), {path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));

        QFile keys(dir.filePath(QStringLiteral("trainer.keys")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write(script);
        keys.close();
        // Working as kim already: no question when the window opens, which keeps it the active one.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config/Verdict"))));
        QFile settings(dir.filePath(QStringLiteral("config/Verdict/verdict.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[person]\nname=kim\n");
        settings.close();
        QProcess workbench;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("VERDICT_TEST_SCRIPT"), keys.fileName());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        workbench.setProcessEnvironment(env);
        workbench.start(QStringLiteral(VERDICT_BINARY), {path});
        QVERIFY(workbench.waitForStarted());

        // Wait for the script to be through, and for both to be kept beside the project.
        const QString journal = PendingJournal::pathFor(path);
        QStringList kept;
        QElapsedTimer waited;
        waited.start();
        QByteArray output;
        while (waited.elapsed() < 120000 && workbench.state() == QProcess::Running) {
            workbench.waitForReadyRead(200);
            output += workbench.readAllStandardOutput();
            if (!output.contains("kept"))
                continue;
            kept.clear();
            if (const auto read = PendingJournal::read(journal); read.ok()) {
                for (const PendingWrite &write : read->writes) {
                    if (!write.activeSecondsOnly && write.annotation.status != AnnotationStatus::Draft)
                        kept << statusOf(write);
                }
            }
            if (kept.size() == 2)
                break;
        }
        const QByteArray errors = workbench.readAllStandardError();
        QVERIFY2(!errors.contains("script: failed"), errors.constData());
        QCOMPARE(kept, (QStringList{QStringLiteral("demo-001 submitted"), QStringLiteral("demo-002 skipped")}));
        QCOMPARE(PendingJournal::holder(journal), std::optional<qint64>(workbench.processId()));

        workbench.kill();
        QVERIFY(workbench.waitForFinished());
        QCOMPARE(workbench.exitStatus(), QProcess::CrashExit);
        holder.write("done\n");
        QVERIFY(holder.waitForFinished());

        // Nothing reached the project: the lock was held until the kill.
        const auto left = PendingJournal::read(journal);
        QVERIFY(left.ok());
        QVERIFY(left->warnings.isEmpty());
        auto reader = Project::open(path);
        QVERIFY(reader.ok());
        QVERIFY(!(*reader)->annotations().find(QStringLiteral("demo-001"), QStringLiteral("kim")).value());
        QCOMPARE(PendingJournal::holder(journal), std::nullopt);

        // Opened again: both stored, each at the time it was made.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(100);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        for (const PendingWrite &write : left->writes) {
            if (write.activeSecondsOnly || write.annotation.status == AnnotationStatus::Draft)
                continue;
            const auto stored = (*reader)->annotations().find(write.annotation.taskId, QStringLiteral("kim"));
            QVERIFY(stored.ok() && stored.value());
            QCOMPARE(stored.value()->status, write.annotation.status);
            QCOMPARE(stored.value()->revision, 1);
            QCOMPARE(stored.value()->submittedAt, write.at);
            QCOMPARE(testutil::jsonText(stored.value()->answers), testutil::jsonText(write.annotation.answers));
        }
        const auto submit = (*reader)->annotations().find(QStringLiteral("demo-001"), QStringLiteral("kim"));
        QCOMPARE(fromStd(submit.value()->answers["rationale"].get<std::string>()),
            QStringLiteral("A handles the short last batch; B drops it."));
        const auto skip = (*reader)->annotations().find(QStringLiteral("demo-002"), QStringLiteral("kim"));
        QCOMPARE(skip.value()->note, QStringLiteral("Needs a Python expert"));
        QVERIFY(PendingJournal::existing(path).isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"Recovered"),
            qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestKillWorkbench)
#include "tst_killworkbench.moc"
