#include "workbench/workbench.h"

#include "store/project.h"
#include "workbench/annotationsession.h"
#include "workbench/queuemodel.h"

#include <algorithm>

namespace verdict {

namespace {

// How often active time is written while nothing else is saved.
constexpr double flushEverySeconds = 15;

} // namespace

Workbench::Workbench(const QString &person, QObject *parent)
    : QObject(parent)
    , m_person(person)
    , m_queue(new QueueModel(this))
{ }

Workbench::~Workbench()
{
    close();
}

SaveQueue::Recovery Workbench::open(std::unique_ptr<Project> project)
{
    close();
    m_project = std::move(project);
    m_saves = new SaveQueue(*m_project, this);
    connect(m_saves, &SaveQueue::changed, this, [this] {
        emit busyChanged();
        if (m_session)
            emit statusChanged();
    });
    connect(m_saves, &SaveQueue::failed, this,
        [this](const Error &error) { emit failed(tr("A waiting change could not be saved"), error.toString()); });
    // Before the queue and the first task show the project, so that they show what was recovered.
    const SaveQueue::Recovery recovery = m_saves->recover();
    connect(m_saves, &SaveQueue::written, this, [this](const QString &taskId, const QString &annotator) {
        if (m_session && m_session->task().id == taskId && annotator == m_person)
            emit statusChanged();
        if (m_saves->count() == 0) {
            // Everything waiting is stored: the queue and counts show it now.
            m_queue->refreshAll();
            updateCounts();
        }
    });
    emit busyChanged();
    loadRubric();
    m_totalTasks = 0;
    m_queue->setProject(m_project.get(), m_person);
    emit projectOpened();
    showQueue();
    return recovery;
}

void Workbench::close()
{
    closeTask();
    if (m_project)
        emit projectClosing();
    delete m_saves;
    m_saves = nullptr;
    m_project.reset();
}

void Workbench::loadRubric()
{
    m_hasRubric = false;
    m_rubric = Rubric();
    auto all = m_project->rubrics().all();
    if (!all) {
        emit failed(tr("Cannot read the rubric"), all.error().toString());
        return;
    }
    // The most recently published version is what new work starts under.
    for (const Rubric &r : *all) {
        if (r.status != RubricStatus::Published)
            continue;
        if (!m_hasRubric || r.publishedAt > m_rubric.publishedAt
            || (r.publishedAt == m_rubric.publishedAt && r.id == m_rubric.id && r.version > m_rubric.version)) {
            m_rubric = r;
            m_hasRubric = true;
        }
    }
}

void Workbench::setPerson(const QString &name)
{
    const QString person = name.trimmed();
    if (person.isEmpty() || person == m_person)
        return;
    m_person = person;
    emit personChanged();
    if (!m_project)
        return;
    // The queue and the open task are the new person's from here on.
    const qint64 current = m_taskRowId;
    closeTask();
    m_queue->setProject(m_project.get(), m_person);
    showQueue();
    if (const int row = m_queue->rowOf(current); row >= 0)
        selectRow(row);
}

void Workbench::setFilter(const TaskFilter &filter)
{
    m_queue->setFilter(filter);
    showQueue();
}

void Workbench::reload()
{
    m_queue->reload();
    updateCounts();
}

void Workbench::showQueue()
{
    const TaskFilter &filter = m_queue->filter();
    if (filter.text.isEmpty() && !filter.status)
        m_totalTasks = m_queue->rowCount();
    if (m_queue->rowCount() > 0) {
        selectRow(0);
    } else {
        closeTask();
        emit taskChanged();
    }
    updateCounts();
}

void Workbench::updateCounts()
{
    if (!m_project)
        return;
    // Only this person's counts: an index lookup, fast on a million tasks.
    auto counts = m_project->annotations().countByStatusFor(m_person);
    if (!counts)
        return;
    m_counts.done = counts->value(AnnotationStatus::Submitted);
    m_counts.drafts = counts->value(AnnotationStatus::Draft);
    m_counts.skipped = counts->value(AnnotationStatus::Skipped);
    m_counts.escalated = counts->value(AnnotationStatus::Escalated);
    emit countsChanged();
}

int Workbench::currentRow() const
{
    return m_taskRowId == 0 ? -1 : m_queue->rowOf(m_taskRowId);
}

bool Workbench::isWaiting() const
{
    return m_session && m_saves && m_saves->pending(m_session->task().id, m_session->annotation().annotator);
}

void Workbench::selectRow(int row)
{
    const qint64 rowId = m_queue->rowIdAt(row);
    if (rowId == 0)
        return;
    if (rowId != m_taskRowId)
        openTask(rowId);
    emit currentRowChanged(row);
}

void Workbench::openTask(qint64 rowId)
{
    closeTask();
    if (!m_project)
        return;
    auto task = m_project->tasks().byRowId(rowId);
    if (!task || !task.value()) {
        emit failed(tr("Cannot show task"), task ? tr("The task is gone.") : task.error().toString());
        return;
    }
    m_task = *task.value();
    m_taskRowId = rowId;
    if (m_hasRubric) {
        auto opened = AnnotationSession::open(*m_project, m_task, m_rubric, m_person, m_saves);
        if (opened) {
            m_session = std::move(opened).value();
            m_session->setSaveQueue(m_saves);
            connectSession();
            emit sessionChanged();
        } else {
            emit failed(tr("Cannot open the annotation"), opened.error().toString());
        }
    }
    emit taskChanged();
    emit activeTimeChanged();
    updateCounts();
}

void Workbench::connectSession()
{
    AnnotationSession *session = m_session.get();
    connect(session, &AnnotationSession::statusChanged, this, [this] {
        m_queue->refreshTask(m_taskRowId);
        emit statusChanged();
        updateCounts();
    });
    connect(session, &AnnotationSession::answerChanged, this, &Workbench::statusChanged);
    connect(session, &AnnotationSession::saveFailed, this, &Workbench::saveFailed);
    // The first draft turns a new task into a draft in the queue.
    m_firstDraft = !session->isStored();
    connect(session, &AnnotationSession::saved, this, [this] {
        if (!m_firstDraft)
            return;
        m_firstDraft = false;
        m_queue->refreshTask(m_taskRowId);
        updateCounts();
    });
}

void Workbench::closeTask()
{
    m_task = Task();
    m_taskRowId = 0;
    if (!m_session)
        return;
    flushActiveTime();
    m_unflushedSeconds = 0;
    // Views let go of the session while it still exists.
    const std::unique_ptr<AnnotationSession> closing = std::move(m_session);
    emit sessionChanged();
}

void Workbench::nextTask(int step)
{
    if (m_queue->rowCount() == 0)
        return;
    const int row = currentRow();
    const int next = std::clamp(row + step, 0, m_queue->rowCount() - 1);
    if (next != row)
        selectRow(next);
}

bool Workbench::nextUnfinished()
{
    if (!m_project)
        return false;
    const qint64 current = m_taskRowId;
    // A task whose submit waits for the busy project is finished too.
    const auto waitsFinished = [this](qint64 rowId) {
        const QString id
            = m_queue->index(m_queue->rowOf(rowId), QueueModel::IdColumn).data(QueueModel::TaskIdRole).toString();
        const auto waiting = m_saves && !id.isEmpty() ? m_saves->pending(id, m_person) : std::nullopt;
        return waiting && waiting->status != AnnotationStatus::Draft;
    };
    const auto after = [&](qint64 from) {
        auto found = m_project->tasks().nextUnfinished(m_queue->filter(), from);
        while (found && found.value() && waitsFinished(*found.value()))
            found = m_project->tasks().nextUnfinished(m_queue->filter(), *found.value());
        return found;
    };
    auto next = after(current);
    if (next && !next.value() && current != 0)
        next = after(0);
    if (!next) {
        emit failed(tr("Cannot find the next task"), next.error().toString());
        return false;
    }
    const int row = next.value() ? m_queue->rowOf(*next.value()) : -1;
    if (row < 0 || *next.value() == current) {
        emit message(tr("Every task in the queue is finished."), 6000);
        updateCounts();
        return false;
    }
    selectRow(row);
    return true;
}

std::optional<Task> Workbench::upcomingTask() const
{
    if (!m_project)
        return std::nullopt;
    const qint64 next = m_queue->rowIdAt(m_queue->rowOf(m_taskRowId) + 1);
    if (next == 0)
        return std::nullopt;
    auto task = m_project->tasks().byRowId(next);
    return task && task.value() ? std::optional<Task>(*task.value()) : std::nullopt;
}

bool Workbench::submit()
{
    if (!m_session)
        return false;
    const QList<Error> problems = m_session->problems();
    if (!problems.isEmpty()) {
        emit submitRefused(problems);
        return false;
    }
    if (auto done = m_session->submit(); !done) {
        emit failed(tr("Cannot submit"), done.error().toString());
        return false;
    }
    emit submitted(m_session->task().id);
    nextUnfinished();
    return true;
}

bool Workbench::skip(const QString &reason)
{
    if (!m_session)
        return false;
    if (auto done = m_session->skip(reason); !done) {
        emit failed(tr("Cannot skip"), done.error().toString());
        return false;
    }
    nextUnfinished();
    return true;
}

bool Workbench::escalate(const QString &note)
{
    if (!m_session)
        return false;
    if (auto done = m_session->escalate(note); !done) {
        emit failed(tr("Cannot escalate"), done.error().toString());
        return false;
    }
    nextUnfinished();
    return true;
}

std::optional<GoldAnswer> Workbench::calibrationGold() const
{
    if (!m_project || !m_session)
        return std::nullopt;
    const auto calibration = m_project->isCalibrationWorkspace();
    if (!calibration.ok() || !calibration.value())
        return std::nullopt;
    const auto gold = m_project->gold().get(m_session->task().id);
    if (!gold.ok() || !gold.value())
        return std::nullopt;
    return *gold.value();
}

void Workbench::addActiveSeconds(double seconds)
{
    if (!m_session)
        return;
    m_session->addActiveSeconds(seconds);
    m_unflushedSeconds += seconds;
    if (m_unflushedSeconds >= flushEverySeconds) {
        m_unflushedSeconds = 0;
        flushActiveTime();
    }
    emit activeTimeChanged();
}

void Workbench::flushActiveTime()
{
    if (!m_session)
        return;
    if (auto done = m_session->flushActiveTime(); !done)
        emit message(done.error().toString(), 5000);
}

} // namespace verdict
