#include "lead/qualitydashboard.h"

#include "common/backgroundjob.h"
#include "common/contrast.h"
#include "lead/qualitycharts.h"
#include "lead/qualityreportdocument.h"
#include "metrics/interpretation.h"
#include "metrics/reporttext.h"
#include "store/project.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace verdict {

namespace {

QColor bandColour(Band band)
{
    switch (band) {
    case Band::Reliable:
    case Band::AlmostPerfect:
    case Band::Substantial:
        return QColor(0xdf, 0xf2, 0xe6);
    case Band::Tentative:
    case Band::Moderate:
        return QColor(0xfb, 0xf0, 0xd0);
    default:
        return QColor(0xf8, 0xdc, 0xd6);
    }
}

// Fills a table model; columns in `numeric` are right-aligned.
void fill(QStandardItemModel *model, const QStringList &header, const QList<QStringList> &rows,
    const QList<int> &numeric = {})
{
    model->clear();
    model->setHorizontalHeaderLabels(header);
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (qsizetype c = 0; c < row.size(); ++c) {
            auto *item = new QStandardItem(row[c]);
            item->setEditable(false);
            if (numeric.contains(int(c)))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        model->appendRow(items);
    }
}

// A read-only table; `stretch` is the column that takes the spare width (-1: none).
QTableView *newTable(QStandardItemModel *model, QWidget *parent, const QString &name, int stretch = -1)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setAccessibleDescription(QualityDashboard::tr("The figures of the chart beside it, as a table"));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretch >= 0) {
        QObject::connect(model, &QStandardItemModel::columnsInserted, view, [view, stretch] {
            view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            if (stretch < view->model()->columnCount())
                view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
        });
    }
    return view;
}

QChartView *newChartView(QWidget *parent, int minimumHeight = 280)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

QLabel *newNote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

QualityDashboard::QualityDashboard(const QString &projectPath, QWidget *parent)
    : QMainWindow(parent)
    , m_projectPath(projectPath)
{
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("qualityDashboard"));
    setWindowTitle(tr("Quality — %1").arg(QFileInfo(projectPath).completeBaseName()));
    m_job = new BackgroundJob(this);
    m_job->setObjectName(QStringLiteral("quality-report"));
    m_job->setPriority(QThread::LowPriority);
    buildUi();
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    resize(1280, 860);
    refresh();
}

QualityDashboard::~QualityDashboard() = default;

