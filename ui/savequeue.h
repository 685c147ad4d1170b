#pragma once

#include "annotation.h"
#include "result.h"

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
// responsive, nothing is lost and submits are recorded in the order made,
// each at the time it was made.
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

    // Saves as AnnotationStore::save does (revision, times), now or, when
    // something waits or the project is busy, once the project is free;
    // `annotation` comes back as it will be stored. Errors other than a busy
    // project come back at once.
    Result<void> save(Annotation &annotation);
    Result<void> setActiveSeconds(const QString &taskId, const QString &annotator, double seconds);

    // The newest state of an annotation that waits to be written.
    std::optional<Annotation> pending(const QString &taskId, const QString &annotator) const;
    int count() const { return int(m_entries.size()); }
    // Why writes wait: that the project is busy, and who holds it since when.
    QString reason() const { return m_reason; }

    // Writes what waits, oldest first, without waiting for the lock; true when nothing is left.
    bool flush();

signals:
    // The number waiting or the reason changed.
    void changed();
    void written(const QString &taskId, const QString &annotator);
    // A waiting write the project refused for another reason than being busy; it is dropped.
    void failed(const verdict::Error &error);

private:
    struct Entry
    {
        Annotation annotation;
        QDateTime at; // when it was made: stored with that time
        bool secondsOnly = false;
    };
    Result<void> write(const Entry &entry);
    void enqueue(Entry entry);
    // Why writes wait, from who holds the project now.
    void noteBusy();

    Project &m_project;
    std::deque<Entry> m_entries;
    QString m_reason;
    QTimer m_retry;
};

} // namespace verdict
