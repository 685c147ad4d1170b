#pragma once

#include "metrics/qualityreport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

class QChart;

namespace verdict {

// The quality dashboard's charts, built from a report. Each function returns
// a new chart the caller owns (usually by handing it to a QChartView).
class QualityCharts final
{
    Q_DECLARE_TR_FUNCTIONS(QualityCharts)

public:
    // The headline figure of each criterion (alpha at its default level, F1
    // for spans), with lines at the interpretation bands; one bar per slice.
    static QChart *agreement(const QualityReport &report);
    // Exact-match gold accuracy per annotator, one bar per criterion.
    static QChart *goldAccuracy(const QualityReport &report);
    // Submitted tasks per active hour, per annotator.
    static QChart *throughput(const QualityReport &report);
    // Median active time of a submitted task, per annotator.
    static QChart *timePerTask(const QualityReport &report);
    // Agreement, gold accuracy, skip and escalation rates over periods (weeks or batches).
    static QChart *trend(const QualityReport &report, const QList<PeriodRow> &periods, const QString &title);
    // Submitted, skipped and escalated per period.
    static QChart *volume(const QList<PeriodRow> &periods, const QString &title);
    // How many units show how much disagreement on the followed criterion.
    static QChart *disagreement(const QualityReport &report);
    // Bradley–Terry strengths with their intervals (the first slice when sliced).
    static QChart *strengths(const QualityReport &report);

    // The figures shown in agreement(): for each criterion (and option, label
    // or category) the first alpha row, or overlap F1 for spans.
    static QList<const AgreementRow *> headlines(const QualityReport &report);

    // The chart drawn into an image of the given size, for reports.
    static QImage render(QChart *chart, const QSize &size);
};

} // namespace verdict
