#include "workbench/savequeue.h"

#include "store/project.h"
#include "util/fixedclock.h"
#include "util/timeutil.h"

namespace verdict {

namespace {

// How often waiting writes try the project again.
constexpr int RetryMs = 500;

} // namespace

SaveQueue::SaveQueue(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_journal(project.path())
{
    m_project.setBusyTimeout(WindowWaitMs);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SaveQueue::flush);
}

SaveQueue::~SaveQueue() = default;

Result<void> SaveQueue::write(const PendingWrite &entry)
{
    // Stored as made, at the time it was made.
    const FixedClock clock(entry.at);
    if (entry.activeSecondsOnly)
        return m_project.annotations().setActiveSeconds(
            entry.annotation.taskId, entry.annotation.annotator, entry.annotation.activeSeconds);
    Annotation annotation = entry.annotation;
    return m_project.annotations().save(annotation);
}

Result<void> SaveQueue::save(Annotation &annotation)
{
    const QDateTime at = nowUtc();
    if (m_entries.empty()) {
        Result<void> done = m_project.annotations().save(annotation);
        if (done || !done.error().busy)
            return done;
        noteBusy();
    }
    // What AnnotationStore::save will make of it, so the window shows it as it will be stored.
    const std::optional<Annotation> before = pending(annotation.taskId, annotation.annotator);
    Annotation waiting = annotation;
    if (!waiting.startedAt.isValid())
        waiting.startedAt = before && before->startedAt.isValid() ? before->startedAt : at;
    waiting.updatedAt = at;
    if (waiting.status != AnnotationStatus::Draft) {
        ++waiting.revision;
        waiting.submittedAt = at;
    }
    if (auto kept = keep(PendingWrite{waiting, at, false}); !kept)
        return kept;
    annotation = std::move(waiting);
    return {};
}

Result<void> SaveQueue::setActiveSeconds(const QString &taskId, const QString &annotator, double seconds)
{
    PendingWrite entry;
    entry.annotation.taskId = taskId;
    entry.annotation.annotator = annotator;
    entry.annotation.activeSeconds = seconds;
    entry.at = nowUtc();
    entry.activeSecondsOnly = true;
    if (m_entries.empty()) {
        Result<void> done = write(entry);
        if (done || !done.error().busy)
            return done;
        noteBusy();
    }
    return keep(std::move(entry));
}

Result<void> SaveQueue::keep(PendingWrite entry)
{
    if (auto kept = m_journal.append(entry); !kept) {
        const QString reason = m_reason.isEmpty() ? tr("The project is busy") : m_reason;
        return makeError(
            tr("%1, and the change cannot be kept until it is free: %2").arg(reason, kept.error().toString()),
            m_project.path());
    }
    enqueue(std::move(entry));
    return {};
}

void SaveQueue::noteBusy()
{
    const QString writer = m_project.writer();
    m_reason = writer.isEmpty() ? tr("The project is busy: another program is writing to it")
                                : tr("The project is busy: %1 is writing to it").arg(writer);
}

void SaveQueue::enqueue(PendingWrite entry)
{
    // Only the latest state of a draft matters.
    if (!m_entries.empty() && entry.replaces(m_entries.back())) {
        m_entries.back() = std::move(entry);
        emit changed();
        return;
    }
    m_entries.push_back(std::move(entry));
    if (!m_retry.isActive())
        m_retry.start();
    emit changed();
}

std::optional<Annotation> SaveQueue::pending(const QString &taskId, const QString &annotator) const
{
    std::optional<Annotation> found;
    for (const PendingWrite &entry : m_entries) {
        if (entry.annotation.taskId != taskId || entry.annotation.annotator != annotator)
            continue;
        if (entry.activeSecondsOnly) {
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
        (void)m_journal.clear();
        return true;
    }
    // Trying again must not stall the window: no waiting for the lock.
    const int wait = m_project.busyTimeout();
    m_project.setBusyTimeout(0);
    while (!m_entries.empty()) {
        const PendingWrite &entry = m_entries.front();
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
    m_project.setBusyTimeout(wait);
    if (m_entries.empty()) {
        m_retry.stop();
        m_reason.clear();
        // Everything kept on disk is in the project now, once it is on the disk
        // too. Were the journal to stay, the next workbench would find its
        // writes stored and leave them out.
        if (!m_journal.held().isEmpty()) {
            Result<void> done = m_project.syncCommitted();
            if (done)
                done = m_journal.clear();
            if (!done)
                qWarning("%s", qPrintable(done.error().toString()));
        }
    }
    emit changed();
    return m_entries.empty();
}

SaveQueue::Recovery SaveQueue::recover()
{
    Recovery recovery;
    PendingJournal::Contents left = m_journal.takeLeft();
    recovery.warnings = left.warnings;
    for (PendingWrite &write : left.writes) {
        // Stored before the crash that kept its journal from going: not stored twice.
        const auto stored = m_project.annotations().find(write.annotation.taskId, write.annotation.annotator);
        if (stored && write.isIn(stored.value())) {
            ++recovery.alreadyStored;
            continue;
        }
        ++recovery.queued;
        if (!write.activeSecondsOnly && write.annotation.status != AnnotationStatus::Draft)
            ++recovery.finals;
        // Already on disk, in the journal it was found in.
        enqueue(std::move(write));
    }
    flush();
    return recovery;
}

} // namespace verdict
