#include "metrics/agreementmetrics.h"
#include "metrics/rankingmetrics.h"
#include "metrics/spanmetrics.h"

#include <QTest>

#include <bit>
#include <cmath>

using namespace verdict;
using namespace verdict::metrics;

namespace {

using V = std::optional<double>;
const V _ = std::nullopt;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
// 4 coders (rows) x 12 units (columns), values 1-5, "." = missing.
QList<QList<V>> krippendorff2011()
{
    return {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
        {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
    };
}

// Hayes & Krippendorff (2007), "Answering the call for a standard reliability
// measure for coding data", Communication Methods and Measures 1(1): 77-89,
// Table 1: 5 observers rate the tone of 40 news articles 0-3. Transcribed
// (units as rows here, observers as columns; -1 = missing) from the table as
// given in jucor/krippendorff, data-raw/hayes2007table1.csv, found by searching
// for "Hayes Krippendorff 2007 alpha 0.7598"; the value 0.7598 is the paper's
// (also quoted in raoulbia/nltk-krippendorff-validation's README).
const int hayes2007[40][5] = {
    {1, 1, 2, -1, 2},
    {1, 1, 0, 1, -1},
    {2, 3, 3, 3, -1},
    {-1, 0, 0, -1, 0},
    {0, 0, 0, -1, 0},
    {0, 0, 0, -1, 0},
    {1, 0, 2, -1, 1},
    {1, -1, 2, 0, -1},
    {2, 2, 2, -1, 2},
    {2, 1, 1, 1, -1},
    {-1, 1, 0, 0, -1},
    {0, 0, 0, 0, -1},
    {1, 2, 2, 2, -1},
    {3, 3, 2, 2, 3},
    {1, 1, 1, -1, 1},
    {1, 1, 1, -1, 1},
    {2, 1, 2, -1, 2},
    {1, 2, 3, 3, -1},
    {1, 1, 0, 1, -1},
    {0, 0, 0, -1, 0},
    {0, 0, 1, 1, -1},
    {0, 0, -1, 0, 0},
    {2, 3, 3, 3, -1},
    {0, 0, 0, 0, -1},
    {1, 2, -1, 2, 2},
    {0, 1, 1, 1, -1},
    {0, 0, 0, 1, 0},
    {1, 2, 1, 2, -1},
    {1, 1, 2, 2, -1},
    {1, 1, 2, -1, 2},
    {1, 1, 0, -1, 0},
    {2, 1, 2, 1, -1},
    {2, 2, -1, 2, 2},
    {3, 2, 2, 2, -1},
    {2, 2, 2, -1, 2},
    {2, 2, 3, -1, 2},
    {2, 2, 2, -1, 2},
    {2, 2, -1, 1, 2},
    {2, 2, 2, 2, -1},
    {1, 1, 1, -1, 1},
};

ReliabilityData hayesData()
{
    ReliabilityData data;
    for (const auto &unit : hayes2007) {
        for (int observer = 0; observer < 5; ++observer) {
            if (unit[observer] >= 0)
                data.add(observer, unit[observer]);
        }
        data.endUnit();
    }
    return data;
}

// Rounds to `decimals` places: published figures are checked to their own precision.
double rounded(const MetricResult &result, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(*result.value * scale) / scale;
}

} // namespace

class TestAgreementMetrics : public QObject
{
    Q_OBJECT

private slots:
    void krippendorff2011_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("expected");
        // The four values Krippendorff (2011) reports for this matrix, to 3 decimals.
        QTest::newRow("nominal") << int(Level::Nominal) << 0.743;
        QTest::newRow("ordinal") << int(Level::Ordinal) << 0.815;
        QTest::newRow("interval") << int(Level::Interval) << 0.849;
        QTest::newRow("ratio") << int(Level::Ratio) << 0.797;
    }

    void krippendorff2011()
    {
        QFETCH(int, level);
        QFETCH(double, expected);
        const auto data = ReliabilityData::fromMatrix(::krippendorff2011());
        const MetricResult alpha = krippendorffAlpha(data, Level(level));
        QVERIFY(alpha.defined());
        QCOMPARE(rounded(alpha, 3), expected);
        // Unit 12 has a single value and is not pairable: 11 units, 40 pairable values.
        QCOMPARE(alpha.units, qint64(11));
        QCOMPARE(alpha.raters, qint64(4));
    }

