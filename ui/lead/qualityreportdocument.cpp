#include "lead/qualityreportdocument.h"

#include "lead/qualitycharts.h"
#include "metrics/interpretation.h"
#include "metrics/reporttext.h"
#include "util/timeutil.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <map>

namespace verdict {

namespace {

const QSize chartSize(960, 440);

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// An HTML table; the first row is the header.
QString table(const QList<QStringList> &rows)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse; "
        "border-color: #999999;\">\n");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        html += r == 0 ? QStringLiteral("<tr style=\"background-color: #e8eef4;\">") : QStringLiteral("<tr>");
        for (const QString &cell : rows[r])
            html += (r == 0 ? u"<th align=\"left\">" : u"<td>") + escaped(cell) + (r == 0 ? u"</th>" : u"</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

int annotatorCount(const QualityReport &report)
{
    QStringList people;
    for (const AnnotatorActivity &a : report.annotators) {
        if (!people.contains(a.annotator))
            people << a.annotator;
    }
    return int(people.size());
}

} // namespace

QualityReportDocument::QualityReportDocument(std::shared_ptr<const QualityReport> report)
    : m_report(std::move(report))
{ }

const QList<std::pair<QString, QImage>> &QualityReportDocument::charts() const
{
    if (!m_charts.isEmpty())
        return m_charts;
    const QualityReport &r = *m_report;
    m_charts << std::pair{tr("Agreement"), QualityCharts::render(QualityCharts::agreement(r), chartSize)};
    if (!r.gold.isEmpty())
        m_charts << std::pair{tr("Gold accuracy"), QualityCharts::render(QualityCharts::goldAccuracy(r), chartSize)};
    if (!r.annotators.isEmpty()) {
        m_charts << std::pair{tr("Throughput"), QualityCharts::render(QualityCharts::throughput(r), chartSize)};
        m_charts << std::pair{tr("Time per task"), QualityCharts::render(QualityCharts::timePerTask(r), chartSize)};
        m_charts << std::pair{tr("Trend by week"),
            QualityCharts::render(QualityCharts::trend(r, r.byWeek, tr("Quality by week")), chartSize)};
        m_charts << std::pair{tr("Volume by week"),
            QualityCharts::render(QualityCharts::volume(r.byWeek, tr("Work finished by week")), chartSize)};
        m_charts << std::pair{tr("Trend by batch"),
            QualityCharts::render(QualityCharts::trend(r, r.byBatch, tr("Quality by batch")), chartSize)};
    }
    if (!r.disagreement.isEmpty())
        m_charts << std::pair{tr("Disagreement"), QualityCharts::render(QualityCharts::disagreement(r), chartSize)};
    if (!r.models.strengths.isEmpty())
        m_charts << std::pair{tr("Model strengths"), QualityCharts::render(QualityCharts::strengths(r), chartSize)};
    return m_charts;
}

QString QualityReportDocument::html(Images images, int imageWidth) const
{
    const QualityReport &r = *m_report;
    const auto &drawn = charts();
    const auto chart = [&](const QString &title) {
        for (qsizetype i = 0; i < drawn.size(); ++i) {
            if (drawn[i].first != title)
                continue;
            QString source;
            if (images == Images::Resources) {
                source = QStringLiteral("chart-%1.png").arg(i);
            } else {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                drawn[i].second.save(&buffer, "PNG");
                source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
            }
            return QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n")
                .arg(source)
                .arg(imageWidth)
                .arg(escaped(title));
        }
        return QString();
    };

    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n")
                .arg(escaped(tr("Quality readout: %1").arg(r.projectName)));
    html += QStringLiteral(
        "<style>body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 16pt; } "
        "h2 { font-size: 13pt; margin-top: 18pt; } td, th { font-size: 9pt; } .note { color: #555555; }</style>\n"
        "</head><body>\n");
    html += u"<h1>" + escaped(tr("Quality readout: %1").arg(r.projectName)) + u"</h1>\n";
    QStringList filters;
    filters << (r.options.rubricVersion ? tr("rubric version %1").arg(*r.options.rubricVersion)
                                        : tr("all rubric versions"));
    if (!r.options.slice.isEmpty())
        filters << tr("sliced by %1").arg(r.options.slice);
    html += u"<p class=\"note\">"
        + escaped(tr("Computed %1 (UTC), %2.").arg(isoTime(r.computedAt), filters.join(u", "))) + u"</p>\n";

    // Summary.
    html += u"<h2>" + escaped(tr("Summary")) + u"</h2>\n<ul>\n";
    html += u"<li>"
        + escaped(tr("%1 annotators finished %2 annotations: %3 submitted, skip rate %4, escalation rate %5.")
                      .arg(annotatorCount(r))
                      .arg(r.everyone.submitted + r.everyone.skipped + r.everyone.escalated)
                      .arg(r.everyone.submitted)
                      .arg(reporttext::percent(r.everyone.skipRate), reporttext::percent(r.everyone.escalationRate)))
        + u"</li>\n";
    QStringList unreliable;
    QStringList tentative;
    for (const AgreementRow *row : QualityCharts::headlines(r)) {
        if (row->metric != Metric::Alpha || !row->result.value)
            continue;
        const QString label = reporttext::criterionLabel(row->criterion, row->part, row->aspect)
            + (row->slice.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(row->slice))
            + QStringLiteral(" (%1)").arg(*row->result.value, 0, 'f', 3);
        const auto band = bandOf(Metric::Alpha, *row->result.value);
        if (band == Band::Unreliable)
            unreliable << label;
        else if (band == Band::Tentative)
            tentative << label;
    }
    html += u"<li>"
        + escaped(unreliable.isEmpty() ? tr("No criterion is below α = 0.667.")
                                       : tr("Below α = 0.667 (unreliable): %1.").arg(unreliable.join(u", ")))
        + u"</li>\n";
    if (!tentative.isEmpty())
        html += u"<li>"
            + escaped(tr("Between 0.667 and 0.800 (tentative conclusions only): %1.").arg(tentative.join(u", ")))
            + u"</li>\n";
    html += QStringLiteral("</ul>\n");

    // Agreement.
    html += u"<h2>" + escaped(tr("Agreement per criterion")) + u"</h2>\n" + chart(tr("Agreement"));
    // Figures without a value are listed by reason after the table, not as rows of dashes.
    QList<QStringList> rows{{tr("Criterion"), tr("Metric"), tr("Level"), tr("Value"), tr("Reading"), tr("Units"),
        tr("Raters"), tr("Pairs")}};
    if (!r.options.slice.isEmpty())
        rows[0].insert(1, r.options.slice);
    std::map<Undefined, QStringList> undefined;
    for (const AgreementRow &row : r.agreement) {
        if (!row.result.defined()) {
            const QString item = reporttext::criterionLabel(row.criterion, row.part, row.aspect)
                + (row.slice.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(row.slice));
            QStringList &list = undefined[row.result.reason];
            if (!list.contains(item))
                list << item;
            continue;
        }
        rows << reporttext::agreementRow(row, !r.options.slice.isEmpty());
    }
    html += table(rows);
    for (const auto &[reason, labels] : undefined)
        html += u"<p class=\"note\">"
            + escaped(tr("No value (%1): %2.").arg(undefinedText(reason), labels.join(QStringLiteral(", "))))
            + u"</p>\n";
    html += u"<p class=\"note\">" + escaped(bandSource(Metric::Alpha) + u' ' + bandSource(Metric::CohenKappa))
        + u"</p>\n";

    // Gold accuracy.
    html += u"<h2>" + escaped(tr("Gold accuracy per annotator")) + u"</h2>\n";
    if (r.gold.isEmpty()) {
        html += u"<p>" + escaped(tr("No gold answers, or no submitted annotation of a gold task.")) + u"</p>\n";
    } else {
        html += chart(tr("Gold accuracy"));
        QList<QStringList> gold{{tr("Criterion"), tr("Annotator"), tr("Tasks"), tr("Units"), tr("Exact"),
            tr("Within one"), tr("Mean abs. error"), tr("Pairs as gold"), tr("Span F1")}};
        if (!r.options.slice.isEmpty())
            gold[0].insert(2, r.options.slice);
        for (const GoldAccuracyRow &row : r.gold)
            gold << reporttext::goldAccuracyRow(row, !r.options.slice.isEmpty());
        html += table(gold);
    }

    // Annotators.
    html += u"<h2>" + escaped(tr("Annotators")) + u"</h2>\n" + chart(tr("Throughput")) + chart(tr("Time per task"));
    const bool activitySliced = !r.options.slice.isEmpty() && r.options.slice != modelSlice;
    QList<QStringList> people{{tr("Annotator"), tr("Submitted"), tr("Skipped"), tr("Escalated"), tr("Active hours"),
        tr("Per hour"), tr("Median time (s)"), tr("Skip rate"), tr("Escalation rate")}};
    if (activitySliced)
        people[0].insert(1, r.options.slice);
    QList<AnnotatorActivity> everyone = r.annotators;
    everyone << r.everyone;
    for (const AnnotatorActivity &a : everyone)
        people << reporttext::activityRow(a, activitySliced, &a == &everyone.constLast());
    html += table(people);

    // Trends.
    html += u"<h2>" + escaped(tr("Trends")) + u"</h2>\n";
    if (!r.trendCriterion.isEmpty())
        html += u"<p class=\"note\">"
            + escaped(tr("Agreement and gold accuracy follow \"%1\" (α, %2). A unit counts in the week of its last "
                         "annotation and in every batch that contributed to it.")
                          .arg(r.trendCriterion, r.trendLevel ? metrics::levelName(*r.trendLevel) : QString()))
            + u"</p>\n";
    html += chart(tr("Trend by week")) + chart(tr("Volume by week"));
    for (const auto &[title, periods] : {std::pair{tr("Week"), &r.byWeek}, std::pair{tr("Batch"), &r.byBatch}}) {
        QList<QStringList> trend{{title, tr("Submitted"), tr("Skipped"), tr("Escalated"), tr("Median time (s)"),
            tr("α"), tr("Gold exact"), tr("Skip rate"), tr("Escalation rate")}};
        for (const PeriodRow &p : *periods)
            trend << reporttext::periodRow(p);
        html += table(trend) + QStringLiteral("<p></p>\n");
    }
    html += chart(tr("Trend by batch"));

    // Disagreement.
    if (!r.disagreement.isEmpty()) {
        html += u"<h2>" + escaped(tr("Distribution of disagreement")) + u"</h2>\n" + chart(tr("Disagreement"));
        html += u"<p class=\"note\">" + escaped(tr("Pairable %1.").arg(r.disagreementMeasure)) + u"</p>\n";
    }

    // Models.
    html += u"<h2>" + escaped(tr("Models")) + u"</h2>\n";
    if (r.models.criterion.isEmpty()) {
        html += u"<p>" + escaped(tr("The rubric has no ranking criterion: no preferences to compare.")) + u"</p>\n";
    } else {
        html += u"<p class=\"note\">"
            + escaped(
                tr("From the preferences in \"%1\". Rates with 95% Wilson intervals; strengths by Bradley–Terry "
                   "(ties count half), 95% percentile intervals from %2 bootstrap replicates over tasks, seed %3.")
                    .arg(r.models.criterion)
                    .arg(r.models.replicates)
                    .arg(r.models.seed))
            + u"</p>\n";
        QList<QStringList> pairs{
            {tr("Model A"), tr("Model B"), tr("Judgments"), tr("A preferred"), tr("Tie"), tr("B preferred")}};
        if (!r.models.sliceField.isEmpty())
            pairs[0].prepend(r.models.sliceField);
        for (const ModelPairRow &row : r.models.pairs)
            pairs << reporttext::modelPairRow(row, !r.models.sliceField.isEmpty());
        html += table(pairs) + chart(tr("Model strengths"));
        QList<QStringList> strengths{{tr("Model"), tr("Strength"), tr("95% interval"), tr("Comparisons")}};
        if (!r.models.sliceField.isEmpty())
            strengths[0].prepend(r.models.sliceField);
        for (const ModelStrengthRow &row : r.models.strengths)
            strengths << reporttext::modelStrengthRow(row, !r.models.sliceField.isEmpty());
        html += table(strengths);
    }
    if (!r.models.rates.isEmpty()) {
        // Labels and flags nobody used on any model are named once instead of a row of zeros each.
        std::map<std::pair<QString, QString>, qint64> marks;
        for (const ModelRateRow &row : r.models.rates)
            marks[{row.criterion, row.key}] += row.rate.count;
        QStringList unused;
        for (const auto &[key, count] : marks) {
            if (count == 0)
                unused << key.first + u'/' + key.second;
        }
        html += u"<p></p><p>" + escaped(tr("Failure modes (span labels) and safety flags per judged response:"))
            + u"</p>\n";
        QList<QStringList> rates{
            {tr("Model"), tr("Criterion"), tr("Label or flag"), tr("Marked"), tr("Judged"), tr("Rate [95% CI]")}};
        if (!r.models.sliceField.isEmpty())
            rates[0].prepend(r.models.sliceField);
        for (const ModelRateRow &row : r.models.rates) {
            if (marks[{row.criterion, row.key}] != 0)
                rates << reporttext::modelRateRow(row, !r.models.sliceField.isEmpty());
        }
        html += table(rates);
        if (!unused.isEmpty())
            html += u"<p class=\"note\">" + escaped(tr("Never marked on any model: %1.").arg(unused.join(u", ")))
                + u"</p>\n";
    }

    html += u"<h2>" + escaped(tr("How these figures are computed")) + u"</h2>\n<p class=\"note\">"
        + escaped(tr("Only submitted annotations count. Agreement: Krippendorff's α (Krippendorff 2011) over units "
                     "(a task, a task's response, or a pair of responses for rankings); Cohen's κ per pair of "
                     "annotators and their mean; Fleiss' κ; percent agreement over pairs of values. Throughput is "
                     "submitted tasks per hour of active time; time per task is the median active time of a "
                     "submitted task; skip and escalation rates are shares of finished tasks. Details: "
                     "docs/metrics.md."))
        + u"</p>\n</body></html>\n";
    return html;
}

QTextDocument *QualityReportDocument::document(int imageWidth) const
{
    auto *document = new QTextDocument;
    const auto &drawn = charts();
    for (qsizetype i = 0; i < drawn.size(); ++i)
        document->addResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1.png").arg(i)), QVariant(drawn[i].second));
    document->setHtml(html(Images::Resources, imageWidth));
    return document;
}

Result<void> QualityReportDocument::writeHtml(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write: %1").arg(file.errorString()), path);
    file.write(html(Images::Embedded).toUtf8());
    if (!file.commit())
        return makeError(tr("cannot write: %1").arg(file.errorString()), path);
    return {};
}

Result<void> QualityReportDocument::writePdf(const QString &path) const
{
    // QPdfWriter writes straight to its file; write beside and move into place when done.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write: %1").arg(file.errorString()), path);
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Quality readout: %1").arg(m_report->projectName));
        writer.setCreator(QStringLiteral("Verdict"));
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(150);
        // Laid out on the writer itself, fonts keep their point sizes and
        // pages are the printable area in the writer's pixels; image sizes
        // count in pixels of 1/96 inch.
        const int imageWidth = int(writer.width() * 0.98 * 96.0 / writer.logicalDpiX());
        std::unique_ptr<QTextDocument> document(this->document(imageWidth));
        document->documentLayout()->setPaintDevice(&writer);
        document->setPageSize(QSizeF(writer.width(), writer.height()));
        document->print(&writer);
    }
    if (!file.commit())
        return makeError(tr("cannot write: %1").arg(file.errorString()), path);
    return {};
}

} // namespace verdict
