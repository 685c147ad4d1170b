#pragma once

#include "workflow/adjudicationqueue.h"

#include <QAbstractTableModel>

namespace verdict {

// The lead's queue of things to decide, as built by buildAdjudicationQueue().
class AdjudicationQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TaskColumn, CriterionColumn, DisagreementColumn, AnnotatorsColumn, StateColumn, ColumnCount };

    explicit AdjudicationQueueModel(QObject *parent = nullptr);

    void setEntries(QList<QueueEntry> entries);
    const QList<QueueEntry> &entries() const { return m_entries; }
    const QueueEntry *entryAt(int row) const;
    // Marks the entry of a task and criterion decided or not, in place.
    void setDecided(const QString &taskId, const QString &criterion, bool decided);
    int rowOf(const QString &taskId, const QString &criterion) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QueueEntry> m_entries;
};

} // namespace verdict