    void krippendorff2011Coincidences()
    {
        // The coincidence matrix Krippendorff (2011) prints for the nominal case.
        const Coincidences c = coincidences(ReliabilityData::fromMatrix(::krippendorff2011()));
        QCOMPARE(c.total, 40.0);
        QCOMPARE(c.values, (std::vector<double>{1, 2, 3, 4, 5}));
        const std::vector<double> marginals{9, 13, 10, 5, 3};
        for (std::size_t i = 0; i < marginals.size(); ++i)
            QVERIFY(std::abs(c.marginals[i] - marginals[i]) < 1e-12);
        QCOMPARE(c.at(0, 0), 7.0);
        QCOMPARE(c.at(0, 1), 4.0 / 3);
        QCOMPARE(c.at(1, 1), 10.0);
        QCOMPARE(c.at(2, 2), 8.0);
        QCOMPARE(c.at(3, 3), 4.0);
        QCOMPARE(c.at(4, 4), 3.0);
    }

    void hayesKrippendorff2007()
    {
        const MetricResult alpha = krippendorffAlpha(hayesData(), Level::Ordinal);
        QVERIFY(alpha.defined());
        // Published to 4 decimals.
        QCOMPARE(rounded(alpha, 4), 0.7598);
        QCOMPARE(alpha.units, qint64(40));
        QCOMPARE(alpha.raters, qint64(5));
    }

    void wikipediaAlphaExample()
    {
        // The computational example of Wikipedia's "Krippendorff's alpha" page:
        // 3 coders x 15 units; alpha nominal 0.691 (to 3 decimals as printed there).
        const QList<QList<V>> matrix{
            {_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3},
            {1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _},
            {_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4},
        };
        const MetricResult alpha = krippendorffAlpha(ReliabilityData::fromMatrix(matrix), Level::Nominal);
        QCOMPARE(rounded(alpha, 3), 0.691);
        QCOMPARE(alpha.units, qint64(12));
    }

    void krippendorff2004Binary()
    {
        // Krippendorff (2004), Content Analysis, 2nd ed., section 11.3.1: two
        // coders, ten news articles, presence (1) or absence (0): alpha 0.095.
        const QList<QList<V>> matrix{
            {1, 1, 0, 0, 0, 0, 0, 0, 0, 0},
            {0, 1, 1, 0, 0, 1, 0, 1, 0, 0},
        };
        const MetricResult alpha = krippendorffAlpha(ReliabilityData::fromMatrix(matrix), Level::Nominal);
        QCOMPARE(rounded(alpha, 3), 0.095);
    }

    void alphaByHand()
    {
        // Nominal, 2 raters, 4 units: A = 1 1 2 2, B = 1 2 2 2.
        // Coincidences: o11 = 2 (unit 1), o12 = o21 = 1 (unit 2), o22 = 2 + 2 (units 3, 4).
        // n1 = 3, n2 = 5, n = 8. alpha = 1 - (n - 1) * sum(o_ck, c != k) / sum(n_c n_k, c != k)
        //                              = 1 - 7 * 2 / (2 * 3 * 5) = 16/30.
        const auto nominal = ReliabilityData::fromMatrix({{1, 1, 2, 2}, {1, 2, 2, 2}});
        QCOMPARE(*krippendorffAlpha(nominal, Level::Nominal).value, 16.0 / 30.0);

        // Interval, 2 raters, 3 units: A = 1 2 3, B = 1 2 4.
        // o11 = 2, o22 = 2, o34 = o43 = 1; n1 = 2, n2 = 2, n3 = 1, n4 = 1, n = 6.
        // sum o * (c - k)^2 = 2 * 1 = 2.
        // sum n_c n_k (c - k)^2 over ordered pairs = 2 * (4 + 8 + 18 + 2 + 8 + 1) = 82.
        // alpha = 1 - 5 * 2 / 82 = 72/82.
        const auto interval = ReliabilityData::fromMatrix({{1, 2, 3}, {1, 2, 4}});
        const MetricResult alpha = krippendorffAlpha(interval, Level::Interval);
        QCOMPARE(*alpha.value, 72.0 / 82.0);
        QCOMPARE(alpha.units, qint64(3));
        QCOMPARE(alpha.pairs, qint64(3));
    }

