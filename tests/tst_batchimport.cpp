#include "codecs/batchformat.h"
#include "codecs/jsonfields.h"
#include "export/batchexporter.h"
#include "import/importer.h"
#include "projectsnapshot.h"
#include "testutil.h"
#include "util/fixedclock.h"
#include "util/textoffsets.h"
#include "workflow/demo.h"

#include <QCryptographicHash>
#include <QFile>

using namespace verdict;
using nlohmann::json;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(VERDICT_TEST_DATA "/batch/") + name;
}

const QString demoBatches = QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/batches/");

std::string why(const Result<ImportReport> &r)
{
    return r.ok() ? std::string() : r.error().toString().toStdString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Rewrites a batch with `edit` applied to its record lines and a fresh end record,
// as a producer who changed content without raising the revision would.
QString rewritten(const QTemporaryDir &dir, const QString &source, const std::function<void(QList<QByteArray> &)> &edit)
{
    QList<QByteArray> lines = readAll(source).split('\n');
    lines.removeLast(); // after the last line feed
    lines.removeLast(); // the end record
    edit(lines);
    QByteArray body;
    for (const QByteArray &line : lines)
        body += line + '\n';
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    body += "{\"type\":\"end\",\"records\":" + QByteArray::number(lines.size()) + ",\"sha256\":\"" + digest + "\"}\n";
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("rewritten-%1.jsonl").arg(n++));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportOptions as(const QString &actor)
{
    ImportOptions options;
    options.actor = actor;
    return options;
}

} // namespace

class TestBatchImport : public QObject
{
    Q_OBJECT

private slots:
    void anAssignmentBringsItsTasksAndRubric()
    {
        QTemporaryDir dir;
        auto workspace = testutil::newProject(dir, QStringLiteral("kim"));
        const auto report
            = Importer(*workspace).importFile(demoBatches + u"assignment.jsonl", as(QStringLiteral("kim")));
        QVERIFY2(report.ok(), why(report).c_str());
        QCOMPARE(report->kind, QStringLiteral("assignment"));
        QCOMPARE(report->counts.tasksAdded, qint64(36));
        QCOMPARE(report->counts.rubricsAdded, 1);
        QCOMPARE(report->records, qint64(38));
        QVERIFY(!report->alreadyImported);
        const auto rubric = workspace->rubrics().get(QStringLiteral("helpful-safe"), 1);
        QVERIFY(rubric.ok() && rubric.value());
        QCOMPARE(rubric.value()->status, RubricStatus::Published);
        QCOMPARE(rubric.value()->criteria.size(), demo::rubric()->criteria.size());
        const auto task = workspace->tasks().byId(QStringLiteral("demo-008"));
        QVERIFY(task.value()->sameContent(demo::tasks()->at(7)));
        const auto info = workspace->info();
        QCOMPARE(info->batches.size(), 1);
        QCOMPARE(info->batches.first().producer, QStringLiteral("lead-ana"));
        const auto events = workspace->audit().recent(1);
        QCOMPARE(events->first().action, QStringLiteral("import"));
        QCOMPARE(events->first().actor, QStringLiteral("kim"));
        QCOMPARE(events->first().detail["tasks"]["added"].get<int>(), 36);
    }

    void aCalibrationAssignmentBringsItsGoldAnswers()
    {
        QTemporaryDir dir;
        auto lead = demo::createWithSampleWork(dir.filePath(QStringLiteral("lead.verdict")));
        QVERIFY(lead.ok());
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("noor");
        spec.taskIds = {QStringLiteral("demo-008"), QStringLiteral("demo-001"), QStringLiteral("demo-014")};
        spec.rubricId = QStringLiteral("helpful-safe");
        spec.rubricVersion = 1;
        spec.withGold = true;
        const QString file = dir.filePath(QStringLiteral("calibration.jsonl"));
        QVERIFY(BatchExporter(**lead).writeAssignment(spec, file, {}).ok());
        auto workspace = testutil::newProject(dir, QStringLiteral("noor"));
        const auto report = Importer(*workspace).importFile(file, {});
        QVERIFY2(report.ok(), why(report).c_str());
        QCOMPARE(report->counts.tasksAdded, qint64(3));
        QCOMPARE(report->counts.goldAdded, qint64(2));
        const auto gold = workspace->gold().get(QStringLiteral("demo-008"));
        QVERIFY(gold.ok() && gold.value());
        QCOMPARE(gold.value()->author, QStringLiteral("lead-ana"));
        QCOMPARE(testutil::jsonText(gold.value()->answers),
            testutil::jsonText((*lead)->gold().get(QStringLiteral("demo-008")).value()->answers));
        // The queue keeps the lead's order.
        const auto rows = workspace->tasks().rowIds({});
        QCOMPARE(workspace->tasks().byRowId(rows->first()).value()->id, QStringLiteral("demo-008"));
    }

