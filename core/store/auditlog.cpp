#include "store/auditlog.h"

#include "codecs/jsonfields.h"
#include "store/database.h"
#include "util/timeutil.h"

namespace verdict {

Result<void> AuditLog::append(const QString &actor, const QString &action, const nlohmann::json &detail)
{
    Statement query = m_db.prepare(QStringLiteral("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)"));
    const std::string text = (detail.is_null() ? nlohmann::json::object() : detail).dump();
    query.add(isoTime(nowUtc())).addText(actor).add(action).add(std::string_view(text));
    return query.exec();
}

Result<QList<AuditEvent>> AuditLog::recent(int limit) const
{
    Statement query
        = m_db.prepare(QStringLiteral("SELECT id, at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?"));
    query.add(limit);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.integer(0);
        event.at = parseIsoTime(query.string(1));
        event.actor = query.string(2);
        event.action = query.string(3);
        event.detail = nlohmann::json::parse(query.text(4), nullptr, false);
        events << event;
    }
    return events;
}

Result<std::optional<ExportedBatch>> AuditLog::lastExport(const QString &batchId) const
{
    Statement query = m_db.prepare(
        QStringLiteral("SELECT json_extract(detail, '$.revision'), json_extract(detail, '$.fingerprint') FROM audit "
                       "WHERE action = 'export' AND json_extract(detail, '$.batch_id') = ? ORDER BY id DESC LIMIT 1"));
    query.add(batchId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<ExportedBatch>();
    return std::optional<ExportedBatch>(ExportedBatch{batchId, int(query.integer(0)), query.string(1)});
}

} // namespace verdict
