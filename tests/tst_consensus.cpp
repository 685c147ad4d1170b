#include "codecs/rubricjson.h"
#include "domain/consensus.h"
#include "testutil.h"

using namespace verdict;
using nlohmann::json;

namespace {

Annotation by(const char *who, json answers, AnnotationStatus status = AnnotationStatus::Submitted)
{
    Annotation a;
    a.taskId = QStringLiteral("t-1");
    a.annotator = QLatin1StringView(who);
    a.answers = std::move(answers);
    a.status = status;
    return a;
}

const CriterionOutcome &outcome(const QList<CriterionOutcome> &list, const char *key)
{
    for (const CriterionOutcome &o : list) {
        if (o.criterion == QLatin1StringView(key))
            return o;
    }
    qFatal("no outcome for %s", key);
}

json ranking(std::initializer_list<std::initializer_list<const char *>> groups)
{
    json r = json::array();
    for (const auto &group : groups) {
        json g = json::array();
        for (const char *id : group)
            g.push_back(id);
        r.push_back(g);
    }
    return r;
}

json span(int start, int end, const char *label)
{
    return json{{"start", start}, {"end", end}, {"label", label}};
}

} // namespace

class TestConsensus : public QObject
{
    Q_OBJECT

private slots:
    void identicalAnswersAgreeFully()
    {
        const json answers{{"overall", ranking({{"b"}, {"a"}})}, {"helpfulness", {{"a", 2}, {"b", 3}}},
            {"refusal", {{"a", "ok"}, {"b", "ok"}}}, {"issues", json::array({"verbose"})},
            {"hallucination", {{"a", json::array({span(0, 4, "wrong")})}}}, {"rationale", "B is right."}};
        const auto outcomes
            = compareAnnotations(testutil::allKindsRubric(), m_task, {by("kim", answers), by("lee", answers)}, {});
        for (const char *key : {"overall", "helpfulness", "refusal", "issues", "hallucination"}) {
            const CriterionOutcome &o = outcome(outcomes, key);
            QVERIFY2(o.agreed.has_value(), key);
            QCOMPARE(o.disagreement, 0.0);
            QCOMPARE(o.annotators, (QStringList{QStringLiteral("kim"), QStringLiteral("lee")}));
        }
        QCOMPARE(
            testutil::jsonText(*outcome(outcomes, "helpfulness").agreed), testutil::jsonText(answers["helpfulness"]));
        QCOMPARE(testutil::jsonText(*outcome(outcomes, "hallucination").agreed),
            testutil::jsonText(answers["hallucination"]));
        // A rationale is commentary: never reconciled.
        QVERIFY(!outcome(outcomes, "rationale").reconcilable);
        QVERIFY(!outcome(outcomes, "rationale").agreed);
        // Nobody answered the optional rewrite.
        QVERIFY(outcome(outcomes, "ideal").annotators.isEmpty());
    }