    void importingTheSameBatchAgainChangesNothing()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        Importer importer(*project);
        QVERIFY(importer.importFile(demoBatches + u"dataset.jsonl", {}).ok());
        const QString before = testutil::snapshot(*project);
        const auto again = importer.importFile(demoBatches + u"dataset.jsonl", {});
        QVERIFY2(again.ok(), why(again).c_str());
        QVERIFY(again->alreadyImported);
        QCOMPARE(again->revision, 1);
        QCOMPARE(testutil::snapshot(*project), before);
    }

    void brokenBatchesLeaveTheProjectAsItWas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "truncated.jsonl"
                                   << "no end record";
        QTest::newRow("cut in a line") << "cut-in-line.jsonl"
                                       << "cut short";
        QTest::newRow("tampered") << "tampered.jsonl"
                                  << "the digest does not match";
        QTest::newRow("wrong count") << "wrong-count.jsonl"
                                     << "the end record counts";
        QTest::newRow("unknown version") << "unknown-version.jsonl"
                                         << "format version 2";
        QTest::newRow("duplicate key") << "duplicate-key.jsonl"
                                       << "duplicate key";
    }

    void brokenBatchesLeaveTheProjectAsItWas()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        QVERIFY(Importer(*project).importFile(demoBatches + u"dataset.jsonl", {}).ok());
        const QString before = testutil::snapshot(*project);
        // The broken batch's first tasks would be new here: the refusal must take them back.
        const auto report = Importer(*project).importFile(fixture(file), {});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().toString().contains(message), why(report).c_str());
        QCOMPARE(testutil::snapshot(*project), before);
    }

    void aTaskThatChangedIsRefusedAtItsLine()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        QVERIFY(Importer(*project).importFile(fixture(QStringLiteral("valid-assignment.jsonl")), {}).ok());
        const QString changed
            = rewritten(dir, fixture(QStringLiteral("valid-assignment.jsonl")), [](QList<QByteArray> &lines) {
                  lines[0].replace("\"revision\":1", "\"revision\":2");
                  lines[3].replace("Answer A", "Answer Z");
              });
        const QString before = testutil::snapshot(*project);
        const auto report = Importer(*project).importFile(changed, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().line, 4);
        QCOMPARE(report.error().column, int(readAll(changed).split('\n').at(3).indexOf("\"responses\":")) + 13);
        QVERIFY2(report.error().message.contains(u"task t-2 already exists in this project with a different responses"),
            why(report).c_str());
        QCOMPARE(testutil::snapshot(*project), before);
    }

    void answersThatDoNotFitTheRubricAreRefusedAtTheirField()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        QVERIFY(Importer(*project).importFile(fixture(QStringLiteral("valid-assignment.jsonl")), {}).ok());
        const QString bad = rewritten(dir, fixture(QStringLiteral("valid-annotations.jsonl")),
            [](QList<QByteArray> &lines) { lines[1].replace("\"label\":\"pii\"", "\"label\":\"gossip\""); });
        const auto report = Importer(*project).importFile(bad, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().line, 2);
        QCOMPARE(report.error().field, QStringLiteral("answers.spans.b[0].label"));
        QCOMPARE(report.error().column, int(readAll(bad).split('\n').at(1).indexOf("\"gossip\"")) + 1);
        QVERIFY(report.error().message.contains(u"unknown label \"gossip\""));
    }

    void annotationsNeedTheirTask()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        const auto report = Importer(*project).importFile(fixture(QStringLiteral("valid-annotations.jsonl")), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().line, 2);
        QVERIFY(report.error().message.contains(u"no task t-1 in this project"));
    }

    void aRubricVersionNeverChanges()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        Rubric tiny;
        tiny.id = QStringLiteral("tiny");
        tiny.title = QStringLiteral("Something else");
        Criterion c;
        c.key = QStringLiteral("overall");
        c.kind = CriterionKind::Ranking;
        c.title = QStringLiteral("Overall");
        tiny.criteria << c;
        QVERIFY(project->rubrics().publish(tiny, {}, {}).ok());
        const QString before = testutil::snapshot(*project);
        const auto report = Importer(*project).importFile(fixture(QStringLiteral("valid-assignment.jsonl")), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().line, 2);
        QVERIFY(
            report.error().message.contains(u"version 1 of rubric tiny is already published here with other content"));
        QCOMPARE(testutil::snapshot(*project), before);
    }

    // A rubric version keeps the time the producing project published it, not
    // the time it arrived; a batch written before the field existed still
    // imports, with the import time as before.
    void aRubricVersionKeepsItsPublicationTime()
    {
        QTemporaryDir dir;
        const QDateTime published(QDate(2026, 10, 5), QTime(8, 30), Qt::UTC);
        const QDateTime arrived = published.addDays(30);
        auto lead = testutil::newProject(dir, QStringLiteral("lead"));
        {
            const FixedClock clock(published);
            QVERIFY(lead->rubrics().publish(*demo::rubric(), {}, QStringLiteral("ana")).ok());
        }
        QVERIFY(lead->tasks().insert(testutil::task(QStringLiteral("t1"), QStringLiteral("Hello"))).ok());
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("kim");
        spec.taskIds = {QStringLiteral("t1")};
        spec.rubricId = QStringLiteral("helpful-safe");
        spec.rubricVersion = 1;
        const QString file = dir.filePath(QStringLiteral("assignment.jsonl"));
        QVERIFY(BatchExporter(*lead).writeAssignment(spec, file, {}).ok());
        const QList<QByteArray> lines = readAll(file).split('\n');
        QVERIFY2(lines[1].contains("\"published_at\":\"2026-10-05T08:30:00Z\""), lines[1].constData());

        const FixedClock later(arrived);
        auto workspace = testutil::newProject(dir, QStringLiteral("kim"));
        const auto imported = Importer(*workspace).importFile(file, {});
        QVERIFY2(imported.ok(), why(imported).c_str());
        QCOMPARE(workspace->rubrics().get(QStringLiteral("helpful-safe"), 1).value()->publishedAt, published);
        // The trainer's batches carry it on unchanged.
        Annotation a;
        a.taskId = QStringLiteral("t1");
        a.annotator = QStringLiteral("kim");
        a.rubricId = QStringLiteral("helpful-safe");
        a.rubricVersion = 1;
        QVERIFY(workspace->annotations().save(a).ok());
        const QString back = dir.filePath(QStringLiteral("kim.jsonl"));
        QVERIFY(BatchExporter(*workspace).writeAnnotations(QStringLiteral("kim"), back, {}).ok());
        QVERIFY(readAll(back).split('\n')[1].contains("\"published_at\":\"2026-10-05T08:30:00Z\""));

        // Without the field: published when it arrived.
        const QString old = rewritten(dir, file,
            [](QList<QByteArray> &records) { records[1].replace(",\"published_at\":\"2026-10-05T08:30:00Z\"", ""); });
        auto other = testutil::newProject(dir, QStringLiteral("lee"));
        QVERIFY(Importer(*other).importFile(old, {}).ok());
        QCOMPARE(other->rubrics().get(QStringLiteral("helpful-safe"), 1).value()->publishedAt, arrived);

        // A time that is not one is refused at its field, and nothing is imported.
        const QString bad = rewritten(dir, file, [](QList<QByteArray> &records) {
            records[1].replace("\"published_at\":\"2026-10-05T08:30:00Z\"", "\"published_at\":\"last week\"");
        });
        auto third = testutil::newProject(dir, QStringLiteral("noor"));
        const QString before = testutil::snapshot(*third);
        const auto refused = Importer(*third).importFile(bad, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().line, 2);
        QCOMPARE(refused.error().field, QStringLiteral("published_at"));
        QCOMPARE(refused.error().column, int(readAll(bad).split('\n')[1].indexOf("\"last week\"")) + 1);
        QVERIFY2(refused.error().message.contains(u"expected a time like"), why(refused).c_str());
        QCOMPARE(testutil::snapshot(*third), before);
    }

    // A higher revision of an assignment puts its tasks in its own order in
    // the trainer's queue (docs/batch-format.md, "Queue order").
    void theNewestAssignmentRevisionSetsTheQueueOrder()
    {
        QTemporaryDir dir;
        auto lead = demo::create(dir.filePath(QStringLiteral("lead.verdict")));
        QVERIFY(lead.ok());
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("kim");
        spec.rubricId = QStringLiteral("helpful-safe");
        spec.rubricVersion = 1;
        const auto write = [&](const QStringList &order, const QString &name) {
            spec.taskIds.clear();
            for (const QString &n : order)
                spec.taskIds << QStringLiteral("demo-0") + n;
            const QString file = dir.filePath(name);
            const auto report = BatchExporter(**lead).writeAssignment(spec, file, {});
            return report.ok() ? std::optional(std::pair(file, report->revision)) : std::nullopt;
        };
        auto workspace = testutil::newProject(dir, QStringLiteral("kim"));
        const auto queue = [&]() {
            QStringList ids;
            const QList<qint64> rows = workspace->tasks().rowIds({}).value();
            for (qint64 row : rows)
                ids << workspace->tasks().byRowId(row).value()->id.mid(6);
            return ids.join(u' ');
        };
        const auto first
            = write({QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("04")},
                QStringLiteral("rev1.jsonl"));
        QVERIFY(first && first->second == 1);
        QVERIFY(Importer(*workspace).importFile(first->first, {}).ok());
        QCOMPARE(queue(), QStringLiteral("01 02 03 04"));

        // Revision 2 leaves 03 out, brings 05 and changes the order.
        const auto second
            = write({QStringLiteral("04"), QStringLiteral("05"), QStringLiteral("02"), QStringLiteral("01")},
                QStringLiteral("rev2.jsonl"));
        QVERIFY(second && second->second == 2);
        const auto imported = Importer(*workspace).importFile(second->first, {});
        QVERIFY2(imported.ok(), why(imported).c_str());
        QCOMPARE(imported->supersededRevision, 1);
        QCOMPARE(queue(), QStringLiteral("04 05 03 02 01"));

        // "Next unfinished" walks the same order, past finished tasks.
        Annotation done;
        done.taskId = QStringLiteral("demo-003");
        done.annotator = QStringLiteral("kim");
        done.rubricId = QStringLiteral("helpful-safe");
        done.rubricVersion = 1;
        done.status = AnnotationStatus::Skipped;
        QVERIFY(workspace->annotations().save(done).ok());
        TaskFilter mine;
        mine.annotator = QStringLiteral("kim");
        QStringList walked;
        qint64 at = 0;
        while (const auto next = workspace->tasks().nextUnfinished(mine, at).value()) {
            walked << workspace->tasks().byRowId(*next).value()->id.mid(6);
            at = *next;
        }
        QCOMPARE(walked.join(u' '), QStringLiteral("04 05 02 01"));

        // Back to the first order: the tasks it lists take their places again.
        const auto third
            = write({QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("04")},
                QStringLiteral("rev3.jsonl"));
        QVERIFY(third && third->second == 3);
        QVERIFY(Importer(*workspace).importFile(third->first, {}).ok());
        QCOMPARE(queue(), QStringLiteral("01 05 02 03 04"));

        // Other kinds of batch leave the order alone.
        QVERIFY(Importer(*workspace).importFile(demoBatches + u"gold.jsonl", {}).ok());
        QVERIFY(queue().startsWith(u"01 05 02 03 04"));
    }

    // The room's round trip: lead → assignment → trainer → annotations → lead, twice.
    void aHigherRevisionSupersedesAndALowerOneIsRefused()
    {
        QTemporaryDir dir;
        auto lead = demo::create(dir.filePath(QStringLiteral("lead.verdict")));
        QVERIFY(lead.ok());
        auto workspace = testutil::newProject(dir, QStringLiteral("kim"));
        QVERIFY(Importer(*workspace).importFile(demoBatches + u"assignment.jsonl", {}).ok());

        const auto annotate = [&](const QString &task, const nlohmann::json &overall, AnnotationStatus status) {
            Annotation a;
            a.taskId = task;
            a.annotator = QStringLiteral("kim");
            a.rubricId = QStringLiteral("helpful-safe");
            a.rubricVersion = 1;
            a.answers = {{"overall", overall}};
            a.status = status;
            QVERIFY(workspace->annotations().save(a).ok());
        };
        const QDateTime morning(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        std::optional<FixedClock> clock(std::in_place, morning);
        annotate(QStringLiteral("demo-002"), json::array({json::array({"a"}), json::array({"b", "c"})}),
            AnnotationStatus::Draft);
        annotate(QStringLiteral("demo-005"), json::array({json::array({"b"}), json::array({"a"})}),
            AnnotationStatus::Skipped);
        ExportOptions options;
        options.producer = QStringLiteral("kim");
        const QString first = dir.filePath(QStringLiteral("kim-1.jsonl"));
        const auto exported = BatchExporter(*workspace).writeAnnotations(QStringLiteral("kim"), first, options);
        QVERIFY(exported.ok());
        QCOMPARE(exported->revision, 1);

        auto imported = Importer(**lead).importFile(first, {});
        QVERIFY2(imported.ok(), why(imported).c_str());
        QCOMPARE(imported->counts.annotationsAdded, qint64(2));
        QCOMPARE(imported->supersededRevision, 0);
        const auto stored = (*lead)->annotations().find(QStringLiteral("demo-002"), QStringLiteral("kim"));
        QCOMPARE(stored.value()->batchId, exported->batchId);
        QCOMPARE(stored.value()->status, AnnotationStatus::Draft);

        // kim changes a draft (same revision), submits another and exports again.
        clock.emplace(morning.addSecs(60));
        annotate(QStringLiteral("demo-002"), json::array({json::array({"c"}), json::array({"a", "b"})}),
            AnnotationStatus::Draft);
        const QString second = dir.filePath(QStringLiteral("kim-2.jsonl"));
        const auto again = BatchExporter(*workspace).writeAnnotations(QStringLiteral("kim"), second, options);
        QCOMPARE(again->revision, 2);
        QCOMPARE(again->batchId, exported->batchId);
        imported = Importer(**lead).importFile(second, {});
        QVERIFY2(imported.ok(), why(imported).c_str());
        QCOMPARE(imported->supersededRevision, 1);
        QCOMPARE(imported->counts.annotationsReplaced, qint64(1));
        QCOMPARE(imported->counts.annotationsUnchanged, qint64(1));
        QCOMPARE(testutil::jsonText((*lead)
                                        ->annotations()
                                        .find(QStringLiteral("demo-002"), QStringLiteral("kim"))
                                        .value()
                                        ->answers["overall"]),
            QStringLiteral("[[\"c\"],[\"a\",\"b\"]]"));

        // The first revision again: refused, nothing changes.
        const QString before = testutil::snapshot(**lead);
        const auto older = Importer(**lead).importFile(first, {});
        QVERIFY(!older.ok());
        QCOMPARE(older.error().line, 1);
        QVERIFY2(
            older.error().message.contains(u"this is revision 1, but revision 2 was imported"), why(older).c_str());
        QCOMPARE(testutil::snapshot(**lead), before);

        // Same id and revision with other content: refused too.
        const QString forged = rewritten(dir, second, [](QList<QByteArray> &lines) {
            lines.last().replace("\"active_seconds\":", "\"note\":\"edited\",\"active_seconds\":");
        });
        const auto refused = Importer(**lead).importFile(forged, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"with other content; a changed batch needs a higher revision"),
            why(refused).c_str());
        QCOMPARE(testutil::snapshot(**lead), before);
        QCOMPARE((*lead)->info()->batches.size(), 2);
    }

    void anOlderCopyOfAnAnnotationIsKeptOutWithAWarning()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        QVERIFY(Importer(*project).importFile(fixture(QStringLiteral("valid-assignment.jsonl")), {}).ok());
        // A later revision of kim's work arrived first, from another batch.
        const QString newer = rewritten(
            dir, fixture(QStringLiteral("valid-annotations.jsonl")), [](QList<QByteArray> &lines) {
                lines[0].replace("9e8d7c6b-5a4f-5e3d-9c2b-1a0f9e8d7c6b", "9e8d7c6b-5a4f-5e3d-9c2b-1a0f9e8d7c6c");
                lines[1].replace("\"revision\":1", "\"revision\":3").replace("[[\"b\"],[\"a\"]]", "[[\"a\"],[\"b\"]]");
            });
        QVERIFY(Importer(*project).importFile(newer, {}).ok());
        const auto report = Importer(*project).importFile(fixture(QStringLiteral("valid-annotations.jsonl")), {});
        QVERIFY2(report.ok(), why(report).c_str());
        QCOMPARE(report->counts.annotationsKept, qint64(1));
        QCOMPARE(report->warnings.size(), 1);
        QCOMPARE(report->warnings.first().line, 2);
        QVERIFY(
            report->warnings.first().message.contains(u"kept the stored annotation of task t-1 by kim (revision 3"));
        QCOMPARE(project->annotations().find(QStringLiteral("t-1"), QStringLiteral("kim")).value()->revision, 3);
    }

    void aCancelledImportLeavesNothing()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        const QString before = testutil::snapshot(*project);
        std::atomic_bool cancel = false;
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64, qint64) { cancel = true; };
        const auto report = Importer(*project).importFile(demoBatches + u"dataset.jsonl", options);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(u"cancelled"));
        QCOMPARE(testutil::snapshot(*project), before);
    }

    void aSpanAfterAnEmojiSurvivesTheBatchRoundTrip()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        QVERIFY(Importer(*project).importFile(demoBatches + u"dataset.jsonl", {}).ok());
        const Task task = *project->tasks().byId(QStringLiteral("demo-008")).value();
        const QString content = task.response(QStringLiteral("a"))->content;
        const auto kim = project->annotations().find(QStringLiteral("demo-008"), QStringLiteral("kim"));
        const json &spans = kim.value()->answers["hallucination"]["a"];
        QCOMPARE(spans.size(), std::size_t(2));
        const qsizetype from = text::utf16FromCodePoint(content, spans[1]["start"].get<qint64>());
        const qsizetype to = text::utf16FromCodePoint(content, spans[1]["end"].get<qint64>());
        QVERIFY(content.left(from).contains(u"👋"));
        QCOMPARE(content.mid(from, to - from), QStringLiteral("mei.tanaka@example.com"));
    }

    void exportImportExportGivesTheSameRecords()
    {
        QTemporaryDir dir;
        auto a = demo::createWithSampleWork(dir.filePath(QStringLiteral("a.verdict")));
        QVERIFY(a.ok());
        ExportOptions options;
        options.producer = QStringLiteral("lead-ana");
        const auto exportOf = [&](Project &project, const QString &name) {
            const QString path = dir.filePath(name);
            const auto report = BatchExporter(project).writeDataset(path, options);
            if (!report)
                qFatal("%s", qPrintable(report.error().toString()));
            return path;
        };
        const auto records = [](const QString &path) {
            QList<QByteArray> lines = readAll(path).split('\n');
            return lines.mid(1, lines.size() - 3); // without manifest, end record and the empty tail
        };
        const QString first = exportOf(**a, QStringLiteral("first.jsonl"));
        const QString firstId = QString::fromStdString(
            json::parse(readAll(first).split('\n').first().toStdString())["batch_id"].get<std::string>());

        // Into another project: the annotations made in A now say which batch brought them.
        auto b = testutil::newProject(dir, QStringLiteral("b"));
        QVERIFY(Importer(*b).importFile(first, {}).ok());
        const QString second = exportOf(*b, QStringLiteral("second.jsonl"));
        const QList<QByteArray> before = records(first);
        const QList<QByteArray> after = records(second);
        QCOMPARE(after.size(), 53);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            json x = json::parse(before[i].toStdString());
            const json y = json::parse(after[i].toStdString());
            if (x["type"] == "annotation")
                x["batch"] = toStd(firstId);
            QCOMPARE(testutil::jsonText(y), testutil::jsonText(x));
        }

        // From there on the records are a fixed point: export → import → export gives the same bytes.
        auto c = testutil::newProject(dir, QStringLiteral("c"));
        QVERIFY(Importer(*c).importFile(second, {}).ok());
        QCOMPARE(records(exportOf(*c, QStringLiteral("third.jsonl"))), records(second));

        // Back into the project it came from: nothing changes, and its export is byte for byte the same.
        const auto back = Importer(**a).importFile(second, {});
        QVERIFY2(back.ok(), why(back).c_str());
        QCOMPARE(back->counts.tasksUnchanged, qint64(36));
        QCOMPARE(back->counts.annotationsUnchanged, qint64(11));
        QCOMPARE(back->counts.goldUnchanged, qint64(3));
        QCOMPARE(back->counts.adjudicationsUnchanged, qint64(2));
        QCOMPARE(readAll(exportOf(**a, QStringLiteral("again.jsonl"))), readAll(first));
    }
};

QTEST_GUILESS_MAIN(TestBatchImport)
#include "tst_batchimport.moc"
