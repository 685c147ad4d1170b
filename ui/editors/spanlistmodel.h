#pragma once

#include "domain/answers.h"

#include <QAbstractListModel>
#include <QPointer>

namespace verdict {

class AnnotationSession;

// The spans tagged for one spans criterion across a task's responses, in
// response order then reading order: "A · Wrong fact · “reunification in
// 1991”". Rows are inserted and removed as the session changes.
class SpanListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ResponseIdRole = Qt::UserRole + 1, StartRole, EndRole, LabelRole };

    struct Entry
    {
        QString responseId;
        Span span;
        bool operator==(const Entry &) const = default;
    };

    explicit SpanListModel(QObject *parent = nullptr);

    void setSession(AnnotationSession *session, const QString &criterion);
    void refresh();
    Entry entry(int row) const { return m_entries.value(row); }
    int rowOf(const QString &responseId, const Span &span) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> entries() const;

    QPointer<AnnotationSession> m_session;
    QString m_criterion;
    QList<Entry> m_entries;
};

} // namespace verdict
