#pragma once

#include "domain/annotation.h"
#include "domain/task.h"
#include "store/sqlitestatement.h"
#include "store/taskrow.h"
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

// A batch recorded as exported, from the audit trail: what decides the
// revision of the next export under the same batch id.
struct ExportedBatch
{
    QString batchId;
    int revision = 0;
    QString fingerprint;
};

// The SQL of imports and exports. Imports write through statements prepared
// once on the raw SQLite handle, inside the importer's transaction; every
// call runs on the owning Database's thread.
class BatchStore final
{
    Q_DECLARE_TR_FUNCTIONS(BatchStore)

public:
    explicit BatchStore(Database &database);

    // Every imported revision of a batch id, lowest first.
    Result<QList<ImportedBatch>> importedRevisions(const QString &batchId) const;
    // The row id of the last task stored, or 0: tasks stored later are newer.
    Result<qint64> lastTaskRowId() const;
    Result<void> recordImport(const ImportedBatch &batch);
    // Marks the project as a calibration workspace (Project::isCalibrationWorkspace).
    Result<void> markCalibration();

    // The latest export under a batch id, if any.
    Result<std::optional<ExportedBatch>> lastExport(const QString &batchId) const;

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

private:
    Result<void> prepareImport();

    Database &m_db;
    bool m_prepared = false;
    std::string m_now; // when this import stores its tasks
    SqliteStatement m_insertTask;
    SqliteStatement m_selectTask;
    SqliteStatement m_selectAnnotation;
    SqliteStatement m_upsertAnnotation;
    SqliteStatement m_insertHistory;
    SqliteStatement m_savepoint;
    SqliteStatement m_release;
    SqliteStatement m_rollbackTo;
};

} // namespace verdict
