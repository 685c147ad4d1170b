#include "metrics/preferencemodel.h"

#include <QTest>

#include <cmath>

using namespace verdict;
using namespace verdict::metrics;

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

class TestPreferenceModel : public QObject
{
    Q_OBJECT

private slots:
    void wilsonNewcombe_data()
    {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Newcombe (1998), "Two-sided confidence intervals for the single
        // proportion", Statistics in Medicine 17: 857-872, Table II, method 3
        // (score interval without continuity correction), to 4 decimals.
        QTest::newRow("81/263") << 81 << 263 << 0.2553 << 0.3662;
        QTest::newRow("15/148") << 15 << 148 << 0.0624 << 0.1605;
        QTest::newRow("0/20") << 0 << 20 << 0.0 << 0.1611;
        QTest::newRow("1/29") << 1 << 29 << 0.0061 << 0.1718;
    }

    void wilsonNewcombe()
    {
        QFETCH(int, successes);
        QFETCH(int, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto interval = wilsonInterval(successes, n);
        QVERIFY(interval);
        QCOMPARE(rounded(interval->low, 4), low);
        QCOMPARE(rounded(interval->high, 4), high);
    }

    void proportion()
    {
        const Rate r = metrics::proportion(8, 10);
        QCOMPARE(*r.rate.value, 0.8);
        QCOMPARE(r.count, qint64(8));
        QCOMPARE(r.total, qint64(10));
        QVERIFY(r.interval->low < 0.8 && r.interval->high > 0.8);
        const Rate none = metrics::proportion(0, 0);
        QCOMPARE(none.rate.reason, Undefined::NoObservations);
        QVERIFY(!none.interval);
    }

    void bradleyTerryTwoModels()
    {
        // A beat B 3 times and lost once: the MLE has p_A / p_B = 3/1, so
        // log-strengths differ by ln 3 and, centred, are +-ln(3)/2.
        const std::vector<double> wins{0, 3, 1, 0};
        const auto fit = fitBradleyTerry(wins, 2);
        QVERIFY(fit);
        QCOMPARE(rounded(fit->strengths[0], 9), rounded(std::log(3.0) / 2, 9));
        QCOMPARE(rounded(fit->strengths[1], 9), rounded(-std::log(3.0) / 2, 9));
    }

    void bradleyTerryCycleIsEven()
    {
        // A beats B 2-1, B beats C 2-1, C beats A 2-1: every model is as strong as the others.
        const std::vector<double> wins{0, 2, 1, 1, 0, 2, 2, 1, 0};
        const auto fit = fitBradleyTerry(wins, 3);
        QVERIFY(fit);
        for (double s : fit->strengths)
            QVERIFY(std::abs(s) < 1e-9);
    }

    void bradleyTerrySatisfiesLikelihoodEquations()
    {
        // At the maximum, each model's wins equal its expected wins:
        // W_i = sum_j n_ij p_i / (p_i + p_j) (Hunter 2004, eq. 3).
        const int m = 4;
        const std::vector<double> wins{0, 7, 3, 9, 4, 0, 5, 6, 2, 6, 0, 4, 1, 3, 7, 0};
        const auto fit = fitBradleyTerry(wins, m);
        QVERIFY(fit);
        for (int i = 0; i < m; ++i) {
            double observed = 0;
            double expected = 0;
            for (int j = 0; j < m; ++j) {
                if (i == j)
                    continue;
                const double pi = std::exp(fit->strengths[std::size_t(i)]);
                const double pj = std::exp(fit->strengths[std::size_t(j)]);
                observed += wins[std::size_t(i * m + j)];
                expected += (wins[std::size_t(i * m + j)] + wins[std::size_t(j * m + i)]) * pi / (pi + pj);
            }
            QVERIFY2(std::abs(observed - expected) < 1e-6, qPrintable(QString::number(i)));
        }
        double sum = 0;
        for (double s : fit->strengths)
            sum += s;
        QVERIFY(std::abs(sum) < 1e-9);
    }

    void bradleyTerryNotEstimable()
    {
        // A always beats B: the likelihood grows without bound, there is no maximum.
        QVERIFY(!fitBradleyTerry({0, 4, 0, 0}, 2));
        std::vector<std::vector<Comparison>> tasks{{{0, 1, 1, 0}}, {{0, 1, 1, 0}}};
        const BradleyTerryResult result = bradleyTerry(tasks, 2, 50);
        QCOMPARE(result.strengths[0].reason, Undefined::NotEstimable);
        QVERIFY(!result.intervals[0]);
    }

    void bradleyTerryBootstrap()
    {
        // 60 tasks: A beats B in 40, B beats A in 15, 5 ties (half to each).
        std::vector<std::vector<Comparison>> tasks;
        for (int i = 0; i < 40; ++i)
            tasks.push_back({{0, 1, 1, 0}});
        for (int i = 0; i < 15; ++i)
            tasks.push_back({{0, 1, 0, 1}});
        for (int i = 0; i < 5; ++i)
            tasks.push_back({{0, 1, 0.5, 0.5}});
        const BradleyTerryResult first = bradleyTerry(tasks, 3, 400, 7);
        // Model 2 never appears.
        QCOMPARE(first.strengths[2].reason, Undefined::NoObservations);
        // Wins 42.5 vs 17.5: log-strength difference ln(42.5 / 17.5).
        QCOMPARE(rounded(*first.strengths[0].value - *first.strengths[1].value, 9), rounded(std::log(42.5 / 17.5), 9));
        QCOMPARE(first.strengths[0].units, qint64(60));
        QVERIFY(first.intervals[0]);
        QVERIFY(first.intervals[0]->low < *first.strengths[0].value);
        QVERIFY(first.intervals[0]->high > *first.strengths[0].value);
        QVERIFY(first.intervals[0]->low > 0);
        QCOMPARE(first.replicates + first.failedReplicates, 400);
        // The same seed gives the same intervals; another seed, others.
        const BradleyTerryResult again = bradleyTerry(tasks, 3, 400, 7);
        QCOMPARE(again.intervals[0]->low, first.intervals[0]->low);
        QCOMPARE(again.intervals[0]->high, first.intervals[0]->high);
        const BradleyTerryResult other = bradleyTerry(tasks, 3, 400, 8);
        QVERIFY(other.intervals[0]->low != first.intervals[0]->low);
    }
};

QTEST_GUILESS_MAIN(TestPreferenceModel)
#include "tst_preferencemodel.moc"
