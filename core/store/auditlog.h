#pragma once

#include "domain/annotation.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace verdict {

class Database;

// A batch recorded as exported: what decides the revision of the next export
// under the same batch id.
struct ExportedBatch
{
    QString batchId;
    int revision = 0;
    QString fingerprint;
};

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
    // The latest export under a batch id, if any.
    Result<std::optional<ExportedBatch>> lastExport(const QString &batchId) const;

private:
    Database &m_db;
};

} // namespace verdict
