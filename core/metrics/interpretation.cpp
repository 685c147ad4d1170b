#include "metrics/interpretation.h"

#include <QCoreApplication>

namespace verdict {

namespace {

bool isKappa(Metric metric)
{
    return metric == Metric::CohenKappa || metric == Metric::CohenKappaLinear || metric == Metric::CohenKappaQuadratic
        || metric == Metric::FleissKappa;
}

} // namespace

std::optional<Band> bandOf(Metric metric, double value)
{
    if (metric == Metric::Alpha) {
        if (value >= 0.800)
            return Band::Reliable;
        if (value >= 0.667)
            return Band::Tentative;
        return Band::Unreliable;
    }
    if (isKappa(metric)) {
        if (value < 0)
            return Band::Poor;
        if (value <= 0.20)
            return Band::Slight;
        if (value <= 0.40)
            return Band::Fair;
        if (value <= 0.60)
            return Band::Moderate;
        if (value <= 0.80)
            return Band::Substantial;
        return Band::AlmostPerfect;
    }
    return std::nullopt;
}

QString bandName(Band band)
{
    switch (band) {
    case Band::Reliable:
        return QStringLiteral("reliable");
    case Band::Tentative:
        return QStringLiteral("tentative");
    case Band::Unreliable:
        return QStringLiteral("unreliable");
    case Band::Poor:
        return QStringLiteral("poor");
    case Band::Slight:
        return QStringLiteral("slight");
    case Band::Fair:
        return QStringLiteral("fair");
    case Band::Moderate:
        return QStringLiteral("moderate");
    case Band::Substantial:
        return QStringLiteral("substantial");
    case Band::AlmostPerfect:
        return QStringLiteral("almost-perfect");
    }
    return {};
}

QString bandTitle(Band band)
{
    switch (band) {
    case Band::Reliable:
        return QCoreApplication::translate("verdict::Interpretation", "reliable");
    case Band::Tentative:
        return QCoreApplication::translate("verdict::Interpretation", "tentative only");
    case Band::Unreliable:
        return QCoreApplication::translate("verdict::Interpretation", "unreliable");
    case Band::Poor:
        return QCoreApplication::translate("verdict::Interpretation", "poor");
    case Band::Slight:
        return QCoreApplication::translate("verdict::Interpretation", "slight");
    case Band::Fair:
        return QCoreApplication::translate("verdict::Interpretation", "fair");
    case Band::Moderate:
        return QCoreApplication::translate("verdict::Interpretation", "moderate");
    case Band::Substantial:
        return QCoreApplication::translate("verdict::Interpretation", "substantial");
    case Band::AlmostPerfect:
        return QCoreApplication::translate("verdict::Interpretation", "almost perfect");
    }
    return {};
}

QList<double> bandLimits(Metric metric)
{
    if (metric == Metric::Alpha)
        return {0.667, 0.800};
    if (isKappa(metric))
        return {0.0, 0.20, 0.40, 0.60, 0.80};
    return {};
}

QString bandSource(Metric metric)
{
    if (metric == Metric::Alpha)
        return QCoreApplication::translate("verdict::Interpretation",
            "Krippendorff (2004): α ≥ 0.800 reliable; 0.667–0.800 tentative conclusions only; below "
            "0.667 unreliable.");
    if (isKappa(metric))
        return QCoreApplication::translate("verdict::Interpretation",
            "Landis and Koch (1977): ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate, ≤ 0.80 substantial, "
            "above almost perfect.");
    return {};
}

} // namespace verdict
