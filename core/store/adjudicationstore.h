#pragma once

#include "domain/annotation.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace verdict {

class Database;
class Statement;

// Final answers per task and criterion, with where each came from.
class AdjudicationStore final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::AdjudicationStore)

public:
    explicit AdjudicationStore(Database &database)
        : m_db(database)
    { }

    // Records a decision, replacing an earlier one for the same task and criterion.
    Result<void> set(const Adjudication &decision);
    Result<void> remove(const QString &taskId, const QString &criterion);
    Result<std::optional<Adjudication>> get(const QString &taskId, const QString &criterion) const;
    Result<QList<Adjudication>> forTask(const QString &taskId) const;
    // Every decision, by task id and criterion.
    Result<QList<Adjudication>> all() const;
    Result<qint64> count() const;

private:
    // Runs a query over AdjudicationTable's columns and reads its rows.
    Result<QList<Adjudication>> list(Statement &query) const;

    Database &m_db;
};

} // namespace verdict
