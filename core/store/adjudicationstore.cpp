#include "store/adjudicationstore.h"

#include "codecs/jsonfields.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace verdict {

Result<void> AdjudicationStore::set(const Adjudication &d)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO adjudication (task_id, criterion, answer, source, source_annotator, rationale, decided_by, "
        "decided_at, example) SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM task WHERE external_id = ? "
        "ON CONFLICT (task_id, criterion) DO UPDATE SET answer = excluded.answer, source = excluded.source, "
        "source_annotator = excluded.source_annotator, rationale = excluded.rationale, "
        "decided_by = excluded.decided_by, decided_at = excluded.decided_at, example = excluded.example"));
    query.addBindValue(Database::text(d.criterion)); // empty: a resolved escalation
    query.addBindValue(fromStd(d.answer.dump()));
    query.addBindValue(decisionSourceName(d.source));
    query.addBindValue(
        d.sourceAnnotator.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(d.sourceAnnotator));
    query.addBindValue(Database::text(d.rationale));
    query.addBindValue(Database::text(d.decidedBy));
    query.addBindValue(isoTime(d.decidedAt.isValid() ? d.decidedAt : nowUtc()));
    query.addBindValue(d.example ? 1 : 0);
    query.addBindValue(d.taskId);
    if (auto done = m_db.run(query); !done)
        return done;
    if (query.numRowsAffected() < 1)
        return makeError(tr("no task with id %1").arg(d.taskId));
    AuditLog audit(m_db);
    const nlohmann::json detail{{"task", toStd(d.taskId)}, {"criterion", toStd(d.criterion)},
        {"source", toStd(decisionSourceName(d.source))}, {"annotator", toStd(d.sourceAnnotator)}};
    if (auto done = audit.append(d.decidedBy, QStringLiteral("adjudicate"), detail); !done)
        return done;
    return transaction.commit();
}

Result<void> AdjudicationStore::remove(const QString &taskId, const QString &criterion)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "DELETE FROM adjudication WHERE criterion = ? AND task_id = (SELECT id FROM task WHERE external_id = ?)"));
    query.addBindValue(Database::text(criterion));
    query.addBindValue(taskId);
    return m_db.run(query);
}

Result<QList<Adjudication>> AdjudicationStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = m_db.prepare(
        u"SELECT t.external_id, a.criterion, a.answer, a.source, a.source_annotator, a.rationale, a.decided_by, "
        u"a.decided_at, a.example FROM adjudication a JOIN task t ON t.id = a.task_id "
        + where + u" ORDER BY t.external_id, a.criterion");
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<Adjudication> list;
    while (query.next()) {
        Adjudication d;
        d.taskId = query.value(0).toString();
        d.criterion = query.value(1).toString();
        d.answer = nlohmann::json::parse(toStd(query.value(2).toString()), nullptr, false);
        if (d.answer.is_discarded())
            return makeError(tr("the decision on %1 / %2 is damaged in the project file").arg(d.taskId, d.criterion));
        d.source = decisionSourceFromName(query.value(3).toString()).value_or(DecisionSource::Lead);
        d.sourceAnnotator = query.value(4).toString();
        d.rationale = query.value(5).toString();
        d.decidedBy = query.value(6).toString();
        d.decidedAt = parseIsoTime(query.value(7).toString());
        d.example = query.value(8).toInt() != 0;
        list << d;
    }
    return list;
}

Result<std::optional<Adjudication>> AdjudicationStore::get(const QString &taskId, const QString &criterion) const
{
    auto list
        = select(QStringLiteral("WHERE t.external_id = ? AND a.criterion = ?"), {taskId, Database::text(criterion)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Adjudication>();
    return std::optional<Adjudication>(list->constFirst());
}

Result<QList<Adjudication>> AdjudicationStore::forTask(const QString &taskId) const
{
    return select(QStringLiteral("WHERE t.external_id = ?"), {taskId});
}

Result<QList<Adjudication>> AdjudicationStore::all() const
{
    return select({}, {});
}

} // namespace verdict
