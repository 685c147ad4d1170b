#include "store/goldstore.h"

#include "codecs/jsonfields.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace verdict {

namespace {

const QString selectGold = QStringLiteral(
    "SELECT t.external_id, g.rubric_id, g.rubric_version, g.answers, g.rationale, g.author, g.created_at "
    "FROM gold g JOIN task t ON t.id = g.task_id ");

Result<GoldAnswer> goldFromRow(const QSqlQuery &q)
{
    GoldAnswer g;
    g.taskId = q.value(0).toString();
    g.rubricId = q.value(1).toString();
    g.rubricVersion = q.value(2).toInt();
    g.answers = nlohmann::json::parse(toStd(q.value(3).toString()), nullptr, false);
    if (g.answers.is_discarded())
        return makeError(
            QCoreApplication::translate("verdict::GoldStore", "the gold answer of %1 is damaged in the project file")
                .arg(g.taskId));
    g.rationale = q.value(4).toString();
    g.author = q.value(5).toString();
    g.createdAt = parseIsoTime(q.value(6).toString());
    return g;
}

} // namespace

Result<void> GoldStore::set(const GoldAnswer &gold)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO gold (task_id, rubric_id, rubric_version, answers, rationale, author, created_at) "
        "SELECT id, ?, ?, ?, ?, ?, ? FROM task WHERE external_id = ? "
        "ON CONFLICT (task_id) DO UPDATE SET rubric_id = excluded.rubric_id, "
        "rubric_version = excluded.rubric_version, answers = excluded.answers, rationale = excluded.rationale, "
        "author = excluded.author, created_at = excluded.created_at"));
    query.addBindValue(Database::text(gold.rubricId));
    query.addBindValue(gold.rubricVersion);
    query.addBindValue(fromStd(gold.answers.dump()));
    query.addBindValue(Database::text(gold.rationale));
    query.addBindValue(Database::text(gold.author));
    query.addBindValue(isoTime(gold.createdAt.isValid() ? gold.createdAt : nowUtc()));
    query.addBindValue(gold.taskId);
    if (auto done = m_db.run(query); !done)
        return done;
    if (query.numRowsAffected() < 1)
        return makeError(tr("no task with id %1").arg(gold.taskId));
    AuditLog audit(m_db);
    if (auto done = audit.append(gold.author, QStringLiteral("gold"), {{"task", toStd(gold.taskId)}}); !done)
        return done;
    return transaction.commit();
}

Result<void> GoldStore::remove(const QString &taskId)
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("DELETE FROM gold WHERE task_id = (SELECT id FROM task WHERE external_id = ?)"));
    query.addBindValue(taskId);
    return m_db.run(query);
}

Result<std::optional<GoldAnswer>> GoldStore::get(const QString &taskId) const
{
    QSqlQuery query = m_db.prepare(selectGold + u"WHERE t.external_id = ?");
    query.addBindValue(taskId);
    if (auto done = m_db.run(query); !done)
        return done.error();
    if (!query.next())
        return std::optional<GoldAnswer>();
    auto gold = goldFromRow(query);
    if (!gold)
        return gold.error();
    return std::optional<GoldAnswer>(std::move(gold).value());
}

Result<QList<GoldAnswer>> GoldStore::all() const
{
    QSqlQuery query = m_db.prepare(selectGold + u"ORDER BY t.external_id");
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<GoldAnswer> list;
    while (query.next()) {
        auto gold = goldFromRow(query);
        if (!gold)
            return gold.error();
        list << std::move(gold).value();
    }
    return list;
}

Result<qint64> GoldStore::count() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM gold"));
    if (auto done = m_db.run(query); !done)
        return done.error();
    query.next();
    return query.value(0).toLongLong();
}

Result<QStringList> GoldStore::taskIds() const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT t.external_id FROM gold g JOIN task t ON t.id = g.task_id ORDER BY t.external_id"));
    if (auto done = m_db.run(query); !done)
        return done.error();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace verdict
