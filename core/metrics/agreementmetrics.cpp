#include "metrics/agreementmetrics.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace verdict::metrics {

namespace {

// Maps values to category indices 0…V-1 in ascending order. Small integer
// codes (ratings, option indices) go through a lookup table; anything else
// through a sorted list.
class CategoryIndex
{
public:
    template<typename Visit>
    explicit CategoryIndex(Visit &&visitValues)
    {
        bool integral = true;
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        visitValues([&](double v) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            integral = integral && std::floor(v) == v && std::abs(v) < 1e9;
        });
        if (lo > hi)
            return;
        if (integral && hi - lo <= 65536) {
            m_offset = qint64(lo);
            m_table.assign(std::size_t(hi - lo) + 1, -1);
            visitValues([&](double v) { m_table[std::size_t(qint64(v) - m_offset)] = 0; });
            for (std::size_t i = 0; i < m_table.size(); ++i) {
                if (m_table[i] == 0) {
                    m_table[i] = int(m_values.size());
                    m_values.push_back(double(qint64(i) + m_offset));
                }
            }
            m_lookup = true;
        } else {
            visitValues([&](double v) { m_values.push_back(v); });
            std::sort(m_values.begin(), m_values.end());
            m_values.erase(std::unique(m_values.begin(), m_values.end()), m_values.end());
        }
    }

    int operator()(double v) const
    {
        if (m_lookup)
            return m_table[std::size_t(qint64(v) - m_offset)];
        return int(std::lower_bound(m_values.begin(), m_values.end(), v) - m_values.begin());
    }

    const std::vector<double> &values() const { return m_values; }
    std::size_t size() const { return m_values.size(); }

private:
    std::vector<double> m_values;
    std::vector<int> m_table;
    qint64 m_offset = 0;
    bool m_lookup = false;
};

// Visits the values of every unit with at least two values.
template<typename F>
void forPairableValues(const ReliabilityData &data, F &&f)
{
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        const qsizetype b = data.begin(u);
        const qsizetype e = data.end(u);
        if (e - b < 2)
            continue;
        for (qsizetype i = b; i < e; ++i)
            f(data.value(i));
    }
}

// How many distinct raters gave any value, and how many gave one in a pairable unit.
struct RaterCounts
{
    qint64 any = 0;
    qint64 paired = 0;
};

RaterCounts countRaters(const ReliabilityData &data)
{
    std::vector<char> any(std::size_t(data.raterCount()), 0);
    std::vector<char> paired(std::size_t(data.raterCount()), 0);
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        const qsizetype b = data.begin(u);
        const qsizetype e = data.end(u);
        for (qsizetype i = b; i < e; ++i) {
            any[std::size_t(data.rater(i))] = 1;
            if (e - b >= 2)
                paired[std::size_t(data.rater(i))] = 1;
        }
    }
    return {qint64(std::count(any.begin(), any.end(), 1)), qint64(std::count(paired.begin(), paired.end(), 1))};
}

// The reason a figure over `data` has no pairable values.
MetricResult nothingPairable(const RaterCounts &raters)
{
    return MetricResult::undefined(raters.any == 1 ? Undefined::SingleRater : Undefined::NoPairableUnits);
}

double difference(
    Level level, const Coincidences &c, const std::vector<double> &cumulative, std::size_t i, std::size_t k)
{
    if (i == k)
        return 0;
    const double a = c.values[i];
    const double b = c.values[k];
    switch (level) {
    case Level::Nominal:
        return 1;
    case Level::Ordinal: {
        // (sum of n_g for g from c to k, minus half of n_c and n_k) squared.
        const std::size_t lo = std::min(i, k);
        const std::size_t hi = std::max(i, k);
        const double between = cumulative[hi + 1] - cumulative[lo];
        const double d = between - (c.marginals[lo] + c.marginals[hi]) / 2;
        return d * d;
    }
    case Level::Interval:
        return (a - b) * (a - b);
    case Level::Ratio: {
        const double sum = a + b;
        return sum == 0 ? 0 : ((a - b) / sum) * ((a - b) / sum);
    }
    }
    return 0;
}

} // namespace

