#pragma once

#include "store/adjudicationstore.h"
#include "store/annotationstore.h"
#include "store/auditlog.h"
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

struct BatchRecord
{
    QString batchId;
    int revision = 0;
    QString kind;
    QString producer;
    QString fileName;
    qint64 records = 0;
    QDateTime importedAt;
};

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
    QList<BatchRecord> batches;
};

// An open project file. Use it on the thread that opened it; another thread
// opens the same path again for its own connection.
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

    Database &database() { return *m_db; }
    TaskStore &tasks() { return m_tasks; }
    AnnotationStore &annotations() { return m_annotations; }
    RubricStore &rubrics() { return m_rubrics; }
    GoldStore &gold() { return m_gold; }
    AdjudicationStore &adjudications() { return m_adjudications; }
    AuditLog &audit() { return m_audit; }

    Result<ProjectInfo> info() const;
    // True once a calibration assignment (docs/batch-format.md) has been
    // imported: the workbench then shows the gold answer after each submit.
    Result<bool> isCalibrationWorkspace() const;

private:
    explicit Project(std::unique_ptr<Database> db);
    Result<void> loadMeta();

    std::unique_ptr<Database> m_db;
    TaskStore m_tasks;
    AnnotationStore m_annotations;
    RubricStore m_rubrics;
    GoldStore m_gold;
    AdjudicationStore m_adjudications;
    AuditLog m_audit;
    QString m_id;
    QString m_name;
    QDateTime m_createdAt;
};

} // namespace verdict
