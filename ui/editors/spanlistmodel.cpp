#include "editors/spanlistmodel.h"

#include "editors/criterioneditor.h"
#include "util/textoffsets.h"
#include "workbench/annotationsession.h"

namespace verdict {

SpanListModel::SpanListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SpanListModel::setSession(AnnotationSession *session, const QString &criterion)
{
    beginResetModel();
    m_session = session;
    m_criterion = criterion;
    m_entries = entries();
    endResetModel();
}

QList<SpanListModel::Entry> SpanListModel::entries() const
{
    QList<Entry> list;
    if (!m_session)
        return list;
    for (const Response &r : m_session->task().responses) {
        for (const Span &span : m_session->spans(m_criterion, r.id))
            list << Entry{r.id, span};
    }
    return list;
}

void SpanListModel::refresh()
{
    const QList<Entry> next = entries();
    // Remove what is gone, from the end so rows keep their numbers.
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        if (!next.contains(m_entries[row])) {
            beginRemoveRows({}, int(row), int(row));
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    // Insert what is new where it belongs; what stayed keeps its relative order.
    for (qsizetype row = 0; row < next.size(); ++row) {
        if (row < m_entries.size() && m_entries[row] == next[row])
            continue;
        beginInsertRows({}, int(row), int(row));
        m_entries.insert(row, next[row]);
        endInsertRows();
    }
}

int SpanListModel::rowOf(const QString &responseId, const Span &span) const
{
    return int(m_entries.indexOf(Entry{responseId, span}));
}

int SpanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SpanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const Response *response = m_session->task().response(e.responseId);
        const Criterion *c = m_session->rubric().criterion(m_criterion);
        const Option *label = c ? c->label(e.span.label) : nullptr;
        QString excerpt;
        if (response) {
            const qsizetype from = text::utf16FromCodePoint(response->content, e.span.start);
            const qsizetype to = text::utf16FromCodePoint(response->content, e.span.end);
            if (from >= 0 && to > from)
                excerpt = response->content.mid(from, to - from).simplified();
        }
        if (role == Qt::DisplayRole && excerpt.size() > 48)
            excerpt = excerpt.left(46) + u'…';
        return tr("%1 · %2 · “%3”")
            .arg(CriterionEditor::letterOf(m_session, e.responseId), label ? label->name : e.span.label, excerpt);
    }
    case Qt::DecorationRole: {
        const Criterion *c = m_session->rubric().criterion(m_criterion);
        const Option *label = c ? c->label(e.span.label) : nullptr;
        return label ? QColor::fromString(label->color) : QVariant();
    }
    case ResponseIdRole:
        return e.responseId;
    case StartRole:
        return e.span.start;
    case EndRole:
        return e.span.end;
    case LabelRole:
        return e.span.label;
    }
    return {};
}

} // namespace verdict
