#include "codecs/rubricjson.h"
#include "codecs/taskjson.h"
#include "domain/validation.h"

#include <QTest>

using namespace verdict;
using nlohmann::json;

namespace {

Rubric testRubric()
{
    return rubricjson::fromJson(json::parse(R"({
      "id": "r", "version": 2, "title": "R",
      "criteria": [
        {"key": "overall", "kind": "ranking", "title": "Overall"},
        {"key": "helpfulness", "kind": "rating", "title": "Helpfulness", "scale": {"min": 1, "max": 5}},
        {"key": "refusal", "kind": "choice", "per": "response", "title": "Refusal",
         "options": [{"key": "ok"}, {"key": "over"}]},
        {"key": "issues", "kind": "multichoice", "title": "Issues", "required": false,
         "options": [{"key": "verbose"}, {"key": "tone"}]},
        {"key": "hallucination", "kind": "spans", "title": "Hallucinations",
         "labels": [{"key": "wrong", "color": "#d62728", "shortcut": "W"}]},
        {"key": "safety", "kind": "flags", "title": "Safety",
         "categories": [{"key": "privacy"}], "severities": [{"key": "low"}, {"key": "high"}]},
        {"key": "rationale", "kind": "text", "title": "Rationale", "min_length": 10},
        {"key": "ideal", "kind": "rewrite", "title": "Ideal answer"}
      ]})"))
        .value();
}

Task testTask()
{
    // Response a is "👋 Hi there": 10 code points, 11 UTF-16 units.
    return taskjson::fromJson(json::parse(R"({"id": "t-1",
        "context": [{"role": "user", "content": "Say hi"}],
        "responses": [{"id": "a", "content": "👋 Hi there"}, {"id": "b", "content": "Hello."}]})"))
        .value();
}

json completeAnswers()
{
    return json::parse(R"({
      "overall": [["a"], ["b"]],
      "helpfulness": {"a": 5, "b": 3},
      "refusal": {"a": "ok", "b": "ok"},
      "issues": ["verbose"],
      "hallucination": {"a": [{"start": 2, "end": 10, "label": "wrong"}]},
      "safety": {"b": [{"category": "privacy", "severity": "high", "note": "", "escalate": true}]},
      "rationale": "A greets warmly; B is curt.",
      "ideal": {"seed": "a", "text": "👋 Hi there!"}
    })");
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void completeAnswersPass()
    {
        const auto problems = validateAnswers(testRubric(), testTask(), completeAnswers(), Completeness::Submit);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    }

    void tiesAreAllowed()
    {
        json answers = completeAnswers();
        answers["overall"] = json::parse(R"([["a", "b"]])");
        QVERIFY(validateAnswers(testRubric(), testTask(), answers, Completeness::Submit).isEmpty());
    }

