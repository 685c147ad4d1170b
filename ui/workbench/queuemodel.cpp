#include "workbench/queuemodel.h"

#include "store/project.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace verdict {

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QueueModel::setProject(Project *project, const QString &annotator)
{
    m_project = project;
    m_annotator = annotator;
    m_filter.annotator = annotator;
    reload();
}

void QueueModel::setFilter(const TaskFilter &filter)
{
    m_filter = filter;
    m_filter.annotator = m_annotator;
    reload();
}

void QueueModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_rowIds.clear();
    m_rowOf.clear();
    if (m_project) {
        auto ids = m_project->tasks().rowIds(m_filter);
        if (ids)
            m_rowIds = std::move(ids).value();
        else
            qWarning("%s", qUtf8Printable(ids.error().toString()));
    }
    if (!std::is_sorted(m_rowIds.cbegin(), m_rowIds.cend())) {
        m_rowOf.reserve(m_rowIds.size());
        for (qsizetype row = 0; row < m_rowIds.size(); ++row)
            m_rowOf.insert(m_rowIds[row], int(row));
    }
    endResetModel();
}

void QueueModel::refreshTask(qint64 rowId)
{
    const int row = rowOf(rowId);
    if (row < 0)
        return;
    m_pages.remove(row / PageSize);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QueueModel::refreshAll()
{
    m_pages.clear();
    if (!m_rowIds.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rowIds.size()) - 1, ColumnCount - 1));
}

qint64 QueueModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_rowIds.size() ? m_rowIds[row] : 0;
}

int QueueModel::rowOf(qint64 rowId) const
{
    // Usually the queue is in row id order; where an assignment arranged it, a table finds the row.
    if (!m_rowOf.isEmpty())
        return m_rowOf.value(rowId, -1);
    const auto it = std::lower_bound(m_rowIds.cbegin(), m_rowIds.cend(), rowId);
    return it != m_rowIds.cend() && *it == rowId ? int(it - m_rowIds.cbegin()) : -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowIds.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TaskSummary *QueueModel::summaryAt(int row) const
{
    const int page = row / PageSize;
    QList<TaskSummary> *summaries = m_pages.object(page);
    if (!summaries) {
        const qsizetype first = qsizetype(page) * PageSize;
        const QList<qint64> ids = m_rowIds.mid(first, PageSize);
        auto fetched = m_project->tasks().summaries(ids, m_annotator);
        if (!fetched) {
            qWarning("%s", qUtf8Printable(fetched.error().toString()));
            return nullptr;
        }
        summaries = new QList<TaskSummary>(std::move(fetched).value());
        m_pages.insert(page, summaries);
    }
    const qsizetype offset = row - qsizetype(page) * PageSize;
    return offset < summaries->size() ? &summaries->at(offset) : nullptr;
}

QString QueueModel::statusText(QueueStatus status)
{
    switch (status) {
    case QueueStatus::New:
        return tr("New");
    case QueueStatus::Draft:
        return tr("Draft");
    case QueueStatus::Submitted:
        return tr("Done");
    case QueueStatus::Skipped:
        return tr("Skipped");
    case QueueStatus::Escalated:
        return tr("Escalated");
    }
    return {};
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_project)
        return {};
    if (role == RowIdRole)
        return m_rowIds[index.row()];
    const TaskSummary *summary = summaryAt(index.row());
    if (!summary)
        return {};
    switch (role) {
    case TaskIdRole:
        return summary->id;
    case StatusRole:
        return int(summary->status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(summary->status);
        case IdColumn:
            return summary->id;
        case PromptColumn:
            return summary->preview;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PromptColumn)
            return summary->preview;
        return tr("%1: %2, %n response(s)", nullptr, summary->responseCount)
            .arg(summary->id, statusText(summary->status));
    case Qt::AccessibleTextRole:
        return tr("Task %1, %2: %3").arg(summary->id, statusText(summary->status), summary->preview);
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Task");
    case PromptColumn:
        return tr("Prompt");
    }
    return {};
}

} // namespace verdict
