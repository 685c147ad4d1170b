#pragma once

#include "domain/task.h"
#include "store/database.h"
#include "store/taskrow.h"
#include "util/result.h"

#include <optional>
#include <string_view>

namespace verdict {

// The task table: the one place its columns are listed, a row is read into
// a Task and a TaskRow is written. Queries name the table "t". Its writes go
// through statements prepared on first use and kept.
class TaskTable final
{
public:
    // The columns columns() lists, in its order.
    enum Column { RowId, Id, Context, Responses, Meta, ColumnCount };

    // "t.id, t.external_id, …": the columns read() reads, for a query over "task t".
    static QString columns();
    // "SELECT columns() FROM task t ": a query to add joins, a WHERE and an ORDER BY to.
    static QString select();
    // The task in the columns of `row` from `first` on; an error when the
    // stored JSON is damaged.
    static Result<Task> read(const Statement &row, int first = 0);

    explicit TaskTable(Database &database, Database::Access access = Database::Access::Ordinary);

    // Adds a task and gives its row id; fails when its id is taken.
    Result<qint64> insert(const TaskRow &row, std::string_view createdAt);
    // Adds a task unless its id is taken: its row id, or nothing when taken.
    Result<std::optional<qint64>> insertIfNew(const TaskRow &row, std::string_view createdAt);
    // Replaces the content of the task stored at `rowId` (an authored task's later revision).
    Result<void> update(const TaskRow &row, qint64 rowId);
    // The row id of the task with the external id `id`, if there is one.
    Result<std::optional<qint64>> rowId(const QString &id);

private:
    Result<void> put(Statement &statement, const QString &sql, const TaskRow &row, std::string_view createdAt);

    Database &m_db;
    Database::Access m_access;
    Statement m_insert;
    Statement m_insertIfNew;
    Statement m_update;
    Statement m_rowId;
};

} // namespace verdict
