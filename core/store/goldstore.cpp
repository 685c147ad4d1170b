#include "store/goldstore.h"

#include "codecs/jsonfields.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/goldtable.h"
#include "store/tasktable.h"

#include <QCoreApplication>

namespace verdict {

Result<void> GoldStore::set(const GoldAnswer &gold)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto rowId = TaskTable(m_db).rowId(gold.taskId);
    if (!rowId)
        return rowId.error();
    if (!rowId.value())
        return makeError(tr("no task with id %1").arg(gold.taskId));
    if (auto done = GoldTable(m_db).put(gold, *rowId.value()); !done)
        return done;
    AuditLog audit(m_db);
    if (auto done = audit.append(gold.author, QStringLiteral("gold"), {{"task", toStd(gold.taskId)}}); !done)
        return done;
    return transaction.commit();
}

Result<void> GoldStore::remove(const QString &taskId)
{
    return GoldTable(m_db).remove(taskId);
}

Result<QList<GoldAnswer>> GoldStore::list(Statement &query) const
{
    if (auto done = query.exec(); !done)
        return done.error();
    QList<GoldAnswer> list;
    while (query.next()) {
        auto gold = GoldTable::read(query);
        if (!gold)
            return gold.error();
        list << std::move(gold).value();
    }
    if (auto done = query.status(); !done)
        return done.error();
    return list;
}

Result<std::optional<GoldAnswer>> GoldStore::get(const QString &taskId) const
{
    Statement query = m_db.prepare(GoldTable::select() + u"WHERE t.external_id = ?");
    query.add(taskId);
    auto found = list(query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<GoldAnswer>();
    return std::optional<GoldAnswer>(std::move(found->first()));
}

Result<QList<GoldAnswer>> GoldStore::all() const
{
    Statement query = m_db.prepare(GoldTable::select() + u"ORDER BY t.external_id");
    return list(query);
}

Result<qint64> GoldStore::count() const
{
    Statement query = m_db.prepare(QStringLiteral("SELECT count(*) FROM gold"));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return query.integer(0);
}

Result<QStringList> GoldStore::taskIds() const
{
    Statement query = m_db.prepare(
        QStringLiteral("SELECT t.external_id FROM gold g JOIN task t ON t.id = g.task_id ORDER BY t.external_id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QStringList ids;
    while (query.next())
        ids << query.string(0);
    return ids;
}

Result<QList<RubricVersion>> GoldStore::rubricVersions() const
{
    Statement query = m_db.prepare(
        QStringLiteral("SELECT DISTINCT rubric_id, rubric_version FROM gold ORDER BY rubric_id, rubric_version"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RubricVersion> list;
    while (query.next())
        list << RubricVersion{query.string(0), int(query.integer(1))};
    return list;
}

} // namespace verdict
