#pragma once

#include "domain/annotation.h"
#include "domain/task.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

#include <optional>

namespace verdict {

class Database;
class Statement;

// Where a task stands for one annotator; New when they have not touched it.
enum class QueueStatus { New, Draft, Submitted, Skipped, Escalated };

QString queueStatusName(QueueStatus status);
std::optional<QueueStatus> queueStatusFromName(const QString &name);

// Which tasks a queue shows.
struct TaskFilter
{
    QString annotator; // whose statuses count
    std::optional<QueueStatus> status; // only tasks in this state for the annotator
    QString text; // in the id or the prompt, case-insensitive
};

// What a queue row shows, without the task's full content.
struct TaskSummary
{
    qint64 rowId = 0;
    QString id;
    QString preview;
    int responseCount = 0;
    QueueStatus status = QueueStatus::New;
};

// Tasks in a project. Every call runs on the owning Database's thread.
class TaskStore final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::TaskStore)

public:
    explicit TaskStore(Database &database)
        : m_db(database)
    { }

    // Adds a task; fails when its id is taken.
    Result<qint64> insert(const Task &task);
    Result<std::optional<Task>> byId(const QString &id) const;
    Result<std::optional<Task>> byRowId(qint64 rowId) const;
    Result<qint64> count() const;
    // Every task's external id, sorted.
    Result<QStringList> ids() const;

    // The row ids of the tasks the filter lets through, in queue order: the
    // order tasks arrived in, except where an assignment arranged them
    // (arrange()). A million ids take 8 MB: the queue keeps these and fetches
    // rows in windows.
    Result<QList<qint64>> rowIds(const TaskFilter &filter) const;
    // Queue rows for the given row ids, in the same order, with `annotator`'s status.
    Result<QList<TaskSummary>> summaries(const QList<qint64> &rowIds, const QString &annotator) const;

    // The prompt shortened to one line, as stored for the queue.
    static QString previewOf(const Task &task);

    // The first task after `afterRowId` (in queue order) that the filter lets
    // through and that the filter's annotator has not finished (new or draft).
    Result<std::optional<qint64>> nextUnfinished(const TaskFilter &filter, qint64 afterRowId) const;

    // Puts the tasks `rowIds` names (an assignment's, in its order) in that
    // order: between them they keep the places in the queue they hold, and
    // take them in the order given; every other task keeps its place. A task
    // named twice counts where it is named first.
    Result<void> arrange(const QList<qint64> &rowIds);

private:
    // The tasks whose place in the queue is not their row id: row id -> place.
    Result<QHash<qint64, qint64>> movedPlaces() const;
    static void filterConditions(const TaskFilter &filter, QStringList &conditions, QStringList &values);
    Result<void> selectIntegers(
        const QString &sql, const QStringList &values, const std::function<void(qint64)> &row) const;
    Result<std::optional<Task>> fetchOne(const QString &where, const std::function<void(Statement &)> &key) const;

    Database &m_db;
};

} // namespace verdict
