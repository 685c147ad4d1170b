#include "store/auditlog.h"

#include "codecs/jsonfields.h"
#include "store/database.h"
#include "util/timeutil.h"

#include <QSqlQuery>
#include <QVariant>

namespace verdict {

Result<void> AuditLog::append(const QString &actor, const QString &action, const nlohmann::json &detail)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)"));
    query.addBindValue(isoTime(nowUtc()));
    query.addBindValue(Database::text(actor));
    query.addBindValue(action);
    query.addBindValue(fromStd((detail.is_null() ? nlohmann::json::object() : detail).dump()));
    return m_db.run(query);
}

Result<QList<AuditEvent>> AuditLog::recent(int limit) const
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("SELECT id, at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.at = parseIsoTime(query.value(1).toString());
        event.actor = query.value(2).toString();
        event.action = query.value(3).toString();
        event.detail = nlohmann::json::parse(toStd(query.value(4).toString()), nullptr, false);
        events << event;
    }
    return events;
}

} // namespace verdict
