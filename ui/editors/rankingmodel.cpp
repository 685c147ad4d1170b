#include "editors/rankingmodel.h"

#include "editors/criterioneditor.h"
#include "workbench/annotationsession.h"

#include <QMimeData>

namespace verdict {

RankingModel::RankingModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString RankingModel::mimeType()
{
    return QStringLiteral("application/x-verdict-response-id");
}

void RankingModel::setSession(AnnotationSession *session, const QString &criterion)
{
    beginResetModel();
    m_session = session;
    m_criterion = criterion;
    m_rows = session ? rowsFor(session->ranking(criterion)) : QList<Row>();
    endResetModel();
}

QList<RankingModel::Row> RankingModel::rowsFor(const Ranking &ranking) const
{
    QList<Row> rows;
    QStringList seen;
    for (qsizetype g = 0; g < ranking.size(); ++g) {
        for (const QString &id : ranking[g]) {
            if (!m_session->task().response(id) || seen.contains(id))
                continue;
            rows << Row{id, int(g + 1), ranking[g].size() > 1};
            seen << id;
        }
    }
    for (const Response &r : m_session->task().responses) {
        if (!seen.contains(r.id))
            rows << Row{r.id, 0, false};
    }
    return rows;
}

void RankingModel::refresh()
{
    if (!m_session)
        return;
    const QList<Row> next = rowsFor(m_session->ranking(m_criterion));
    QStringList before;
    QStringList after;
    for (const Row &r : m_rows)
        before << r.id;
    for (const Row &r : next)
        after << r.id;
    if (before.size() != after.size()) {
        beginResetModel();
        m_rows = next;
        endResetModel();
        return;
    }
    if (before == after) {
        m_rows = next;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    for (const QModelIndex &old : persistent)
        moved << index(int(after.indexOf(before.value(old.row()))), old.column());
    changePersistentIndexList(persistent, moved);
    m_rows = next;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString RankingModel::letter(const QString &id) const
{
    return CriterionEditor::letterOf(m_session, id);
}

QString RankingModel::summary() const
{
    QString text;
    int lastPlace = 0;
    for (const Row &r : m_rows) {
        if (r.place == 0)
            break;
        if (!text.isEmpty())
            text += r.place == lastPlace ? QStringLiteral(" = ") : QStringLiteral("  >  ");
        text += letter(r.id);
        lastPlace = r.place;
    }
    return text;
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (row.place == 0)
            return tr("–    Response %1  (not ranked)").arg(letter(row.id));
        return (row.tied ? tr("%1=  Response %2") : tr("%1    Response %2")).arg(row.place).arg(letter(row.id));
    case Qt::AccessibleTextRole:
        return row.place == 0 ? tr("Response %1, not ranked").arg(letter(row.id))
                              : tr("Response %1, place %2").arg(letter(row.id)).arg(row.place);
    case ResponseIdRole:
        return row.id;
    case PlaceRole:
        return row.place;
    case LetterRole:
        return letter(row.id);
    }
    return {};
}

Qt::ItemFlags RankingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

Qt::DropActions RankingModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RankingModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RankingModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), m_rows[indexes.first().row()].id.toUtf8());
    return data;
}

bool RankingModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return m_session && data && data->hasFormat(mimeType());
}

bool RankingModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(mimeType()));
    if (!m_session->task().response(id))
        return false;
    Ranking order = m_session->ranking(m_criterion);
    for (QStringList &group : order)
        group.removeAll(id);
    if (parent.isValid()) {
        // Dropped on a response: tie with it (rank both when it was unranked).
        const Row &target = m_rows[parent.row()];
        if (target.id == id)
            return false;
        bool placed = false;
        for (QStringList &group : order) {
            if (group.contains(target.id)) {
                group << id;
                placed = true;
            }
        }
        if (!placed)
            order << QStringList{target.id, id};
    } else {
        // Dropped between rows: its own place after the ranked rows above the gap.
        const int gap = row < 0 ? int(m_rows.size()) : row;
        QString above;
        for (int r = gap - 1; r >= 0; --r) {
            if (m_rows[r].id != id && m_rows[r].place > 0) {
                above = m_rows[r].id;
                break;
            }
        }
        order.removeIf([](const QStringList &group) { return group.isEmpty(); });
        qsizetype insertAt = 0;
        for (qsizetype g = 0; g < order.size(); ++g) {
            if (order[g].contains(above))
                insertAt = g + 1;
        }
        order.insert(insertAt, QStringList{id});
    }
    m_session->setRanking(m_criterion, order);
    return true;
}

} // namespace verdict