    void alphaUndefined()
    {
        const auto one = ReliabilityData::fromMatrix({{1, 2, 3}});
        QCOMPARE(krippendorffAlpha(one, Level::Nominal).reason, Undefined::SingleRater);
        QVERIFY(!krippendorffAlpha(one, Level::Nominal).defined());

        const auto apart = ReliabilityData::fromMatrix({{1, _}, {_, 2}});
        QCOMPARE(krippendorffAlpha(apart, Level::Interval).reason, Undefined::NoPairableUnits);

        const auto same = ReliabilityData::fromMatrix({{3, 3}, {3, 3}});
        const MetricResult alpha = krippendorffAlpha(same, Level::Ordinal);
        QCOMPARE(alpha.reason, Undefined::NoVariation);
        QVERIFY(!alpha.defined());
        QCOMPARE(alpha.units, qint64(2));

        QCOMPARE(krippendorffAlpha(ReliabilityData(), Level::Nominal).reason, Undefined::NoPairableUnits);
    }

    void alphaIgnoresRaterOrderAndCodes()
    {
        // Nominal alpha depends on which values agree, not on the codes or the rater order.
        const auto a = ReliabilityData::fromMatrix(::krippendorff2011());
        QList<QList<V>> recoded = ::krippendorff2011();
        std::reverse(recoded.begin(), recoded.end());
        for (auto &row : recoded) {
            for (auto &v : row) {
                if (v)
                    v = 100 - *v * 7;
            }
        }
        const auto b = ReliabilityData::fromMatrix(recoded);
        QCOMPARE(*krippendorffAlpha(a, Level::Nominal).value, *krippendorffAlpha(b, Level::Nominal).value);
    }

    void fleissWikipedia()
    {
        // Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters,
        // 5 categories; P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
        const QList<QList<double>> counts{
            {0, 0, 0, 0, 14},
            {0, 2, 6, 4, 2},
            {0, 0, 3, 5, 6},
            {0, 3, 9, 2, 0},
            {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},
            {3, 2, 6, 3, 0},
            {2, 5, 3, 2, 2},
            {6, 5, 2, 1, 0},
            {0, 2, 2, 3, 7},
        };
        const MetricResult kappa = fleissKappa(counts);
        QCOMPARE(rounded(kappa, 3), 0.210);
        QCOMPARE(kappa.units, qint64(10));

        // The same ratings as reliability data: 14 raters per subject.
        ReliabilityData data;
        for (const QList<double> &row : counts) {
            int rater = 0;
            for (qsizetype category = 0; category < row.size(); ++category) {
                for (int i = 0; i < int(row[category]); ++i)
                    data.add(rater++, double(category));
            }
            data.endUnit();
        }
        QCOMPARE(*fleissKappa(data).value, *kappa.value);
        QCOMPARE(fleissKappa(data).raters, qint64(14));
    }

    void fleissByHand()
    {
        // 3 units x 2 raters, categories x, y: (x, x), (x, y), (y, y).
        // P_i = 1, 0, 1 -> P-bar = 2/3; p_x = p_y = 1/2 -> P_e = 1/2.
        // kappa = (2/3 - 1/2) / (1 - 1/2) = 1/3.
        const auto data = ReliabilityData::fromMatrix({{0, 0, 1}, {0, 1, 1}});
        QCOMPARE(*fleissKappa(data).value, 1.0 / 3.0);
        QCOMPARE(fleissKappa(ReliabilityData::fromMatrix({{2, 2}, {2, 2}})).reason, Undefined::NoVariation);
        QCOMPARE(fleissKappa(ReliabilityData::fromMatrix({{2, 2}})).reason, Undefined::SingleRater);
    }

    void percentAgreementByHand()
    {
        // Unit 1 (1, 1, 2): 3 pairs, 1 agrees; unit 2 (2, 2, 2): 3 pairs, 3 agree -> 4/6.
        const auto data = ReliabilityData::fromMatrix({{1, 2}, {1, 2}, {2, 2}});
        const MetricResult p = percentAgreement(data);
        QCOMPARE(*p.value, 4.0 / 6.0);
        QCOMPARE(p.pairs, qint64(6));
        QCOMPARE(percentAgreement(ReliabilityData::fromMatrix({{1, _}, {_, 1}})).reason, Undefined::NoPairableUnits);
    }