QAction *QualityDashboard::addAction(QMenu *menu, std::function<QString()> projectPath, QWidget *parent)
{
    QAction *open = menu->addAction(tr("Quality &Dashboard…"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    QObject::connect(open, &QAction::triggered, parent, [projectPath, parent] {
        const QString path = projectPath();
        if (path.isEmpty()) {
            QMessageBox::information(parent, tr("Quality Dashboard"), tr("Open a project first."));
            return;
        }
        auto *dashboard = new QualityDashboard(path, parent);
        dashboard->show();
    });
    return open;
}

void QualityDashboard::buildUi()
{
    auto *toolbar = addToolBar(tr("Filters"));
    toolbar->setObjectName(QStringLiteral("filters"));
    toolbar->setMovable(false);
    const auto labelled = [toolbar](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, toolbar);
        label->setBuddy(combo);
        label->setContentsMargins(8, 0, 4, 0);
        toolbar->addWidget(label);
        toolbar->addWidget(combo);
    };
    m_version = new QComboBox(toolbar);
    m_version->setAccessibleName(tr("Rubric version"));
    m_version->setAccessibleDescription(tr("Counts only annotations made under this rubric version"));
    m_version->addItem(tr("All versions"), 0);
    labelled(tr("&Rubric version:"), m_version);
    m_slice = new QComboBox(toolbar);
    m_slice->setAccessibleName(tr("Slice by"));
    m_slice->setAccessibleDescription(tr("Reports each value of this task metadata key separately"));
    m_slice->addItem(tr("No slices"), QString());
    m_slice->addItem(tr("Model"), modelSlice);
    labelled(tr("&Slice by:"), m_slice);
    m_trendCriterion = new QComboBox(toolbar);
    m_trendCriterion->setAccessibleName(tr("Criterion followed over time"));
    m_trendCriterion->setAccessibleDescription(tr("The criterion whose agreement the trends and disagreement follow"));
    m_trendCriterion->addItem(tr("First rating"), QString());
    labelled(tr("&Follow:"), m_trendCriterion);
    toolbar->addSeparator();
    m_refreshAction = toolbar->addAction(tr("Re&fresh"), this, &QualityDashboard::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_exportAction = toolbar->addAction(tr("&Export Report…"), this, &QualityDashboard::exportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    for (QComboBox *combo : {m_version, m_slice, m_trendCriterion}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingFilters)
                refresh();
        });
    }

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleDescription(tr("Stops computing the figures"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
    });
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_agreementModel = new QStandardItemModel(this);
    m_goldModel = new QStandardItemModel(this);
    m_annotatorModel = new QStandardItemModel(this);
    m_trendModel = new QStandardItemModel(this);
    m_pairModel = new QStandardItemModel(this);
    m_strengthModel = new QStandardItemModel(this);
    m_rateModel = new QStandardItemModel(this);

    // Agreement: the chart over the table.
    {
        auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
        m_agreementChart = newChartView(splitter, 320);
        auto *lower = new QWidget(splitter);
        auto *layout = new QVBoxLayout(lower);
        layout->setContentsMargins(0, 0, 0, 0);
        m_agreementNote = newNote(lower);
        layout->addWidget(m_agreementNote);
        layout->addWidget(newTable(m_agreementModel, lower, tr("Agreement per criterion"), 0), 1);
        splitter->addWidget(m_agreementChart);
        splitter->addWidget(lower);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        m_tabs->addTab(splitter, tr("&Agreement"));
    }
    // Gold accuracy.
    {
        auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
        m_goldChart = newChartView(splitter);
        splitter->addWidget(m_goldChart);
        splitter->addWidget(newTable(m_goldModel, splitter, tr("Gold accuracy per annotator")));
        m_tabs->addTab(splitter, tr("&Gold Accuracy"));
    }
    // Annotators: throughput and time side by side over the table.
    {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        auto *charts = new QHBoxLayout;
        m_throughputChart = newChartView(page);
        m_timeChart = newChartView(page);
        charts->addWidget(m_throughputChart);
        charts->addWidget(m_timeChart);
        layout->addLayout(charts, 3);
        layout->addWidget(newTable(m_annotatorModel, page, tr("Annotators")), 2);
        m_tabs->addTab(page, tr("A&nnotators"));
    }
    // Trends by week or batch.
    {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        auto *top = new QHBoxLayout;
        m_period = new QComboBox(page);
        m_period->addItem(tr("By week"));
        m_period->addItem(tr("By batch"));
        m_period->setAccessibleName(tr("Period"));
        m_period->setAccessibleDescription(tr("Trends by week or by batch"));
        connect(m_period, &QComboBox::currentIndexChanged, this, [this] { showTrends(); });
        top->addWidget(m_period);
        m_trendNote = newNote(page);
        top->addWidget(m_trendNote, 1);
        layout->addLayout(top);
        auto *charts = new QHBoxLayout;
        m_trendChart = newChartView(page);
        m_volumeChart = newChartView(page);
        charts->addWidget(m_trendChart, 3);
        charts->addWidget(m_volumeChart, 2);
        layout->addLayout(charts, 3);
        layout->addWidget(newTable(m_trendModel, page, tr("Trends")), 2);
        m_tabs->addTab(page, tr("&Trends"));
    }
    // Disagreement.
    {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        m_disagreementChart = newChartView(page);
        m_disagreementNote = newNote(page);
        layout->addWidget(m_disagreementChart, 1);
        layout->addWidget(m_disagreementNote);
        m_tabs->addTab(page, tr("&Disagreement"));
    }
    // Models.
    {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        m_modelNote = newNote(page);
        layout->addWidget(m_modelNote);
        auto *upper = new QHBoxLayout;
        upper->addWidget(newTable(m_pairModel, page, tr("Model pairs")), 3);
        m_strengthChart = newChartView(page, 240);
        upper->addWidget(m_strengthChart, 2);
        layout->addLayout(upper, 3);
        auto *lower = new QHBoxLayout;
        lower->addWidget(newTable(m_strengthModel, page, tr("Model strengths")), 2);
        lower->addWidget(newTable(m_rateModel, page, tr("Failure and safety rates")), 3);
        layout->addLayout(lower, 2);
        m_tabs->addTab(page, tr("&Models"));
    }
}

