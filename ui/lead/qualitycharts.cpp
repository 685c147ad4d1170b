#include "lead/qualitycharts.h"

#include "metrics/interpretation.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace verdict {

namespace {

// Colours that stay apart for people with the common colour-vision deficiencies (Okabe and Ito 2008).
const QList<QColor> &palette()
{
    static const QList<QColor> colours{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42),
        QColor(0x00, 0x00, 0x00)};
    return colours;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    return chart;
}

void colour(QBarSet *set, int index)
{
    set->setColor(palette()[index % palette().size()]);
    set->setBorderColor(palette()[index % palette().size()].darker(115));
}

QString rowLabel(const AgreementRow &row)
{
    QString label = row.criterion;
    if (!row.part.isEmpty())
        label += u'/' + row.part;
    if (row.aspect == u"severity")
        label += QCoreApplication::translate("verdict::QualityCharts", " (severity)");
    return label;
}

// A vertical line at x over a hidden 0..1 axis, for band limits on a horizontal bar chart.
void addBandLine(QChart *chart, QValueAxis *x, double at, const QString &name, const QColor &colour)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(at, 0);
    line->append(at, 1);
    QPen pen(colour);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    auto *hidden = new QValueAxis;
    hidden->setRange(0, 1);
    hidden->setVisible(false);
    chart->addAxis(hidden, Qt::AlignRight);
    line->attachAxis(hidden);
}

QBarCategoryAxis *categories(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    // Criterion names are what a reader looks for: show them whole.
    axis->setTruncateLabels(false);
    return axis;
}

QValueAxis *valueAxis(double low, double high, const QString &title, const QString &format = QStringLiteral("%.2f"))
{
    auto *axis = new QValueAxis;
    axis->setRange(low, high);
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QList<const AgreementRow *> QualityCharts::headlines(const QualityReport &report)
{
    QList<const AgreementRow *> list;
    QStringList seen;
    for (const AgreementRow &row : report.agreement) {
        const bool wanted = row.metric == Metric::Alpha || row.metric == Metric::OverlapF1;
        const QString key = rowLabel(row) + u'\x1f' + row.slice;
        if (wanted && !seen.contains(key)) {
            seen << key;
            list << &row;
        }
    }
    return list;
}

QChart *QualityCharts::agreement(const QualityReport &report)
{
    QChart *chart = newChart(tr("Agreement per criterion"));
    const QList<const AgreementRow *> rows = headlines(report);
    QStringList labels;
    std::map<QString, std::map<QString, double>> bySlice; // slice -> label -> value
    int undefined = 0;
    for (const AgreementRow *row : rows) {
        const QString label = rowLabel(*row) + (row->metric == Metric::OverlapF1 ? tr(" (F1)") : QString());
        if (!row->result.defined()) {
            ++undefined;
            continue;
        }
        if (!labels.contains(label))
            labels << label;
        bySlice[row->slice][label] = *row->result.value;
    }
    // Top to bottom in the order of the rubric.
    std::reverse(labels.begin(), labels.end());
    auto *series = new QHorizontalBarSeries;
    int index = 0;
    double low = 0;
    for (const auto &[slice, values] : bySlice) {
        auto *set = new QBarSet(slice.isEmpty() ? tr("All") : slice);
        for (const QString &label : labels) {
            const double v = values.count(label) ? values.at(label) : 0;
            low = std::min(low, v);
            *set << v;
        }
        colour(set, index++);
        series->append(set);
    }
    series->setBarWidth(0.75);
    // Values beside the bars, when one bar per criterion leaves room for them.
    if (bySlice.size() == 1) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(3);
        for (QBarSet *set : series->barSets())
            set->setLabelColor(QColor(0x20, 0x20, 0x20));
    }
    chart->addSeries(series);
    auto *y = categories(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = valueAxis(std::floor(low * 5) / 5, 1.0, tr("α (F1 for spans)"));
    x->setTickCount(std::floor(low * 5) < 0 ? 7 : 6);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    addBandLine(chart, x, 0.667, tr("α = 0.667"), QColor(0xd5, 0x5e, 0x00));
    addBandLine(chart, x, 0.800, tr("α = 0.800"), QColor(0x00, 0x9e, 0x73));
    chart->legend()->setVisible(true);
    if (bySlice.size() <= 1) {
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);
    }
    if (undefined > 0)
        chart->setTitle(chart->title() + u' ' + tr("(%n undefined, see the table)", nullptr, undefined));
    return chart;
}

