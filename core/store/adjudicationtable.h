#pragma once

#include "domain/annotation.h"
#include "store/database.h"
#include "util/result.h"

namespace verdict {

// The adjudication table: the one place its columns are listed, a row is
// read into an Adjudication and one is written. Queries name it "d", and the
// task it joins "t". Writes go through a statement prepared on first use and kept.
class AdjudicationTable final
{
public:
    // The columns columns() lists, in its order; all of them hold what the
    // decision says (an export's fingerprint is made of their texts).
    enum Column {
        TaskId,
        Criterion,
        Answer,
        Source,
        SourceAnnotator,
        Rationale,
        DecidedBy,
        DecidedAt,
        Example,
        ColumnCount
    };

    // "t.external_id, d.criterion, …": the columns read() reads, for a query
    // over "adjudication d JOIN task t ON t.id = d.task_id".
    static QString columns();
    // "SELECT columns() FROM adjudication d JOIN task t ON t.id = d.task_id ":
    // a query to add a WHERE and an ORDER BY to.
    static QString select();
    // The decision in the columns of `row` from `first` on; an error when it is damaged.
    static Result<Adjudication> read(const Statement &row, int first = 0);

    explicit AdjudicationTable(Database &database, Database::Access access = Database::Access::Ordinary);

    // Writes a decision on the task stored at `taskRowId`, replacing an
    // earlier one on the same criterion.
    Result<void> put(const Adjudication &decision, qint64 taskRowId);
    // Removes the decision on `criterion` of task `taskId`, if there is one.
    Result<void> remove(const QString &taskId, const QString &criterion);

private:
    Database &m_db;
    Database::Access m_access;
    Statement m_put;
};

} // namespace verdict
