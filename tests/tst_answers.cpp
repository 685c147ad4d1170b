#include "codecs/rubricjson.h"
#include "codecs/taskjson.h"
#include "domain/answers.h"
#include "domain/validation.h"

#include <QTest>

using namespace verdict;
using nlohmann::json;

namespace {

// One criterion of every kind, and the per-response forms of those that have one.
Rubric testRubric()
{
    return rubricjson::fromJson(json::parse(R"({
      "id": "r", "version": 1, "title": "R",
      "criteria": [
        {"key": "overall", "kind": "ranking", "title": "Overall"},
        {"key": "helpfulness", "kind": "rating", "title": "Helpfulness", "scale": {"min": 1, "max": 5}},
        {"key": "score", "kind": "rating", "per": "task", "title": "Score", "scale": {"min": 1, "max": 5}},
        {"key": "refusal", "kind": "choice", "per": "response", "title": "Refusal",
         "options": [{"key": "ok"}, {"key": "over"}]},
        {"key": "winner", "kind": "choice", "title": "Winner", "options": [{"key": "a"}, {"key": "b"}]},
        {"key": "issues", "kind": "multichoice", "title": "Issues", "options": [{"key": "verbose"}, {"key": "tone"}]},
        {"key": "hallucination", "kind": "spans", "title": "Hallucinations",
         "labels": [{"key": "wrong", "color": "#d62728"}]},
        {"key": "safety", "kind": "flags", "title": "Safety",
         "categories": [{"key": "privacy"}], "severities": [{"key": "low"}, {"key": "high"}]},
        {"key": "rationale", "kind": "text", "title": "Rationale"},
        {"key": "ideal", "kind": "rewrite", "title": "Ideal answer"}
      ]})"))
        .value();
}

Task testTask()
{
    return taskjson::fromJson(json::parse(R"({"id": "t-1",
        "context": [{"role": "user", "content": "Say hi"}],
        "responses": [{"id": "a", "content": "👋 Hi there"}, {"id": "b", "content": "Hello."}]})"))
        .value();
}

const Criterion &criterion(const QString &key)
{
    static const Rubric rubric = testRubric();
    const Criterion *c = rubric.criterion(key);
    if (!c)
        qFatal("no criterion %s", qPrintable(key));
    return *c;
}

QString bytes(const json &value)
{
    return QString::fromStdString(value.dump());
}

QString messages(const QList<Error> &problems)
{
    QStringList lines;
    for (const Error &e : problems)
        lines << e.field + u": " + e.message;
    return lines.join(u'\n');
}

} // namespace

class TestAnswers : public QObject
{
    Q_OBJECT

private slots:
    // Each kind's answer in the shape Verdict writes: read, its typed form
    // written back by the codec, and the same bytes as the text it came from.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");

