#pragma once

#include "domain/answers.h"
#include "metrics/metricresult.h"

// Agreement on spans between two annotators, one label at a time (docs/metrics.md).
namespace verdict::metrics {

// What two annotators' spans of one label on one text have in common. Add
// them up over texts (and annotator pairs) and then take the F1.
struct SpanCounts
{
    qint64 spansA = 0;
    qint64 spansB = 0;
    qint64 exact = 0; // spans with the same start and end in both
    qint64 overlappedA = 0; // spans of A that overlap at least one of B
    qint64 overlappedB = 0; // spans of B that overlap at least one of A
    qint64 texts = 0;

    SpanCounts &operator+=(const SpanCounts &other);
};

// Compares the spans of `label` in `a` and `b` (the other labels are ignored).
SpanCounts compareSpans(const QList<Span> &a, const QList<Span> &b, const QString &label);

// Exact-match F1: 2 * exact / (spansA + spansB). The same whichever side is
// A, for one comparison and for counts added up over many.
MetricResult exactF1(const SpanCounts &counts);
// Overlap F1 with A as the reference (gold): recall = overlappedA / spansA,
// precision = overlappedB / spansB, F1 = 2PR / (P + R); 0 when only one side
// has spans. Counts added up over several comparisons give a figure that
// depends on which side was A in each: for agreement between annotators,
// where neither is the reference, use mutualOverlapF1().
MetricResult overlapF1(const SpanCounts &counts);
// Overlap F1 between peers: every comparison counted both ways round, so
// recall and precision are both (overlappedA + overlappedB) / (spansA +
// spansB), and so is F1; 0 when only one side has spans. Whole numbers added
// up and one division: the same bits whichever side was A in each comparison
// and in whatever order the counts were added.
MetricResult mutualOverlapF1(const SpanCounts &counts);

} // namespace verdict::metrics
