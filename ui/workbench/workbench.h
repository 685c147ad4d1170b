#pragma once

#include "domain/annotation.h"
#include "domain/rubric.h"
#include "domain/task.h"
#include "store/taskstore.h"
#include "util/result.h"
#include "workbench/savequeue.h"

#include <QObject>

#include <memory>
#include <optional>

namespace verdict {

class AnnotationSession;
class Project;
class QueueModel;

// One person's work on a project, without a window: the project and the
// queue of writes waiting for it, who is working, the rubric version new
// work starts under, the person's queue of tasks, the task open in it with
// its annotation session, and the flow from task to task (submit, skip,
// escalate, next, previous). Windows arrange their views around it and call
// its verbs; what a person must be asked (a reason, a confirmation) is asked
// by the window before it calls.
class Workbench final : public QObject
{
    Q_OBJECT

public:
    // What the person's annotations in the project count, by status.
    struct Counts
    {
        int done = 0;
        int drafts = 0;
        int skipped = 0;
        int escalated = 0;
    };

    explicit Workbench(const QString &person, QObject *parent = nullptr);
    ~Workbench() override;

    // Makes `project` the open one (closing the task open before), writes
    // what a workbench that stopped left waiting beside it, and opens the
    // first task of the queue. Returns what the recovery found.
    SaveQueue::Recovery open(std::unique_ptr<Project> project);
    // Closes the open task, then the project; what still waits stays on disk
    // beside it, for the next workbench to write.
    void close();
    Project *project() const { return m_project.get(); }
    // The annotation writes waiting for the project (another program holding it).
    SaveQueue *saveQueue() const { return m_saves; }

    QString person() const { return m_person; }
    // Works as `name` from now on: the queue, the open task and new
    // annotations are that person's.
    void setPerson(const QString &name);

    // The latest published rubric version, which new work starts under; null
    // when the project has none.
    const Rubric *rubric() const { return m_hasRubric ? &m_rubric : nullptr; }

    // The person's tasks, as the filter lets them through.
    QueueModel *queue() const { return m_queue; }
    void setFilter(const TaskFilter &filter);
    // Reads which tasks the queue holds again, after the project changed on disk.
    void reload();
    // The tasks in the queue without a filter (0 until the queue was shown unfiltered).
    qint64 totalTasks() const { return m_totalTasks; }
    const Counts &counts() const { return m_counts; }
    // Counts the person's annotations again; countsChanged() follows.
    void updateCounts();

    // The open task (empty when none), its row in the queue (-1 when none
    // or filtered out), and the person's session on it: null when the
    // project has no published rubric to work under.
    const Task &task() const { return m_task; }
    int currentRow() const;
    AnnotationSession *session() const { return m_session.get(); }
    // Whether what the session holds waits for the busy project to be written.
    bool isWaiting() const;

    // Opens the task in `row` of the queue.
    void selectRow(int row);
    // Opens the task `step` rows down (up when negative), stopping at the ends.
    void nextTask(int step);
    // Opens the next task not yet submitted, skipped or escalated, from the
    // top again after the last; false when every task is finished.
    bool nextUnfinished();
    // The task after the open one in the queue, the one most likely opened next.
    std::optional<Task> upcomingTask() const;

    // Stores the open task's answers as submitted and opens the next
    // unfinished task. Refused (nothing stored) while the answers have
    // problems: submitRefused() lists them.
    bool submit();
    bool skip(const QString &reason);
    bool escalate(const QString &note);
    // In a calibration workspace, the gold answer of the open task.
    std::optional<GoldAnswer> calibrationGold() const;

    // Active time on the open task, stored with the next save and at least
    // every 15 seconds.
    void addActiveSeconds(double seconds);
    // Stores the active time counted so far.
    void flushActiveTime();

signals:
    void projectOpened();
    // The open project is about to close: what works on it lets go of it.
    void projectClosing();
    void personChanged();
    // The queue's current row is `row` (a view follows it).
    void currentRowChanged(int row);
    // session() changed: to null before the old one goes, so views let go of it.
    void sessionChanged();
    // Another task (or none) is open: task() and session() tell which.
    void taskChanged();
    // The open annotation's status, or whether it waits to be written, changed.
    void statusChanged();
    void countsChanged();
    void activeTimeChanged();
    // The number of writes waiting for the busy project, or why they wait, changed.
    void busyChanged();
    void submitted(const QString &taskId);
    void submitRefused(const QList<verdict::Error> &problems);
    // The last change to the open task was not saved.
    void saveFailed(const verdict::Error &error);
    // Something the person should read: a problem with a title, or a passing message.
    void failed(const QString &title, const QString &message);
    void message(const QString &text, int milliseconds);

private:
    void loadRubric();
    // After the queue's rows changed: opens its first task, or none.
    void showQueue();
    void openTask(qint64 rowId);
    void closeTask();
    void connectSession();

    std::unique_ptr<Project> m_project;
    SaveQueue *m_saves = nullptr; // the current project's, deleted before it
    QString m_person;
    Rubric m_rubric;
    bool m_hasRubric = false;
    QueueModel *m_queue = nullptr;
    qint64 m_totalTasks = 0;
    Counts m_counts;
    Task m_task;
    qint64 m_taskRowId = 0;
    std::unique_ptr<AnnotationSession> m_session;
    bool m_firstDraft = false; // the session's first save is still to come
    double m_unflushedSeconds = 0;
};

} // namespace verdict
