#include "metrics/modelcomparison.h"
#include "qualityfixture.h"

using namespace verdict;

namespace {

const ModelRateRow *rate(const QList<ModelRateRow> &rows, const QString &key, const QString &model)
{
    for (const ModelRateRow &row : rows) {
        if (row.key == key && row.model == model)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestModelComparison : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_project = qualityfixture::build(m_dir); }
    void cleanup() { m_project.reset(); }

    void winTieLoss()
    {
        auto result = ModelComparison::run(*m_project, {});
        QVERIFY(result.ok());
        QCOMPARE(result->criterion, QStringLiteral("overall"));
        QCOMPARE(result->pairs.size(), 3);
        // model-0 (response a) against model-1 (response b):
        //   t1 kim a>b, lee a>b, sam b>a; t2 kim tie, lee a>b; t5 kim a>b, lee b>a.
        //   7 judgments: 4 wins, 1 tie, 2 losses for model-0.
        const ModelPairRow &pair = result->pairs[0];
        QCOMPARE(pair.modelA, QStringLiteral("model-0"));
        QCOMPARE(pair.modelB, QStringLiteral("model-1"));
        QCOMPARE(pair.judgments, qint64(7));
        QCOMPARE(pair.winsA.count, qint64(4));
        QCOMPARE(pair.ties.count, qint64(1));
        QCOMPARE(pair.winsB.count, qint64(2));
        QCOMPARE(*pair.winsA.rate.value, 4.0 / 7.0);
        const auto wilson = metrics::wilsonInterval(4, 7);
        QCOMPARE(pair.winsA.interval->low, wilson->low);
        QCOMPARE(pair.winsA.interval->high, wilson->high);
        // model-2 (t5's c) was preferred by both judges over both others.
        QCOMPARE(result->pairs[1].modelB, QStringLiteral("model-2"));
        QCOMPARE(result->pairs[1].winsB.count, qint64(2));
        QCOMPARE(result->pairs[2].modelA, QStringLiteral("model-1"));
        QCOMPARE(result->pairs[2].winsB.count, qint64(2));
    }

    void bradleyTerryNeedsLosses()
    {
        auto result = ModelComparison::run(*m_project, {});
        QVERIFY(result.ok());
        // model-2 never lost: there is no maximum-likelihood strength.
        QCOMPARE(result->strengths.size(), 3);
        for (const ModelStrengthRow &row : result->strengths) {
            QCOMPARE(row.strength.reason, Undefined::NotEstimable);
            QVERIFY(!row.interval);
        }
        // Without model-2 (t5 re-ranked so it loses once), strengths exist.
        qualityfixture::annotate(*m_project, "t5", "sam", {{"overall", qualityfixture::rank({{"a"}, {"b"}, {"c"}})}},
            AnnotationStatus::Submitted, 30, 3);
        auto again = ModelComparison::run(*m_project, ModelComparisonOptions{{}, {}, {}, {}, 200, 3});
        QVERIFY(again.ok());
        for (const ModelStrengthRow &row : again->strengths)
            QVERIFY(row.strength.defined());
        double sum = 0;
        for (const ModelStrengthRow &row : again->strengths)
            sum += *row.strength.value;
        QVERIFY(std::abs(sum) < 1e-9);
        QCOMPARE(again->strengths[0].replicates + again->strengths[0].failedReplicates, 200);
    }

    void failureAndSafetyRates()
    {
        auto result = ModelComparison::run(*m_project, {});
        QVERIFY(result.ok());
        // Judgments of model-0's responses: one per submitted annotation of each task
        // (t1 3, t2 3, t3 2, t4 1, t5 2 = 11). "wrong" on them: t1a by kim and lee.
        const ModelRateRow *wrong = rate(result->rates, QStringLiteral("wrong"), QStringLiteral("model-0"));
        QVERIFY(wrong);
        QCOMPARE(wrong->criterion, QStringLiteral("hallucination"));
        QCOMPARE(wrong->rate.count, qint64(2));
        QCOMPARE(wrong->rate.total, qint64(11));
        QCOMPARE(rate(result->rates, QStringLiteral("unsupported"), QStringLiteral("model-0"))->rate.count, qint64(1));
        QCOMPARE(rate(result->rates, QStringLiteral("wrong"), QStringLiteral("model-2"))->rate.total, qint64(2));
        // privacy flagged on t1b (model-1) by all three.
        const ModelRateRow *privacy = rate(result->rates, QStringLiteral("privacy"), QStringLiteral("model-1"));
        QCOMPARE(privacy->kind, CriterionKind::Flags);
        QCOMPARE(privacy->rate.count, qint64(3));
        QCOMPARE(privacy->rate.total, qint64(11));
    }

    void sliced()
    {
        ModelComparisonOptions options;
        options.slice = QStringLiteral("language");
        auto result = ModelComparison::run(*m_project, options);
        QVERIFY(result.ok());
        QCOMPARE(result->sliceField, QStringLiteral("language"));
        // Rankings exist only in English tasks.
        for (const ModelPairRow &pair : result->pairs)
            QCOMPARE(pair.slice, QStringLiteral("en"));
        // German tasks still have rates: t3 (kim, lee) and t4 (kim) give 3 judgments of model-0.
        bool german = false;
        for (const ModelRateRow &row : result->rates) {
            if (row.slice == u"de" && row.model == u"model-0" && row.key == u"wrong") {
                german = true;
                QCOMPARE(row.rate.total, qint64(3));
                QCOMPARE(row.rate.count, qint64(0));
            }
        }
        QVERIFY(german);
        options.slice = modelSlice;
        QVERIFY(!ModelComparison::run(*m_project, options).ok());
        ModelComparisonOptions rating;
        rating.criterion = QStringLiteral("quality");
        QVERIFY(!ModelComparison::run(*m_project, rating).ok());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestModelComparison)
#include "tst_modelcomparison.moc"
