#include "metrics/goldaccuracy.h"
#include "qualityfixture.h"

using namespace verdict;

namespace {

const GoldAccuracyRow *find(
    const QList<GoldAccuracyRow> &rows, const QString &criterion, const QString &annotator, const QString &slice = {})
{
    for (const GoldAccuracyRow &row : rows) {
        if (row.criterion == criterion && row.annotator == annotator && row.slice == slice)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestGoldAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_project = qualityfixture::build(m_dir); }
    void cleanup() { m_project.reset(); }

    void ratings()
    {
        auto rows = GoldAccuracy::run(*m_project, {});
        QVERIFY(rows.ok());
        // Gold quality: t1 4, t2 3. kim 4, 2: one exact, both within one, MAE (0 + 1) / 2.
        const GoldAccuracyRow *kim = find(*rows, QStringLiteral("quality"), QStringLiteral("kim"));
        QVERIFY(kim);
        QCOMPARE(*kim->exact.value, 0.5);
        QCOMPARE(*kim->withinOne->value, 1.0);
        QCOMPARE(*kim->meanAbsoluteError->value, 0.5);
        QCOMPARE(kim->tasks, qint64(2));
        QCOMPARE(kim->exact.units, qint64(2));
        QCOMPARE(*find(*rows, QStringLiteral("quality"), QStringLiteral("lee"))->exact.value, 1.0);
        // sam 5, 2: none exact, both within one, MAE 1.
        const GoldAccuracyRow *sam = find(*rows, QStringLiteral("quality"), QStringLiteral("sam"));
        QCOMPARE(*sam->exact.value, 0.0);
        QCOMPARE(*sam->withinOne->value, 1.0);
        QCOMPARE(*sam->meanAbsoluteError->value, 1.0);

        // helpfulness per response, gold t1 (4, 2), t2 (3, 2):
        // kim (4, 2), (3, 3): 3 of 4 exact, MAE 1/4; sam (5, 2), (3, -): 2 of 3, MAE 1/3.
        const GoldAccuracyRow *perResponse = find(*rows, QStringLiteral("helpfulness"), QStringLiteral("kim"));
        QCOMPARE(*perResponse->exact.value, 0.75);
        QCOMPARE(*perResponse->meanAbsoluteError->value, 0.25);
        QCOMPARE(perResponse->exact.units, qint64(4));
        QCOMPARE(perResponse->tasks, qint64(2));
        const GoldAccuracyRow *samHelpfulness = find(*rows, QStringLiteral("helpfulness"), QStringLiteral("sam"));
        QCOMPARE(*samHelpfulness->exact.value, 2.0 / 3.0);
        QCOMPARE(*samHelpfulness->meanAbsoluteError->value, 1.0 / 3.0);
        QVERIFY(!samHelpfulness->pairwise);
    }

    void choicesAndSets()
    {
        auto rows = GoldAccuracy::run(*m_project, {});
        QVERIFY(rows.ok());
        // refusal gold t1 (ok, ok): kim (ok, ok) 2 of 2; lee (ok, over) 1 of 2; sam never answered it.
        QCOMPARE(*find(*rows, QStringLiteral("refusal"), QStringLiteral("kim"))->exact.value, 1.0);
        QCOMPARE(*find(*rows, QStringLiteral("refusal"), QStringLiteral("lee"))->exact.value, 0.5);
        QVERIFY(!find(*rows, QStringLiteral("refusal"), QStringLiteral("sam")));
        // issues gold t1 [verbose] (t2's gold leaves it out, so t2 does not count):
        // kim [verbose] matches, lee [verbose, terse] and sam [] do not.
        QCOMPARE(*find(*rows, QStringLiteral("issues"), QStringLiteral("kim"))->exact.value, 1.0);
        QCOMPARE(*find(*rows, QStringLiteral("issues"), QStringLiteral("lee"))->exact.value, 0.0);
        QCOMPARE(find(*rows, QStringLiteral("issues"), QStringLiteral("sam"))->exact.units, qint64(1));
        // No gold answers for safety: no rows.
        QVERIFY(!find(*rows, QStringLiteral("safety"), QStringLiteral("kim")));
        QVERIFY(!find(*rows, QStringLiteral("rationale"), QStringLiteral("kim")));
    }

    void rankings()
    {
        auto rows = GoldAccuracy::run(*m_project, GoldAccuracyOptions{{}, QStringLiteral("overall"), {}, {}});
        QVERIFY(rows.ok());
        // Gold: t1 a > b, t2 b > a. kim: t1 a > b (right), t2 tie (wrong): exact 1/2, pairs 1/2.
        const GoldAccuracyRow *kim = find(*rows, QStringLiteral("overall"), QStringLiteral("kim"));
        QCOMPARE(*kim->exact.value, 0.5);
        QCOMPARE(*kim->pairwise->value, 0.5);
        QCOMPARE(kim->tasks, qint64(2));
        // sam ranked t1 only, the wrong way round.
        const GoldAccuracyRow *sam = find(*rows, QStringLiteral("overall"), QStringLiteral("sam"));
        QCOMPARE(*sam->exact.value, 0.0);
        QCOMPARE(*sam->pairwise->value, 0.0);
        QCOMPARE(sam->tasks, qint64(1));
        QCOMPARE(rows->size(), 3);
    }

    void spans()
    {
        auto rows = GoldAccuracy::run(*m_project, GoldAccuracyOptions{{}, QStringLiteral("hallucination"), {}, {}});
        QVERIFY(rows.ok());
        // Gold t1: a [0,5) wrong, b nothing. kim matches both responses; F1 1.
        const GoldAccuracyRow *kim = find(*rows, QStringLiteral("hallucination"), QStringLiteral("kim"));
        QCOMPARE(*kim->exact.value, 1.0);
        QCOMPARE(*kim->spanF1->value, 1.0);
        // lee adds [10,20) unsupported on a: a differs, b matches (1/2). Against gold
        // (the reference): recall 1/1, precision 1/2 -> F1 2/3.
        const GoldAccuracyRow *lee = find(*rows, QStringLiteral("hallucination"), QStringLiteral("lee"));
        QCOMPARE(*lee->exact.value, 0.5);
        QCOMPARE(*lee->spanF1->value, 2.0 / 3.0);
        // sam marked nothing: b matches, a does not; F1 0.
        const GoldAccuracyRow *sam = find(*rows, QStringLiteral("hallucination"), QStringLiteral("sam"));
        QCOMPARE(*sam->exact.value, 0.5);
        QCOMPARE(*sam->spanF1->value, 0.0);
    }

    void sliced()
    {
        GoldAccuracyOptions options;
        options.criterion = QStringLiteral("helpfulness");
        options.slice = modelSlice;
        auto rows = GoldAccuracy::run(*m_project, options);
        QVERIFY(rows.ok());
        // kim on model-1 (response b): t1 2 = 2, t2 3 vs 2: 1 of 2.
        const GoldAccuracyRow *kim
            = find(*rows, QStringLiteral("helpfulness"), QStringLiteral("kim"), QStringLiteral("model-1"));
        QVERIFY(kim);
        QCOMPARE(*kim->exact.value, 0.5);
        QCOMPARE(
            *find(*rows, QStringLiteral("helpfulness"), QStringLiteral("kim"), QStringLiteral("model-0"))->exact.value,
            1.0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestGoldAccuracy)
#include "tst_goldaccuracy.moc"
