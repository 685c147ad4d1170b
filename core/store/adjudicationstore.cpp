#include "store/adjudicationstore.h"

#include "codecs/jsonfields.h"
#include "store/adjudicationtable.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/tasktable.h"

#include <QCoreApplication>

namespace verdict {

Result<void> AdjudicationStore::set(const Adjudication &d)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto rowId = TaskTable(m_db).rowId(d.taskId);
    if (!rowId)
        return rowId.error();
    if (!rowId.value())
        return makeError(tr("no task with id %1").arg(d.taskId));
    if (auto done = AdjudicationTable(m_db).put(d, *rowId.value()); !done)
        return done;
    AuditLog audit(m_db);
    const nlohmann::json detail{{"task", toStd(d.taskId)}, {"criterion", toStd(d.criterion)},
        {"source", toStd(decisionSourceName(d.source))}, {"annotator", toStd(d.sourceAnnotator)}};
    if (auto done = audit.append(d.decidedBy, QStringLiteral("adjudicate"), detail); !done)
        return done;
    return transaction.commit();
}

Result<void> AdjudicationStore::remove(const QString &taskId, const QString &criterion)
{
    return AdjudicationTable(m_db).remove(taskId, criterion);
}

Result<QList<Adjudication>> AdjudicationStore::list(Statement &query) const
{
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Adjudication> list;
    while (query.next()) {
        auto decision = AdjudicationTable::read(query);
        if (!decision)
            return decision.error();
        list << std::move(decision).value();
    }
    if (auto done = query.status(); !done)
        return done.error();
    return list;
}

Result<std::optional<Adjudication>> AdjudicationStore::get(const QString &taskId, const QString &criterion) const
{
    Statement query = m_db.prepare(AdjudicationTable::select()
        + u"WHERE t.external_id = ? AND d.criterion = ? ORDER BY t.external_id, d.criterion");
    query.add(taskId).addText(criterion);
    auto found = list(query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Adjudication>();
    return std::optional<Adjudication>(found->constFirst());
}

Result<QList<Adjudication>> AdjudicationStore::forTask(const QString &taskId) const
{
    Statement query
        = m_db.prepare(AdjudicationTable::select() + u"WHERE t.external_id = ? ORDER BY t.external_id, d.criterion");
    query.add(taskId);
    return list(query);
}

Result<QList<Adjudication>> AdjudicationStore::all() const
{
    Statement query = m_db.prepare(AdjudicationTable::select() + u"ORDER BY t.external_id, d.criterion");
    return list(query);
}

Result<qint64> AdjudicationStore::count() const
{
    Statement query = m_db.prepare(QStringLiteral("SELECT count(*) FROM adjudication"));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return query.integer(0);
}

} // namespace verdict