QString levelName(Level level)
{
    switch (level) {
    case Level::Nominal:
        return QStringLiteral("nominal");
    case Level::Ordinal:
        return QStringLiteral("ordinal");
    case Level::Interval:
        return QStringLiteral("interval");
    case Level::Ratio:
        return QStringLiteral("ratio");
    }
    return {};
}

std::optional<Level> levelFromName(const QString &name)
{
    for (Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
        if (levelName(level) == name)
            return level;
    }
    return std::nullopt;
}

QString weightingName(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Unweighted:
        return QStringLiteral("unweighted");
    case Weighting::Linear:
        return QStringLiteral("linear");
    case Weighting::Quadratic:
        return QStringLiteral("quadratic");
    }
    return {};
}

Coincidences coincidences(const ReliabilityData &data)
{
    Coincidences c;
    const CategoryIndex index([&data](auto &&f) { forPairableValues(data, f); });
    const std::size_t v = index.size();
    c.values = index.values();
    c.marginals.assign(v, 0);
    c.matrix.assign(v * v, 0);
    if (v == 0) {
        c.raters = countRaters(data).paired;
        return c;
    }
    // Whole pair counts per unit size m, divided by m - 1 at the end: exact
    // for the usual small integer counts, and no million tiny additions.
    std::vector<std::vector<qint64>> bySize;
    std::vector<int> unitIndex;
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        const qsizetype b = data.begin(u);
        const qsizetype m = data.end(u) - b;
        if (m < 2)
            continue;
        if (std::size_t(m) >= bySize.size())
            bySize.resize(std::size_t(m) + 1);
        auto &counts = bySize[std::size_t(m)];
        if (counts.empty())
            counts.assign(v * v, 0);
        unitIndex.resize(std::size_t(m));
        for (qsizetype i = 0; i < m; ++i)
            unitIndex[std::size_t(i)] = index(data.value(b + i));
        for (qsizetype i = 0; i < m; ++i) {
            const std::size_t row = std::size_t(unitIndex[std::size_t(i)]) * v;
            for (qsizetype j = 0; j < m; ++j) {
                if (i != j)
                    ++counts[row + std::size_t(unitIndex[std::size_t(j)])];
            }
        }
        ++c.units;
        c.pairs += qint64(m) * (m - 1) / 2;
    }
    for (std::size_t m = 2; m < bySize.size(); ++m) {
        if (bySize[m].empty())
            continue;
        for (std::size_t i = 0; i < v * v; ++i)
            c.matrix[i] += double(bySize[m][i]) / double(m - 1);
    }
    for (std::size_t i = 0; i < v; ++i) {
        for (std::size_t k = 0; k < v; ++k)
            c.marginals[i] += c.at(i, k);
        c.total += c.marginals[i];
    }
    c.raters = countRaters(data).paired;
    return c;
}

MetricResult krippendorffAlpha(const ReliabilityData &data, Level level)
{
    const Coincidences c = coincidences(data);
    if (c.units == 0)
        return nothingPairable(countRaters(data));
    return krippendorffAlpha(c, level);
}

MetricResult krippendorffAlpha(const Coincidences &c, Level level)
{
    if (c.units == 0 || c.total <= 0)
        return MetricResult::undefined(c.raters == 1 ? Undefined::SingleRater : Undefined::NoPairableUnits);
    const std::size_t v = c.values.size();
    if (v < 2)
        return MetricResult::undefined(Undefined::NoVariation, c.units, c.raters, c.pairs);
    std::vector<double> cumulative(v + 1, 0);
    for (std::size_t i = 0; i < v; ++i)
        cumulative[i + 1] = cumulative[i] + c.marginals[i];
    double observed = 0;
    double expected = 0;
    for (std::size_t i = 0; i < v; ++i) {
        for (std::size_t k = 0; k < v; ++k) {
            if (i == k)
                continue;
            const double delta = difference(level, c, cumulative, i, k);
            observed += c.at(i, k) * delta;
            expected += c.marginals[i] * c.marginals[k] * delta;
        }
    }
    if (expected <= 0)
        return MetricResult::undefined(Undefined::NoVariation, c.units, c.raters, c.pairs);
    // 1 - D_o / D_e with D_o = sum(o * d) / n and D_e = sum(n_c * n_k * d) / (n (n - 1)).
    return MetricResult::of(1.0 - (c.total - 1) * observed / expected, c.units, c.raters, c.pairs);
}