    void spanToTheLastCodePointAfterAnEmoji()
    {
        json answers = completeAnswers();
        answers["hallucination"]["a"] = json::parse(R"([{"start": 0, "end": 10, "label": "wrong"}])");
        QVERIFY(validateAnswers(testRubric(), testTask(), answers, Completeness::Submit).isEmpty());
        answers["hallucination"]["a"][0]["end"] = 11; // 11 is the UTF-16 length, one past the code points
        const auto problems = validateAnswers(testRubric(), testTask(), answers, Completeness::Submit);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("hallucination.a[0].end"));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value"); // "DELETE" removes it
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("rating above scale") << "/helpfulness/b"
                                            << "7"
                                            << "helpfulness.b"
                                            << "7 is outside the scale 1–5";
        QTest::newRow("rating not a whole number") << "/helpfulness/b"
                                                   << "3.5"
                                                   << "helpfulness.b"
                                                   << "expected a whole number from 1 to 5, found a number";
        QTest::newRow("rating for an unknown response") << "/helpfulness/z"
                                                        << "3"
                                                        << "helpfulness.z"
                                                        << "task t-1 has no response \"z\"";
        QTest::newRow("rating missing for one response") << "/helpfulness/b"
                                                         << "DELETE"
                                                         << "helpfulness.b"
                                                         << "required: Helpfulness is not answered for response b";
        QTest::newRow("ranking misses a response") << "/overall"
                                                   << R"([["a"]])"
                                                   << "overall"
                                                   << "the ranking must place every response; missing b";
        QTest::newRow("ranking names a response twice") << "/overall"
                                                        << R"([["a"], ["b", "a"]])"
                                                        << "overall"
                                                        << "response a is ranked twice";
        QTest::newRow("ranking names an unknown response") << "/overall"
                                                           << R"([["a"], ["b"], ["c"]])"
                                                           << "overall"
                                                           << "task t-1 has no response \"c\"";
        QTest::newRow("ranking with an empty group") << "/overall"
                                                     << R"([["a"], [], ["b"]])"
                                                     << "overall[1]"
                                                     << "a group of the ranking is empty";
        QTest::newRow("ranking of the wrong shape") << "/overall"
                                                    << R"(["a", "b"])"
                                                    << "overall"
                                                    << "expected groups of response ids, best first, like "
                                                       "[[\"b\"],[\"a\",\"c\"]]";
        QTest::newRow("unknown choice") << "/refusal/a"
                                        << R"("maybe")"
                                        << "refusal.a"
                                        << "unknown option \"maybe\"";
        QTest::newRow("multichoice twice") << "/issues"
                                           << R"(["tone", "tone"])"
                                           << "issues[1]"
                                           << "option \"tone\" is chosen twice";
        QTest::newRow("span past the end") << "/hallucination/a/0/end"
                                           << "40"
                                           << "hallucination.a[0].end"
                                           << "40 is beyond the end of response a (10 characters)";
        QTest::newRow("empty span") << "/hallucination/a/0/end"
                                    << "2"
                                    << "hallucination.a[0]"
                                    << "the span 2–2 is empty";
        QTest::newRow("span before the start") << "/hallucination/a/0/start"
                                               << "-1"
                                               << "hallucination.a[0].start"
                                               << "-1 is before the start of the text";
        QTest::newRow("span with unknown label") << "/hallucination/a/0/label"
                                                 << R"("typo")"
                                                 << "hallucination.a[0].label"
                                                 << "unknown label \"typo\"";
        QTest::newRow("flag with unknown category") << "/safety/b/0/category"
                                                    << R"("weapons")"
                                                    << "safety.b[0].category"
                                                    << "unknown category \"weapons\"";
        QTest::newRow("flag with unknown severity") << "/safety/b/0/severity"
                                                    << R"("critical")"
                                                    << "safety.b[0].severity"
                                                    << "unknown severity \"critical\"";
        QTest::newRow("missing required criterion") << "/rationale"
                                                    << "DELETE"
                                                    << "rationale"
                                                    << "required: Rationale is not answered";
        QTest::newRow("rationale too short") << "/rationale"
                                             << R"("Fine.")"
                                             << "rationale"
                                             << "needs at least 10 characters (has 5)";
        QTest::newRow("rewrite seeded from unknown response") << "/ideal/seed"
                                                              << R"("q")"
                                                              << "ideal.seed"
                                                              << "task t-1 has no response \"q\"";
        QTest::newRow("unknown criterion") << "/tone"
                                           << "3"
                                           << "tone"
                                           << "not a criterion of rubric r version 2";
        QTest::newRow("per-response answer not an object") << "/helpfulness"
                                                           << "4"
                                                           << "helpfulness"
                                                           << "expected an object keyed by response id, found an "
                                                              "integer";
    }
    void problems()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        json answers = completeAnswers();
        const json::json_pointer ptr(pointer.toStdString());
        if (value == u"DELETE")
            answers[ptr.parent_pointer()].erase(ptr.back());
        else
            answers[ptr] = json::parse(value.toStdString());
        const auto found = validateAnswers(testRubric(), testTask(), answers, Completeness::Submit);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().field, field);
        QCOMPARE(found.first().message, message);
    }

    void draftsMayBeIncompleteButNotWrong()
    {
        json draft = json::parse(R"({"overall": [["b"]], "helpfulness": {"a": 4}})");
        QVERIFY(validateAnswers(testRubric(), testTask(), draft, Completeness::Draft).isEmpty());
        QVERIFY(!validateAnswers(testRubric(), testTask(), draft, Completeness::Submit).isEmpty());
        draft["helpfulness"]["a"] = 9;
        const auto problems = validateAnswers(testRubric(), testTask(), draft, Completeness::Draft);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("helpfulness.a"));
    }

    void everyMissingRequiredCriterionIsNamed()
    {
        const auto problems = validateAnswers(testRubric(), testTask(), json::object(), Completeness::Submit);
        QStringList fields;
        for (const Error &e : problems)
            fields << e.field;
        // Optional criteria (issues, spans, flags, rewrite) are not required.
        QCOMPARE(fields,
            (QStringList{QStringLiteral("overall"), QStringLiteral("helpfulness"), QStringLiteral("refusal"),
                QStringLiteral("rationale")}));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
