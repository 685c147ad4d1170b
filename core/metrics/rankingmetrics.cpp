#include "metrics/rankingmetrics.h"

#include <cmath>

namespace verdict::metrics {

MetricResult kendallTauB(const std::vector<double> &x, const std::vector<double> &y)
{
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2)
        return MetricResult::undefined(Undefined::NoPairableUnits, qint64(n), 2, 0);
    qint64 concordant = 0;
    qint64 discordant = 0;
    qint64 tiedX = 0;
    qint64 tiedY = 0;
    qint64 pairs = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            ++pairs;
            const double dx = x[i] - x[j];
            const double dy = y[i] - y[j];
            if (dx == 0)
                ++tiedX;
            if (dy == 0)
                ++tiedY;
            if (dx == 0 || dy == 0)
                continue;
            if ((dx > 0) == (dy > 0))
                ++concordant;
            else
                ++discordant;
        }
    }
    const double denominator = std::sqrt(double(pairs - tiedX) * double(pairs - tiedY));
    if (denominator == 0)
        return MetricResult::undefined(Undefined::NoVariation, qint64(n), 2, pairs);
    return MetricResult::of(double(concordant - discordant) / denominator, qint64(n), 2, pairs);
}

std::optional<int> preference(const QHash<QString, int> &places, const QString &a, const QString &b)
{
    const auto pa = places.constFind(a);
    const auto pb = places.constFind(b);
    if (pa == places.constEnd() || pb == places.constEnd())
        return std::nullopt;
    if (*pa == *pb)
        return 0;
    return *pa < *pb ? 1 : -1;
}

} // namespace verdict::metrics
