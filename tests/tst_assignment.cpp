#include "batchrecords.h"
#include "export/assigner.h"
#include "export/assignmentplan.h"
#include "store/project.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include <nlohmann/json.hpp>

using namespace verdict;
using nlohmann::json;

using verdict::testutil::holdsKey;
using verdict::testutil::records;

namespace {

QStringList ids(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 1; i <= count; ++i)
        list << QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QChar(u'0'));
    return list;
}

template<typename T>
std::string why(const Result<T> &result)
{
    return result.ok() ? std::string() : result.error().toString().toStdString();
}

} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private slots:
    void goldCountFollowsTheRate()
    {
        // n regular tasks with g gold: g / (n + g) ≈ rate.
        QCOMPARE(AssignmentPlan::goldCount(40, 0.1), 4); // 4.44 → 4; 4/44 = 0.091
        QCOMPARE(AssignmentPlan::goldCount(90, 0.1), 10); // 10/100 exactly
        QCOMPARE(AssignmentPlan::goldCount(30, 0.25), 10); // 10/40
        QCOMPARE(AssignmentPlan::goldCount(40, 0), 0);
        QCOMPARE(AssignmentPlan::goldCount(0, 0.5), 0);
    }

    void everyTaskGoesToKDistinctAnnotatorsWithBalancedLoads()
    {
        const QStringList regular = ids(QStringLiteral("t"), 61);
        const QStringList gold = ids(QStringLiteral("g"), 10);
        AssignmentPlanOptions options;
        options.annotators
            = {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen"), QStringLiteral("dara")};
        options.overlap = 3;
        options.goldRate = 0.1;
        options.seed = 7;
        auto plan = AssignmentPlan::make(regular, gold, options);
        QVERIFY2(plan.ok(), why(plan).c_str());
        QCOMPARE(plan->size(), 4);

        QHash<QString, QSet<QString>> holders;
        const QSet<QString> goldSet(gold.cbegin(), gold.cend());
        QList<int> loads;
        int goldSlots = 0;
        for (const AnnotatorShare &share : *plan) {
            const QSet<QString> unique(share.taskIds.cbegin(), share.taskIds.cend());
            QCOMPARE(unique.size(), share.taskIds.size()); // nobody gets a task twice
            int goldSeen = 0;
            for (const QString &id : share.taskIds) {
                if (goldSet.contains(id))
                    ++goldSeen;
                holders[id].insert(share.annotator);
            }
            QCOMPARE(goldSeen, share.goldTasks);
            goldSlots += goldSeen;
            loads << int(share.taskIds.size());
        }
        // round(0.1 × 61 / 0.9) = 7 gold tasks join the 61: 68 × 3 = 204 slots over 4 people.
        std::sort(loads.begin(), loads.end());
        QCOMPARE(loads, (QList<int>{51, 51, 51, 51}));
        QCOMPARE(holders.size(), regular.size() + 7);
        for (const QSet<QString> &people : std::as_const(holders))
            QCOMPARE(people.size(), 3);
        QCOMPARE(goldSlots, 7 * 3);
    }

    // Annotators who compare their files must not find the gold tasks: a
    // gold task goes to as many of them as a regular one, and sits in their
    // files as a regular one does.
    void goldIsPlacedLikeAnyTask()
    {
        QTemporaryDir dir;
        auto project = makeLeadProject(dir);
        AssignOptions options;
        options.plan.annotators = {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")};
        options.plan.overlap = 2;
        options.plan.goldRate = 0.2; // round(0.2 × 20 / 0.8) = 5, capped at the pool of 4
        options.plan.seed = 7;
        options.outDir = dir.filePath(QStringLiteral("out"));
        auto report = Assigner::run(*project, options, {});
        QVERIFY2(report.ok(), why(report).c_str());

        // In how many files each task is, and at which places.
        QHash<QString, int> files;
        QHash<QString, QList<double>> places;
        for (const AssignedBatch &batch : report->batches) {
            QStringList order;
            for (const json &record : records(batch.file)) {
                if (record["type"] == "task")
                    order << QString::fromStdString(record["id"].get<std::string>());
            }
            for (qsizetype i = 0; i < order.size(); ++i) {
                ++files[order[i]];
                places[order[i]] << double(i) / double(order.size());
            }
        }
        QMap<int, int> goldCounts;
        QMap<int, int> regularCounts;
        int goldSent = 0;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const bool gold = it.key().startsWith(u'g');
            ++(gold ? goldCounts : regularCounts)[it.value()];
            goldSent += gold ? 1 : 0;
        }
        QCOMPARE(goldSent, 4);
        QCOMPARE(regularCounts, (QMap<int, int>{{2, 20}}));
        QCOMPARE(goldCounts, (QMap<int, int>{{2, 4}}));
        int goldTasks = 0;
        for (const AssignedBatch &batch : report->batches)
            goldTasks += batch.goldTasks;
        QCOMPARE(goldTasks, 4 * 2);
    }

    void goldIsSpreadOverThePool()
    {
        AssignmentPlanOptions options;
        options.annotators = {QStringLiteral("ana"), QStringLiteral("ben")};
        options.goldRate = 0.5;
        // round(0.5 × 4 / 0.5) = 4: the 4 gold tasks are all used.
        auto plan = AssignmentPlan::make(ids(QStringLiteral("t"), 4), ids(QStringLiteral("g"), 4), options);
        QVERIFY(plan.ok());
        QSet<QString> used;
        for (const AnnotatorShare &share : *plan) {
            for (const QString &id : share.taskIds) {
                if (id.startsWith(u'g'))
                    used.insert(id);
            }
        }
        QCOMPARE(used.size(), 4);
        // More gold asked for than there is: capped at the pool, each gold task sent once (overlap 1).
        options.goldRate = 0.9;
        plan = AssignmentPlan::make(ids(QStringLiteral("t"), 10), ids(QStringLiteral("g"), 3), options);
        QVERIFY(plan.ok());
        QCOMPARE(plan->at(0).goldTasks + plan->at(1).goldTasks, 3);
    }

    void theSeedDecidesTheOrder()
    {
        AssignmentPlanOptions options;
        options.annotators = {QStringLiteral("ana"), QStringLiteral("ben")};
        options.overlap = 2;
        options.seed = 1;
        const QStringList tasks = ids(QStringLiteral("t"), 30);
        const auto first = AssignmentPlan::make(tasks, {}, options);
        const auto again = AssignmentPlan::make(tasks, {}, options);
        QCOMPARE(first->at(0).taskIds, again->at(0).taskIds);
        QCOMPARE(first->at(1).taskIds, again->at(1).taskIds);
        // Each person's order is a shuffle, and not the same one for both.
        QVERIFY(first->at(0).taskIds != tasks);
        QVERIFY(first->at(0).taskIds != first->at(1).taskIds);
        options.seed = 2;
        const auto other = AssignmentPlan::make(tasks, {}, options);
        QVERIFY(other->at(0).taskIds != first->at(0).taskIds);
    }

    void badPlansAreRefused_data()
    {
        QTest::addColumn<QStringList>("annotators");
        QTest::addColumn<int>("overlap");
        QTest::addColumn<double>("rate");
        QTest::addColumn<bool>("withGold");
        QTest::addColumn<QString>("message");
        const QStringList two{QStringLiteral("ana"), QStringLiteral("ben")};
        QTest::newRow("nobody") << QStringList() << 1 << 0.0 << true << QStringLiteral("at least one annotator");
        QTest::newRow("twice") << QStringList{QStringLiteral("ana"), QStringLiteral("ana")} << 1 << 0.0 << true
                               << QStringLiteral("named twice");
        QTest::newRow("overlap too high") << two << 3 << 0.0 << true << QStringLiteral("between 1 and");
        QTest::newRow("overlap zero") << two << 0 << 0.0 << true << QStringLiteral("between 1 and");
        QTest::newRow("rate one") << two << 1 << 1.0 << true << QStringLiteral("gold rate");
        QTest::newRow("no gold") << two << 1 << 0.1 << false << QStringLiteral("has none");
        // Names the batch reader would refuse, so that the work could never come back.
        QTest::newRow("control character")
            << QStringList{QStringLiteral("ana"), QStringLiteral("b\x01n")} << 1 << 0.0 << true
            << QStringLiteral("the name of annotator 2 must not contain control characters");
        QTest::newRow("too long") << QStringList{QString(101, u'x')} << 1 << 0.0 << true
                                  << QStringLiteral("the name of annotator 1 is 101 characters long; at most 100");
    }

    void badPlansAreRefused()
    {
        QFETCH(QStringList, annotators);
        QFETCH(int, overlap);
        QFETCH(double, rate);
        QFETCH(bool, withGold);
        QFETCH(QString, message);
        AssignmentPlanOptions options{annotators, overlap, rate, 0};
        const auto plan = AssignmentPlan::make(
            ids(QStringLiteral("t"), 5), withGold ? ids(QStringLiteral("g"), 2) : QStringList(), options);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().message));
    }

    void batchesCarryNoGoldAndNoPeerLabels()
    {
        QTemporaryDir dir;
        auto project = makeLeadProject(dir);
        AssignOptions options;
        options.plan.annotators = {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")};
        options.plan.overlap = 2;
        options.plan.goldRate = 0.1;
        options.plan.seed = 42;
        options.outDir = dir.filePath(QStringLiteral("out"));
        auto report = Assigner::run(*project, options, {});
        QVERIFY2(report.ok(), why(report).c_str());
        QCOMPARE(report->regularTasks, 20);
        QCOMPARE(report->goldPool, 4);
        QCOMPARE(report->batches.size(), 3);

        const QSet<QString> goldIds{
            QStringLiteral("g-001"), QStringLiteral("g-002"), QStringLiteral("g-003"), QStringLiteral("g-004")};
        int goldSent = 0;
        QSet<std::string> regularShape;
        for (const AssignedBatch &batch : report->batches) {
            QCOMPARE(QFileInfo(batch.file).fileName(), Assigner::fileNameFor(batch.annotator, {}));
            const QList<json> lines = records(batch.file);
            QVERIFY(!lines.isEmpty());
            QCOMPARE(lines.first()["kind"].get<std::string>(), std::string("assignment"));
            QCOMPARE(lines.first()["annotator"].get<std::string>(), batch.annotator.toStdString());
            QVERIFY(!lines.first().contains("calibration"));
            int tasks = 0;
            for (const json &record : lines) {
                const std::string type = record["type"].get<std::string>();
                QVERIFY2(type != "gold" && type != "annotation" && type != "adjudication", type.c_str());
                QVERIFY(!holdsKey(record, "gold"));
                QVERIFY(!holdsKey(record, "answers"));
                QVERIFY(!holdsKey(record, "annotator") || type == "manifest");
                if (type != "task")
                    continue;
                ++tasks;
                // A gold task has exactly the fields any task has.
                std::string shape;
                for (auto it = record.begin(); it != record.end(); ++it)
                    shape += it.key() + ",";
                regularShape.insert(shape);
                if (goldIds.contains(QString::fromStdString(record["id"].get<std::string>())))
                    ++goldSent;
            }
            QCOMPARE(tasks, batch.tasks);
            QFile raw(batch.file);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QVERIFY(!raw.readAll().contains("Gold rationale"));
        }
        QCOMPARE(regularShape.size(), size_t(1));
        // round(0.1 × 20 / 0.9) = 2 gold tasks, each to 2 people.
        QCOMPARE(goldSent, 4);
    }

    void aCalibrationRoundCarriesTheGoldAnswers()
    {
        QTemporaryDir dir;
        auto project = makeLeadProject(dir);
        AssignOptions options;
        options.plan.annotators = {QStringLiteral("ana")};
        options.plan.goldRate = 0.5;
        options.calibration = true;
        options.label = QStringLiteral("week 48");
        options.outDir = dir.filePath(QStringLiteral("cal"));
        auto report = Assigner::run(*project, options, {});
        QVERIFY2(report.ok(), why(report).c_str());
        const AssignedBatch &batch = report->batches.constFirst();
        QCOMPARE(QFileInfo(batch.file).fileName(), QStringLiteral("assignment-ana-week_48.jsonl"));
        QCOMPARE(batch.goldTasks, 4); // round(0.5 × 20 / 0.5) = 20, capped at the pool of 4
        int goldRecords = 0;
        const QList<json> lines = records(batch.file);
        QVERIFY(lines.first().value("calibration", false));
        for (const json &record : lines) {
            if (record["type"] == "gold")
                ++goldRecords;
        }
        QCOMPARE(goldRecords, 4);
    }

    void writingAgainKeepsTheBatchAndRaisesTheRevisionOnChange()
    {
        QTemporaryDir dir;
        auto project = makeLeadProject(dir);
        AssignOptions options;
        options.plan.annotators = {QStringLiteral("ana"), QStringLiteral("ben")};
        options.outDir = dir.filePath(QStringLiteral("out"));
        auto first = Assigner::run(*project, options, {});
        QVERIFY(first.ok());
        auto same = Assigner::run(*project, options, {});
        QVERIFY(same.ok());
        QCOMPARE(same->batches.at(0).batchId, first->batches.at(0).batchId);
        QCOMPARE(same->batches.at(0).revision, first->batches.at(0).revision);
        options.plan.seed = 99;
        auto reshuffled = Assigner::run(*project, options, {});
        QVERIFY(reshuffled.ok());
        QCOMPARE(reshuffled->batches.at(0).batchId, first->batches.at(0).batchId);
        QCOMPARE(reshuffled->batches.at(0).revision, first->batches.at(0).revision + 1);
    }

    void annotatorsWhoseFileNamesCollideAreRefused()
    {
        QTemporaryDir dir;
        auto project = makeLeadProject(dir);
        AssignOptions options;
        options.plan.annotators = {QStringLiteral("a b"), QStringLiteral("a/b")};
        options.outDir = dir.filePath(QStringLiteral("out"));
        auto report = Assigner::run(*project, options, {});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(u"assignment-a_b.jsonl"), qPrintable(report.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/assignment-a_b.jsonl"))));
    }

    // A name that cannot come back, a label too long, or a file that cannot
    // be written: nothing is written and no export is recorded.
    void anAssignmentWritesAllItsBatchesOrNone_data()
    {
        QTest::addColumn<QStringList>("annotators");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("cancelHalfway");
        QTest::addColumn<QString>("message");
        const QStringList three{QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")};
        QTest::newRow("a control character in the last name")
            << QStringList{QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("ch\aen")} << QString() << false
            << QStringLiteral("must not contain control characters");
        QTest::newRow("a name of 300 characters")
            << QStringList{QStringLiteral("ana"), QStringLiteral("ben"), QString(300, u'z')} << QString() << false
            << QStringLiteral("is 300 characters long");
        QTest::newRow("a label of 300 characters")
            << three << QString(300, u'w') << false << QStringLiteral("the label is 300 characters long");
        QTest::newRow("the second batch fails") << three << QString() << true << QStringLiteral("cancelled");
    }
    void anAssignmentWritesAllItsBatchesOrNone()
    {
        QFETCH(QStringList, annotators);
        QFETCH(QString, label);
        QFETCH(bool, cancelHalfway);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto project = makeLeadProject(dir);
        const qint64 eventsBefore = project->audit().recent(1000)->size();
        AssignOptions options;
        options.plan.annotators = annotators;
        options.plan.overlap = 2;
        options.label = label;
        options.outDir = dir.filePath(QStringLiteral("out"));
        std::atomic_bool cancel = false;
        ExportOptions exportOptions;
        exportOptions.cancel = &cancel;
        if (cancelHalfway) {
            // Past half the records the first batch is written and the second under way.
            exportOptions.progress = [&cancel](qint64 done, qint64 total) {
                if (done * 2 > total)
                    cancel = true;
            };
        }
        const auto report = Assigner::run(*project, options, exportOptions);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().toString().contains(message), qPrintable(report.error().toString()));
        const QStringList left
            = QDir(options.outDir).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
        QCOMPARE(project->audit().recent(1000)->size(), eventsBefore);
    }

    void aNameAtTheLimitMakesAFileNameThatFits()
    {
        QTemporaryDir dir;
        auto project = makeLeadProject(dir);
        AssignOptions options;
        // 100 three-byte characters and a 100-character label: far beyond 255 bytes as they are.
        options.plan.annotators = {QString(100, QChar(0x4e00))};
        options.label = QString(100, QChar(0x4e8c));
        options.outDir = dir.filePath(QStringLiteral("out"));
        const auto report = Assigner::run(*project, options, {});
        QVERIFY2(report.ok(), why(report).c_str());
        const QString name = QFileInfo(report->batches.constFirst().file).fileName();
        QVERIFY(name.toUtf8().size() <= 255);
        QVERIFY(QFileInfo::exists(report->batches.constFirst().file));
    }

private:
    // 20 regular tasks and 4 with gold answers, under a published rubric.
    static std::unique_ptr<Project> makeLeadProject(const QTemporaryDir &dir)
    {
        auto project = testutil::newProject(dir, QStringLiteral("lead"));
        Rubric rubric = testutil::allKindsRubric();
        if (!project->rubrics().publish(rubric, QStringLiteral("first"), QStringLiteral("lead")).ok())
            qFatal("cannot publish");
        for (const QString &id : ids(QStringLiteral("t"), 20))
            if (!project->tasks().insert(testutil::task(id, u"Prompt " + id)).ok())
                qFatal("cannot insert");
        for (const QString &id : ids(QStringLiteral("g"), 4)) {
            if (!project->tasks().insert(testutil::task(id, u"Prompt " + id)).ok())
                qFatal("cannot insert");
            GoldAnswer gold;
            gold.taskId = id;
            gold.rubricId = rubric.id;
            gold.rubricVersion = 1;
            gold.answers = {{"refusal", {{"a", "ok"}, {"b", "over"}}}};
            gold.rationale = QStringLiteral("Gold rationale");
            gold.author = QStringLiteral("lead");
            gold.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
            if (!project->gold().set(gold).ok())
                qFatal("cannot set gold");
        }
        return project;
    }
};

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
