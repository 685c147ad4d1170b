#include "savequeue.h"

#include "fixedclock.h"
#include "project.h"
#include "timeutil.h"

namespace verdict {

namespace {

// How often waiting writes try the project again.
constexpr int RetryMs = 500;

} // namespace

SaveQueue::SaveQueue(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    m_project.database().setBusyTimeout(WindowWaitMs);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SaveQueue::flush);
}

SaveQueue::~SaveQueue() = default;

Result<void> SaveQueue::write(const Entry &entry)
{
    // Stored as made, at the time it was made.
    const FixedClock clock(entry.at);
    if (entry.secondsOnly)
        return m_project.annotations().setActiveSeconds(
            entry.annotation.taskId, entry.annotation.annotator, entry.annotation.activeSeconds);
    Annotation annotation = entry.annotation;
    return m_project.annotations().save(annotation);
}

Result<void> SaveQueue::save(Annotation &annotation)
{
    Entry entry{annotation, nowUtc(), false};
    if (m_entries.empty()) {
        Result<void> done = m_project.annotations().save(annotation);
        if (done || !done.error().busy)
            return done;
        noteBusy();
    }
    // What AnnotationStore::save will make of it, so the window shows it as it will be stored.
    const std::optional<Annotation> before = pending(annotation.taskId, annotation.annotator);
    if (!annotation.startedAt.isValid())
        annotation.startedAt = before && before->startedAt.isValid() ? before->startedAt : entry.at;
    annotation.updatedAt = entry.at;
    if (annotation.status != AnnotationStatus::Draft) {
        ++annotation.revision;
        annotation.submittedAt = entry.at;
    }
    entry.annotation.startedAt = annotation.startedAt;
    enqueue(std::move(entry));
    return {};
}

Result<void> SaveQueue::setActiveSeconds(const QString &taskId, const QString &annotator, double seconds)
{
    Entry entry;
    entry.annotation.taskId = taskId;
    entry.annotation.annotator = annotator;
    entry.annotation.activeSeconds = seconds;
    entry.at = nowUtc();
    entry.secondsOnly = true;
    if (m_entries.empty()) {
        Result<void> done = write(entry);
        if (done || !done.error().busy)
            return done;
        noteBusy();
    }
    enqueue(std::move(entry));
    return {};
}

void SaveQueue::noteBusy()
{
    const QString writer = m_project.database().writer();
    m_reason = writer.isEmpty() ? tr("The project is busy: another program is writing to it")
                                : tr("The project is busy: %1 is writing to it").arg(writer);
}

void SaveQueue::enqueue(Entry entry)
{
    // A draft replaces the draft of the same annotation just before it: only the latest state matters.
    if (!m_entries.empty()) {
        Entry &last = m_entries.back();
        const bool same = last.annotation.taskId == entry.annotation.taskId
            && last.annotation.annotator == entry.annotation.annotator && last.secondsOnly == entry.secondsOnly;
        if (same && (entry.secondsOnly || last.annotation.status == AnnotationStatus::Draft)
            && (entry.secondsOnly || entry.annotation.status == AnnotationStatus::Draft)) {
            last = std::move(entry);
            emit changed();
            return;
        }
    }
    m_entries.push_back(std::move(entry));
    if (!m_retry.isActive())
        m_retry.start();
    emit changed();
}

std::optional<Annotation> SaveQueue::pending(const QString &taskId, const QString &annotator) const
{
    std::optional<Annotation> found;
    for (const Entry &entry : m_entries) {
        if (entry.annotation.taskId != taskId || entry.annotation.annotator != annotator)
            continue;
        if (entry.secondsOnly) {
            if (found)
                found->activeSeconds = entry.annotation.activeSeconds;
        } else {
            found = entry.annotation;
        }
    }
    return found;
}

bool SaveQueue::flush()
{
    if (m_entries.empty()) {
        m_retry.stop();
        return true;
    }
    // Trying again must not stall the window: no waiting for the lock.
    Database &db = m_project.database();
    const int wait = db.busyTimeout();
    db.setBusyTimeout(0);
    while (!m_entries.empty()) {
        const Entry &entry = m_entries.front();
        if (auto done = write(entry); !done) {
            if (done.error().busy) {
                noteBusy();
                break;
            }
            const Error error = done.error();
            m_entries.pop_front();
            emit failed(error);
            continue;
        }
        const QString taskId = entry.annotation.taskId;
        const QString annotator = entry.annotation.annotator;
        m_entries.pop_front();
        emit written(taskId, annotator);
    }
    db.setBusyTimeout(wait);
    if (m_entries.empty()) {
        m_retry.stop();
        m_reason.clear();
    }
    emit changed();
    return m_entries.empty();
}

} // namespace verdict
