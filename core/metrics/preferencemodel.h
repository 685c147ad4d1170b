#pragma once

#include "metrics/metricresult.h"

#include <QList>

#include <optional>
#include <vector>

// Rates with confidence intervals and Bradley–Terry strengths for comparing
// models from preference judgments (docs/metrics.md).
namespace verdict::metrics {

struct Interval
{
    double low = 0;
    double high = 0;
};

// z for a two-sided 95 % interval.
inline constexpr double z95 = 1.959963984540054;

// The Wilson score interval for a proportion (Wilson 1927): nothing when n is 0.
std::optional<Interval> wilsonInterval(double successes, double n, double z = z95);

// A proportion with its Wilson interval and the counts behind it.
struct Rate
{
    MetricResult rate; // units = the total
    std::optional<Interval> interval;
    qint64 count = 0;
    qint64 total = 0;
};
Rate proportion(qint64 count, qint64 total);

// The outcome of the judgments of one task between two models: how often
// each was preferred; a tie counts half to each (Rao and Kupper's simplest
// treatment, as most leaderboards do).
struct Comparison
{
    int a = 0;
    int b = 0;
    double winsA = 0;
    double winsB = 0;
    auto operator<=>(const Comparison &) const = default;
};

// Maximum-likelihood Bradley–Terry log-strengths by the MM algorithm (Hunter
// 2004), centred to mean 0 over the models that were compared. `wins` is
// models x models, wins[i * models + j] = times i beat j. Nothing when the
// maximum does not exist: some group of models never beats the rest (Ford 1957).
struct BradleyTerryFit
{
    std::vector<double> strengths; // NaN for a model without comparisons
    int iterations = 0;
};
std::optional<BradleyTerryFit> fitBradleyTerry(const std::vector<double> &wins, int models);

// Strengths with percentile intervals from a bootstrap over tasks: each
// replicate draws as many tasks as there are, with replacement (tasks with
// the same judgments are drawn together, as multinomial counts), from a
// generator seeded with `seed`, so the same data give the same intervals.
// Replicates where the maximum does not exist are left out and counted; when
// more than 5 % are, the intervals are not reported.
struct BradleyTerryResult
{
    QList<MetricResult> strengths; // per model; units = comparisons involving the model
    QList<std::optional<Interval>> intervals;
    int replicates = 0; // replicates that gave strengths
    int failedReplicates = 0;
};
BradleyTerryResult bradleyTerry(
    const std::vector<std::vector<Comparison>> &byTask, int models, int replicates = 1000, quint64 seed = 1);

} // namespace verdict::metrics