    void cohenTextbook_data()
    {
        QTest::addColumn<QList<QList<double>>>("table");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("decimals");
        // Wikipedia, "Cohen's kappa", simple example: 50 grant proposals, two
        // readers; yes/yes 20, yes/no 5, no/yes 10, no/no 15: p_o = 0.7, p_e = 0.5, kappa = 0.4.
        QTest::newRow("wikipedia-simple") << QList<QList<double>>{{20, 5}, {10, 15}} << 0.4 << 1;
        // Wikipedia, "Cohen's kappa", same percentages but different numbers:
        // [[45, 15], [25, 15]] gives 0.1304 and [[25, 35], [5, 35]] gives 0.2593.
        QTest::newRow("wikipedia-unbalanced-1") << QList<QList<double>>{{45, 15}, {25, 15}} << 0.1304 << 4;
        QTest::newRow("wikipedia-unbalanced-2") << QList<QList<double>>{{25, 35}, {5, 35}} << 0.2593 << 4;
    }

    void cohenTextbook()
    {
        QFETCH(QList<QList<double>>, table);
        QFETCH(double, expected);
        QFETCH(int, decimals);
        const MetricResult kappa = cohenKappa(table, Weighting::Unweighted);
        QCOMPARE(rounded(kappa, decimals), expected);
        // With two categories every weighting gives the same kappa.
        QCOMPARE(rounded(cohenKappa(table, Weighting::Linear), 10), rounded(kappa, 10));
        QCOMPARE(rounded(cohenKappa(table, Weighting::Quadratic), 10), rounded(kappa, 10));
    }

    void cohenWeightedByHand()
    {
        // A = 1 2 3, B = 1 3 3. Table (A rows, B columns): (1,1) = 1, (2,3) = 1, (3,3) = 1.
        // Row margins 1/3 each; column margins 1/3, 0, 2/3.
        // Unweighted: p_o = 2/3, p_e = 1/9 + 0 + 2/9 = 1/3 -> (2/3 - 1/3) / (2/3) = 1/2.
        // Linear: observed sum |i-j| p = 1/3; expected (1/3)(4/3 + 1 + 2/3) = 1 -> 1 - 1/3 = 2/3.
        // Quadratic: observed 1/3; expected (1/3)(8/3 + 1 + 4/3) = 5/3 -> 1 - 1/5 = 4/5.
        const auto data = ReliabilityData::fromMatrix({{1, 2, 3}, {1, 3, 3}});
        QCOMPARE(*cohenKappa(data, 0, 1, Weighting::Unweighted).value, 0.5);
        QCOMPARE(rounded(cohenKappa(data, 0, 1, Weighting::Linear), 12), 0.666666666667);
        QCOMPARE(rounded(cohenKappa(data, 0, 1, Weighting::Quadratic), 12), 0.8);
    }

