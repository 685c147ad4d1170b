#include "authoring/authoredlistmodel.h"

#include <QBrush>
#include <QColor>

namespace verdict {

AuthoredListModel::AuthoredListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuthoredListModel::setSummaries(const QList<AuthoredSummary> &summaries)
{
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

int AuthoredListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

int AuthoredListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthoredListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthoredListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuthoredSummary &s = m_rows[index.row()];
    if (role == IdRole)
        return s.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Id:
            return s.id;
        case Kind:
            return s.kind == AuthoredKind::Sft ? tr("SFT") : tr("Red team");
        case Author:
            return s.author;
        case Revision:
            return s.revision;
        case Status:
            return s.missingFields > 0
                ? tr("%1, %n field(s) missing", nullptr, s.missingFields).arg(authoredStatusName(s.status))
                : authoredStatusName(s.status);
        case Prompt:
            return s.prompt;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (s.status == AuthoredStatus::Accepted)
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        if (s.status == AuthoredStatus::NeedsChanges)
            return QBrush(QColor(0x9a, 0x34, 0x12));
    }
    if (role == Qt::ToolTipRole && index.column() == Prompt)
        return s.prompt;
    return {};
}

QVariant AuthoredListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Task");
    case Kind:
        return tr("Kind");
    case Author:
        return tr("Author");
    case Revision:
        return tr("Rev.");
    case Status:
        return tr("Review");
    case Prompt:
        return tr("Prompt");
    }
    return {};
}

} // namespace verdict
