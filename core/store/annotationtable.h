#pragma once

#include "domain/annotation.h"
#include "store/database.h"
#include "util/result.h"

namespace verdict {

// The annotation table and its history: the one place their columns are
// listed, a row is read into an Annotation and an Annotation is written.
// Queries name them "a" and "h", and the task they join "t". Writes go
// through statements prepared on first use and kept.
class AnnotationTable final
{
public:
    // The columns columns() lists, in its order.
    enum Column {
        TaskId,
        Annotator,
        RubricId,
        RubricVersion,
        Answers,
        Status,
        Revision,
        StartedAt,
        SubmittedAt,
        UpdatedAt,
        ActiveSeconds,
        Note,
        BatchId,
        RowId,
        ColumnCount
    };
    // The columns that hold what an annotation says, all but its row id: an
    // export's fingerprint is made of their texts.
    static constexpr int ContentColumns = RowId;

    // "t.external_id, a.annotator, …": the columns read() reads, for a query
    // over "annotation a JOIN task t ON t.id = a.task_id".
    static QString columns();
    // "SELECT columns() FROM annotation a JOIN task t ON t.id = a.task_id ":
    // a query to add a WHERE and an ORDER BY to; `more` columns (such as
    // TaskTable::columns()) come after the annotation's, from ColumnCount on.
    static QString select(const QString &more = {});
    // The same over the history, "annotation_history h": its revisions in the
    // same columns, without the start and submit times, and the time each
    // was recorded as its update time.
    static QString selectHistory(const QString &more = {});
    // The annotation in the columns of `row` from `first` on; an error when
    // its answers are damaged.
    static Result<Annotation> read(const Statement &row, int first = 0);

    explicit AnnotationTable(Database &database, Database::Access access = Database::Access::Ordinary);

    // Writes the current annotation of its task and annotator as given,
    // replacing the one stored.
    Result<void> put(const Annotation &annotation, qint64 taskRowId);
    // Adds the annotation to the history as a revision recorded now.
    Result<void> keepInHistory(const Annotation &annotation, qint64 taskRowId);
    // Sets the active time of the current annotation of task `taskId` by `annotator`, if there is one.
    Result<void> setActiveSeconds(const QString &taskId, const QString &annotator, double seconds);
    // Opens a task's submitted, skipped and escalated annotations again as
    // drafts, their answers kept; gives how many it opened.
    Result<qint64> reopen(qint64 taskRowId);
    // Gives the annotations (and revisions) of a batch stored under version 0
    // of a rubric the version it was published as.
    Result<void> setRubricVersion(const QString &batchId, const QString &rubricId, int version);

private:
    Statement &prepared(Statement &statement, const QString &sql);

    Database &m_db;
    Database::Access m_access;
    Statement m_put;
    Statement m_history;
};

} // namespace verdict
