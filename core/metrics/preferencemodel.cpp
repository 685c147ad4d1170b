#include "metrics/preferencemodel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>

namespace verdict::metrics {

std::optional<Interval> wilsonInterval(double successes, double n, double z)
{
    if (n <= 0)
        return std::nullopt;
    const double p = successes / n;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return Interval{std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Rate proportion(qint64 count, qint64 total)
{
    Rate r;
    r.count = count;
    r.total = total;
    if (total <= 0) {
        r.rate = MetricResult::undefined(Undefined::NoObservations);
        return r;
    }
    r.rate = MetricResult::of(double(count) / double(total), total, 0, 0);
    r.interval = wilsonInterval(double(count), double(total));
    return r;
}

namespace {

// Whether every compared model can reach every other through "beat at least once".
bool stronglyConnected(const std::vector<double> &wins, int models, const std::vector<char> &active)
{
    const auto reachesAll = [&](bool forward) {
        int start = -1;
        for (int i = 0; i < models && start < 0; ++i) {
            if (active[std::size_t(i)])
                start = i;
        }
        if (start < 0)
            return true;
        std::vector<char> seen(std::size_t(models), 0);
        std::vector<int> stack{start};
        seen[std::size_t(start)] = 1;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            for (int j = 0; j < models; ++j) {
                const double w = forward ? wins[std::size_t(i * models + j)] : wins[std::size_t(j * models + i)];
                if (w > 0 && !seen[std::size_t(j)]) {
                    seen[std::size_t(j)] = 1;
                    stack.push_back(j);
                }
            }
        }
        for (int i = 0; i < models; ++i) {
            if (active[std::size_t(i)] && !seen[std::size_t(i)])
                return false;
        }
        return true;
    };
    return reachesAll(true) && reachesAll(false);
}

double percentile(std::vector<double> sorted, double q)
{
    std::sort(sorted.begin(), sorted.end());
    const double position = q * double(sorted.size() - 1);
    const std::size_t lo = std::size_t(std::floor(position));
    const std::size_t hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - double(lo));
}

} // namespace

std::optional<BradleyTerryFit> fitBradleyTerry(const std::vector<double> &wins, int models)
{
    const auto m = std::size_t(models);
    std::vector<char> active(m, 0);
    std::vector<double> totalWins(m, 0);
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < m; ++j) {
            if (i == j)
                continue;
            totalWins[i] += wins[i * m + j];
            if (wins[i * m + j] + wins[j * m + i] > 0)
                active[i] = 1;
        }
    }
    if (!stronglyConnected(wins, models, active))
        return std::nullopt;
    std::vector<double> p(m, 1.0);
    BradleyTerryFit fit;
    const int maxIterations = 10000;
    for (fit.iterations = 1; fit.iterations <= maxIterations; ++fit.iterations) {
        double change = 0;
        std::vector<double> next(m, 1.0);
        for (std::size_t i = 0; i < m; ++i) {
            if (!active[i])
                continue;
            double denominator = 0;
            for (std::size_t j = 0; j < m; ++j) {
                const double n = i == j ? 0 : wins[i * m + j] + wins[j * m + i];
                if (n > 0)
                    denominator += n / (p[i] + p[j]);
            }
            next[i] = totalWins[i] / denominator;
        }
        // Scale to a geometric mean of 1 so the iterations stay in range.
        double logSum = 0;
        int count = 0;
        for (std::size_t i = 0; i < m; ++i) {
            if (active[i]) {
                logSum += std::log(next[i]);
                ++count;
            }
        }
        const double scale = std::exp(-logSum / std::max(count, 1));
        for (std::size_t i = 0; i < m; ++i) {
            if (!active[i])
                continue;
            next[i] *= scale;
            change = std::max(change, std::abs(std::log(next[i]) - std::log(p[i])));
        }
        p = std::move(next);
        if (change < 1e-10)
            break;
    }
    fit.strengths.assign(m, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < m; ++i) {
        if (active[i])
            fit.strengths[i] = std::log(p[i]);
    }
    return fit;
}

