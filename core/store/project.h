#pragma once

#include "store/adjudicationstore.h"
#include "store/annotationstore.h"
#include "store/auditlog.h"
#include "store/authoringstore.h"
#include "store/batchstore.h"
#include "store/database.h"
#include "store/goldstore.h"
#include "store/rubricstore.h"
#include "store/schema.h"
#include "store/taskstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace verdict {

// What `verdict info` and the status bar show.
struct ProjectInfo
{
    QString id;
    QString name;
    QDateTime createdAt;
    int schemaVersion = 0;
    qint64 tasks = 0;
    qint64 goldTasks = 0;
    qint64 adjudications = 0;
    QHash<AnnotationStatus, int> annotationsByStatus;
    QList<AnnotatorSummary> annotators;
    QList<Rubric> rubrics;
    QList<ImportedBatch> batches;
};

// An open project file, and the stores that read and write it. Use it on the
// thread that opened it; another thread opens the same path again for its
// own connection. Windows get stores from here, never the database.
class Project final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::Project)

public:
    // What a new project holds besides its name: filled in before it appears.
    using Fill = std::function<Result<void>(Project &project)>;

    // Creates a project in one step: it is made in a temporary file beside
    // `path`, filled by `fill`, flushed to disk and only then given its name,
    // so that a failure or a crash at any moment leaves either nothing at
    // `path` or the whole project. `id` is for reproducible fixtures (the
    // demo); a new project gets a random one.
    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &name,
        const QList<Migration> &migrations = schema::migrations(), const QString &id = {}, const Fill &fill = {});
    static Result<std::unique_ptr<Project>> open(
        const QString &path, const QList<Migration> &migrations = schema::migrations());

    const QString &path() const { return m_db->path(); }
    QString id() const { return m_id; }
    QString name() const { return m_name; }

    // The connection, for the transactions, imports, exports and analyses in core.
    Database &database() { return *m_db; }
    TaskStore &tasks() { return m_tasks; }
    AnnotationStore &annotations() { return m_annotations; }
    RubricStore &rubrics() { return m_rubrics; }
    GoldStore &gold() { return m_gold; }
    AdjudicationStore &adjudications() { return m_adjudications; }
    AuthoringStore &authoring() { return m_authoring; }
    AuditLog &audit() { return m_audit; }

    // How long this program's writes wait for another program's to finish,
    // and who that is when they give up (Database::setBusyTimeout, Database::writer).
    void setBusyTimeout(int milliseconds) { m_db->setBusyTimeout(milliseconds); }
    int busyTimeout() const { return m_db->busyTimeout(); }
    QString writer() const { return m_db->writer(); }
    // Flushes what was committed to the disk (Database::syncCommitted).
    Result<void> syncCommitted() const { return m_db->syncCommitted(); }

    Result<ProjectInfo> info() const;
    // True once a calibration assignment (docs/batch-format.md) has been
    // imported: the workbench then shows the gold answer after each submit.
    Result<bool> isCalibrationWorkspace() const;
    Result<void> markCalibrationWorkspace();

private:
    explicit Project(std::unique_ptr<Database> db);
    Result<void> loadMeta();
    Result<void> setValue(const QString &key, const QString &value);

    std::unique_ptr<Database> m_db;
    TaskStore m_tasks;
    AnnotationStore m_annotations;
    RubricStore m_rubrics;
    GoldStore m_gold;
    AdjudicationStore m_adjudications;
    AuthoringStore m_authoring;
    AuditLog m_audit;
    QString m_id;
    QString m_name;
    QDateTime m_createdAt;
};

} // namespace verdict
