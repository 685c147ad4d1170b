#include "codecs/batchformat.h"
#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "export/batchexporter.h"
#include "import/importer.h"
#include "store/taskrow.h"
#include "testutil.h"
#include "util/fixedclock.h"
#include "workflow/demo.h"

#include <QFile>

using namespace verdict;
using nlohmann::json;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

json manifestOf(const QString &path)
{
    return json::parse(readAll(path).split('\n').first().toStdString());
}

std::vector<json> recordsOf(const QString &path, const char *type)
{
    std::vector<json> list;
    for (const QByteArray &line : readAll(path).split('\n')) {
        if (line.isEmpty())
            continue;
        json record = json::parse(line.toStdString());
        if (record["type"] == type)
            list.push_back(std::move(record));
    }
    return list;
}

ExportOptions by(const QString &person)
{
    ExportOptions options;
    options.producer = person;
    return options;
}

} // namespace

class TestBatchExport : public QObject
{
    Q_OBJECT

private slots:
    // resources/demo/batches/README.md says how these were made; making them again gives the same bytes.
    void theDemoBatchesComeOutTheSame()
    {
        QTemporaryDir dir;
        auto project = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
        BatchExporter exporter(**project);
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("kim");
        spec.rubricId = QStringLiteral("helpful-safe");
        spec.rubricVersion = 1;
        const auto tasks = demo::tasks();
        QVERIFY(tasks.ok());
        for (const Task &task : tasks.value())
            spec.taskIds << task.id;
        const QString demoBatches = QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/batches/");
        const auto check = [&](const QString &name, const Result<ExportReport> &report) {
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
            QCOMPARE(readAll(dir.filePath(name)), readAll(demoBatches + name));
        };
        check(QStringLiteral("assignment.jsonl"),
            exporter.writeAssignment(
                spec, dir.filePath(QStringLiteral("assignment.jsonl")), by(QStringLiteral("lead-ana"))));
        check(QStringLiteral("annotations.jsonl"),
            exporter.writeAnnotations(
                QStringLiteral("kim"), dir.filePath(QStringLiteral("annotations.jsonl")), by(QStringLiteral("kim"))));
        check(QStringLiteral("gold.jsonl"),
            exporter.writeGold(dir.filePath(QStringLiteral("gold.jsonl")), by(QStringLiteral("lead-ana"))));
        check(QStringLiteral("dataset.jsonl"),
            exporter.writeDataset(dir.filePath(QStringLiteral("dataset.jsonl")), by(QStringLiteral("lead-ana"))));
        check(QStringLiteral("final-dataset.jsonl"),
            exporter.writeDataset(
                dir.filePath(QStringLiteral("final-dataset.jsonl")), by(QStringLiteral("lead-ana")), ConsensusRule()));
    }

    void theRevisionRisesOnlyWhenTheContentChanges()
    {
        QTemporaryDir dir;
        auto project = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY(project.ok());
        BatchExporter exporter(**project);
        const QString a = dir.filePath(QStringLiteral("a.jsonl"));
        const QString b = dir.filePath(QStringLiteral("b.jsonl"));
        QCOMPARE(exporter.writeAnnotations(QStringLiteral("lee"), a, by(QStringLiteral("lee")))->revision, 1);
        QCOMPARE(exporter.writeAnnotations(QStringLiteral("lee"), b, by(QStringLiteral("lee")))->revision, 1);
        QCOMPARE(readAll(a), readAll(b));

        // Another person writing the same batch changes the manifest: a new revision.
        QCOMPARE(exporter.writeAnnotations(QStringLiteral("lee"), b, by(QStringLiteral("lead-ana")))->revision, 2);

        const FixedClock clock(QDateTime(QDate(2026, 11, 4), QTime(12, 0), Qt::UTC));
        Annotation lee = *(*project)->annotations().find(QStringLiteral("demo-034"), QStringLiteral("lee")).value();
        lee.note = QStringLiteral("Checked the timeline; still not sure.");
        QVERIFY((*project)->annotations().save(lee).ok());
        const auto changed = exporter.writeAnnotations(QStringLiteral("lee"), b, by(QStringLiteral("lead-ana")));
        QCOMPARE(changed->revision, 3);
        QCOMPARE(manifestOf(b)["created_at"].get<std::string>(), "2026-11-04T12:00:00Z"); // the latest change
        QCOMPARE(testutil::jsonText(manifestOf(b)["batch_id"]), testutil::jsonText(manifestOf(a)["batch_id"]));
        // kim's batch has its own id and ledger.
        QCOMPARE(exporter.writeAnnotations(QStringLiteral("kim"), a, by(QStringLiteral("kim")))->revision, 1);
        QVERIFY(manifestOf(a)["batch_id"] != manifestOf(b)["batch_id"]);
    }

