#pragma once

#include "domain/answers.h"

#include <QAbstractListModel>
#include <QPointer>

namespace verdict {

class AnnotationSession;

// The responses of a task in the order of one ranking criterion: ranked
// ones best first (ties share a place), then the unranked. Dropping a
// response on another ties them; dropping it between two puts it there.
// Changes go to the session as commands; the rows follow the session.
class RankingModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ResponseIdRole = Qt::UserRole + 1, PlaceRole, LetterRole };

    explicit RankingModel(QObject *parent = nullptr);

    // The session is not owned; null empties the model.
    void setSession(AnnotationSession *session, const QString &criterion);
    // Rereads the order from the session, moving rows (not resetting them).
    void refresh();
    // "B > A = C", the order in one line.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    static QString mimeType();

private:
    struct Row
    {
        QString id;
        int place = 0; // 1-based; 0 when unranked
        bool tied = false;
    };
    QList<Row> rowsFor(const Ranking &ranking) const;
    QString letter(const QString &id) const;

    QPointer<AnnotationSession> m_session;
    QString m_criterion;
    QList<Row> m_rows;
};

} // namespace verdict
