#pragma once

#include "domain/annotation.h"
#include "domain/finalanswers.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace verdict {

class Database;
class Statement;

// Gold answers: the adjudicated truth for a task, used to measure
// annotators. They stay in the lead's project and never go into an
// assignment batch.
class GoldStore final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::GoldStore)

public:
    explicit GoldStore(Database &database)
        : m_db(database)
    { }

    // Sets the gold answer of a task, replacing an earlier one.
    Result<void> set(const GoldAnswer &gold);
    Result<void> remove(const QString &taskId);
    Result<std::optional<GoldAnswer>> get(const QString &taskId) const;
    // Every gold answer, by task id.
    Result<QList<GoldAnswer>> all() const;
    Result<qint64> count() const;
    // The ids of the tasks that have a gold answer, sorted.
    Result<QStringList> taskIds() const;
    // The rubric versions the gold answers were given under, by id and version.
    Result<QList<RubricVersion>> rubricVersions() const;

private:
    // Runs a query over GoldTable's columns and reads its rows.
    Result<QList<GoldAnswer>> list(Statement &query) const;

    Database &m_db;
};

} // namespace verdict