    void createdAtIsTheLatestTimeAmongTheRecords()
    {
        QTemporaryDir dir;
        auto project = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY(project.ok());
        const QString out = dir.filePath(QStringLiteral("gold.jsonl"));
        QVERIFY(BatchExporter(**project).writeGold(out, {}).ok());
        QCOMPARE(manifestOf(out)["created_at"].get<std::string>(), "2026-11-03T08:10:00Z"); // the last gold answer
        QVERIFY(BatchExporter(**project).writeDataset(out, {}).ok());
        QCOMPARE(manifestOf(out)["created_at"].get<std::string>(), "2026-11-03T09:05:00Z"); // the last decision
    }

    void anAssignmentKeepsTheGivenOrderAndLeavesGoldOut()
    {
        QTemporaryDir dir;
        auto project = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY(project.ok());
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("lee");
        spec.taskIds = {QStringLiteral("demo-014"), QStringLiteral("demo-002"), QStringLiteral("demo-008")};
        spec.rubricId = QStringLiteral("helpful-safe");
        spec.rubricVersion = 1;
        const QString plain = dir.filePath(QStringLiteral("plain.jsonl"));
        const auto report = BatchExporter(**project).writeAssignment(spec, plain, by(QStringLiteral("lead-ana")));
        QVERIFY(report.ok());
        QCOMPARE(report->tasks, qint64(3));
        QStringList order;
        for (const json &t : recordsOf(plain, "task"))
            order << QString::fromStdString(t["id"].get<std::string>());
        QCOMPARE(order, spec.taskIds);
        QVERIFY(recordsOf(plain, "gold").empty());
        QCOMPARE(manifestOf(plain)["annotator"].get<std::string>(), "lee");
        QCOMPARE(manifestOf(plain)["rubric"]["version"].get<int>(), 1);
        QVERIFY(!manifestOf(plain).contains("calibration"));

        // A calibration batch carries the gold answers of its tasks, under its own batch id.
        spec.withGold = true;
        const QString calibration = dir.filePath(QStringLiteral("calibration.jsonl"));
        QVERIFY(BatchExporter(**project).writeAssignment(spec, calibration, by(QStringLiteral("lead-ana"))).ok());
        const auto gold = recordsOf(calibration, "gold");
        QCOMPARE(gold.size(), std::size_t(2)); // demo-002 has none
        QCOMPARE(gold[0]["task"].get<std::string>(), "demo-014");
        QCOMPARE(gold[1]["task"].get<std::string>(), "demo-008");
        QVERIFY(manifestOf(calibration)["calibration"].get<bool>());
        QVERIFY(manifestOf(calibration)["batch_id"] != manifestOf(plain)["batch_id"]);

        // A label tells apart batches for the same person.
        spec.withGold = false;
        spec.label = QStringLiteral("round 2");
        QVERIFY(BatchExporter(**project).writeAssignment(spec, calibration, by(QStringLiteral("lead-ana"))).ok());
        QVERIFY(manifestOf(calibration)["batch_id"] != manifestOf(plain)["batch_id"]);
    }

    void aBadAssignmentWritesNoFile_data()
    {
        QTest::addColumn<QStringList>("tasks");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing task") << QStringList{QStringLiteral("demo-001"), QStringLiteral("nope")} << 1
                                      << "no task nope in this project";
        QTest::newRow("twice") << QStringList{QStringLiteral("demo-001"), QStringLiteral("demo-001")} << 1
                               << "task demo-001 is listed twice";
        QTest::newRow("no rubric") << QStringList{QStringLiteral("demo-001")} << 2
                                   << "rubric helpful-safe version 2 is not published";
        QTest::newRow("no tasks") << QStringList() << 1 << "at least one task";
    }

