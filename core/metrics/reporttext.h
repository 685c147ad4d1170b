#pragma once

#include "metrics/qualityreport.h"

#include <QString>
#include <QStringList>

#include <optional>

// The quality figures as people read them: numbers, rates with their
// intervals, and the rows of the tables the command line prints and the
// dashboard and its exported report show, so that all three say the same.
// Column headers stay with each table (the command line's are lower case).
namespace verdict::reporttext {

// A figure with `decimals` decimals, or "—" when it has none.
QString number(const MetricResult &result, int decimals = 3);
QString number(const std::optional<double> &value, int decimals);
// A rate in percent with its 95 % interval: "66.7% [20.8, 93.9]"; "—" without a value.
QString percent(const metrics::Rate &rate);
// "[-0.412, 0.388]"
QString interval(const metrics::Interval &interval);
// "harm/violence (severity)": the criterion, the part of it and the aspect where it is not the value.
QString criterionLabel(const QString &criterion, const QString &part, const QString &aspect);
// The value of a slice column: the slice, or "(not set)".
QString slice(const QString &value);

// The rows, in the order of their tables' columns. `sliced` adds the slice
// column where each table has it (after the criterion for agreement, after
// the annotator for gold accuracy and activity, first for the model tables).
// Columns: criterion, metric, level, value, reading, units, raters, pairs.
QStringList agreementRow(const AgreementRow &row, bool sliced);
// Columns: criterion, annotator, tasks, units, exact, within one, mean absolute error, pairs as gold, span F1.
QStringList goldAccuracyRow(const GoldAccuracyRow &row, bool sliced);
// Columns: annotator, submitted, skipped, escalated, active hours, per hour,
// median time, skip rate, escalation rate. `total`: the row for everyone,
// whose slice cell stays empty.
QStringList activityRow(const AnnotatorActivity &activity, bool sliced, bool total = false);
// Columns: period, submitted, skipped, escalated, median time, α, gold exact, skip rate, escalation rate.
QStringList periodRow(const PeriodRow &period);
// Columns: model A, model B, judgments, A preferred, tie, B preferred.
QStringList modelPairRow(const ModelPairRow &row, bool sliced);
// Columns: model, strength, 95 % interval (or why there is no strength), comparisons.
QStringList modelStrengthRow(const ModelStrengthRow &row, bool sliced);
// Columns: model, criterion, label or flag, marked, judged, rate.
QStringList modelRateRow(const ModelRateRow &row, bool sliced);

} // namespace verdict::reporttext
