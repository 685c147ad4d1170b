#include "metrics/reporttext.h"

#include "metrics/interpretation.h"

#include <QCoreApplication>

namespace verdict::reporttext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::reporttext", text);
}

} // namespace

QString number(const MetricResult &result, int decimals)
{
    return number(result.value, decimals);
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

QString percent(const metrics::Rate &rate)
{
    if (!rate.rate.value)
        return QStringLiteral("—");
    QString text = QStringLiteral("%1%").arg(*rate.rate.value * 100, 0, 'f', 1);
    if (rate.interval)
        text += QStringLiteral(" [%1, %2]")
                    .arg(rate.interval->low * 100, 0, 'f', 1)
                    .arg(rate.interval->high * 100, 0, 'f', 1);
    return text;
}

QString interval(const metrics::Interval &interval)
{
    return QStringLiteral("[%1, %2]").arg(interval.low, 0, 'f', 3).arg(interval.high, 0, 'f', 3);
}

QString criterionLabel(const QString &criterion, const QString &part, const QString &aspect)
{
    QString label = criterion;
    if (!part.isEmpty())
        label += u'/' + part;
    if (aspect == u"severity")
        label += tr(" (severity)");
    return label;
}

QString slice(const QString &value)
{
    return value.isEmpty() ? tr("(not set)") : value;
}

QStringList agreementRow(const AgreementRow &row, bool sliced)
{
    const auto band = row.result.value ? bandOf(row.metric, *row.result.value) : std::nullopt;
    QStringList cells{criterionLabel(row.criterion, row.part, row.aspect), metricTitle(row.metric),
        row.level ? metrics::levelName(*row.level) : QString(), number(row.result),
        row.result.defined() ? (band ? bandTitle(*band) : QString()) : undefinedText(row.result.reason),
        QString::number(row.result.units), QString::number(row.result.raters), QString::number(row.result.pairs)};
    if (sliced)
        cells.insert(1, slice(row.slice));
    return cells;
}

QStringList goldAccuracyRow(const GoldAccuracyRow &row, bool sliced)
{
    QStringList cells{row.criterion, row.annotator, QString::number(row.tasks), QString::number(row.exact.units),
        number(row.exact), row.withinOne ? number(*row.withinOne) : QString(),
        row.meanAbsoluteError ? number(*row.meanAbsoluteError, 2) : QString(),
        row.pairwise ? number(*row.pairwise) : QString(), row.spanF1 ? number(*row.spanF1) : QString()};
    if (sliced)
        cells.insert(2, slice(row.slice));
    return cells;
}

QStringList activityRow(const AnnotatorActivity &activity, bool sliced, bool total)
{
    QStringList cells{activity.annotator, QString::number(activity.submitted), QString::number(activity.skipped),
        QString::number(activity.escalated), QString::number(activity.activeHours, 'f', 1), number(activity.perHour, 1),
        number(activity.medianSeconds, 0), percent(activity.skipRate), percent(activity.escalationRate)};
    if (sliced)
        cells.insert(1, total ? QString() : slice(activity.slice));
    return cells;
}

QStringList periodRow(const PeriodRow &period)
{
    return QStringList{period.period.isEmpty() ? tr("(this project)") : period.period,
        QString::number(period.submitted), QString::number(period.skipped), QString::number(period.escalated),
        number(period.medianSeconds, 0), number(period.agreement), number(period.goldExact), percent(period.skipRate),
        percent(period.escalationRate)};
}

QStringList modelPairRow(const ModelPairRow &row, bool sliced)
{
    QStringList cells{row.modelA, row.modelB, QString::number(row.judgments), percent(row.winsA), percent(row.ties),
        percent(row.winsB)};
    if (sliced)
        cells.prepend(row.slice);
    return cells;
}

QStringList modelStrengthRow(const ModelStrengthRow &row, bool sliced)
{
    QStringList cells{row.model, number(row.strength),
        !row.strength.defined() ? undefinedText(row.strength.reason)
                                : (row.interval ? interval(*row.interval) : QString()),
        QString::number(row.strength.units)};
    if (sliced)
        cells.prepend(row.slice);
    return cells;
}

QStringList modelRateRow(const ModelRateRow &row, bool sliced)
{
    QStringList cells{row.model, row.criterion, row.key, QString::number(row.rate.count),
        QString::number(row.rate.total), percent(row.rate)};
    if (sliced)
        cells.prepend(row.slice);
    return cells;
}

} // namespace verdict::reporttext
