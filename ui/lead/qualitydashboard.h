#pragma once

#include "metrics/qualityreport.h"
#include "util/result.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QAction;
class QMenu;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace verdict {

class BackgroundJob;

// The lead's view of quality: agreement per criterion with interpretation
// bands, gold accuracy per annotator, throughput and time per task, skip and
// escalation rates, the distribution of disagreement, trends by week and by
// batch, and model comparison; filtered by rubric version and sliced by task
// metadata or model. Figures are computed on a worker thread; the dashboard
// can be exported as an HTML or PDF report.
class QualityDashboard final : public QMainWindow
{
    Q_OBJECT

public:
    explicit QualityDashboard(const QString &projectPath, QWidget *parent = nullptr);
    ~QualityDashboard() override;

    // Adds to `menu` an action that opens a dashboard on the project
    // `projectPath()` names (empty: none open).
    static QAction *addAction(QMenu *menu, std::function<QString()> projectPath, QWidget *parent);

    // Computes the figures again with the current filters.
    void refresh();
    bool isComputing() const;
    const QualityReport *report() const { return m_report.get(); }

    // Writes the report: PDF when the name ends in .pdf, HTML otherwise.
    Result<void> exportReport(const QString &path) const;

    QStandardItemModel *agreementModel() const { return m_agreementModel; }
    QStandardItemModel *goldModel() const { return m_goldModel; }
    QStandardItemModel *annotatorModel() const { return m_annotatorModel; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // A new report is on screen.
    void reportShown();

private:
    void buildUi();
    QualityReportOptions options() const;
    void showReport(std::shared_ptr<const QualityReport> report);
    void showTrends();
    void updateFilters();
    void setComputing(bool computing);
    void exportDialog();
    static void replaceChart(QChartView *view, QChart *chart);

    QString m_projectPath;
    std::shared_ptr<const QualityReport> m_report;
    BackgroundJob *m_job = nullptr;
    bool m_updatingFilters = false;

    QComboBox *m_version = nullptr;
    QComboBox *m_slice = nullptr;
    QComboBox *m_trendCriterion = nullptr;
    QComboBox *m_period = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;

    QChartView *m_agreementChart = nullptr;
    QChartView *m_goldChart = nullptr;
    QChartView *m_throughputChart = nullptr;
    QChartView *m_timeChart = nullptr;
    QChartView *m_trendChart = nullptr;
    QChartView *m_volumeChart = nullptr;
    QChartView *m_disagreementChart = nullptr;
    QChartView *m_strengthChart = nullptr;
    QLabel *m_agreementNote = nullptr;
    QLabel *m_trendNote = nullptr;
    QLabel *m_disagreementNote = nullptr;
    QLabel *m_modelNote = nullptr;

    QStandardItemModel *m_agreementModel = nullptr;
    QStandardItemModel *m_goldModel = nullptr;
    QStandardItemModel *m_annotatorModel = nullptr;
    QStandardItemModel *m_trendModel = nullptr;
    QStandardItemModel *m_pairModel = nullptr;
    QStandardItemModel *m_strengthModel = nullptr;
    QStandardItemModel *m_rateModel = nullptr;
};

} // namespace verdict
