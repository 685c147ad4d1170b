#pragma once

#include "domain/answers.h"
#include "metrics/metricresult.h"

#include <QHash>

#include <optional>
#include <vector>

// Agreement on rankings (docs/metrics.md).
namespace verdict::metrics {

// Kendall's tau-b between two scorings of the same items (lower = better or
// the other way round, as long as both use the same sense): (concordant -
// discordant) / sqrt((n0 - ties in x) (n0 - ties in y)). Undefined for fewer
// than two items or when either side ties everything.
MetricResult kendallTauB(const std::vector<double> &x, const std::vector<double> &y);

// The preference a ranking implies between two responses: +1 when `a` is
// placed above `b`, -1 when below, 0 for a tie; nothing when either is not
// placed.
std::optional<int> preference(const QHash<QString, int> &places, const QString &a, const QString &b);

} // namespace verdict::metrics