QualityReportOptions QualityDashboard::options() const
{
    QualityReportOptions o;
    const int version = m_version->currentData().toInt();
    if (version > 0)
        o.rubricVersion = version;
    o.slice = m_slice->currentData().toString();
    o.trendCriterion = m_trendCriterion->currentData().toString();
    return o;
}

bool QualityDashboard::isComputing() const
{
    return m_job->isRunning();
}

void QualityDashboard::refresh()
{
    setComputing(true);
    m_status->setText(tr("Computing agreement, gold accuracy and model comparison…"));
    // A computation still running is cancelled and its figures dropped.
    m_job->start(
        [path = m_projectPath, options = options()](
            JobControl &control) -> Result<std::shared_ptr<const QualityReport>> {
            auto project = Project::open(path);
            if (!project)
                return project.error();
            auto report = QualityReport::build(**project, options, [&control](int done, int total) {
                control.setProgress(done, total);
                return !control.isCancelled();
            });
            if (!report)
                return report.error();
            return std::make_shared<const QualityReport>(std::move(report).value());
        },
        [this](Result<std::shared_ptr<const QualityReport>> report) {
            setComputing(false);
            if (report)
                showReport(std::move(report).value());
            else
                m_status->setText(tr("Not computed: %1").arg(report.error().toString()));
        });
}

void QualityDashboard::setComputing(bool computing)
{
    m_progress->setVisible(computing);
    m_cancel->setVisible(computing);
    m_progress->setRange(0, 0);
    m_refreshAction->setEnabled(!computing);
}

void QualityDashboard::replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void QualityDashboard::updateFilters()
{
    m_updatingFilters = true;
    const int version = m_version->currentData().toInt();
    m_version->clear();
    m_version->addItem(tr("All versions"), 0);
    for (int v : m_report->rubricVersions)
        m_version->addItem(tr("Version %1").arg(v), v);
    m_version->setCurrentIndex(std::max(0, m_version->findData(version)));

    const QString slice = m_slice->currentData().toString();
    m_slice->clear();
    m_slice->addItem(tr("No slices"), QString());
    m_slice->addItem(tr("Model"), modelSlice);
    for (const QString &key : m_report->metaKeys)
        m_slice->addItem(key, key);
    m_slice->setCurrentIndex(std::max(0, m_slice->findData(slice)));

    const QString trend = m_trendCriterion->currentData().toString();
    m_trendCriterion->clear();
    m_trendCriterion->addItem(tr("First rating"), QString());
    QStringList seen;
    for (const AgreementRow &row : m_report->agreement) {
        const bool followable = row.kind == CriterionKind::Rating || row.kind == CriterionKind::Choice
            || row.kind == CriterionKind::Ranking;
        if (followable && !seen.contains(row.criterion)) {
            seen << row.criterion;
            m_trendCriterion->addItem(row.criterion, row.criterion);
        }
    }
    m_trendCriterion->setCurrentIndex(std::max(0, m_trendCriterion->findData(trend)));
    m_updatingFilters = false;
}

