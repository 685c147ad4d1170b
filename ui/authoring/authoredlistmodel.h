#pragma once

#include "store/authoringstore.h"

#include <QAbstractTableModel>

namespace verdict {

// Authored tasks as rows: id, kind, author, revision, review status and prompt.
class AuthoredListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Kind, Author, Revision, Status, Prompt, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AuthoredListModel(QObject *parent = nullptr);

    void setSummaries(const QList<AuthoredSummary> &summaries);
    const QList<AuthoredSummary> &summaries() const { return m_rows; }
    // The row of task `id`, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuthoredSummary> m_rows;
};

} // namespace verdict