        QTest::newRow("ranking") << "overall"
                                 << R"([["b"],["a","c"]])";
        QTest::newRow("rating per response") << "helpfulness"
                                             << R"({"a":5,"b":3})";
        QTest::newRow("rating of the task") << "score"
                                            << "4";
        QTest::newRow("choice per response") << "refusal"
                                             << R"({"a":"ok","b":"over"})";
        QTest::newRow("choice of the task") << "winner"
                                            << R"("b")";
        QTest::newRow("options") << "issues"
                                 << R"(["verbose","tone"])";
        QTest::newRow("spans") << "hallucination"
                               << R"({"a":[{"end":10,"label":"wrong","start":2},{"end":4,"label":"wrong","start":0}]})";
        QTest::newRow("flags")
            << "safety"
            << R"({"b":[{"category":"privacy","escalate":true,"note":"Home address","severity":"high"},)"
               R"({"category":"privacy","escalate":false,"severity":"low"}]})";
        QTest::newRow("text") << "rationale"
                              << R"("A greets warmly 👋; B is curt.")";
        QTest::newRow("rewrite") << "ideal"
                                 << R"({"seed":"a","text":"👋 Hi there!"})";
        QTest::newRow("rewrite from scratch") << "ideal"
                                              << R"({"text":"Hello."})";
    }

    void roundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        const Criterion &c = criterion(key);
        const json given = json::parse(text.toStdString());
        const AnswerValue value = answers::fromJson(c, given);
        QVERIFY(!value.isNull());
        QCOMPARE(value.kind(), c.kind);
        QCOMPARE(value.isPerResponse(), c.per == Scope::Response);
        QCOMPARE(bytes(answers::toJson(value)), bytes(given));

        // The typed form alone, built again from what was read, writes the same bytes.
        const auto rebuilt = [&c](const AnswerValue &v) -> std::optional<AnswerValue> {
            switch (c.kind) {
            case CriterionKind::Ranking:
                return v.ranking() ? std::optional(AnswerValue::ofRanking(*v.ranking())) : std::nullopt;
            case CriterionKind::Rating:
                return v.rating() ? std::optional(AnswerValue::ofRating(*v.rating())) : std::nullopt;
            case CriterionKind::Choice:
                return v.choice() ? std::optional(AnswerValue::ofChoice(*v.choice())) : std::nullopt;
            case CriterionKind::MultiChoice:
                return v.options() ? std::optional(AnswerValue::ofOptions(*v.options())) : std::nullopt;
            case CriterionKind::Spans:
                return v.spans() ? std::optional(AnswerValue::ofSpans(*v.spans())) : std::nullopt;
            case CriterionKind::Flags:
                return v.flags() ? std::optional(AnswerValue::ofFlags(*v.flags())) : std::nullopt;
            case CriterionKind::Text:
                return v.text() ? std::optional(AnswerValue::ofText(*v.text())) : std::nullopt;
            case CriterionKind::Rewrite:
                return v.rewrite() ? std::optional(AnswerValue::ofRewrite(*v.rewrite())) : std::nullopt;
            }
            return std::nullopt;
        };
        AnswerValue typed;
        if (value.isPerResponse()) {
            QMap<QString, AnswerValue> parts;
            const QMap<QString, AnswerValue> read = value.responses();
            for (auto it = read.cbegin(); it != read.cend(); ++it) {
                const auto part = rebuilt(it.value());
                QVERIFY2(part, qPrintable(it.key()));
                parts.insert(it.key(), *part);
            }
            typed = AnswerValue::ofResponses(c.kind, parts);
        } else {
            const auto whole = rebuilt(value);
            QVERIFY(whole);
            typed = *whole;
        }
        QCOMPARE(bytes(answers::toJson(typed)), bytes(given));
        QVERIFY(typed == value);
    }

    void typedForms()
    {
        const Ranking ranking{{QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("c")}};
        QCOMPARE(answers::fromJson(criterion(QStringLiteral("overall")), json::parse(R"([["b"],["a","c"]])")).ranking(),
            ranking);
        const AnswerValue helpfulness
            = answers::fromJson(criterion(QStringLiteral("helpfulness")), json::parse(R"({"a":5,"b":3})"));
        QCOMPARE(helpfulness.responses().keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(helpfulness.response(QStringLiteral("b")).rating(), std::optional<int>(3));
        QVERIFY(helpfulness.response(QStringLiteral("c")).isNull());
        QVERIFY(!helpfulness.rating()); // the whole answer is per response
        const AnswerValue flags = answers::valueFromJson(CriterionKind::Flags,
            json::parse(R"([{"category":"privacy","escalate":true,"note":"n","severity":"high"}])"));
        QCOMPARE(flags.flags(),
            (QList<Flag>{Flag{QStringLiteral("privacy"), QStringLiteral("high"), QStringLiteral("n"), true}}));
        const AnswerValue rewrite
            = answers::valueFromJson(CriterionKind::Rewrite, json::parse(R"({"seed":"a","text":"Hi"})"));
        QCOMPARE(rewrite.rewrite(), (Rewrite{QStringLiteral("a"), QStringLiteral("Hi")}));

        // Choice and text are both strings; the kind tells them apart.
        QCOMPARE(AnswerValue::ofChoice(QStringLiteral("a")).choice(), std::optional<QString>(QStringLiteral("a")));
        QVERIFY(!AnswerValue::ofChoice(QStringLiteral("a")).text());
        QVERIFY(!AnswerValue::ofText(QStringLiteral("a")).choice());
        QVERIFY(AnswerValue::ofChoice(QStringLiteral("a")) == AnswerValue::ofText(QStringLiteral("a")));

        QVERIFY(AnswerValue().isNull());
        QCOMPARE(bytes(answers::toJson(AnswerValue())), QStringLiteral("null"));
        QVERIFY(answers::fromJson(criterion(QStringLiteral("refusal")), json()).isNull());
        QVERIFY(!AnswerValue::ofResponses(CriterionKind::Rating, {}).isNull());
        QCOMPARE(bytes(answers::toJson(AnswerValue::ofResponses(CriterionKind::Rating, {}))), QStringLiteral("{}"));
    }

    // What the batch format allows but Verdict does not write itself (a
    // flag without "escalate", a rewrite with a null seed, a span with a
    // field of its own) reads into its typed form and still writes back the
    // bytes it came as.
    void keptAsRead_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("typed"); // the typed form, written by the codec

        QTest::newRow("flag without escalate")
            << "safety"
            << R"({"b":[{"category":"privacy","severity":"high"}]})"
            << R"({"b":[{"category":"privacy","escalate":false,"severity":"high"}]})";
        QTest::newRow("flag with an empty note")
            << "safety"
            << R"({"b":[{"category":"privacy","escalate":true,"note":"","severity":"high"}]})"
            << R"({"b":[{"category":"privacy","escalate":true,"severity":"high"}]})";
        QTest::newRow("rewrite with a null seed") << "ideal"
                                                  << R"({"seed":null,"text":"Hi"})"
                                                  << R"({"text":"Hi"})";
        QTest::newRow("span with a field of its own") << "hallucination"
                                                      << R"({"a":[{"end":4,"label":"wrong","note":"x","start":0}]})"
                                                      << R"({"a":[{"end":4,"label":"wrong","start":0}]})";
        QTest::newRow("null for a response") << "helpfulness"
                                             << R"({"a":null,"b":3})"
                                             << R"({"a":null,"b":3})";
        QTest::newRow("an option that is not a string") << "issues"
                                                        << R"(["verbose",3])"
                                                        << R"(["verbose"])";
    }

    void keptAsRead()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, typed);
        const Criterion &c = criterion(key);
        const json given = json::parse(text.toStdString());
        const AnswerValue value = answers::fromJson(c, given);
        QCOMPARE(bytes(answers::toJson(value)), bytes(given));
        QCOMPARE(value.jsonText(), bytes(given));

        AnswerValue rebuilt;
        const auto one = [&c](const AnswerValue &v) {
            switch (c.kind) {
            case CriterionKind::Spans:
                return v.isNull() ? AnswerValue() : AnswerValue::ofSpans(v.spans().value());
            case CriterionKind::Flags:
                return v.isNull() ? AnswerValue() : AnswerValue::ofFlags(v.flags().value());
            case CriterionKind::Rating:
                return v.isNull() ? AnswerValue() : AnswerValue::ofRating(v.rating().value());
            case CriterionKind::MultiChoice:
                return AnswerValue::ofOptions(v.options().value());
            case CriterionKind::Rewrite:
                return AnswerValue::ofRewrite(v.rewrite().value());
            default:
                return v;
            }
        };
        if (value.isPerResponse()) {
            QMap<QString, AnswerValue> parts = value.responses();
            for (AnswerValue &part : parts)
                part = one(part);
            rebuilt = AnswerValue::ofResponses(c.kind, parts);
        } else {
            rebuilt = one(value);
        }
        QCOMPARE(bytes(answers::toJson(rebuilt)), typed);
        QCOMPARE(rebuilt == value, typed == text);
    }

    // A value of the wrong shape has no typed form, writes back as it came,
    // and validation reports it as it reported the JSON.
    void malformed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");

        QTest::newRow("ranking of ids")
            << "overall"
            << R"(["a","b"])"
            << R"(overall: expected groups of response ids, best first, like [["b"],["a","c"]])";
        QTest::newRow("rating with a fraction") << "score"
                                                << "3.5"
                                                << "score: expected a whole number from 1 to 5, found a number";
        QTest::newRow("rating as text") << "score"
                                        << R"("4")"
                                        << "score: expected a whole number from 1 to 5, found a string";
        QTest::newRow("choice as a number") << "winner"
                                            << "1"
                                            << "winner: expected one option, found an integer";
        QTest::newRow("options as one string") << "issues"
                                               << R"("verbose")"
                                               << "issues: expected a list of options, found a string";
        QTest::newRow("span without a label")
            << "hallucination"
            << R"({"a":[{"start":0,"end":4}]})"
            << R"(hallucination.a: expected a list of spans like {"start": 0, "end": 5, "label": "…"})";
        QTest::newRow("flag with a numeric category")
            << "safety"
            << R"({"b":[{"category":1,"severity":"high"}]})"
            << R"(safety.b: expected a list of flags like {"category": "…", "severity": "…"})";
        QTest::newRow("text as a list") << "rationale"
                                        << R"(["a"])"
                                        << "rationale: expected text, found an array";
        QTest::newRow("rewrite as text") << "ideal"
                                         << R"("Hi")"
                                         << R"(ideal: expected an object with "text" and an optional "seed" response)";
        QTest::newRow("per-response answer as a list")
            << "refusal"
            << R"(["ok"])"
            << "refusal: expected an object keyed by response id, found an array";
    }

    void malformed()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const Criterion &c = criterion(key);
        const json given = json::parse(text.toStdString());
        const AnswerValue value = answers::fromJson(c, given);
        QVERIFY(!value.isNull());
        QVERIFY(!value.isPerResponse() || c.per == Scope::Response);
        AnswerValue part = value;
        if (value.isPerResponse()) {
            QCOMPARE(value.responses().size(), 1);
            part = value.responses().first();
        }
        QVERIFY(!part.ranking());
        QVERIFY(!part.rating());
        QVERIFY(!part.choice());
        QVERIFY(!part.options());
        QVERIFY(!part.spans());
        QVERIFY(!part.flags());
        QVERIFY(!part.text());
        QVERIFY(!part.rewrite());
        QCOMPARE(bytes(answers::toJson(value)), bytes(given));
        QCOMPARE(value.jsonText(), bytes(given));

        const json before{{key.toStdString(), given}};
        const json after{{key.toStdString(), answers::toJson(value)}};
        const QString reported = messages(validateAnswers(testRubric(), testTask(), before, Completeness::Draft));
        QCOMPARE(reported, problem);
        QCOMPARE(messages(validateAnswers(testRubric(), testTask(), after, Completeness::Draft)), reported);
    }

    void annotationAnswers()
    {
        Annotation a;
        const Criterion &helpfulness = criterion(QStringLiteral("helpfulness"));
        const Criterion &overall = criterion(QStringLiteral("overall"));
        QVERIFY(answers::get(a, helpfulness).isNull());
        QVERIFY(!answers::contains(a, helpfulness.key));

        answers::set(a, helpfulness.key, QStringLiteral("b"), AnswerValue::ofRating(3));
        answers::set(a, helpfulness.key, QStringLiteral("a"), AnswerValue::ofRating(5));
        answers::set(a, overall.key, {}, AnswerValue::ofRanking({{QStringLiteral("a")}, {QStringLiteral("b")}}));
        QCOMPARE(bytes(a.answers), QStringLiteral(R"({"helpfulness":{"a":5,"b":3},"overall":[["a"],["b"]]})"));
        QCOMPARE(answers::get(a, helpfulness, QStringLiteral("a")).rating(), std::optional<int>(5));
        QCOMPARE(answers::get(a, helpfulness).responses().size(), 2);
        QVERIFY(answers::get(a, helpfulness, QStringLiteral("c")).isNull());

        // Null removes a response's part, and the answer with its last response.
        answers::set(a, helpfulness.key, QStringLiteral("a"), AnswerValue());
        QCOMPARE(bytes(a.answers), QStringLiteral(R"({"helpfulness":{"b":3},"overall":[["a"],["b"]]})"));
        answers::set(a, helpfulness.key, QStringLiteral("b"), AnswerValue());
        answers::set(a, overall.key, {}, AnswerValue());
        QCOMPARE(bytes(a.answers), QStringLiteral("{}"));

        // An entry that holds null is there, and reads as no answer.
        a.answers = json::parse(R"({"overall": null})");
        QVERIFY(answers::contains(a, overall.key));
        QVERIFY(answers::get(a, overall).isNull());

        // A whole answer copied from one annotation to another keeps its bytes.
        Annotation from;
        from.answers = json::parse(R"({"safety": {"b": [{"category": "privacy", "severity": "high"}]}})");
        Annotation to;
        const Criterion &safety = criterion(QStringLiteral("safety"));
        answers::set(to, safety.key, {}, answers::get(from, safety));
        QCOMPARE(bytes(to.answers), bytes(from.answers));

        Adjudication decision;
        answers::set(decision, answers::get(from, safety));
        QCOMPARE(bytes(decision.answer), bytes(from.answers["safety"]));
        QVERIFY(answers::get(decision, safety) == answers::get(from, safety));
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
