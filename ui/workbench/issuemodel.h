#pragma once

#include "util/result.h"

#include <QAbstractTableModel>

namespace verdict {

// A problem found while importing or exporting, as the Issues panel lists it.
struct Issue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    Error error; // file, line, column, field and message
};

// The problems of the last import or export: severity, file, line, column, message.
class IssueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, FileColumn, LineColumn, ColumnColumn, MessageColumn, ColumnCount };

    explicit IssueModel(QObject *parent = nullptr);

    void setIssues(const QList<Issue> &issues);
    void clear();
    const Issue *issueAt(int row) const;
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Issue> m_issues;
};

} // namespace verdict
