#pragma once

#include "metrics/agreementanalysis.h"

#include <QString>

#include <optional>

namespace verdict {

// How to read an agreement figure, in published bands (docs/metrics.md):
//  - Krippendorff's alpha: at least 0.800 reliable, 0.667 to 0.800 only for
//    tentative conclusions, below 0.667 unreliable (Krippendorff 2004,
//    Content Analysis, 2nd ed., p. 241).
//  - Cohen's and Fleiss' kappa: Landis and Koch (1977), Biometrics 33: 159-174:
//    below 0 poor, to 0.20 slight, to 0.40 fair, to 0.60 moderate, to 0.80
//    substantial, above almost perfect.
// Other metrics (percent agreement, tau-b, F1) have no agreed bands.
enum class Band {
    Reliable,
    Tentative,
    Unreliable,
    Poor,
    Slight,
    Fair,
    Moderate,
    Substantial,
    AlmostPerfect,
};

std::optional<Band> bandOf(Metric metric, double value);
// "reliable", "tentative", … as in --json output.
QString bandName(Band band);
// For people, translated.
QString bandTitle(Band band);
// The lower limits of the bands for a metric, for charts: {0.667, 0.800} for alpha.
QList<double> bandLimits(Metric metric);
// Who the bands are from, for captions.
QString bandSource(Metric metric);

} // namespace verdict