void QualityDashboard::showReport(std::shared_ptr<const QualityReport> report)
{
    m_report = std::move(report);
    const QualityReport &r = *m_report;
    setWindowTitle(tr("Quality — %1").arg(r.projectName));
    updateFilters();
    m_exportAction->setEnabled(true);
    QStringList names;
    for (const AnnotatorActivity &a : r.annotators) {
        if (!names.contains(a.annotator))
            names << a.annotator;
    }
    m_status->setText(tr("%1 annotators, %2 submitted annotations. Computed %3.")
                          .arg(names.size())
                          .arg(r.everyone.submitted)
                          .arg(QLocale().toString(r.computedAt.toLocalTime(), QLocale::ShortFormat)));

    // Agreement.
    replaceChart(m_agreementChart, QualityCharts::agreement(r));
    QStringList header{
        tr("Criterion"), tr("Metric"), tr("Level"), tr("Value"), tr("Reading"), tr("Units"), tr("Raters"), tr("Pairs")};
    const bool sliced = !r.options.slice.isEmpty();
    if (sliced)
        header.insert(1, r.options.slice == modelSlice ? tr("Model") : r.options.slice);
    QList<QStringList> rows;
    QList<std::optional<Band>> bands;
    for (const AgreementRow &row : r.agreement) {
        rows << reporttext::agreementRow(row, sliced);
        bands << (row.result.value ? bandOf(row.metric, *row.result.value) : std::nullopt);
    }
    const int valueColumn = sliced ? 4 : 3;
    fill(m_agreementModel, header, rows, {valueColumn, valueColumn + 2, valueColumn + 3, valueColumn + 4});
    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (bands[i]) {
            QStandardItem *item = m_agreementModel->item(int(i), valueColumn + 1);
            item->setBackground(bandColour(*bands[i]));
            item->setForeground(Contrast::textOn(bandColour(*bands[i]))); // light bands, dark themes too
        }
    }
    m_agreementNote->setText(bandSource(Metric::Alpha) + u'\n' + bandSource(Metric::CohenKappa));

    // Gold accuracy.
    replaceChart(m_goldChart, QualityCharts::goldAccuracy(r));
    QStringList goldHeader{tr("Criterion"), tr("Annotator"), tr("Tasks"), tr("Units"), tr("Exact"), tr("Within one"),
        tr("Mean abs. error"), tr("Pairs as gold"), tr("Span F1")};
    if (sliced)
        goldHeader.insert(2, r.options.slice == modelSlice ? tr("Model") : r.options.slice);
    QList<QStringList> gold;
    for (const GoldAccuracyRow &row : r.gold)
        gold << reporttext::goldAccuracyRow(row, sliced);
    const int g = sliced ? 1 : 0;
    fill(m_goldModel, goldHeader, gold, {2 + g, 3 + g, 4 + g, 5 + g, 6 + g, 7 + g, 8 + g});

    // Annotators.
    replaceChart(m_throughputChart, QualityCharts::throughput(r));
    replaceChart(m_timeChart, QualityCharts::timePerTask(r));
    const bool activitySliced = sliced && r.options.slice != modelSlice;
    QList<QStringList> people;
    QList<AnnotatorActivity> everyone = r.annotators;
    everyone << r.everyone;
    for (const AnnotatorActivity &a : everyone)
        people << reporttext::activityRow(a, activitySliced, &a == &everyone.constLast());
    QStringList peopleHeader{tr("Annotator"), tr("Submitted"), tr("Skipped"), tr("Escalated"), tr("Active hours"),
        tr("Per hour"), tr("Median time (s)"), tr("Skip rate [95% CI]"), tr("Escalation rate [95% CI]")};
    if (activitySliced)
        peopleHeader.insert(1, r.options.slice);
    const int a0 = activitySliced ? 1 : 0;
    fill(m_annotatorModel, peopleHeader, people, {1 + a0, 2 + a0, 3 + a0, 4 + a0, 5 + a0, 6 + a0, 7 + a0, 8 + a0});
    if (QStandardItem *last = m_annotatorModel->item(m_annotatorModel->rowCount() - 1)) {
        QFont bold = last->font();
        bold.setBold(true);
        for (int c = 0; c < m_annotatorModel->columnCount(); ++c)
            m_annotatorModel->item(m_annotatorModel->rowCount() - 1, c)->setFont(bold);
    }

    showTrends();

    // Disagreement.
    replaceChart(m_disagreementChart, QualityCharts::disagreement(r));
    m_disagreementNote->setText(r.trendCriterion.isEmpty()
            ? tr("No rating, choice or ranking criterion to show disagreement for.")
            : tr("Pairable %1, on \"%2\". Choose another criterion with Follow.")
                  .arg(r.disagreementMeasure, r.trendCriterion));

    // Models.
    const ModelComparison &m = r.models;
    replaceChart(m_strengthChart, QualityCharts::strengths(r));
    m_modelNote->setText(m.criterion.isEmpty()
            ? tr("The rubric has no ranking criterion: no preferences to compare.")
            : tr("Preferences from \"%1\". Rates with 95% Wilson intervals; Bradley–Terry strengths (ties count half) "
                 "with 95% percentile intervals from %2 bootstrap replicates over tasks (seed %3).")
                  .arg(m.criterion)
                  .arg(m.replicates)
                  .arg(m.seed));
    const bool modelSliced = !m.sliceField.isEmpty();
    QList<QStringList> pairs;
    for (const ModelPairRow &row : m.pairs)
        pairs << reporttext::modelPairRow(row, modelSliced);
    QStringList pairHeader{
        tr("Model A"), tr("Model B"), tr("Judgments"), tr("A preferred"), tr("Tie"), tr("B preferred")};
    if (modelSliced)
        pairHeader.prepend(m.sliceField);
    const int p = modelSliced ? 1 : 0;
    fill(m_pairModel, pairHeader, pairs, {2 + p, 3 + p, 4 + p, 5 + p});
    QList<QStringList> strengths;
    for (const ModelStrengthRow &row : m.strengths)
        strengths << reporttext::modelStrengthRow(row, modelSliced);
    QStringList strengthHeader{tr("Model"), tr("Strength"), tr("95% interval"), tr("Comparisons")};
    if (modelSliced)
        strengthHeader.prepend(m.sliceField);
    fill(m_strengthModel, strengthHeader, strengths, {1 + p, 3 + p});
    QList<QStringList> rates;
    for (const ModelRateRow &row : m.rates)
        rates << reporttext::modelRateRow(row, modelSliced);
    QStringList rateHeader{
        tr("Model"), tr("Criterion"), tr("Label or flag"), tr("Marked"), tr("Judged"), tr("Rate [95% CI]")};
    if (modelSliced)
        rateHeader.prepend(m.sliceField);
    fill(m_rateModel, rateHeader, rates, {3 + p, 4 + p, 5 + p});
    emit reportShown();
}

