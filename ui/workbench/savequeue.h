#pragma once

#include "domain/annotation.h"
#include "store/pendingjournal.h"
#include "store/pendingwrite.h"
#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <deque>
#include <optional>

namespace verdict {

class Project;

// The workbench's annotation writes, in the order they are made. When another
// program holds the project's write lock (a long import), a write does not
// wait for it: it queues here, with everything after it, and the queue is
// written in order as soon as the project is free, so the window stays
// responsive and submits are recorded in the order made, each at the time it
// was made. A write that queues is kept on disk beside the project
// (PendingJournal) before it counts as made, so that a crash, a kill or a
// power cut loses none: the next queue made on the project writes them
// (recover()). Destroying the queue writes nothing; what waits stays on disk.
class SaveQueue final : public QObject
{
    Q_OBJECT

public:
    // How long a write made from the window may wait for another program's
    // write before it queues instead: short enough not to be felt.
    static constexpr int WindowWaitMs = 250;

    // The project must outlive the queue; its connection's busy timeout is
    // set to WindowWaitMs.
    explicit SaveQueue(Project &project, QObject *parent = nullptr);
    ~SaveQueue() override;

    // What recover() found.
    struct Recovery
    {
        int queued = 0; // writes found waiting, written now or queued again
        int finals = 0; // of them, submits, skips and escalations
        int alreadyStored = 0; // found already in the project, left out
        QList<Error> warnings; // lines of the journals that could not be read
    };

    // Saves as AnnotationStore::save does (revision, times), now or, when
    // something waits or the project is busy, once the project is free;
    // `annotation` comes back as it will be stored. Errors other than a busy
    // project come back at once, and so does a write that cannot be kept on
    // disk while it waits.
    Result<void> save(Annotation &annotation);
    Result<void> setActiveSeconds(const QString &taskId, const QString &annotator, double seconds);

    // The newest state of an annotation that waits to be written.
    std::optional<Annotation> pending(const QString &taskId, const QString &annotator) const;
    int count() const { return int(m_entries.size()); }
    // Why writes wait: that the project is busy, and who holds it since when.
    QString reason() const { return m_reason; }

    // Writes what waits, oldest first, without waiting for the lock; true when nothing is left.
    bool flush();

    // Queues again the writes that a workbench which stopped (a crash, a
    // kill) left waiting beside the project, in the order made, each to be
    // stored with the time it was made, and tries them at once; those the
    // project already holds are left out.
    Recovery recover();

signals:
    // The number waiting or the reason changed.
    void changed();
    void written(const QString &taskId, const QString &annotator);
    // A waiting write the project refused for another reason than being busy; it is dropped.
    void failed(const verdict::Error &error);

private:
    Result<void> write(const PendingWrite &entry);
    // Keeps `entry` on disk, then queues it.
    Result<void> keep(PendingWrite entry);
    void enqueue(PendingWrite entry);
    // Why writes wait, from who holds the project now.
    void noteBusy();

    Project &m_project;
    PendingJournal m_journal;
    std::deque<PendingWrite> m_entries;
    QString m_reason;
    QTimer m_retry;
};

} // namespace verdict