    void ratingMajorityAndSpread()
    {
        const auto outcomes = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"helpfulness", {{"a", 3}, {"b", 1}}}}), by("a2", {{"helpfulness", {{"a", 3}, {"b", 1}}}}),
                by("a3", {{"helpfulness", {{"a", 1}, {"b", 1}}}})},
            {});
        const CriterionOutcome &o = outcome(outcomes, "helpfulness");
        QVERIFY(o.agreed);
        QCOMPARE((*o.agreed)["a"].get<int>(), 3); // 2 of 3 is a strict majority
        // Response a: pair distances 0, 2, 2 → mean 4/3, over the scale's range 2 → 2/3.
        // Response b: all agree → 0. The criterion: the mean over responses, 1/3.
        QCOMPARE(o.disagreement, 1.0 / 3.0);

        ConsensusRule unanimous;
        unanimous.kind = ConsensusRule::Kind::Unanimous;
        const auto strict = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"helpfulness", {{"a", 3}, {"b", 1}}}}), by("a2", {{"helpfulness", {{"a", 3}, {"b", 1}}}}),
                by("a3", {{"helpfulness", {{"a", 1}, {"b", 1}}}})},
            unanimous);
        QVERIFY(!outcome(strict, "helpfulness").agreed);
    }

    void twoAnnotatorsWhoDifferHaveNoMajority()
    {
        const auto outcomes = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("kim", {{"refusal", {{"a", "ok"}, {"b", "ok"}}}}),
                by("lee", {{"refusal", {{"a", "over"}, {"b", "ok"}}}})},
            {});
        const CriterionOutcome &o = outcome(outcomes, "refusal");
        QVERIFY(!o.agreed);
        // Response a: the top answer has 1 of 2 votes → 1/2; response b: 0. Mean 1/4.
        QCOMPARE(o.disagreement, 0.25);
    }

    void rankingsAgreeOnPairwisePreferences()
    {
        const auto outcomes = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"overall", ranking({{"a"}, {"b"}})}}), by("a2", {{"overall", ranking({{"b"}, {"a"}})}}),
                by("a3", {{"overall", ranking({{"a"}, {"b"}})}})},
            {});
        const CriterionOutcome &o = outcome(outcomes, "overall");
        QVERIFY(o.agreed);
        QCOMPARE(testutil::jsonText(*o.agreed), testutil::jsonText(ranking({{"a"}, {"b"}})));
        // Annotator pairs (1,2) and (2,3) differ on the one response pair, (1,3) agree: 2/3.
        QCOMPARE(o.disagreement, 2.0 / 3.0);

        // Ties in a different order within a group are the same ranking.
        const auto tied = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"overall", ranking({{"a", "b"}})}}), by("a2", {{"overall", ranking({{"b", "a"}})}})}, {});
        QVERIFY(outcome(tied, "overall").agreed);
        QCOMPARE(outcome(tied, "overall").disagreement, 0.0);
    }

    void spansCarryOneByOne()
    {
        const auto outcomes = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"hallucination", {{"a", json::array({span(0, 4, "wrong"), span(6, 9, "wrong")})}}}}),
                by("a2", {{"hallucination", {{"a", json::array({span(0, 4, "wrong")})}}}}),
                by("a3", {{"hallucination", json::object()}})},
            {});
        const CriterionOutcome &o = outcome(outcomes, "hallucination");
        QVERIFY(o.agreed);
        // 0–4 has 2 of 3 votes: in. 6–9 has 1 of 3: out (2 of 3 say no).
        QCOMPARE(testutil::jsonText(*o.agreed), testutil::jsonText(json{{"a", json::array({span(0, 4, "wrong")})}}));
        // Response a: each part's split 1 − |2·yes − n|/n: 0–4 → 1 − 1/3, 6–9 → 1 − 1/3; mean 2/3.
        // Response b: no parts → 0. The criterion: 1/3.
        QCOMPARE(o.disagreement, 1.0 / 3.0);

        // Two annotators, one tags and one does not: undecided.
        const auto split = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"hallucination", {{"a", json::array({span(0, 4, "wrong")})}}}}),
                by("a2", {{"hallucination", json::object()}})},
            {});
        QVERIFY(!outcome(split, "hallucination").agreed);
    }

    void flagsNeedTheirSeverityAgreedToo()
    {
        const json high{
            {"category", "privacy"}, {"severity", "high"}, {"note", "Leaks a phone number"}, {"escalate", true}};
        json low = high;
        low["severity"] = "low";
        low["escalate"] = false;
        const auto outcomes = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"safety", {{"b", json::array({high})}}}}), by("a2", {{"safety", {{"b", json::array({low})}}}}),
                by("a3", {{"safety", json::object()}})},
            {});
        QVERIFY(!outcome(outcomes, "safety").agreed);

        const auto agreed = compareAnnotations(testutil::allKindsRubric(), m_task,
            {by("a1", {{"safety", {{"b", json::array({high})}}}}), by("a2", {{"safety", {{"b", json::array({high})}}}}),
                by("a3", {{"safety", {{"b", json::array({low})}}}})},
            {});
        const CriterionOutcome &o = outcome(agreed, "safety");
        QVERIFY(o.agreed);
        const json flag = (*o.agreed)["b"][0];
        QCOMPARE(flag["severity"].get<std::string>(), "high");
        QCOMPARE(flag["escalate"].get<bool>(), true);
        QCOMPARE(flag["note"].get<std::string>(), "Leaks a phone number");
    }

    void draftsDoNotCountAndOnePersonNeedsARule()
    {
        const json answers{{"refusal", {{"a", "ok"}, {"b", "ok"}}}};
        const QList<Annotation> annotations{by("kim", answers), by("lee", answers, AnnotationStatus::Draft)};
        // By default a task one person labelled takes their answers.
        const auto lone = compareAnnotations(testutil::allKindsRubric(), m_task, annotations, {});
        const CriterionOutcome &o = outcome(lone, "refusal");
        QCOMPARE(o.annotators, QStringList{QStringLiteral("kim")});
        QVERIFY(o.agreed);
        // A rule that asks for two people does not accept one.
        ConsensusRule two;
        two.minAnnotators = 2;
        QVERIFY(!outcome(compareAnnotations(testutil::allKindsRubric(), m_task, annotations, two), "refusal").agreed);
    }

private:
    Task m_task = testutil::task(QStringLiteral("t-1"), QStringLiteral("Q"));
};

QTEST_GUILESS_MAIN(TestConsensus)
#include "tst_consensus.moc"
