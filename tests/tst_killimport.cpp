#include "codecs/batchformat.h"
#include "codecs/jsonfields.h"
#include "codecs/jsonlwriter.h"
#include "codecs/rubricjson.h"
#include "projectsnapshot.h"
#include "testutil.h"
#include "workflow/demo.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

using namespace verdict;
using nlohmann::json;

namespace {

// A batch big enough that importing it takes a while: an assignment of `count` tasks of about 1.5 KB.
QString writeBigBatch(const QString &path, int count)
{
    JsonlWriter writer(true);
    if (!writer.open(path).ok())
        qFatal("cannot write %s", qPrintable(path));
    BatchManifest m;
    m.batchId
        = batchformat::batchId(QStringLiteral("kill-test"), BatchKind::Assignment, QStringLiteral("annotator=kim"));
    m.kind = BatchKind::Assignment;
    m.projectId = QStringLiteral("kill-test");
    m.projectName = QStringLiteral("Kill test");
    m.producer = QStringLiteral("lead-ana");
    m.tool = QStringLiteral("verdict test");
    m.rubricId = QStringLiteral("helpful-safe");
    m.rubricVersion = 1;
    m.annotator = QStringLiteral("kim");
    (void)writer.write(batchformat::recordLine("manifest", batchformat::manifestToJson(m)));
    (void)writer.write(batchformat::recordLine("rubric", rubricjson::toJson(*demo::rubric())));
    const std::string filler(600, 'x');
    for (int i = 0; i < count; ++i) {
        const std::string id = "bulk-" + std::to_string(i);
        const json task{{"id", id},
            {"context",
                json::array({json{{"role", "user"}, {"content", "Question " + id + " " + filler.substr(0, 200)}}})},
            {"responses",
                json::array({json{{"id", "a"}, {"model", "m-1"}, {"content", filler}},
                    json{{"id", "b"}, {"model", "m-2"}, {"content", filler}}})},
            {"meta", json{{"language", "en"}}}};
        (void)writer.write(batchformat::recordLine("task", task));
    }
    if (!writer.commit().ok())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString integrity(Project &project)
{
    Statement query = project.database().prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!query.exec().ok() || !query.next())
        return QStringLiteral("cannot check");
    return query.string(0);
}

} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT

private slots:
    void killingTheImportLeavesTheProjectAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lead.verdict"));
        QString before;
        {
            auto project = demo::createWithSampleWork(path);
            QVERIFY(project.ok());
            before = testutil::snapshot(**project);
        }
        // 150,000 tasks (225 MB): the import takes long enough to be killed in the
        // middle of its transaction. The sanitizer build, about ten times slower,
        // sets fewer in its test preset (VERDICT_KILL_IMPORT_TASKS).
        bool given = false;
        const int count = qEnvironmentVariableIntValue("VERDICT_KILL_IMPORT_TASKS", &given);
        const int tasks = given && count > 0 ? count : 150000;
        const QString batch = writeBigBatch(dir.filePath(QStringLiteral("big.jsonl")), tasks);

        QProcess import;
        import.setProcessChannelMode(QProcess::MergedChannels);
        import.start(QStringLiteral(VERDICT_BINARY), {QStringLiteral("import"), path, batch});
        QVERIFY(import.waitForStarted());
        // Wait until the import has written a good part of its transaction, then kill it.
        const QString wal = path + QStringLiteral("-wal");
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(wal).size() < (16 << 20) && import.state() == QProcess::Running && waited.elapsed() < 120000)
            QTest::qWait(10);
        QCOMPARE(import.state(), QProcess::Running); // killed in the middle, not after the end
        const qint64 written = QFileInfo(wal).size();
        import.kill();
        QVERIFY(import.waitForFinished());
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);
        qInfo("killed with %lld MB of the transaction in the write-ahead log", written >> 20);

        {
            auto project = Project::open(path);
            QVERIFY(project.ok());
            QCOMPARE(integrity(**project), QStringLiteral("ok"));
            QCOMPARE(testutil::snapshot(**project), before);
        }
        // Nothing is left in the way: the same import then runs to the end.
        import.start(QStringLiteral(VERDICT_BINARY), {QStringLiteral("import"), path, batch});
        QVERIFY(import.waitForFinished(240000));
        QCOMPARE(import.exitCode(), 0);
        auto project = Project::open(path);
        QCOMPARE(*(*project)->tasks().count(), qint64(36 + tasks));
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
