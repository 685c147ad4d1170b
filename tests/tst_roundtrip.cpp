#include "batchrecords.h"
#include "cli.h"
#include "clirun.h"
#include "codecs/jsonfields.h"
#include "codecs/rubricjson.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

// The air-gapped round trip (docs/user-guide.md, "The lead's path"): a lead
// hands out work, three workspaces that never see each other label it, and
// the lead brings it back, measures it, settles disagreements and exports
// the final dataset. Every step a person takes goes through the command line.
using namespace verdict;
using nlohmann::json;

using verdict::testutil::Run;
using verdict::testutil::run;

using verdict::testutil::holdsKey;
using verdict::testutil::records;

namespace {

QString taskId(int n)
{
    return QStringLiteral("rt-%1").arg(n, 3, 10, QChar(u'0'));
}

int numberOf(const QString &id)
{
    return id.mid(3).toInt();
}

const json bFirst = json::array({json::array({"b"}), json::array({"a"})});
const json aFirst = json::array({json::array({"a"}), json::array({"b"})});

// The scripted disagreement: ana ranks A first on every fourth task; everyone
// else, and the gold answers, rank B first.
json rankingOf(const QString &annotator, const QString &task)
{
    return annotator == u"ana" && numberOf(task) % 4 == 0 ? aFirst : bFirst;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void theAirGappedRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lead = dir.filePath(QStringLiteral("lead.verdict"));
        const QString rubricFile = QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/rubric.json");

        // The lead's project: the demo rubric, 60 tasks and 10 gold tasks.
        QCOMPARE(run({QStringLiteral("init"), lead, QStringLiteral("--name"), QStringLiteral("Round trip"),
                         QStringLiteral("--as"), QStringLiteral("lead-ana")})
                     .code,
            0);
        QCOMPARE(run({QStringLiteral("rubric"), QStringLiteral("publish"), lead, rubricFile, QStringLiteral("-m"),
                         QStringLiteral("first"), QStringLiteral("--as"), QStringLiteral("lead-ana")})
                     .code,
            0);
        QSet<QString> goldIds;
        {
            auto project = Project::open(lead);
            QVERIFY(project.ok());
            for (int n = 1; n <= 70; ++n) {
                Task task;
                task.id = taskId(n);
                task.context << Message{QStringLiteral("user"), QStringLiteral("Question number %1?").arg(n)};
                task.responses << Response{
                    QStringLiteral("a"), QStringLiteral("model-x"), QStringLiteral("A short answer to %1.").arg(n)};
                task.responses << Response{QStringLiteral("b"), QStringLiteral("model-y"),
                    QStringLiteral("A careful answer to question %1.").arg(n)};
                task.meta = {{"language", "en"}};
                QVERIFY((*project)->tasks().insert(task).ok());
                if (n > 60) {
                    GoldAnswer gold;
                    gold.taskId = task.id;
                    gold.rubricId = QStringLiteral("helpful-safe");
                    gold.rubricVersion = 1;
                    gold.answers = {{"overall", bFirst}};
                    gold.rationale = QStringLiteral("B answers the question.");
                    gold.author = QStringLiteral("lead-ana");
                    gold.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
                    QVERIFY((*project)->gold().set(gold).ok());
                    goldIds.insert(task.id);
                }
            }
        }

        // Assign to three annotators, overlap 2, gold rate 0.15.
        const QString out = dir.filePath(QStringLiteral("out"));
        Run r = run({QStringLiteral("assign"), lead, QStringLiteral("--annotators"), QStringLiteral("ana,ben,chen"),
            QStringLiteral("--overlap"), QStringLiteral("2"), QStringLiteral("--gold-rate"), QStringLiteral("0.15"),
            QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out-dir"), out, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const json assigned = r.parsed();
        QCOMPARE(assigned["regular_tasks"].get<int>(), 60);
        QCOMPARE(assigned["gold_pool"].get<int>(), 10);
        QCOMPARE(assigned["batches"].size(), size_t(3));

        // No assignment batch holds a gold answer or anyone's labels.
        QHash<QString, QStringList> received; // annotator -> task ids
        QList<qsizetype> loads;
        for (const json &batch : assigned["batches"]) {
            const QString annotator = fromStd(batch["annotator"].get<std::string>());
            for (const json &record : records(fromStd(batch["file"].get<std::string>()))) {
                const std::string type = record["type"].get<std::string>();
                QVERIFY2(type == "manifest" || type == "rubric" || type == "task" || type == "end", type.c_str());
                QVERIFY(!holdsKey(record, "gold") && !holdsKey(record, "answers"));
                if (type == "task")
                    received[annotator] << fromStd(record["id"].get<std::string>());
            }
            loads << received[annotator].size();
        }
        // round(0.15 × 60 / 0.85) = 11 gold tasks, capped at the pool of 10, go out like the 60
        // others: each task to 2 of the 3, 140 tasks over 3 people.
        std::sort(loads.begin(), loads.end());
        QCOMPARE(loads, (QList<qsizetype>{46, 47, 47}));

        // Three workspaces import their batch, label it and export their work.
        QStringList returned;
        for (const QString &annotator : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")}) {
            const QString workspace = dir.filePath(annotator + u".verdict");
            QCOMPARE(run({QStringLiteral("init"), workspace, QStringLiteral("--name"), annotator}).code, 0);
            r = run({QStringLiteral("import"), workspace, out + u"/assignment-" + annotator + u".jsonl"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            {
                auto project = Project::open(workspace);
                QVERIFY(project.ok());
                QVERIFY((*project)->gold().count().value() == 0);
                for (const QString &id : std::as_const(received[annotator])) {
                    Annotation a;
                    a.taskId = id;
                    a.annotator = annotator;
                    a.rubricId = QStringLiteral("helpful-safe");
                    a.rubricVersion = 1;
                    a.status = AnnotationStatus::Submitted;
                    a.answers = {{"overall", rankingOf(annotator, id)}, {"helpfulness", {{"a", 3}, {"b", 4}}},
                        {"accuracy", {{"a", 4}, {"b", 5}}},
                        {"refusal", {{"a", "appropriate-answer"}, {"b", "appropriate-answer"}}},
                        {"rationale", toStd(annotator + u" thinks B is more careful.")}};
                    a.activeSeconds = 30;
                    QVERIFY((*project)->annotations().save(a).ok());
                }
            }
            const QString file = dir.filePath(u"annotations-" + annotator + u".jsonl");
            r = run({QStringLiteral("export"), workspace, QStringLiteral("--format"), QStringLiteral("batch"),
                QStringLiteral("--kind"), QStringLiteral("annotations"), QStringLiteral("-o"), file});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            returned << file;
        }

        // The lead imports all three, twice: the second time changes nothing.
        r = run(QStringList{QStringLiteral("import"), lead} + returned + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const json &file : json(r.parsed()["files"]))
            QCOMPARE(file["status"].get<std::string>(), std::string("imported"));
        const json before = run({QStringLiteral("info"), lead, QStringLiteral("--json")}).parsed();
        r = run(QStringList{QStringLiteral("import"), lead} + returned + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const json &file : json(r.parsed()["files"]))
            QCOMPARE(file["status"].get<std::string>(), std::string("already-imported"));
        const json after = run({QStringLiteral("info"), lead, QStringLiteral("--json")}).parsed();
        QCOMPARE(
            QString::fromStdString(after["annotations"].dump()), QString::fromStdString(before["annotations"].dump()));

        // Who labelled what, from the batches, for the hand computations below.
        QHash<QString, QStringList> raters; // task -> annotators
        for (auto it = received.cbegin(); it != received.cend(); ++it) {
            for (const QString &id : it.value())
                raters[id] << it.key();
        }
        QCOMPARE(raters.size(), 70); // every gold task went out, to 2 people like any task
        for (const QStringList &people : std::as_const(raters))
            QCOMPARE(people.size(), 2);
        int units = 0;
        int agreeing = 0;
        QStringList disagreements;
        for (auto it = raters.cbegin(); it != raters.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            ++units;
            const bool split = it.value().contains(u"ana") && numberOf(it.key()) % 4 == 0;
            if (split)
                disagreements << it.key();
            else
                ++agreeing;
        }
        QVERIFY(!disagreements.isEmpty());

        // Agreement on the overall ranking: the share of double-labelled tasks whose two rankings agree.
        r = run({QStringLiteral("agreement"), lead, QStringLiteral("--criterion"), QStringLiteral("overall"),
            QStringLiteral("--metric"), QStringLiteral("pairwise-agreement"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const json agreement = r.parsed()["results"];
        QCOMPARE(agreement.size(), size_t(1));
        QCOMPARE(agreement[0]["units"].get<int>(), units);
        QCOMPARE(agreement[0]["value"].get<double>(), double(agreeing) / units);

        // Gold accuracy on the overall ranking: ana misses the gold tasks numbered by four.
        r = run({QStringLiteral("gold-accuracy"), lead, QStringLiteral("--criterion"), QStringLiteral("overall"),
            QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const json &row : json(r.parsed()["results"])) {
            const QString annotator = fromStd(row["annotator"].get<std::string>());
            int goldTasks = 0;
            int right = 0;
            for (const QString &id : std::as_const(received[annotator])) {
                if (!goldIds.contains(id))
                    continue;
                ++goldTasks;
                if (rankingOf(annotator, id) == bFirst)
                    ++right;
            }
            QCOMPARE(row["tasks"].get<int>(), goldTasks);
            QCOMPARE(row["exact"]["value"].get<double>(), double(right) / goldTasks);
        }

        // The lead settles every disagreement: the other annotator's ranking is right.
        {
            auto project = Project::open(lead);
            QVERIFY(project.ok());
            for (const QString &id : std::as_const(disagreements)) {
                QString other;
                for (const QString &a : raters.value(id)) {
                    if (a != u"ana")
                        other = a;
                }
                Adjudication decision;
                decision.taskId = id;
                decision.criterion = QStringLiteral("overall");
                decision.answer = bFirst;
                decision.source = DecisionSource::Annotator;
                decision.sourceAnnotator = other;
                decision.decidedBy = QStringLiteral("lead-ana");
                decision.decidedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
                QVERIFY((*project)->adjudications().set(decision).ok());
            }
        }

        // The final dataset: every task exactly once, with lineage.
        const QString final = dir.filePath(QStringLiteral("final.jsonl"));
        r = run({QStringLiteral("export"), lead, QStringLiteral("--format"), QStringLiteral("dataset"),
            QStringLiteral("--final"), QStringLiteral("-o"), final, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.parsed()["finals"].get<int>(), 70);
        QCOMPARE(run({QStringLiteral("verify"), final}).code, 0);
        QSet<QString> seen;
        for (const json &record : records(final)) {
            if (record["type"] != "final")
                continue;
            const QString id = fromStd(record["task"].get<std::string>());
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(
                QString::fromStdString(record["answers"]["overall"].dump()), QString::fromStdString(bFirst.dump()));
            QCOMPARE(record["rubric"].get<std::string>(), std::string("helpful-safe"));
            QCOMPARE(record["rubric_version"].get<int>(), 1);
            QStringList annotators;
            for (const json &a : record["annotators"])
                annotators << fromStd(a.get<std::string>());
            QStringList expected = raters.value(id);
            expected.sort();
            QCOMPARE(annotators, expected);
            QCOMPARE(record["batch_ids"].size(), size_t(expected.size()));
            const json &source = record["sources"]["overall"];
            if (disagreements.contains(id)) {
                QCOMPARE(source["source"].get<std::string>(), std::string("annotator"));
                QVERIFY(source["annotator"].get<std::string>() != "ana");
                QCOMPARE(source["decided_by"].get<std::string>(), std::string("lead-ana"));
            } else if (goldIds.contains(id)) {
                QCOMPARE(source["source"].get<std::string>(), std::string("gold"));
                QCOMPARE(source["decided_by"].get<std::string>(), std::string("lead-ana"));
            } else {
                QCOMPARE(source["source"].get<std::string>(), std::string("consensus"));
            }
            QCOMPARE(record["sources"]["helpfulness"]["source"].get<std::string>(), std::string("consensus"));
            QVERIFY(record["undecided"].empty());
        }
        QCOMPARE(seen.size(), 70);
        // It imports elsewhere like any dataset: the final records are checked, then derived again.
        const QString copy = dir.filePath(QStringLiteral("copy.verdict"));
        QCOMPARE(run({QStringLiteral("init"), copy, QStringLiteral("--name"), QStringLiteral("Copy")}).code, 0);
        r = run({QStringLiteral("import"), copy, final});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // The training-data exports take the same final answers: one TRL preference pair per task.
        const QString trl = dir.filePath(QStringLiteral("final-trl.jsonl"));
        r = run({QStringLiteral("export"), lead, QStringLiteral("--format"), QStringLiteral("trl"),
            QStringLiteral("--final"), QStringLiteral("-o"), trl, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QSet<QString> trlTasks;
        for (const json &record : records(trl)) {
            const QString id = fromStd(record["task_id"].get<std::string>());
            QVERIFY(!trlTasks.contains(id));
            trlTasks.insert(id);
            QVERIFY(fromStd(record["chosen"].get<std::string>()).startsWith(u"A careful answer"));
            QVERIFY(record.contains("sources"));
        }
        QCOMPARE(trlTasks.size(), 70);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