BradleyTerryResult bradleyTerry(
    const std::vector<std::vector<Comparison>> &byTask, int models, int replicates, quint64 seed)
{
    const auto m = std::size_t(models);
    const auto accumulate = [m](std::vector<double> &wins, const std::vector<Comparison> &task) {
        for (const Comparison &c : task) {
            wins[std::size_t(c.a) * m + std::size_t(c.b)] += c.winsA;
            wins[std::size_t(c.b) * m + std::size_t(c.a)] += c.winsB;
        }
    };
    std::vector<double> wins(m * m, 0);
    std::vector<qint64> comparisons(m, 0);
    for (const auto &task : byTask) {
        accumulate(wins, task);
        for (const Comparison &c : task) {
            const auto n = qint64(std::llround(c.winsA + c.winsB));
            comparisons[std::size_t(c.a)] += n;
            comparisons[std::size_t(c.b)] += n;
        }
    }
    BradleyTerryResult result;
    const auto fit = fitBradleyTerry(wins, models);
    for (std::size_t i = 0; i < m; ++i) {
        if (comparisons[i] == 0)
            result.strengths << MetricResult::undefined(Undefined::NoObservations);
        else if (!fit)
            result.strengths << MetricResult::undefined(Undefined::NotEstimable, comparisons[i]);
        else
            result.strengths << MetricResult::of(fit->strengths[i], comparisons[i], 0, 0);
        result.intervals << std::nullopt;
    }
    if (!fit || byTask.empty() || replicates <= 0)
        return result;

    // Tasks with the same judgments are interchangeable: a replicate needs only
    // how many of each kind it draws, a multinomial drawn as a chain of
    // binomials. A million tasks usually come down to a few hundred kinds.
    std::map<std::vector<Comparison>, qint64> kinds;
    for (const auto &task : byTask)
        ++kinds[task];
    const auto tasks = qint64(byTask.size());
    std::mt19937_64 engine(seed);
    std::vector<std::vector<double>> samples(m);
    for (int r = 0; r < replicates; ++r) {
        std::fill(wins.begin(), wins.end(), 0.0);
        qint64 remaining = tasks; // draws left for this replicate
        qint64 rest = tasks; // tasks of the kinds not yet drawn
        for (const auto &[kind, count] : kinds) {
            qint64 drawn = remaining;
            if (count < rest && remaining > 0)
                drawn = std::binomial_distribution<qint64>(remaining, double(count) / double(rest))(engine);
            remaining -= drawn;
            rest -= count;
            for (const Comparison &c : kind) {
                wins[std::size_t(c.a) * m + std::size_t(c.b)] += c.winsA * double(drawn);
                wins[std::size_t(c.b) * m + std::size_t(c.a)] += c.winsB * double(drawn);
            }
        }
        const auto replicate = fitBradleyTerry(wins, models);
        if (!replicate) {
            ++result.failedReplicates;
            continue;
        }
        // A model missing from a replicate (none of its tasks drawn) would be
        // unbounded there too: count the replicate as failed.
        bool complete = true;
        for (std::size_t i = 0; i < m; ++i)
            complete = complete && (comparisons[i] == 0 || !std::isnan(replicate->strengths[i]));
        if (!complete) {
            ++result.failedReplicates;
            continue;
        }
        ++result.replicates;
        for (std::size_t i = 0; i < m; ++i) {
            if (comparisons[i] > 0)
                samples[i].push_back(replicate->strengths[i]);
        }
    }
    if (result.failedReplicates * 20 > replicates || result.replicates == 0)
        return result;
    for (std::size_t i = 0; i < m; ++i) {
        if (!samples[i].empty())
            result.intervals[qsizetype(i)] = Interval{percentile(samples[i], 0.025), percentile(samples[i], 0.975)};
    }
    return result;
}

} // namespace verdict::metrics
