#pragma once

#include "domain/annotation.h"
#include "util/result.h"

#include <QList>

namespace verdict {

class Database;

// The append-only record of imports, submits, adjudications, publishes and
// exports. The schema refuses updates and deletes of past events.
class AuditLog final
{
public:
    explicit AuditLog(Database &database)
        : m_db(database)
    { }

    Result<void> append(const QString &actor, const QString &action, const nlohmann::json &detail = {});
    // The latest events, newest first.
    Result<QList<AuditEvent>> recent(int limit) const;

private:
    Database &m_db;
};

} // namespace verdict
