#pragma once

#include "domain/annotation.h"
#include "domain/task.h"
#include "store/adjudicationtable.h"
#include "store/annotationtable.h"
#include "store/goldtable.h"
#include "store/taskrow.h"
#include "store/tasktable.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace verdict {

class Database;

// A batch recorded as imported (the batch table).
struct ImportedBatch
{
    QString batchId;
    int revision = 0;
    QString kind;
    QString producer;
    QString fileName;
    QString sha256;
    qint64 records = 0;
    QDateTime importedAt;
};

// The SQL of imports and exports. Imports read and write through the
// tables' rows (TaskTable, AnnotationTable, GoldTable, AdjudicationTable) in
// bulk statements prepared once, inside the importer's transaction; exports
// read the same rows in bulk queries. Every call runs on the owning
// Database's thread.
class BatchStore final
{
    Q_DECLARE_TR_FUNCTIONS(BatchStore)

public:
    explicit BatchStore(Database &database);

    // Every imported revision of a batch id, lowest first.
    Result<QList<ImportedBatch>> importedRevisions(const QString &batchId) const;
    // Every imported batch, in the order they were imported.
    Result<QList<ImportedBatch>> imported() const;
    // The row id of the last task stored, or 0: tasks stored later are newer.
    Result<qint64> lastTaskRowId() const;
    Result<void> recordImport(const ImportedBatch &batch);

    // A savepoint around one record inside the import's transaction: ended
    // with `keep` false, everything the record wrote is undone.
    Result<void> beginRecord();
    Result<void> endRecord(bool keep);

    enum class TaskOutcome { Added, Same, Different };
    // Adds a task, or compares it with the stored one of the same id. On
    // Different, `difference` names the part that differs. `rowId`, when
    // given, receives the task's row id (the new or the stored one).
    Result<TaskOutcome> putTask(const TaskRow &row, QString *difference = nullptr, qint64 *rowId = nullptr);

    struct StoredTask
    {
        qint64 rowId = 0;
        Task task;
    };
    Result<std::optional<StoredTask>> task(const QString &id);
    // Replaces a stored task's content with a later revision of it (authored
    // tasks only) and opens its finished annotations again as drafts, their
    // answers kept (the history keeps what was submitted). Gives how many it opened.
    Result<qint64> reviseTask(const TaskRow &row, qint64 taskRowId);

    Result<std::optional<Annotation>> annotation(qint64 taskRowId, const QString &annotator);
    // Writes the current row as given; a final one is kept in the history too.
    Result<void> putAnnotation(const Annotation &annotation, qint64 taskRowId);
    // Gives the annotations an import stored under a foreign rubric the version it was published as.
    Result<void> setRubricVersion(const QString &batchId, const QString &rubricId, int version);

    Result<std::optional<GoldAnswer>> gold(qint64 taskRowId);
    Result<void> putGold(const GoldAnswer &gold, qint64 taskRowId);

    Result<std::optional<Adjudication>> adjudication(qint64 taskRowId, const QString &criterion);
    Result<void> putAdjudication(const Adjudication &decision, qint64 taskRowId);

    // What exports read: bulk queries, bound where the argument is given, to
    // run and read with the tables' columns. UTF-8 given must stay alive until
    // the query's rows are read.
    enum class TaskSelection { All, WithGold, ById };
    // Tasks by id: every one, those with a gold answer, or one (bind its id).
    Statement exportedTasks(TaskSelection which) const;
    // Every annotation, or only `annotator`'s, by task id and annotator.
    Statement exportedAnnotations(std::string_view annotator) const;
    // Gold answers by task id: every one, or one task's (bind its id).
    Statement exportedGold(bool ofOneTask) const;
    // Every decision, by task id and criterion.
    Statement exportedAdjudications() const;
    // Submitted annotations with their tasks (TaskTable's columns after
    // AnnotationTable's), by task id and annotator: everyone's or only
    // `annotator`'s, under any rubric version or only `rubricVersion`.
    Statement submittedAnnotations(std::string_view annotator, std::optional<int> rubricVersion) const;

private:
    // A statement kept for the whole import, prepared the first time it is needed.
    Statement &prepared(Statement &statement, const QString &sql);
    Result<void> run(Statement &statement, const QString &sql);

    Database &m_db;
    std::string m_now; // when this import stores its tasks
    TaskTable m_tasks;
    AnnotationTable m_annotations;
    GoldTable m_gold;
    AdjudicationTable m_adjudications;
    Statement m_selectTask;
    Statement m_selectAnnotation;
    Statement m_selectGold;
    Statement m_selectAdjudication;
    Statement m_savepoint;
    Statement m_release;
    Statement m_rollbackTo;
};

} // namespace verdict
