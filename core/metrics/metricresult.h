#pragma once

#include <QString>

#include <optional>

namespace verdict {

// Why a figure has no value. A figure without data is reported as undefined
// with one of these, never as a number (docs/metrics.md).
enum class Undefined {
    None,
    SingleRater, // fewer than two raters gave values
    NoPairableUnits, // no unit has values from two raters
    NoVariation, // every value is the same, so chance agreement is perfect (0/0)
    NothingLabelled, // no span of the label by anyone, so F1 is 0/0
    NoObservations, // no data behind a rate or an accuracy
    NotEstimable, // the comparisons do not determine it (a model never wins or never loses)
};

// "single-rater", "no-pairable-units", … as used in --json output.
QString undefinedName(Undefined reason);
// A sentence for people, translated.
QString undefinedText(Undefined reason);

// The value of an agreement or accuracy figure with what it rests on.
struct MetricResult
{
    std::optional<double> value;
    Undefined reason = Undefined::None;
    qint64 units = 0; // units that entered the computation
    qint64 raters = 0; // raters with a value in those units
    qint64 pairs = 0; // comparisons of two raters' values on one unit

    bool defined() const { return value.has_value(); }

    static MetricResult of(double value, qint64 units, qint64 raters, qint64 pairs)
    {
        return MetricResult{value, Undefined::None, units, raters, pairs};
    }
    static MetricResult undefined(Undefined reason, qint64 units = 0, qint64 raters = 0, qint64 pairs = 0)
    {
        return MetricResult{std::nullopt, reason, units, raters, pairs};
    }
};

} // namespace verdict