    void quadraticKappaIsCovarianceRatio()
    {
        // Quadratic-weighted kappa equals 2 cov(x, y) / (var x + var y + (mean x - mean y)^2)
        // with population moments (Fleiss and Cohen 1973).
        const std::vector<double> x{1, 2, 2, 3, 5, 4, 4, 1, 3, 5, 2, 2};
        const std::vector<double> y{2, 2, 3, 3, 4, 4, 5, 1, 2, 5, 1, 3};
        ReliabilityData data;
        double mx = 0;
        double my = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            data.add(0, x[i]);
            data.add(1, y[i]);
            data.endUnit();
            mx += x[i] / double(x.size());
            my += y[i] / double(y.size());
        }
        double vx = 0;
        double vy = 0;
        double cov = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            vx += (x[i] - mx) * (x[i] - mx) / double(x.size());
            vy += (y[i] - my) * (y[i] - my) / double(y.size());
            cov += (x[i] - mx) * (y[i] - my) / double(x.size());
        }
        const double expected = 2 * cov / (vx + vy + (mx - my) * (mx - my));
        QVERIFY(std::abs(*cohenKappa(data, 0, 1, Weighting::Quadratic).value - expected) < 1e-12);
    }

    void cohenUndefined()
    {
        QCOMPARE(
            cohenKappa(QList<QList<double>>{{5, 0}, {0, 0}}, Weighting::Unweighted).reason, Undefined::NoVariation);
        QCOMPARE(
            cohenKappa(QList<QList<double>>{{0, 0}, {0, 0}}, Weighting::Unweighted).reason, Undefined::NoPairableUnits);
        const auto apart = ReliabilityData::fromMatrix({{1, _}, {_, 2}});
        QCOMPARE(cohenKappa(apart, 0, 1, Weighting::Unweighted).reason, Undefined::NoPairableUnits);
    }

    void cohenPairsAndLightsMean()
    {
        // Raters 0 and 1 agree on everything (kappa 1); raters 0 and 2 share
        // two units with opposite values (table [[0,1],[1,0]]: p_o = 0, p_e = 1/2, kappa = -1).
        const auto data = ReliabilityData::fromMatrix({{0, 1, 0, 1}, {0, 1, 0, 1}, {1, 0, _, _}});
        const PairwiseKappa kappa = cohenKappaPairs(data, Weighting::Unweighted);
        QCOMPARE(kappa.pairs.size(), 3);
        QCOMPARE(kappa.pairs[0].raterA, 0);
        QCOMPARE(kappa.pairs[0].raterB, 1);
        QCOMPARE(*kappa.pairs[0].result.value, 1.0);
        QCOMPARE(kappa.pairs[1].raterB, 2);
        QCOMPARE(*kappa.pairs[1].result.value, -1.0);
        QCOMPARE(*kappa.pairs[2].result.value, -1.0);
        // Light's kappa: the mean of the three pairs.
        QCOMPARE(*kappa.mean.value, -1.0 / 3.0);
        QCOMPARE(kappa.mean.units, qint64(4));
        QCOMPARE(kappa.mean.raters, qint64(3));
    }

    void kendallTauB()
    {
        // 4 items, one swap: 6 pairs, 5 concordant, 1 discordant -> 4/6.
        QCOMPARE(*metrics::kendallTauB({1, 2, 3, 4}, {1, 3, 2, 4}).value, 4.0 / 6.0);
        // Ties: x = (1, 1, 2), y = (1, 2, 3): 3 pairs, one tied in x, 2 concordant:
        // 2 / sqrt((3 - 1)(3 - 0)) = 2 / sqrt(6).
        QCOMPARE(*metrics::kendallTauB({1, 1, 2}, {1, 2, 3}).value, 2.0 / std::sqrt(6.0));
        QCOMPARE(*metrics::kendallTauB({1, 2, 3}, {3, 2, 1}).value, -1.0);
        QCOMPARE(metrics::kendallTauB({1}, {1}).reason, Undefined::NoPairableUnits);
        QCOMPARE(metrics::kendallTauB({1, 1}, {1, 2}).reason, Undefined::NoVariation);
    }

    void preferences()
    {
        const QHash<QString, int> places{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 0}, {QStringLiteral("c"), 1}};
        QCOMPARE(preference(places, QStringLiteral("b"), QStringLiteral("a")), std::optional<int>(1));
        QCOMPARE(preference(places, QStringLiteral("a"), QStringLiteral("b")), std::optional<int>(-1));
        QCOMPARE(preference(places, QStringLiteral("a"), QStringLiteral("c")), std::optional<int>(0));
        QVERIFY(!preference(places, QStringLiteral("a"), QStringLiteral("z")));
    }

    void spanF1ByHand()
    {
        const QString l = QStringLiteral("wrong");
        const QString other = QStringLiteral("other");
        // A: [0,5) [10,20); B: [0,5) [12,15) [30,40), plus a span of another label that is ignored.
        const QList<Span> a{{0, 5, l}, {10, 20, l}};
        const QList<Span> b{{0, 5, l}, {12, 15, l}, {30, 40, l}, {0, 5, other}};
        const SpanCounts c = compareSpans(a, b, l);
        QCOMPARE(c.spansA, qint64(2));
        QCOMPARE(c.spansB, qint64(3));
        QCOMPARE(c.exact, qint64(1));
        QCOMPARE(c.overlappedA, qint64(2));
        QCOMPARE(c.overlappedB, qint64(2));
        // Exact: 2 * 1 / (2 + 3) = 0.4.
        QCOMPARE(*exactF1(c).value, 0.4);
        // Overlap: recall 2/2, precision 2/3, F1 = 2 (2/3)(1) / (2/3 + 1) = 0.8.
        QCOMPARE(rounded(overlapF1(c), 12), 0.8);
        // Swapping the annotators leaves both F1s unchanged.
        const SpanCounts swapped = compareSpans(b, a, l);
        QCOMPARE(*exactF1(swapped).value, *exactF1(c).value);
        QCOMPARE(rounded(overlapF1(swapped), 12), rounded(overlapF1(c), 12));
        // Touching spans do not overlap (ends are exclusive).
        QCOMPARE(compareSpans({{0, 5, l}}, {{5, 9, l}}, l).overlappedA, qint64(0));
    }

    // Three annotators on one text, pooled over their three pairs. With A the
    // reference in each pair, the pooled overlap F1 depends on which of the
    // two was A; between peers every pair counts both ways round.
    void mutualOverlapF1ByHand()
    {
        const QString l = QStringLiteral("wrong");
        const QList<Span> ana{{0, 10, l}};
        const QList<Span> ben{{2, 4, l}, {6, 8, l}, {20, 25, l}};
        const QList<Span> cy{{50, 60, l}};
        // ana–ben: ana's one span overlaps two of ben's; ben's [2,4) and [6,8) overlap ana's.
        const SpanCounts anaBen = compareSpans(ana, ben, l);
        QCOMPARE(anaBen.overlappedA, qint64(1));
        QCOMPARE(anaBen.overlappedB, qint64(2));
        SpanCounts oneWay = anaBen; // ana–ben, ana–cy, ben–cy
        oneWay += compareSpans(ana, cy, l);
        oneWay += compareSpans(ben, cy, l);
        SpanCounts otherWay = compareSpans(ben, ana, l); // ben–ana, ben–cy, ana–cy
        otherWay += compareSpans(ben, cy, l);
        otherWay += compareSpans(ana, cy, l);
        // Pooled one way: spans 1 + 1 + 3 = 5 against 3 + 1 + 1 = 5, overlapping 1 and 2:
        // R = 1/5, P = 2/5, F1 = 2 (1/5)(2/5) / (3/5) = 4/15. The other way: spans 3 + 3 + 1 = 7
        // against 1 + 1 + 1 = 3, overlapping 2 and 1: R = 2/7, P = 1/3, F1 = 4/13.
        QCOMPARE(rounded(overlapF1(oneWay), 12), rounded(MetricResult::of(4.0 / 15, 1, 2, 1), 12));
        QCOMPARE(rounded(overlapF1(otherWay), 12), rounded(MetricResult::of(4.0 / 13, 1, 2, 1), 12));
        // Between peers: spans overlapping the other's, 1 + 2 (ana–ben) + 0 + 0, over every span
        // in every pair, 4 + 2 + 4 = 10: 3/10, both ways, and exact-match F1 0 both ways.
        QCOMPARE(*mutualOverlapF1(oneWay).value, 0.3);
        QCOMPARE(std::bit_cast<quint64>(*mutualOverlapF1(otherWay).value),
            std::bit_cast<quint64>(*mutualOverlapF1(oneWay).value));
        QCOMPARE(*exactF1(oneWay).value, 0.0);
        QCOMPARE(*exactF1(otherWay).value, 0.0);
        // One pair alone: (2 + 2) / (2 + 3) for the example above, whichever side is A.
        const SpanCounts c = compareSpans({{0, 5, l}, {10, 20, l}}, {{0, 5, l}, {12, 15, l}, {30, 40, l}}, l);
        QCOMPARE(*mutualOverlapF1(c).value, 0.8);
        QCOMPARE(mutualOverlapF1(SpanCounts()).reason, Undefined::NoPairableUnits);
        QCOMPARE(mutualOverlapF1(compareSpans({}, {}, l)).reason, Undefined::NothingLabelled);
        QCOMPARE(*mutualOverlapF1(compareSpans({{0, 5, l}}, {}, l)).value, 0.0);
    }

    void spanF1Undefined()
    {
        const QString l = QStringLiteral("wrong");
        SpanCounts none = compareSpans({}, {}, l);
        QCOMPARE(exactF1(none).reason, Undefined::NothingLabelled);
        QCOMPARE(overlapF1(none).reason, Undefined::NothingLabelled);
        // One side only: nothing matches, F1 = 0.
        SpanCounts oneSided = compareSpans({{0, 5, l}}, {}, l);
        QCOMPARE(*exactF1(oneSided).value, 0.0);
        QCOMPARE(*overlapF1(oneSided).value, 0.0);
        QCOMPARE(exactF1(SpanCounts()).reason, Undefined::NoPairableUnits);
    }
};

QTEST_GUILESS_MAIN(TestAgreementMetrics)
#include "tst_agreementmetrics.moc"
