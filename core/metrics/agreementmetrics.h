#pragma once

#include "metrics/metricresult.h"
#include "metrics/reliabilitydata.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Agreement coefficients as pure functions over plain data. Which applies to
// which criterion kind, and why, is in docs/metrics.md.
namespace verdict::metrics {

// Krippendorff's levels of measurement, each with its difference function.
enum class Level { Nominal, Ordinal, Interval, Ratio };

QString levelName(Level level);
std::optional<Level> levelFromName(const QString &name);

// The coincidence matrix of Krippendorff (2011): every pairable value (one
// of at least two in its unit) paired with every other value of its unit,
// each pair weighted 1/(m_u - 1).
struct Coincidences
{
    std::vector<double> values; // the distinct values, ascending
    std::vector<double> matrix; // o_ck, values.size() squared, row-major
    std::vector<double> marginals; // n_c
    double total = 0; // n.., the number of pairable values
    qint64 units = 0; // units with at least two values
    qint64 raters = 0; // raters with a value in those units
    qint64 pairs = 0; // pairs of values within those units

    double at(std::size_t c, std::size_t k) const { return matrix[c * values.size() + k]; }
};

Coincidences coincidences(const ReliabilityData &data);

// Krippendorff's alpha, 1 - D_o / D_e, at the given level (Krippendorff 2011).
MetricResult krippendorffAlpha(const ReliabilityData &data, Level level);
MetricResult krippendorffAlpha(const Coincidences &coincidences, Level level);

// Fleiss' kappa (Fleiss 1971). Each unit's agreement uses its own number of
// ratings, so units may have different numbers of raters; units with fewer
// than two are left out. With a constant number it is Fleiss' formula exactly.
MetricResult fleissKappa(const ReliabilityData &data);
// From a subjects x categories table of how many raters put each subject in each category.
MetricResult fleissKappa(const QList<QList<double>> &counts);

// The share of agreeing pairs among all pairs of values within units.
MetricResult percentAgreement(const ReliabilityData &data);

// Cohen's kappa weights: none (nominal), |x - y| or (x - y)^2 on the category values.
enum class Weighting { Unweighted, Linear, Quadratic };
QString weightingName(Weighting weighting);

// Cohen's kappa from a k x k table: row = first rater's category, column =
// the second's. `categoryValues` places the categories on the scale for the
// weights (default 0, 1, …, k-1, which gives Cohen's 1968 |i - j| weights).
MetricResult cohenKappa(
    const QList<QList<double>> &table, Weighting weighting, const std::vector<double> &categoryValues = {});

// Cohen's kappa for two raters of `data` over the units both rated.
MetricResult cohenKappa(const ReliabilityData &data, int raterA, int raterB, Weighting weighting);

struct RaterPairResult
{
    int raterA = 0;
    int raterB = 0;
    MetricResult result;
};

// Cohen's kappa for every pair of raters that share a unit, and their mean
// (Light 1971) in `mean`; the mean is over the pairs whose kappa is defined.
struct PairwiseKappa
{
    QList<RaterPairResult> pairs;
    MetricResult mean;
};
PairwiseKappa cohenKappaPairs(const ReliabilityData &data, Weighting weighting);

} // namespace verdict::metrics
