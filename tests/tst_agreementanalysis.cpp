#include "export/batchexporter.h"
#include "import/importer.h"
#include "metrics/agreementanalysis.h"
#include "qualityfixture.h"
#include "store/annotationquery.h"

#include <algorithm>
#include <bit>

using namespace verdict;
using namespace verdict::metrics;

namespace {

using V = std::optional<double>;
const V _ = std::nullopt;

const AgreementRow *find(const QList<AgreementRow> &rows, const QString &criterion, Metric metric,
    std::optional<Level> level = std::nullopt, const QString &part = {}, const QString &aspect = {},
    const QString &slice = {})
{
    for (const AgreementRow &row : rows) {
        if (row.criterion == criterion && row.metric == metric && (!level || row.level == level) && row.part == part
            && (aspect.isEmpty() || row.aspect == aspect) && row.slice == slice)
            return &row;
    }
    return nullptr;
}

// The span figures of a run, one line per row with the value's bits, so two
// runs compare exactly.
QStringList spanFigures(Project &project, const QString &slice)
{
    AgreementOptions options;
    options.criterion = QStringLiteral("errors");
    options.slice = slice;
    const auto rows = AgreementAnalysis::run(project, options);
    if (!rows)
        return {rows.error().toString()};
    QStringList lines;
    for (const AgreementRow &row : *rows) {
        if (row.aspect != u"spans")
            continue;
        lines << QStringLiteral("%1 %2 %3 %4 %5 units %6 raters %7 pairs %8")
                     .arg(row.part, metricName(row.metric), row.slice)
                     .arg(row.result.value ? std::bit_cast<quint64>(*row.result.value) : 0, 16, 16, QLatin1Char('0'))
                     .arg(row.result.value.value_or(-1), 0, 'f', 6)
                     .arg(row.result.units)
                     .arg(row.result.raters)
                     .arg(row.result.pairs);
    }
    lines.sort();
    return lines;
}

} // namespace

class TestAgreementAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_project = qualityfixture::build(m_dir); }
    void cleanup() { m_project.reset(); }

    void bulkReadOfNumbers()
    {
        AnnotationQuery query(m_project->database());
        auto answers = query.answers(QStringLiteral("quality"), Scope::Task, AnswerForm::Number, {});
        QVERIFY2(answers.ok(), answers.ok() ? "" : qPrintable(answers.error().toString()));
        // Submitted only: 5 by kim, 4 by lee, 2 by sam; the skip, draft and escalation are left out.
        QCOMPARE(answers->size(), std::size_t(11));
        QCOMPARE(
            answers->annotators, (QStringList{QStringLiteral("kim"), QStringLiteral("lee"), QStringLiteral("sam")}));
        // Grouped by task, then annotator.
        QCOMPARE(answers->task[0], answers->task[1]);
        QCOMPARE(answers->annotator[0], 0);
        QCOMPARE(answers->annotator[1], 1);
        QCOMPARE(answers->annotator[2], 2);
        QCOMPARE(answers->number[0], 4.0);
        QCOMPARE(answers->number[2], 5.0);

        auto perResponse = query.answers(QStringLiteral("helpfulness"), Scope::Response, AnswerForm::Number, {});
        QVERIFY(perResponse.ok());
        QCOMPARE(perResponse->size(), std::size_t(21)); // 9 by kim, 9 by lee, 3 by sam
        QCOMPARE(perResponse->responseIds.value(perResponse->response[0]), QStringLiteral("a"));

        auto choices = query.answers(QStringLiteral("refusal"), Scope::Response, AnswerForm::Text, {});
        QVERIFY(choices.ok());
        QCOMPARE(choices->size(), std::size_t(8));
        QVERIFY(choices->texts.contains(QStringLiteral("over")));

        auto json = query.answers(QStringLiteral("overall"), Scope::Task, AnswerForm::Json, {});
        QVERIFY(json.ok());
        // One row per submitted annotation, the ranking's JSON or empty when absent.
        QCOMPARE(json->size(), std::size_t(11));
        QCOMPARE(QString::fromStdString(json->json[0]), QStringLiteral("[[\"a\"],[\"b\"]]"));

        auto gold = query.goldAnswers(QStringLiteral("quality"), Scope::Task, AnswerForm::Number);
        QVERIFY(gold.ok());
        QCOMPARE(gold->size(), std::size_t(2));
        QCOMPARE(gold->annotators, QStringList{QStringLiteral("gold")});
    }

    void parallelReadGivesTheSameRows()
    {
        AnnotationQuery single(m_project->database());
        AnnotationQuery parallel(m_project->database());
        for (int parts : {2, 3, 7}) {
            parallel.setParallelism(parts, 1);
            for (const auto &[key, per, form] : {std::tuple{QStringLiteral("quality"), Scope::Task, AnswerForm::Number},
                     std::tuple{QStringLiteral("helpfulness"), Scope::Response, AnswerForm::Number},
                     std::tuple{QStringLiteral("refusal"), Scope::Response, AnswerForm::Text},
                     std::tuple{QStringLiteral("overall"), Scope::Task, AnswerForm::Json}}) {
                auto a = single.answers(key, per, form, {});
                auto b = parallel.answers(key, per, form, {});
                QVERIFY(a.ok() && b.ok());
                QCOMPARE(b->size(), a->size());
                for (std::size_t i = 0; i < a->size(); ++i) {
                    QCOMPARE(b->task[i], a->task[i]);
                    QCOMPARE(b->annotators[b->annotator[i]], a->annotators[a->annotator[i]]);
                    if (a->response[i] >= 0)
                        QCOMPARE(b->responseIds[b->response[i]], a->responseIds[a->response[i]]);
                    if (form == AnswerForm::Number)
                        QCOMPARE(b->number[i], a->number[i]);
                    if (form == AnswerForm::Text)
                        QCOMPARE(b->texts[qsizetype(b->number[i])], a->texts[qsizetype(a->number[i])]);
                    if (form == AnswerForm::Json)
                        QCOMPARE(b->json[i], a->json[i]);
                }
            }
        }
    }

    void scopeByVersion()
    {
        AnnotationQuery query(m_project->database());
        auto none = query.answers(
            QStringLiteral("quality"), Scope::Task, AnswerForm::Number, AnnotationScope{QStringLiteral("qc"), {2}});
        QVERIFY(none.ok());
        QCOMPARE(none->size(), std::size_t(0));
        auto uses = query.rubricsInUse();
        QVERIFY(uses.ok());
        QCOMPARE(uses->size(), 1);
        QCOMPARE(uses->constFirst().submitted, qint64(11));
    }

    void ratingMatchesThePureFunctions()
    {
        auto rows = AgreementAnalysis::run(*m_project, {});
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().toString()));
        // quality, per task: raters kim, lee, sam over t1…t5.
        const auto quality = ReliabilityData::fromMatrix({
            {4, 2, 1, 5, 3},
            {4, 3, 1, _, 4},
            {5, 2, _, _, _},
        });
        const AgreementRow *ordinal = find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Ordinal);
        QVERIFY(ordinal);
        QCOMPARE(*ordinal->result.value, *krippendorffAlpha(quality, Level::Ordinal).value);
        QCOMPARE(ordinal->result.units, qint64(4));
        QCOMPARE(ordinal->result.raters, qint64(3));
        const AgreementRow *interval = find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Interval);
        QCOMPARE(*interval->result.value, *krippendorffAlpha(quality, Level::Interval).value);
        // Ratings are not reported at the nominal level unless asked.
        QVERIFY(!find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Nominal));
        const AgreementRow *kappa = find(*rows, QStringLiteral("quality"), Metric::CohenKappaQuadratic);
        QCOMPARE(*kappa->result.value, *cohenKappaPairs(quality, Weighting::Quadratic).mean.value);
        QCOMPARE(kappa->raterPairs.size(), 3);
        QCOMPARE(kappa->raters.value(kappa->raterPairs[0].raterB), QStringLiteral("lee"));

        // helpfulness, per response: the unit is (task, response).
        const auto helpfulness = ReliabilityData::fromMatrix({
            {4, 2, 3, 3, 1, 5, 1, 2, 3},
            {4, 3, 3, 3, 2, 5, 1, 2, 3},
            {5, 2, 3, _, _, _, _, _, _},
        });
        const AgreementRow *perResponse = find(*rows, QStringLiteral("helpfulness"), Metric::Alpha, Level::Ordinal);
        QCOMPARE(*perResponse->result.value, *krippendorffAlpha(helpfulness, Level::Ordinal).value);
        QCOMPARE(perResponse->result.units, qint64(9));
        QCOMPARE(perResponse->per, Scope::Response);
        const AgreementRow *percent = find(*rows, QStringLiteral("helpfulness"), Metric::PercentAgreement);
        // Agreeing pairs: t1a 1 of 3, t1b 1 of 3, t2a 3 of 3, then 1 of 1 in t2b, t3b, t5a, t5b, t5c,
        // 0 of 1 in t3a: (1 + 1 + 3 + 5) / (3 + 3 + 3 + 6) = 10/15.
        QCOMPARE(*percent->result.value, 10.0 / 15.0);
        // Text criteria have no agreement figure.
        for (const AgreementRow &row : *rows)
            QVERIFY(row.criterion != u"rationale");
    }

    void choice()
    {
        auto rows = AgreementAnalysis::run(*m_project, AgreementOptions{{}, QStringLiteral("refusal"), {}, {}, {}, {}});
        QVERIFY(rows.ok());
        // Units t1a (ok, ok), t1b (ok, over), t2a (ok, ok), t2b (ok, ok); kim always says ok.
        // Alpha: o(ok,ok) = 6, o(ok,over) = o(over,ok) = 1; n_ok = 7, n_over = 1, n = 8:
        // 1 - 7 * 2 / (2 * 7 * 1) = 0. Kappa: p_o = 3/4 = p_e, so 0. Agreement 3/4.
        QCOMPARE(*find(*rows, QStringLiteral("refusal"), Metric::Alpha, Level::Nominal)->result.value, 0.0);
        QCOMPARE(*find(*rows, QStringLiteral("refusal"), Metric::CohenKappa)->result.value, 0.0);
        QCOMPARE(*find(*rows, QStringLiteral("refusal"), Metric::PercentAgreement)->result.value, 0.75);
        QVERIFY(find(*rows, QStringLiteral("refusal"), Metric::FleissKappa));
        for (const AgreementRow &row : *rows)
            QCOMPARE(row.criterion, QStringLiteral("refusal"));
    }

    void multichoicePerOption()
    {
        auto rows = AgreementAnalysis::run(*m_project, AgreementOptions{{}, QStringLiteral("issues"), {}, {}, {}, {}});
        QVERIFY(rows.ok());
        // An annotation that leaves the criterion out chose nothing.
        // verbose: t1 (1, 1, 0), t2 (0, 0, 0), t3 (0, 0), t4 (0), t5 (0, 0):
        // agreeing pairs (1 + 3 + 1 + 1) of (3 + 3 + 1 + 1) = 6/8.
        const AgreementRow *verbose = find(*rows, QStringLiteral("issues"), Metric::PercentAgreement, std::nullopt,
            QStringLiteral("verbose"), QStringLiteral("chosen"));
        QVERIFY(verbose);
        QCOMPARE(*verbose->result.value, 6.0 / 8.0);
        const auto expected = ReliabilityData::fromMatrix({{1, 0, 0, 0, 0}, {1, 0, 0, _, 0}, {0, 0, _, _, _}});
        const AgreementRow *alpha
            = find(*rows, QStringLiteral("issues"), Metric::Alpha, Level::Nominal, QStringLiteral("verbose"));
        QCOMPARE(*alpha->result.value, *krippendorffAlpha(expected, Level::Nominal).value);
        QVERIFY(find(*rows, QStringLiteral("issues"), Metric::Alpha, Level::Nominal, QStringLiteral("terse")));
    }

    void flagsPerCategory()
    {
        auto rows = AgreementAnalysis::run(*m_project, AgreementOptions{{}, QStringLiteral("safety"), {}, {}, {}, {}});
        QVERIFY(rows.ok());
        // privacy is flagged on t1b by all three and nowhere else: presence agrees perfectly.
        const AgreementRow *presence = find(*rows, QStringLiteral("safety"), Metric::Alpha, Level::Nominal,
            QStringLiteral("privacy"), QStringLiteral("presence"));
        QVERIFY(presence);
        QCOMPARE(*presence->result.value, 1.0);
        // Severity (0 none, 1 low, 2 high): t1b is (2, 1, 2); t1a, t2a, t2b are (0, 0, 0);
        // t3a, t3b, t5a, t5b, t5c are (0, 0); t4's units have one rater.
        ReliabilityData severity;
        severity.add(0, 2);
        severity.add(1, 1);
        severity.add(2, 2);
        severity.endUnit();
        for (int unit = 0; unit < 8; ++unit) {
            severity.add(0, 0);
            severity.add(1, 0);
            if (unit < 3)
                severity.add(2, 0);
            severity.endUnit();
        }
        const AgreementRow *ordinal = find(*rows, QStringLiteral("safety"), Metric::Alpha, Level::Ordinal,
            QStringLiteral("privacy"), QStringLiteral("severity"));
        QVERIFY(ordinal);
        QCOMPARE(*ordinal->result.value, *krippendorffAlpha(severity, Level::Ordinal).value);
        QCOMPARE(ordinal->result.units, qint64(9));
        // Nobody flagged harm: no variation, no number.
        const AgreementRow *harm = find(*rows, QStringLiteral("safety"), Metric::Alpha, Level::Nominal,
            QStringLiteral("harm"), QStringLiteral("presence"));
        QVERIFY(!harm->result.defined());
        QCOMPARE(harm->result.reason, Undefined::NoVariation);
    }

    void rankingPreferences()
    {
        auto rows = AgreementAnalysis::run(*m_project, AgreementOptions{{}, QStringLiteral("overall"), {}, {}, {}, {}});
        QVERIFY(rows.ok());
        // Preference units (+1 first better, 0 tie, -1 second better):
        // t1 ab (+1, +1, -1), t2 ab (0, +1), t5 ab (+1, -1), t5 ac (-1, -1), t5 bc (-1, -1):
        // agreeing pairs (1 + 0 + 0 + 1 + 1) of (3 + 1 + 1 + 1 + 1) = 3/7.
        const AgreementRow *pairwise = find(*rows, QStringLiteral("overall"), Metric::PairwiseAgreement);
        QVERIFY(pairwise);
        QCOMPARE(*pairwise->result.value, 3.0 / 7.0);
        QCOMPARE(pairwise->result.units, qint64(5));
        const auto preferences = ReliabilityData::fromMatrix({{1, 0, 1, -1, -1}, {1, 1, -1, -1, -1}, {-1, _, _, _, _}});
        const AgreementRow *alpha = find(*rows, QStringLiteral("overall"), Metric::Alpha, Level::Ordinal);
        QCOMPARE(*alpha->result.value, *krippendorffAlpha(preferences, Level::Ordinal).value);
        // Kendall's tau-b per task and pair of annotators: t1 kim-lee 1, kim-sam -1, lee-sam -1;
        // t2 kim ties everything (undefined); t5 kim (a 1, b 2, c 0) vs lee (a 2, b 1, c 0):
        // 2 concordant, 1 discordant of 3 -> 1/3. Mean (1 - 1 - 1 + 1/3) / 4 = -1/6.
        const AgreementRow *tau = find(*rows, QStringLiteral("overall"), Metric::KendallTauB);
        QVERIFY(tau);
        QCOMPARE(*tau->result.value, -1.0 / 6.0);
        QCOMPARE(tau->result.units, qint64(2));
        QCOMPARE(tau->result.pairs, qint64(4));
    }

    void spansPerLabel()
    {
        auto rows
            = AgreementAnalysis::run(*m_project, AgreementOptions{{}, QStringLiteral("hallucination"), {}, {}, {}, {}});
        QVERIFY(rows.ok());
        // "wrong", over annotator pairs:
        //   t1a kim-lee: 1 and 1 span, exact match; kim-sam and lee-sam: 1 and 0.
        //   t2b kim-lee: [3,8) and [4,9) overlap but differ; kim-sam and lee-sam: 1 and 0.
        // spans 6 + 2 = 8, exact = 1 -> exact F1 = 2 / 8.
        // overlapping 2 + 2 (the two kim-lee pairs, both ways) -> overlap F1 = 4 / 8 = 1/2.
        const AgreementRow *exact
            = find(*rows, QStringLiteral("hallucination"), Metric::ExactF1, std::nullopt, QStringLiteral("wrong"));
        QVERIFY(exact);
        QCOMPARE(*exact->result.value, 0.25);
        const AgreementRow *overlap
            = find(*rows, QStringLiteral("hallucination"), Metric::OverlapF1, std::nullopt, QStringLiteral("wrong"));
        QCOMPARE(*overlap->result.value, 0.5);
        // Units shared by two annotators: t1a, t1b, t2a, t2b, t3a, t3b, t5a, t5b, t5c; pairs 3+3+3+3+1+1+1+1+1.
        QCOMPARE(overlap->result.units, qint64(9));
        QCOMPARE(overlap->result.pairs, qint64(17));
        QCOMPARE(overlap->result.raters, qint64(3));
        // "unsupported": lee's one span against nobody's: F1 0.
        QCOMPARE(*find(*rows, QStringLiteral("hallucination"), Metric::OverlapF1, std::nullopt,
                     QStringLiteral("unsupported"))
                      ->result.value,
            0.0);
    }

    void slicedByMetadata()
    {
        AgreementOptions options;
        options.criterion = QStringLiteral("quality");
        options.slice = QStringLiteral("language");
        options.level = Level::Interval;
        auto rows = AgreementAnalysis::run(*m_project, options);
        QVERIFY(rows.ok());
        const auto en = ReliabilityData::fromMatrix({{4, 2, 3}, {4, 3, 4}, {5, 2, _}});
        const AgreementRow *english
            = find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Interval, {}, {}, QStringLiteral("en"));
        QVERIFY(english);
        QCOMPARE(*english->result.value, *krippendorffAlpha(en, Level::Interval).value);
        // German: t3 (1, 1) is the only pairable unit: no variation.
        const AgreementRow *german
            = find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Interval, {}, {}, QStringLiteral("de"));
        QVERIFY(german);
        QCOMPARE(german->result.reason, Undefined::NoVariation);
        QCOMPARE(german->result.units, qint64(1));
        QVERIFY(!find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Ordinal, {}, {}, QStringLiteral("en")));
    }

    void slicedByModel()
    {
        AgreementOptions options;
        options.criterion = QStringLiteral("helpfulness");
        options.slice = modelSlice;
        options.metrics = {Metric::Alpha};
        options.level = Level::Interval;
        auto rows = AgreementAnalysis::run(*m_project, options);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        // model-0 answered a in every task: units t1a, t2a, t3a, t5a.
        const auto model0 = ReliabilityData::fromMatrix({{4, 3, 1, 1}, {4, 3, 2, 1}, {5, 3, _, _}});
        QCOMPARE(rows->at(0).slice, QStringLiteral("model-0"));
        QCOMPARE(*rows->at(0).result.value, *krippendorffAlpha(model0, Level::Interval).value);
        QCOMPARE(rows->at(2).slice, QStringLiteral("model-2"));
        QCOMPARE(rows->at(2).result.reason, Undefined::NoVariation);
    }

    void metricSelection()
    {
        AgreementOptions options;
        options.criterion = QStringLiteral("quality");
        options.metrics = {Metric::FleissKappa, Metric::ExactF1};
        auto rows = AgreementAnalysis::run(*m_project, options);
        QVERIFY(rows.ok());
        // exact-f1 does not apply to a rating.
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->constFirst().metric, Metric::FleissKappa);

        auto missing = AgreementAnalysis::run(*m_project, AgreementOptions{{}, QStringLiteral("nope"), {}, {}, {}, {}});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("nope")));
    }

    void newerVersionWithAnotherKind()
    {
        // Version 2 makes "quality" a choice: its answers are not pooled with version 1's ratings.
        Rubric second = qualityfixture::rubric();
        second.version = 2;
        for (Criterion &c : second.criteria) {
            if (c.key == u"quality") {
                c.kind = CriterionKind::Choice;
                c.options = {Option{QStringLiteral("good"), QStringLiteral("Good"), {}, {}, {}},
                    Option{QStringLiteral("bad"), QStringLiteral("Bad"), {}, {}, {}}};
            }
        }
        QVERIFY(m_project->rubrics().publish(second, QStringLiteral("second"), QStringLiteral("lead")).ok());
        qualityfixture::annotate(*m_project, "t4", "sam", {{"quality", "good"}}, AnnotationStatus::Submitted, 10, 3, 2);

        auto criteria = AgreementAnalysis::criteria(*m_project, {}, QStringLiteral("quality"), std::nullopt);
        QVERIFY(criteria.ok());
        QCOMPARE(criteria->size(), 1);
        QCOMPARE(criteria->constFirst().criterion.kind, CriterionKind::Choice);
        QCOMPARE(criteria->constFirst().scope.rubricVersions, QList<int>{2});
        // The helpfulness criterion is the same in both: both versions count.
        auto helpfulness = AgreementAnalysis::criteria(*m_project, {}, QStringLiteral("helpfulness"), std::nullopt);
        QCOMPARE(helpfulness->constFirst().scope.rubricVersions, (QList<int>{2, 1}));

        AgreementOptions v1;
        v1.criterion = QStringLiteral("quality");
        v1.rubricVersion = 1;
        auto rows = AgreementAnalysis::run(*m_project, v1);
        QVERIFY(rows.ok());
        QCOMPARE(find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Ordinal)->result.units, qint64(4));
        QCOMPARE(find(*rows, QStringLiteral("quality"), Metric::Alpha, Level::Ordinal)->rubricVersion, 1);
        // Version 2 alone: a single choice, by one rater.
        AgreementOptions v2 = v1;
        v2.rubricVersion = 2;
        auto second2 = AgreementAnalysis::run(*m_project, v2);
        QVERIFY(second2.ok());
        QCOMPARE(find(*second2, QStringLiteral("quality"), Metric::Alpha, Level::Nominal)->result.reason,
            Undefined::SingleRater);
    }

    void draftsDoNotRedefineCriteria()
    {
        Rubric draft = qualityfixture::rubric();
        for (Criterion &c : draft.criteria) {
            if (c.key == u"quality")
                c.per = Scope::Response;
        }
        QVERIFY(m_project->rubrics().saveDraft(draft).ok());
        auto criteria = AgreementAnalysis::criteria(*m_project, {}, QStringLiteral("quality"), std::nullopt);
        QVERIFY(criteria.ok());
        QCOMPARE(criteria->constFirst().criterion.per, Scope::Task);
        QCOMPARE(criteria->constFirst().scope.rubricVersions, QList<int>{1});
    }

    void progressAndCancel()
    {
        int calls = 0;
        auto rows = AgreementAnalysis::run(*m_project, {}, [&calls](int, int) { return ++calls < 3; });
        QVERIFY(!rows.ok());
        QCOMPARE(calls, 3);
    }

    // Span F1 between annotators does not depend on the order their work was
    // stored in: the same three annotation batches imported in each of the
    // six orders (so the annotators' internal ids differ) give the same bits.
    void spanFiguresDoNotDependOnTheImportOrder()
    {
        QTemporaryDir dir;
        auto source = testutil::newProject(dir, QStringLiteral("source"));
        const auto rubric = rubricjson::fromJson(nlohmann::json{{"id", "errs"}, {"title", "Errors"},
            {"criteria",
                qualityfixture::list({{{"key", "errors"}, {"kind", "spans"}, {"per", "response"}, {"title", "Errors"},
                    {"required", false},
                    {"labels",
                        qualityfixture::list({{{"key", "major"}, {"name", "Major"}, {"color", "#d62728"}},
                            {{"key", "minor"}, {"name", "Minor"}, {"color", "#e0a030"}}})}}})}});
        QVERIFY2(rubric.ok(), rubric.ok() ? "" : qPrintable(rubric.error().toString()));
        QVERIFY(source->rubrics().publish(*rubric, {}, QStringLiteral("lead")).ok());
        const QStringList annotators{QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")};
        QStringList taskIds;
        for (int i = 0; i < 16; ++i) {
            Task task = testutil::task(QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Q"));
            for (Response &r : task.responses)
                r.content = QString(160, u'x');
            QVERIFY(source->tasks().insert(task).ok());
            taskIds << task.id;
            // Each annotator marks a different number of spans, overlapping the others' in different ways.
            for (int k = 0; k < annotators.size(); ++k) {
                nlohmann::json answer = nlohmann::json::object();
                for (int r = 0; r < 2; ++r) {
                    nlohmann::json spans = nlohmann::json::array();
                    const int count = (i * 7 + k * 5 + r * 3) % 5;
                    for (int j = 0; j < count; ++j) {
                        const int start = (i * 13 + k * 7 + j * 37 + r * 11) % 120;
                        const int length = 2 + (i * 3 + k * 5 + j * 7) % 17;
                        spans.push_back(
                            qualityfixture::span(start, start + length, (i + j + k) % 3 ? "major" : "minor"));
                    }
                    answer[r == 0 ? "a" : "b"] = spans;
                }
                Annotation a;
                a.taskId = task.id;
                a.annotator = annotators[k];
                a.rubricId = QStringLiteral("errs");
                a.rubricVersion = 1;
                a.answers = {{"errors", answer}};
                a.status = AnnotationStatus::Submitted;
                QVERIFY(source->annotations().save(a).ok());
            }
        }
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("everyone");
        spec.taskIds = taskIds;
        spec.rubricId = QStringLiteral("errs");
        spec.rubricVersion = 1;
        const QString tasks = dir.filePath(QStringLiteral("tasks.jsonl"));
        QVERIFY(BatchExporter(*source).writeAssignment(spec, tasks, {}).ok());
        QHash<QString, QString> batches;
        for (const QString &name : annotators) {
            batches[name] = dir.filePath(name + u".jsonl");
            QVERIFY(BatchExporter(*source).writeAnnotations(name, batches[name], {}).ok());
        }

        QStringList order = annotators;
        QStringList first;
        QStringList firstByModel;
        int orders = 0;
        do {
            auto project = testutil::newProject(dir, QStringLiteral("order"));
            QVERIFY(Importer(*project).importFile(tasks, {}).ok());
            for (const QString &name : order)
                QVERIFY(Importer(*project).importFile(batches[name], {}).ok());
            // The internal ids follow the order of storage.
            const auto stored = AnnotationQuery(project->database())
                                    .answers(QStringLiteral("errors"), Scope::Response, AnswerForm::Json, {});
            QVERIFY(stored.ok());
            QCOMPARE(stored->annotators, order);
            const QStringList figures = spanFigures(*project, {});
            const QStringList byModel = spanFigures(*project, QStringLiteral("model"));
            QCOMPARE(figures.size(), 4); // two labels, exact and overlap F1
            if (first.isEmpty()) {
                first = figures;
                firstByModel = byModel;
            }
            QCOMPARE(figures, first);
            QCOMPARE(byModel, firstByModel);
            ++orders;
        } while (std::next_permutation(order.begin(), order.end()));
        QCOMPARE(orders, 6);
        // The same figures as the source project, where the annotations were saved one task at a time.
        QCOMPARE(spanFigures(*source, {}), first);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestAgreementAnalysis)
#include "tst_agreementanalysis.moc"