    void aBadAssignmentWritesNoFile()
    {
        QFETCH(QStringList, tasks);
        QFETCH(int, version);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto project = demo::create(dir.filePath(QStringLiteral("demo.verdict")));
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("kim");
        spec.taskIds = tasks;
        spec.rubricId = QStringLiteral("helpful-safe");
        spec.rubricVersion = version;
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const auto report = BatchExporter(**project).writeAssignment(spec, out, {});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().toString()));
        QVERIFY(!QFile::exists(out));
    }

    void aCancelledExportWritesNoFile()
    {
        QTemporaryDir dir;
        auto project = demo::create(dir.filePath(QStringLiteral("demo.verdict")));
        for (int i = 0; i < 3000; ++i)
            QVERIFY(
                (*project)->tasks().insert(testutil::task(QStringLiteral("bulk-%1").arg(i), QStringLiteral("q"))).ok());
        std::atomic_bool cancel = true;
        ExportOptions options;
        options.cancel = &cancel;
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const auto report = BatchExporter(**project).writeDataset(out, options);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(u"cancelled"));
        QVERIFY(!QFile::exists(out));
    }

    // A file on disk means a recorded export: when the project cannot record
    // the export (another connection holds its write lock), no file appears,
    // and the next export does not give the same revision other content.
    void anExportThatCannotBeRecordedLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.verdict"));
        auto project = demo::createWithSampleWork(path);
        QVERIFY(project.ok());
        QVERIFY((*project)->database().exec(QStringLiteral("PRAGMA busy_timeout = 200")).ok());
        BatchExporter exporter(**project);
        const QString first = dir.filePath(QStringLiteral("first.jsonl"));
        QCOMPARE(exporter.writeAnnotations(QStringLiteral("lee"), first, by(QStringLiteral("lee")))->revision, 1);

        const auto changeNote = [&](const QString &note) {
            Annotation lee = *(*project)->annotations().find(QStringLiteral("demo-034"), QStringLiteral("lee")).value();
            lee.note = note;
            return (*project)->annotations().save(lee).ok();
        };
        QVERIFY(changeNote(QStringLiteral("first change")));
        const QString refused = dir.filePath(QStringLiteral("refused.jsonl"));
        {
            auto other = Project::open(path);
            QVERIFY(other.ok());
            Transaction holding((*other)->database());
            QVERIFY(holding.ok());
            const auto report = exporter.writeAnnotations(QStringLiteral("lee"), refused, by(QStringLiteral("lee")));
            QVERIFY(!report.ok());
        }
        QVERIFY(!QFile::exists(refused));

        QVERIFY(changeNote(QStringLiteral("second change")));
        const QString next = dir.filePath(QStringLiteral("next.jsonl"));
        const auto report = exporter.writeAnnotations(QStringLiteral("lee"), next, by(QStringLiteral("lee")));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->revision, 2);

        // Every file there is was recorded, and another project takes them in turn.
        const auto events = (*project)->audit().recent(100);
        QVERIFY(events.ok());
        for (const QString &file : {first, next}) {
            const std::string sha = json::parse(readAll(file).trimmed().split('\n').last().toStdString())["sha256"];
            bool recorded = false;
            for (const AuditEvent &event : *events)
                recorded = recorded || (event.action == u"export" && event.detail.value("sha256", "") == sha);
            QVERIFY2(recorded, qPrintable(file));
        }
        auto receiving = demo::create(dir.filePath(QStringLiteral("receiving.verdict")));
        QVERIFY(receiving.ok());
        for (const QString &file : {first, next}) {
            const auto imported = Importer(**receiving).importFile(file, {});
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        }
    }

    // Several batches all or none: held batches appear, recorded, only when
    // published; discarded, or when recording them fails, none does.
    void heldBatchesAppearTogetherOrNotAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.verdict"));
        auto project = demo::createWithSampleWork(path);
        QVERIFY(project.ok());
        QVERIFY((*project)->database().exec(QStringLiteral("PRAGMA busy_timeout = 200")).ok());
        const auto exports = [&] {
            const auto events = (*project)->audit().recent(1000);
            if (!events)
                return -1;
            int count = 0;
            for (const AuditEvent &event : events.value())
                count += event.action == u"export" ? 1 : 0;
            return count;
        };
        const auto file = [&](const char *name) { return dir.filePath(QLatin1StringView(name)); };
        BatchExporter exporter(**project);

        exporter.hold();
        QCOMPARE(exporter.writeAnnotations(QStringLiteral("kim"), file("kim.jsonl"), {})->revision, 1);
        QCOMPARE(exporter.writeAnnotations(QStringLiteral("lee"), file("lee.jsonl"), {})->revision, 1);
        QVERIFY(!QFile::exists(file("kim.jsonl")) && !QFile::exists(file("lee.jsonl")));
        QCOMPARE(exports(), 0);
        QVERIFY(exporter.publish().ok());
        QVERIFY(QFile::exists(file("kim.jsonl")) && QFile::exists(file("lee.jsonl")));
        QCOMPARE(exports(), 2);

        exporter.hold();
        QVERIFY(exporter.writeGold(file("gold.jsonl"), {}).ok());
        exporter.discard();
        QVERIFY(!QFile::exists(file("gold.jsonl")));
        QCOMPARE(exports(), 2);

        exporter.hold();
        QVERIFY(exporter.writeGold(file("gold.jsonl"), {}).ok());
        QVERIFY(exporter.writeDataset(file("dataset.jsonl"), {}).ok());
        {
            auto other = Project::open(path);
            QVERIFY(other.ok());
            Transaction holding((*other)->database());
            QVERIFY(holding.ok());
            const auto published = exporter.publish();
            QVERIFY(!published.ok());
            QVERIFY(published.error().busy);
        }
        QVERIFY(!QFile::exists(file("gold.jsonl")) && !QFile::exists(file("dataset.jsonl")));
        QCOMPARE(exports(), 2);
        // Not held any more: the next export goes straight into place.
        QVERIFY(exporter.writeGold(file("gold.jsonl"), {}).ok());
        QVERIFY(QFile::exists(file("gold.jsonl")));
    }

    // Two exports of one batch at once: the one that records second does not
    // keep the revision the first took for other content.
    void concurrentExportsNeverShareARevision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.verdict"));
        auto project = demo::createWithSampleWork(path);
        QVERIFY(project.ok());
        auto other = Project::open(path);
        QVERIFY(other.ok());
        const QString mine = dir.filePath(QStringLiteral("mine.jsonl"));
        const QString theirs = dir.filePath(QStringLiteral("theirs.jsonl"));
        bool interfered = false;
        ExportOptions options = by(QStringLiteral("lee"));
        // While this export writes its file, another connection changes the
        // annotations and exports the same batch.
        options.progress = [&](qint64, qint64) {
            if (interfered)
                return;
            interfered = true;
            Annotation lee = *(*other)->annotations().find(QStringLiteral("demo-034"), QStringLiteral("lee")).value();
            lee.note = QStringLiteral("changed meanwhile");
            QVERIFY((*other)->annotations().save(lee).ok());
            QCOMPARE(BatchExporter(**other)
                         .writeAnnotations(QStringLiteral("lee"), theirs, by(QStringLiteral("lee")))
                         ->revision,
                1);
        };
        const auto report = BatchExporter(**project).writeAnnotations(QStringLiteral("lee"), mine, options);
        QVERIFY(interfered);
        // One batch id and revision, one content: the export that recorded
        // second wrote what the project held by then, under the revision that fits it.
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(testutil::jsonText(manifestOf(mine)["batch_id"]), testutil::jsonText(manifestOf(theirs)["batch_id"]));
        if (manifestOf(mine)["revision"].get<int>() == manifestOf(theirs)["revision"].get<int>())
            QCOMPARE(readAll(mine), readAll(theirs));
        QVERIFY(readAll(mine).contains("changed meanwhile"));
    }

    // The fast path writes task records from stored text; it must match the record a Task makes.
    void taskLinesMatchTheCanonicalRecord()
    {
        auto tasks = demo::tasks();
        Task sparse = testutil::task(QStringLiteral("sparse \"quoted\" ✓"), QStringLiteral("q"));
        sparse.responses[1].model.clear();
        sparse.context.clear();
        tasks->append(sparse);
        for (const Task &task : *tasks) {
            const TaskRow row = TaskRow::fromTask(task);
            json record = taskjson::toJson(task);
            record.erase("type");
            QCOMPARE(QString::fromStdString(BatchExporter::taskLine(row.id, row.context, row.responses, row.meta)),
                QString::fromStdString(batchformat::recordLine("task", record)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchExport)
#include "tst_batchexport.moc"
