#pragma once

#include "domain/annotation.h"
#include "store/database.h"
#include "util/result.h"

namespace verdict {

// The gold table: the one place its columns are listed, a row is read into
// a GoldAnswer and one is written. Queries name it "g", and the task it
// joins "t". Writes go through a statement prepared on first use and kept.
class GoldTable final
{
public:
    // The columns columns() lists, in its order; all of them hold what the
    // gold answer says (an export's fingerprint is made of their texts).
    enum Column { TaskId, RubricId, RubricVersion, Answers, Rationale, Author, CreatedAt, ColumnCount };

    // "t.external_id, g.rubric_id, …": the columns read() reads, for a query
    // over "gold g JOIN task t ON t.id = g.task_id".
    static QString columns();
    // "SELECT columns() FROM gold g JOIN task t ON t.id = g.task_id ": a
    // query to add a WHERE and an ORDER BY to.
    static QString select();
    // The gold answer in the columns of `row` from `first` on; an error when it is damaged.
    static Result<GoldAnswer> read(const Statement &row, int first = 0);

    explicit GoldTable(Database &database, Database::Access access = Database::Access::Ordinary);

    // Writes the gold answer of the task stored at `taskRowId`, replacing an earlier one.
    Result<void> put(const GoldAnswer &gold, qint64 taskRowId);
    // Removes the gold answer of task `taskId`, if it has one.
    Result<void> remove(const QString &taskId);

private:
    Database &m_db;
    Database::Access m_access;
    Statement m_put;
};

} // namespace verdict
