#include "codecs/rubricjson.h"
#include "domain/decisions.h"
#include "domain/finalanswers.h"
#include "testutil.h"
#include "workflow/adjudicationqueue.h"

#include <QFile>

using namespace verdict;
using nlohmann::json;

namespace {

json ranking(const char *first, const char *second)
{
    return json::array({json::array({first}), json::array({second})});
}

} // namespace

class TestAdjudication : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_project = testutil::newProject(m_dir);
        QVERIFY(m_project->rubrics().publish(testutil::allKindsRubric(), {}, {}).ok());
        for (const char *id : {"t-1", "t-2", "t-3", "t-4", "t-5"})
            QVERIFY(m_project->tasks().insert(testutil::task(QLatin1StringView(id), QStringLiteral("Q"))).ok());

        // t-1: all three agree on everything.
        for (const char *who : {"ann", "bob", "cat"})
            put("t-1", who,
                {{"overall", ranking("a", "b")}, {"helpfulness", {{"a", 3}, {"b", 2}}}, {"rationale", "A is right."}});
        // t-2: the ranking splits 2–1 (a consensus); the rating of b is 1, 2, 3 (no consensus).
        put("t-2", "ann", {{"overall", ranking("a", "b")}, {"helpfulness", {{"a", 3}, {"b", 1}}}});
        put("t-2", "bob", {{"overall", ranking("a", "b")}, {"helpfulness", {{"a", 3}, {"b", 2}}}});
        put("t-2", "cat", {{"overall", ranking("b", "a")}, {"helpfulness", {{"a", 3}, {"b", 3}}}});
        // t-3: two annotators who rank in opposite orders.
        put("t-3", "ann", {{"overall", ranking("a", "b")}});
        put("t-3", "bob", {{"overall", ranking("b", "a")}});
        // t-4: agreement, but a flag asks for escalation.
        const json flag = json::array({{{"category", "privacy"}, {"severity", "high"}, {"escalate", true}}});
        put("t-4", "ann", {{"overall", ranking("a", "b")}, {"safety", {{"a", flag}}}});
        put("t-4", "bob", {{"overall", ranking("a", "b")}, {"safety", {{"a", flag}}}});
        // t-5: only a draft: not reviewable.
        put("t-5", "ann", {{"overall", ranking("a", "b")}}, AnnotationStatus::Draft);
    }
    void cleanup() { m_project.reset(); }

    void queueOrdersEscalationsThenDisagreement()
    {
        const auto queue = buildAdjudicationQueue(*m_project, {}, {});
        QVERIFY(queue.ok());
        QStringList order;
        for (const QueueEntry &e : *queue)
            order << e.taskId + u'/' + e.criterion;
        // t-4 is escalated (nothing to reconcile, so one whole-task entry); then
        // t-3 overall (disagreement 1), then t-2 helpfulness (response b: 1,2,3 →
        // mean distance 4/3 over range 2 = 2/3; response a: 0; mean 1/3).
        QCOMPARE(order,
            (QStringList{QStringLiteral("t-4/"), QStringLiteral("t-3/overall"), QStringLiteral("t-2/helpfulness")}));
        QVERIFY(queue->at(0).escalated);
        QCOMPARE(queue->at(1).disagreement, 1.0);
        QCOMPARE(queue->at(2).disagreement, 1.0 / 3.0);
        QCOMPARE(queue->at(2).annotators, 3);
        QCOMPARE(queue->at(2).criterionTitle, QStringLiteral("Helpfulness"));
    }

    void filtersAndDecisions()
    {
        QueueFilter filter;
        filter.criterion = QStringLiteral("overall");
        auto queue = buildAdjudicationQueue(*m_project, {}, filter);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().taskId, QStringLiteral("t-3"));

        filter = {};
        filter.minDisagreement = 0.5;
        QCOMPARE(buildAdjudicationQueue(*m_project, {}, filter)->size(), 2); // the escalation and t-3

        filter = {};
        filter.escalatedOnly = true;
        QCOMPARE(buildAdjudicationQueue(*m_project, {}, filter)->size(), 1);

        // Deciding t-3 takes it off the queue, unless decided entries are asked for.
        Adjudication d;
        d.taskId = QStringLiteral("t-3");
        d.criterion = QStringLiteral("overall");
        d.answer = ranking("b", "a");
        d.source = DecisionSource::Annotator;
        d.sourceAnnotator = QStringLiteral("bob");
        d.decidedBy = QStringLiteral("lead");
        QVERIFY(m_project->adjudications().set(d).ok());
        filter = {};
        QCOMPARE(buildAdjudicationQueue(*m_project, {}, filter)->size(), 2);
        filter.undecidedOnly = false;
        queue = buildAdjudicationQueue(*m_project, {}, filter);
        QCOMPARE(queue->size(), 3);
        QVERIFY(queue->at(1).decided);

        // A unanimous rule also sends t-2's 2–1 ranking to the queue.
        ConsensusRule unanimous;
        unanimous.kind = ConsensusRule::Kind::Unanimous;
        filter = {};
        filter.criterion = QStringLiteral("overall");
        queue = buildAdjudicationQueue(*m_project, unanimous, filter);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().taskId, QStringLiteral("t-2"));
    }

    void cancelStopsEarly()
    {
        int calls = 0;
        const auto queue = buildAdjudicationQueue(*m_project, {}, {}, [&calls](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!queue.ok());
        QCOMPARE(queue.error().message, QStringLiteral("cancelled"));
        QCOMPARE(calls, 2);
    }

    void finalRecordsTakeDecisionsThenConsensus()
    {
        FinalAnswers finals(*m_project, {});
        auto task = m_project->tasks().byId(QStringLiteral("t-2"))->value();
        auto record = finals.forTask(task);
        QVERIFY(record.ok());
        QCOMPARE(record->rubricId, QStringLiteral("helpful"));
        QCOMPARE(record->rubricVersion, 1);
        QCOMPARE(
            record->annotators, (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cat")}));
        QCOMPARE(record->batchIds, QStringList{QStringLiteral("batch-t-2")});
        QVERIFY(record->answer(QStringLiteral("overall")));
        QCOMPARE(record->answer(QStringLiteral("overall"))->source, DecisionSource::Consensus);
        QCOMPARE(testutil::jsonText(record->answer(QStringLiteral("overall"))->answer),
            testutil::jsonText(ranking("a", "b")));
        QCOMPARE(record->undecided, QStringList{QStringLiteral("helpfulness")});

        // The lead writes their own rating: it becomes the final answer.
        Adjudication d;
        d.taskId = QStringLiteral("t-2");
        d.criterion = QStringLiteral("helpfulness");
        d.answer = {{"a", 3}, {"b", 2}};
        d.source = DecisionSource::Lead;
        d.rationale = QStringLiteral("B answers half the question.");
        d.decidedBy = QStringLiteral("lead");
        QVERIFY(m_project->adjudications().set(d).ok());
        record = finals.forTask(task);
        QVERIFY(record->undecided.isEmpty());
        const FinalAnswer *helpfulness = record->answer(QStringLiteral("helpfulness"));
        QCOMPARE(helpfulness->source, DecisionSource::Lead);
        QCOMPARE(helpfulness->rationale, d.rationale);
        QCOMPARE(testutil::jsonText(record->answersJson()),
            testutil::jsonText(json{{"overall", ranking("a", "b")}, {"helpfulness", {{"a", 3}, {"b", 2}}}}));

        // Rationales are kept per annotator, never reconciled.
        record = finals.forTask(m_project->tasks().byId(QStringLiteral("t-1"))->value());
        QCOMPARE(record->texts[QStringLiteral("rationale")].size(), 3);
        QVERIFY(!record->answer(QStringLiteral("rationale")));

        // A task with only a draft has no final answers and no rubric.
        record = finals.forTask(m_project->tasks().byId(QStringLiteral("t-5"))->value());
        QVERIFY(record->answers.isEmpty());
        QVERIFY(record->rubricId.isEmpty());
    }

    void decisionsOverridingTheMajorityNeedARationale()
    {
        const Rubric rubric = m_project->rubrics().latest(QStringLiteral("helpful"))->value();
        const Task task = m_project->tasks().byId(QStringLiteral("t-2"))->value();
        const auto annotations = m_project->annotations().forTask(task.id).value();
        // ann and bob rank a over b; cat ranks b first.
        const auto majority = majorityAnswer(rubric, task, annotations, QStringLiteral("overall"));
        QVERIFY(majority);
        QCOMPARE(testutil::jsonText(answers::toJson(*majority)), testutil::jsonText(ranking("a", "b")));
        QCOMPARE(majority->ranking(), (Ranking{{QStringLiteral("a")}, {QStringLiteral("b")}}));

        Adjudication d;
        d.taskId = task.id;
        d.criterion = QStringLiteral("overall");
        d.answer = ranking("b", "a");
        d.source = DecisionSource::Annotator;
        d.sourceAnnotator = QStringLiteral("cat");
        auto checked = checkDecision(rubric, task, annotations, d);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().message,
            QStringLiteral("this overrides the majority (ann, bob): say why in the rationale"));
        d.rationale = QStringLiteral("B is the only one that handles the empty input.");
        QVERIFY(checkDecision(rubric, task, annotations, d).ok());

        // Agreeing with the majority needs no reason; a tie in another order is the same answer.
        d.answer = ranking("a", "b");
        d.rationale.clear();
        QVERIFY(checkDecision(rubric, task, annotations, d).ok());

        // An incomplete or invalid answer is refused like a submit would be.
        d.answer = json::array({json::array({"a"})});
        checked = checkDecision(rubric, task, annotations, d);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().field, QStringLiteral("overall"));
        d.criterion = QStringLiteral("helpfulness");
        d.answer = {{"a", 9}, {"b", 1}};
        checked = checkDecision(rubric, task, annotations, d);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().field, QStringLiteral("helpfulness.a"));
        // No majority on helpfulness (b: 1, 2, 3): any valid answer goes without a reason.
        d.answer = {{"a", 3}, {"b", 2}};
        QVERIFY(checkDecision(rubric, task, annotations, d).ok());
    }

    void answersCompareAndSpansMerge()
    {
        const Rubric rubric = m_project->rubrics().latest(QStringLiteral("helpful"))->value();
        const Criterion &spans = *rubric.criterion(QStringLiteral("hallucination"));
        const json s1{{"start", 0}, {"end", 4}, {"label", "wrong"}};
        const json s2{{"start", 6}, {"end", 9}, {"label", "wrong"}};
        QVERIFY(sameAnswer(spans, json{{"a", json::array({s1, s2})}}, json{{"a", json::array({s2, s1})}}));
        QVERIFY(
            sameAnswer(spans, json{{"a", json::array({s1})}, {"b", json::array()}}, json{{"a", json::array({s1})}}));
        QVERIFY(!sameAnswer(spans, json{{"a", json::array({s1})}}, json{{"b", json::array({s1})}}));
        const AnswerValue merged = mergeSpans(spans,
            {answers::fromJson(spans, json{{"a", json::array({s2})}}),
                answers::fromJson(spans, json{{"a", json::array({s1, s2})}, {"b", json::array({s1})}}), AnswerValue()});
        QCOMPARE(testutil::jsonText(answers::toJson(merged)),
            testutil::jsonText(json{{"a", json::array({s1, s2})}, {"b", json::array({s1})}}));
        QCOMPARE(merged.response(QStringLiteral("a")).spans()->size(), 2);
    }

    void catalogueAndGold()
    {
        Adjudication d;
        d.taskId = QStringLiteral("t-3");
        d.criterion = QStringLiteral("overall");
        d.answer = ranking("b", "a");
        d.source = DecisionSource::Annotator;
        d.sourceAnnotator = QStringLiteral("bob");
        d.rationale = QStringLiteral("A invents a refund policy.");
        d.decidedBy = QStringLiteral("lead");
        d.example = true;
        QVERIFY(m_project->adjudications().set(d).ok());
        const auto md = edgeCaseCatalogue(*m_project);
        QVERIFY(md.ok());
        QVERIFY(md->contains(u"## Overall"));
        QVERIFY(md->contains(u"### Task t-3"));
        QVERIFY(md->contains(u"Final answer: `[[\"b\"],[\"a\"]]`"));
        QVERIFY(md->contains(u"Decided by lead, accepted from bob"));
        QVERIFY(md->contains(u"Why: A invents a refund policy."));

        const Task task = m_project->tasks().byId(QStringLiteral("t-3"))->value();
        auto gold = goldFromFinal(*m_project, task, {}, QStringLiteral("lead"), QStringLiteral("Settled."));
        QVERIFY(gold.ok());
        QCOMPARE(testutil::jsonText(gold->answers), testutil::jsonText(json{{"overall", ranking("b", "a")}}));
        QCOMPARE(gold->rubricVersion, 1);
        QVERIFY(!goldFromFinal(*m_project, m_project->tasks().byId(QStringLiteral("t-5"))->value(), {}, {}, {}).ok());
    }

private:
    void put(const char *task, const char *who, json answers, AnnotationStatus status = AnnotationStatus::Submitted)
    {
        Annotation a;
        a.taskId = QLatin1StringView(task);
        a.annotator = QLatin1StringView(who);
        a.rubricId = QStringLiteral("helpful");
        a.rubricVersion = 1;
        a.answers = std::move(answers);
        a.status = status;
        a.revision = 1;
        a.batchId = u"batch-" + a.taskId;
        QVERIFY(m_project->annotations().store(a).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestAdjudication)
#include "tst_adjudication.moc"