MetricResult fleissKappa(const QList<QList<double>> &counts)
{
    const qsizetype k = counts.isEmpty() ? 0 : counts.constFirst().size();
    std::vector<double> categoryTotals(std::size_t(k), 0);
    double agreement = 0;
    double ratings = 0;
    qint64 units = 0;
    qint64 pairs = 0;
    for (const QList<double> &row : counts) {
        double n = 0;
        double agreeing = 0;
        for (qsizetype j = 0; j < row.size() && j < k; ++j) {
            n += row[j];
            agreeing += row[j] * (row[j] - 1);
        }
        if (n < 2)
            continue;
        for (qsizetype j = 0; j < row.size() && j < k; ++j)
            categoryTotals[std::size_t(j)] += row[j];
        agreement += agreeing / (n * (n - 1));
        ratings += n;
        ++units;
        pairs += qint64(n * (n - 1) / 2);
    }
    if (units == 0)
        return MetricResult::undefined(Undefined::NoPairableUnits);
    const double observed = agreement / double(units);
    double chance = 0;
    for (double total : categoryTotals)
        chance += (total / ratings) * (total / ratings);
    if (chance >= 1)
        return MetricResult::undefined(Undefined::NoVariation, units, 0, pairs);
    return MetricResult::of((observed - chance) / (1 - chance), units, 0, pairs);
}

MetricResult fleissKappa(const ReliabilityData &data)
{
    const CategoryIndex index([&data](auto &&f) { forPairableValues(data, f); });
    const RaterCounts raters = countRaters(data);
    if (index.size() == 0)
        return nothingPairable(raters);
    QList<QList<double>> counts;
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        if (data.end(u) - data.begin(u) < 2)
            continue;
        QList<double> row(qsizetype(index.size()), 0);
        for (qsizetype i = data.begin(u); i < data.end(u); ++i)
            row[index(data.value(i))] += 1;
        counts << row;
    }
    MetricResult result = fleissKappa(counts);
    result.raters = raters.paired;
    return result;
}

MetricResult percentAgreement(const ReliabilityData &data)
{
    qint64 agreeing = 0;
    qint64 all = 0;
    qint64 units = 0;
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        const qsizetype b = data.begin(u);
        const qsizetype e = data.end(u);
        if (e - b < 2)
            continue;
        for (qsizetype i = b; i < e; ++i) {
            for (qsizetype j = i + 1; j < e; ++j) {
                ++all;
                if (data.value(i) == data.value(j))
                    ++agreeing;
            }
        }
        ++units;
    }
    const RaterCounts raters = countRaters(data);
    if (all == 0)
        return nothingPairable(raters);
    return MetricResult::of(double(agreeing) / double(all), units, raters.paired, all);
}

MetricResult cohenKappa(
    const QList<QList<double>> &table, Weighting weighting, const std::vector<double> &categoryValues)
{
    const qsizetype k = table.size();
    std::vector<double> rows(std::size_t(k), 0);
    std::vector<double> columns(std::size_t(k), 0);
    double total = 0;
    for (qsizetype i = 0; i < k; ++i) {
        for (qsizetype j = 0; j < k && j < table[i].size(); ++j) {
            rows[std::size_t(i)] += table[i][j];
            columns[std::size_t(j)] += table[i][j];
            total += table[i][j];
        }
    }
    if (total <= 0)
        return MetricResult::undefined(Undefined::NoPairableUnits);
    const auto position = [&categoryValues](qsizetype i) {
        return std::size_t(i) < categoryValues.size() ? categoryValues[std::size_t(i)] : double(i);
    };
    const auto disagreement = [&](qsizetype i, qsizetype j) {
        if (i == j)
            return 0.0;
        const double d = std::abs(position(i) - position(j));
        switch (weighting) {
        case Weighting::Unweighted:
            return 1.0;
        case Weighting::Linear:
            return d;
        case Weighting::Quadratic:
            return d * d;
        }
        return 1.0;
    };
    // kappa = 1 - sum(w * p_observed) / sum(w * p_chance), w the disagreement weights.
    double observed = 0;
    double expected = 0;
    for (qsizetype i = 0; i < k; ++i) {
        for (qsizetype j = 0; j < k; ++j) {
            const double w = disagreement(i, j);
            if (w == 0)
                continue;
            if (j < table[i].size())
                observed += w * table[i][j] / total;
            expected += w * (rows[std::size_t(i)] / total) * (columns[std::size_t(j)] / total);
        }
    }
    const qint64 units = qint64(std::llround(total));
    if (expected <= 0)
        return MetricResult::undefined(Undefined::NoVariation, units, 2, units);
    return MetricResult::of(1.0 - observed / expected, units, 2, units);
}

