#include "workbench/issuemodel.h"

#include <QFileInfo>

namespace verdict {

IssueModel::IssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IssueModel::setIssues(const QList<Issue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

void IssueModel::clear()
{
    setIssues({});
}

const Issue *IssueModel::issueAt(int row) const
{
    return row >= 0 && row < m_issues.size() ? &m_issues.at(row) : nullptr;
}

int IssueModel::errorCount() const
{
    return int(std::count_if(
        m_issues.cbegin(), m_issues.cend(), [](const Issue &i) { return i.severity == Issue::Severity::Error; }));
}

int IssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    const Issue *issue = index.isValid() ? issueAt(index.row()) : nullptr;
    if (!issue)
        return {};
    const Error &e = issue->error;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return issue->severity == Issue::Severity::Error ? tr("Error") : tr("Warning");
        case FileColumn:
            return QFileInfo(e.file).fileName();
        case LineColumn:
            return e.line > 0 ? QVariant(e.line) : QVariant();
        case ColumnColumn:
            return e.column > 0 ? QVariant(e.column) : QVariant();
        case MessageColumn:
            return e.field.isEmpty() ? e.message : e.field + u": " + e.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return e.toString();
    if (role == Qt::TextAlignmentRole && (index.column() == LineColumn || index.column() == ColumnColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace verdict
