#include "metrics/spanmetrics.h"

#include <algorithm>

namespace verdict::metrics {

SpanCounts &SpanCounts::operator+=(const SpanCounts &other)
{
    spansA += other.spansA;
    spansB += other.spansB;
    exact += other.exact;
    overlappedA += other.overlappedA;
    overlappedB += other.overlappedB;
    texts += other.texts;
    return *this;
}

SpanCounts compareSpans(const QList<Span> &a, const QList<Span> &b, const QString &label)
{
    QList<Span> left;
    QList<Span> right;
    for (const Span &s : a) {
        if (s.label == label)
            left << s;
    }
    for (const Span &s : b) {
        if (s.label == label)
            right << s;
    }
    const auto overlaps = [](const Span &x, const Span &y) { return x.start < y.end && y.start < x.end; };
    SpanCounts counts;
    counts.texts = 1;
    counts.spansA = left.size();
    counts.spansB = right.size();
    // Exact matches pair spans one to one, so a duplicate on one side matches once.
    QList<Span> unmatched = right;
    for (const Span &s : left) {
        const auto it = std::find_if(
            unmatched.begin(), unmatched.end(), [&s](const Span &t) { return t.start == s.start && t.end == s.end; });
        if (it != unmatched.end()) {
            ++counts.exact;
            unmatched.erase(it);
        }
    }
    for (const Span &s : left) {
        if (std::any_of(right.begin(), right.end(), [&](const Span &t) { return overlaps(s, t); }))
            ++counts.overlappedA;
    }
    for (const Span &t : right) {
        if (std::any_of(left.begin(), left.end(), [&](const Span &s) { return overlaps(s, t); }))
            ++counts.overlappedB;
    }
    return counts;
}

MetricResult exactF1(const SpanCounts &c)
{
    if (c.texts == 0)
        return MetricResult::undefined(Undefined::NoPairableUnits);
    if (c.spansA + c.spansB == 0)
        return MetricResult::undefined(Undefined::NothingLabelled, c.texts, 2, c.texts);
    return MetricResult::of(2.0 * double(c.exact) / double(c.spansA + c.spansB), c.texts, 2, c.texts);
}

MetricResult overlapF1(const SpanCounts &c)
{
    if (c.texts == 0)
        return MetricResult::undefined(Undefined::NoPairableUnits);
    if (c.spansA + c.spansB == 0)
        return MetricResult::undefined(Undefined::NothingLabelled, c.texts, 2, c.texts);
    if (c.spansA == 0 || c.spansB == 0)
        return MetricResult::of(0, c.texts, 2, c.texts);
    const double recall = double(c.overlappedA) / double(c.spansA);
    const double precision = double(c.overlappedB) / double(c.spansB);
    if (recall + precision == 0)
        return MetricResult::of(0, c.texts, 2, c.texts);
    return MetricResult::of(2 * precision * recall / (precision + recall), c.texts, 2, c.texts);
}

MetricResult mutualOverlapF1(const SpanCounts &c)
{
    if (c.texts == 0)
        return MetricResult::undefined(Undefined::NoPairableUnits);
    if (c.spansA + c.spansB == 0)
        return MetricResult::undefined(Undefined::NothingLabelled, c.texts, 2, c.texts);
    return MetricResult::of(double(c.overlappedA + c.overlappedB) / double(c.spansA + c.spansB), c.texts, 2, c.texts);
}

} // namespace verdict::metrics
