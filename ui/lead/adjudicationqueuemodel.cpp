#include "lead/adjudicationqueuemodel.h"

#include <QFont>

namespace verdict {

AdjudicationQueueModel::AdjudicationQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AdjudicationQueueModel::setEntries(QList<QueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const QueueEntry *AdjudicationQueueModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AdjudicationQueueModel::rowOf(const QString &taskId, const QString &criterion) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].taskId == taskId && m_entries[i].criterion == criterion)
            return int(i);
    }
    return -1;
}

void AdjudicationQueueModel::setDecided(const QString &taskId, const QString &criterion, bool decided)
{
    const int row = rowOf(taskId, criterion);
    if (row < 0 || m_entries[row].decided == decided)
        return;
    m_entries[row].decided = decided;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AdjudicationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AdjudicationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdjudicationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry &e = m_entries[index.row()];
    const QString state = e.decided ? tr("Decided") : (e.escalated ? tr("Escalated") : tr("Open"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TaskColumn:
            return e.taskId;
        case CriterionColumn:
            return e.criterion.isEmpty() ? tr("(whole task)") : e.criterionTitle;
        case DisagreementColumn:
            return e.criterion.isEmpty() ? QString() : QStringLiteral("%1%").arg(qRound(e.disagreement * 100));
        case AnnotatorsColumn:
            return e.annotators;
        case StateColumn:
            return state;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DisagreementColumn || index.column() == AnnotatorsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (e.escalated && !e.decided) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::AccessibleTextRole:
        return tr("Task %1, %2, disagreement %3%, %4")
            .arg(e.taskId, e.criterion.isEmpty() ? tr("whole task") : e.criterionTitle)
            .arg(qRound(e.disagreement * 100))
            .arg(state);
    }
    return {};
}

QVariant AdjudicationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case CriterionColumn:
        return tr("Criterion");
    case DisagreementColumn:
        return tr("Disagreement");
    case AnnotatorsColumn:
        return tr("People");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace verdict
