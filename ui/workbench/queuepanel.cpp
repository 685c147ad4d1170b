#include "workbench/queuepanel.h"

#include "workbench/queuemodel.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace verdict {

QueuePanel::QueuePanel(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show tasks that are"));
    m_statusFilter->setAccessibleDescription(tr("Shows only the tasks with this status"));
    m_statusFilter->addItem(tr("All"), -1);
    for (QueueStatus s :
        {QueueStatus::New, QueueStatus::Draft, QueueStatus::Submitted, QueueStatus::Skipped, QueueStatus::Escalated})
        m_statusFilter->addItem(QueueModel::statusText(s), int(s));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    m_filter->setPlaceholderText(tr("Filter by id or prompt"));
    m_filter->setAccessibleName(tr("Queue filter"));
    m_filter->setAccessibleDescription(tr("Shows only the tasks whose id or prompt holds this text (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_filter, 1);
    layout->addLayout(filters);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queue"));
    m_view->setAccessibleName(tr("Task queue"));
    m_view->setAccessibleDescription(
        tr("Every task with your status; the arrow keys move and the selected task opens"));
    m_view->setModel(workbench.queue());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab goes on to the task, arrows move in the queue
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(
        QueueModel::StatusColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("Escalated")) + 16);
    m_view->setColumnWidth(
        QueueModel::IdColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("demo-000-xx")) + 16);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("queueCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_workbench.selectRow(current.row()); });
    connect(m_filter, &QLineEdit::textChanged, this, &QueuePanel::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &QueuePanel::applyFilter);
    connect(&workbench, &Workbench::currentRowChanged, this, &QueuePanel::selectRow);
    connect(&workbench, &Workbench::countsChanged, this, &QueuePanel::showCounts);
}

void QueuePanel::applyFilter()
{
    TaskFilter filter = m_workbench.queue()->filter();
    filter.text = m_filter->text().trimmed();
    const int status = m_statusFilter->currentData().toInt();
    filter.status = status < 0 ? std::nullopt : std::optional<QueueStatus>(QueueStatus(status));
    m_workbench.setFilter(filter);
}

void QueuePanel::selectRow(int row)
{
    const QModelIndex index = m_workbench.queue()->index(row, QueueModel::IdColumn);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void QueuePanel::showCounts()
{
    const Workbench::Counts &counts = m_workbench.counts();
    const qint64 total = m_workbench.totalTasks();
    QString text = tr("%1 of %2 shown · %3 done · %4 drafts")
                       .arg(m_workbench.queue()->rowCount())
                       .arg(total)
                       .arg(counts.done)
                       .arg(counts.drafts);
    if (counts.skipped)
        text += tr(" · %1 skipped").arg(counts.skipped);
    if (counts.escalated)
        text += tr(" · %1 escalated").arg(counts.escalated);
    m_counts->setText(text);
}

} // namespace verdict