namespace {

MetricResult kappaOfPairs(const std::vector<std::pair<double, double>> &pairs, Weighting weighting)
{
    std::vector<double> values;
    values.reserve(pairs.size() * 2);
    for (const auto &[a, b] : pairs) {
        values.push_back(a);
        values.push_back(b);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const auto indexOf
        = [&values](double v) { return qsizetype(std::lower_bound(values.begin(), values.end(), v) - values.begin()); };
    const qsizetype k = qsizetype(values.size());
    QList<QList<double>> table(k, QList<double>(k, 0));
    for (const auto &[a, b] : pairs)
        table[indexOf(a)][indexOf(b)] += 1;
    return cohenKappa(table, weighting, values);
}

} // namespace

MetricResult cohenKappa(const ReliabilityData &data, int raterA, int raterB, Weighting weighting)
{
    std::vector<std::pair<double, double>> pairs;
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        std::optional<double> a;
        std::optional<double> b;
        for (qsizetype i = data.begin(u); i < data.end(u); ++i) {
            if (data.rater(i) == raterA)
                a = data.value(i);
            else if (data.rater(i) == raterB)
                b = data.value(i);
        }
        if (a && b)
            pairs.emplace_back(*a, *b);
    }
    if (pairs.empty()) {
        const RaterCounts raters = countRaters(data);
        return MetricResult::undefined(raters.any == 1 ? Undefined::SingleRater : Undefined::NoPairableUnits);
    }
    return kappaOfPairs(pairs, weighting);
}

PairwiseKappa cohenKappaPairs(const ReliabilityData &data, Weighting weighting)
{
    QHash<quint64, std::vector<std::pair<double, double>>> byPair;
    QList<quint64> order;
    qint64 units = 0;
    qint64 comparisons = 0;
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        const qsizetype b = data.begin(u);
        const qsizetype e = data.end(u);
        if (e - b < 2)
            continue;
        ++units;
        for (qsizetype i = b; i < e; ++i) {
            for (qsizetype j = b; j < e; ++j) {
                if (data.rater(i) >= data.rater(j))
                    continue;
                const quint64 key = (quint64(quint32(data.rater(i))) << 32) | quint32(data.rater(j));
                auto it = byPair.find(key);
                if (it == byPair.end()) {
                    it = byPair.insert(key, {});
                    order << key;
                }
                it->emplace_back(data.value(i), data.value(j));
                ++comparisons;
            }
        }
    }
    PairwiseKappa result;
    std::sort(order.begin(), order.end());
    double sum = 0;
    int defined = 0;
    std::optional<Undefined> firstReason;
    for (quint64 key : order) {
        RaterPairResult pair{int(key >> 32), int(key & 0xffffffffu), kappaOfPairs(byPair.value(key), weighting)};
        if (pair.result.defined()) {
            sum += *pair.result.value;
            ++defined;
        } else if (!firstReason) {
            firstReason = pair.result.reason;
        }
        result.pairs << pair;
    }
    const RaterCounts raters = countRaters(data);
    if (order.isEmpty())
        result.mean = nothingPairable(raters);
    else if (defined == 0)
        result.mean = MetricResult::undefined(*firstReason, units, raters.paired, comparisons);
    else
        result.mean = MetricResult::of(sum / defined, units, raters.paired, comparisons);
    return result;
}

} // namespace verdict::metrics