QChart *QualityCharts::goldAccuracy(const QualityReport &report)
{
    QChart *chart = newChart(tr("Gold accuracy (exact match) per annotator"));
    QStringList annotators;
    QStringList criteria;
    std::map<QString, std::map<QString, double>> values; // criterion -> annotator -> exact
    for (const GoldAccuracyRow &row : report.gold) {
        if (!row.slice.isEmpty() || !row.exact.defined())
            continue;
        if (!annotators.contains(row.annotator))
            annotators << row.annotator;
        if (!criteria.contains(row.criterion) && criteria.size() < 6)
            criteria << row.criterion;
        values[row.criterion][row.annotator] = *row.exact.value;
    }
    std::sort(annotators.begin(), annotators.end());
    auto *series = new QBarSeries;
    for (qsizetype c = 0; c < criteria.size(); ++c) {
        auto *set = new QBarSet(criteria[c]);
        for (const QString &annotator : annotators)
            *set << (values[criteria[c]].count(annotator) ? values[criteria[c]][annotator] : 0);
        colour(set, int(c));
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = categories(annotators);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(0, 1, tr("share exact"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

namespace {

// Bars per annotator of one activity figure; one set per slice when sliced.
QChart *activityChart(const QualityReport &report, const QString &title, const QString &axis,
    const std::function<std::optional<double>(const AnnotatorActivity &)> &value, const QString &format,
    int colourIndex)
{
    QChart *chart = newChart(title);
    QStringList names;
    QStringList slices;
    std::map<std::pair<QString, QString>, double> values;
    double high = 1;
    for (const AnnotatorActivity &a : report.annotators) {
        if (!names.contains(a.annotator))
            names << a.annotator;
        if (!slices.contains(a.slice))
            slices << a.slice;
        values[{a.annotator, a.slice}] = value(a).value_or(0);
        high = std::max(high, value(a).value_or(0));
    }
    std::sort(names.begin(), names.end());
    std::sort(slices.begin(), slices.end());
    auto *series = new QBarSeries;
    for (qsizetype i = 0; i < slices.size() && i < palette().size(); ++i) {
        auto *set = new QBarSet(slices[i].isEmpty() ? QualityCharts::tr("(not set)") : slices[i]);
        for (const QString &name : names) {
            const auto it = values.find({name, slices[i]});
            *set << (it == values.end() ? 0 : it->second);
        }
        colour(set, slices.size() == 1 ? colourIndex : int(i));
        series->append(set);
    }
    if (slices.size() == 1) {
        series->setLabelsVisible(true);
        series->setLabelsFormat(format);
        series->setLabelsPrecision(3);
    }
    chart->addSeries(series);
    auto *x = categories(names);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(0, high * 1.15, axis, QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(slices.size() > 1);
    return chart;
}

} // namespace

QChart *QualityCharts::throughput(const QualityReport &report)
{
    return activityChart(
        report, tr("Throughput: submitted per active hour"), tr("tasks per hour"),
        [](const AnnotatorActivity &a) { return a.perHour; }, QStringLiteral("@value"), 0);
}

QChart *QualityCharts::timePerTask(const QualityReport &report)
{
    return activityChart(
        report, tr("Median active time per submitted task"), tr("seconds"),
        [](const AnnotatorActivity &a) { return a.medianSeconds; }, QStringLiteral("@value s"), 1);
}

QChart *QualityCharts::trend(const QualityReport &report, const QList<PeriodRow> &periods, const QString &title)
{
    QChart *chart = newChart(title);
    const QString followed = report.trendCriterion.isEmpty() ? tr("no criterion") : report.trendCriterion;
    struct Line
    {
        QString name;
        std::function<std::optional<double>(const PeriodRow &)> value;
    };
    const QList<Line> lines{
        {tr("α, %1").arg(followed), [](const PeriodRow &p) { return p.agreement.value; }},
        {tr("gold accuracy, %1").arg(followed), [](const PeriodRow &p) { return p.goldExact.value; }},
        {tr("skip rate"), [](const PeriodRow &p) { return p.skipRate.rate.value; }},
        {tr("escalation rate"), [](const PeriodRow &p) { return p.escalationRate.rate.value; }},
    };
    auto *x = new QCategoryAxis;
    x->setTruncateLabels(false);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < periods.size(); ++i)
        x->append(periods[i].period.isEmpty() ? tr("(this project)") : periods[i].period, double(i));
    x->setRange(-0.3, std::max(0.3, double(periods.size()) - 0.7));
    chart->addAxis(x, Qt::AlignBottom);
    double low = 0;
    for (const PeriodRow &p : periods) {
        if (p.agreement.value)
            low = std::min(low, *p.agreement.value);
    }
    auto *y = valueAxis(std::floor(low * 5) / 5, 1, QString());
    chart->addAxis(y, Qt::AlignLeft);
    for (qsizetype l = 0; l < lines.size(); ++l) {
        auto *series = new QLineSeries;
        series->setName(lines[l].name);
        series->setPointsVisible(true);
        QPen pen(palette()[l]);
        pen.setWidthF(2);
        series->setPen(pen);
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (const auto v = lines[l].value(periods[i]))
                series->append(double(i), *v);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QChart *QualityCharts::volume(const QList<PeriodRow> &periods, const QString &title)
{
    QChart *chart = newChart(title);
    auto *series = new QStackedBarSeries;
    auto *submitted = new QBarSet(tr("submitted"));
    auto *skipped = new QBarSet(tr("skipped"));
    auto *escalated = new QBarSet(tr("escalated"));
    QStringList labels;
    double high = 1;
    for (const PeriodRow &p : periods) {
        labels << (p.period.isEmpty() ? tr("(this project)") : p.period);
        *submitted << double(p.submitted);
        *skipped << double(p.skipped);
        *escalated << double(p.escalated);
        high = std::max(high, double(p.submitted + p.skipped + p.escalated));
    }
    colour(submitted, 0);
    colour(skipped, 1);
    colour(escalated, 5);
    series->append({submitted, skipped, escalated});
    chart->addSeries(series);
    auto *x = categories(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(0, high * 1.1, tr("annotations"), QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *QualityCharts::disagreement(const QualityReport &report)
{
    QChart *chart = newChart(report.trendCriterion.isEmpty()
            ? tr("Distribution of disagreement")
            : tr("Distribution of disagreement on %1").arg(report.trendCriterion));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("units"));
    QStringList labels;
    double high = 1;
    for (const DisagreementBin &bin : report.disagreement) {
        labels << bin.label;
        *set << double(bin.units);
        high = std::max(high, double(bin.units));
    }
    colour(set, 4);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    chart->addSeries(series);
    auto *x = categories(labels);
    x->setTitleText(report.disagreementMeasure);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(0, high * 1.15, tr("units"), QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

QChart *QualityCharts::strengths(const QualityReport &report)
{
    QChart *chart = newChart(tr("Bradley–Terry strength per model (95% bootstrap interval)"));
    QList<const ModelStrengthRow *> rows;
    for (const ModelStrengthRow &row : report.models.strengths) {
        if (rows.isEmpty() || row.slice == rows.constFirst()->slice)
            rows << &row;
    }
    auto *x = new QCategoryAxis;
    x->setTruncateLabels(false);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    double low = -0.5;
    double high = 0.5;
    auto *points = new QScatterSeries;
    points->setName(tr("log-strength"));
    points->setMarkerSize(11);
    points->setColor(palette()[0]);
    QList<QLineSeries *> whiskers;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        x->append(rows[i]->model, double(i) + 0.5);
        if (!rows[i]->strength.defined())
            continue;
        points->append(double(i), *rows[i]->strength.value);
        low = std::min(low, *rows[i]->strength.value);
        high = std::max(high, *rows[i]->strength.value);
        if (rows[i]->interval) {
            auto *whisker = new QLineSeries;
            whisker->append(double(i), rows[i]->interval->low);
            whisker->append(double(i), rows[i]->interval->high);
            QPen pen(palette()[0]);
            pen.setWidthF(2.5);
            whisker->setPen(pen);
            whiskers << whisker;
            low = std::min(low, rows[i]->interval->low);
            high = std::max(high, rows[i]->interval->high);
        }
    }
    x->setRange(-0.5, std::max(0.5, double(rows.size()) - 0.5));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = valueAxis(low - 0.1, high + 0.1, tr("log-strength (0 = average)"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *whisker : whiskers) {
        chart->addSeries(whisker);
        whisker->attachAxis(x);
        whisker->attachAxis(y);
    }
    chart->addSeries(points);
    points->attachAxis(x);
    points->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

QImage QualityCharts::render(QChart *chart, const QSize &size)
{
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    return view.grab().toImage();
}

} // namespace verdict
