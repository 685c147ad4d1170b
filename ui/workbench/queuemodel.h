#pragma once

#include "store/taskstore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace verdict {

class Project;

// The task queue for one annotator. It holds only the row ids of the tasks
// the filter lets through and fetches what rows show from the store in
// windows, so a million tasks cost megabytes, not gigabytes.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, IdColumn, PromptColumn, ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, TaskIdRole, StatusRole };

    explicit QueueModel(QObject *parent = nullptr);

    // The project is not owned and must outlive its use here.
    void setProject(Project *project, const QString &annotator);
    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    // Rereads which tasks match, for after an import or a status change.
    void reload();
    // Rereads the rows of one task (its status changed).
    void refreshTask(qint64 rowId);
    // Rereads what every row shows, keeping the rows (statuses changed).
    void refreshAll();

    qint64 rowIdAt(int row) const;
    // The row showing the task, or -1 when the filter hides it.
    int rowOf(qint64 rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(QueueStatus status);

private:
    static constexpr int PageSize = 256;
    const TaskSummary *summaryAt(int row) const;

    Project *m_project = nullptr;
    QString m_annotator;
    TaskFilter m_filter;
    QList<qint64> m_rowIds;
    QHash<qint64, int> m_rowOf; // row id -> row, kept only when m_rowIds is not in ascending order
    mutable QCache<int, QList<TaskSummary>> m_pages{32};
};

} // namespace verdict
