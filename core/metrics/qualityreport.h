#pragma once

#include "metrics/agreementanalysis.h"
#include "metrics/goldaccuracy.h"
#include "metrics/modelcomparison.h"
#include "metrics/preferencemodel.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace verdict {

class Project;

struct QualityReportOptions
{
    QString rubricId; // empty: every rubric
    std::optional<int> rubricVersion; // only annotations made under this version
    QString slice; // a task metadata key or "model" for the agreement and gold tables
    QString trendCriterion; // the criterion followed over time; empty: the first rating, choice or ranking
    int replicates = 1000; // Bradley–Terry bootstrap
};

// One annotator's work: how much, how fast, how often skipped or escalated.
struct AnnotatorActivity
{
    QString annotator;
    QString slice; // the task metadata value when sliced by a metadata key
    qint64 submitted = 0;
    qint64 skipped = 0;
    qint64 escalated = 0;
    double activeHours = 0; // active time of everything they finished (submitted, skipped, escalated)
    std::optional<double> perHour; // submitted per active hour
    std::optional<double> medianSeconds; // median active time of a submitted task
    metrics::Rate skipRate; // skipped / finished
    metrics::Rate escalationRate; // escalated / finished
};

// The same figures for one week or one batch, with the trend criterion's
// agreement and gold accuracy in that period.
struct PeriodRow
{
    QString period; // "2026-W47", or a batch id ("" for work made in this project)
    qint64 submitted = 0;
    qint64 skipped = 0;
    qint64 escalated = 0;
    std::optional<double> medianSeconds;
    metrics::Rate skipRate;
    metrics::Rate escalationRate;
    MetricResult agreement; // the trend metric over the units of the period
    MetricResult goldExact; // share of gold units answered exactly as gold
};

// How many units show how much disagreement on the trend criterion.
struct DisagreementBin
{
    QString label;
    qint64 units = 0;
};

// Everything the quality dashboard and its report show, computed in one pass.
struct QualityReport
{
    Q_DECLARE_TR_FUNCTIONS(verdict::QualityReport)

public:
    QString projectName;
    QDateTime computedAt;
    QualityReportOptions options;
    QList<int> rubricVersions; // the versions annotations were made under, for the filter
    QStringList metaKeys; // task metadata keys, for slicing
    QList<AgreementRow> agreement;
    QList<GoldAccuracyRow> gold;
    QList<AnnotatorActivity> annotators; // per annotator, and per slice when sliced by a metadata key
    AnnotatorActivity everyone; // all annotators together, all slices
    QString trendCriterion;
    Metric trendMetric = Metric::Alpha;
    std::optional<metrics::Level> trendLevel;
    QList<PeriodRow> byWeek;
    QList<PeriodRow> byBatch;
    QList<DisagreementBin> disagreement;
    QString disagreementMeasure; // what the bins count, for people
    ModelComparison models;

    static Result<QualityReport> build(
        Project &project, const QualityReportOptions &options, const Progress &progress = {});

    // "2026-W47" for a time in that ISO week.
    static QString weekOf(const QDateTime &time);
};

} // namespace verdict