void QualityDashboard::showTrends()
{
    if (!m_report)
        return;
    const QualityReport &r = *m_report;
    const bool weeks = m_period->currentIndex() == 0;
    const QList<PeriodRow> &periods = weeks ? r.byWeek : r.byBatch;
    replaceChart(
        m_trendChart, QualityCharts::trend(r, periods, weeks ? tr("Quality by week") : tr("Quality by batch")));
    replaceChart(m_volumeChart,
        QualityCharts::volume(periods, weeks ? tr("Work finished by week") : tr("Work finished by batch")));
    m_trendNote->setText(r.trendCriterion.isEmpty()
            ? tr("No rating, choice or ranking criterion to follow.")
            : tr("α and gold accuracy follow \"%1\". A unit counts in the week of its last annotation, and in every "
                 "batch that contributed to it.")
                  .arg(r.trendCriterion));
    QList<QStringList> rows;
    for (const PeriodRow &period : periods)
        rows << reporttext::periodRow(period);
    fill(m_trendModel,
        {weeks ? tr("Week") : tr("Batch"), tr("Submitted"), tr("Skipped"), tr("Escalated"), tr("Median time (s)"),
            tr("α"), tr("Gold exact"), tr("Skip rate [95% CI]"), tr("Escalation rate [95% CI]")},
        rows, {1, 2, 3, 4, 5, 6, 7, 8});
}

Result<void> QualityDashboard::exportReport(const QString &path) const
{
    if (!m_report)
        return makeError(tr("nothing to export yet"));
    const QualityReportDocument document(m_report);
    if (path.endsWith(u".pdf", Qt::CaseInsensitive))
        return document.writePdf(path);
    return document.writeHtml(path);
}

void QualityDashboard::exportDialog()
{
    if (!m_report)
        return;
    QString selected;
    const QString suggested
        = QDir::home().filePath(QStringLiteral("quality-%1.pdf").arg(QualityReport::weekOf(m_report->computedAt)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Quality Report"), suggested, tr("PDF document (*.pdf);;HTML page (*.html)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (!file.endsWith(u".pdf", Qt::CaseInsensitive) && !file.endsWith(u".html", Qt::CaseInsensitive))
        file += selected.contains(u"*.html") ? QStringLiteral(".html") : QStringLiteral(".pdf");
    if (auto written = exportReport(file); !written)
        QMessageBox::warning(this, tr("Cannot export the report"), written.error().toString());
    else
        m_status->setText(tr("Report written to %1").arg(QDir::toNativeSeparators(file)));
}

} // namespace verdict
