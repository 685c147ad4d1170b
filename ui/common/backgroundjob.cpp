#include "common/backgroundjob.h"

#include <QMutexLocker>
#include <QPointer>

namespace verdict {

void JobControl::setProgress(qint64 done, qint64 total, const QString &what)
{
    QMutexLocker lock(&m_mutex);
    const bool posted = m_progress.has_value();
    m_progress = Progress{done, total, what};
    lock.unlock();
    // One delivery waits in the job's queue at a time; it takes the latest report.
    if (!posted && m_post)
        m_post();
}

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{ }

BackgroundJob::~BackgroundJob()
{
    abandon();
}

void BackgroundJob::cancel()
{
    if (m_run)
        m_run->control.m_cancel = true;
}

void BackgroundJob::abandon()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
    m_run.reset();
}

void BackgroundJob::waitForFinished()
{
    if (m_run)
        finish();
}

void BackgroundJob::launch(std::shared_ptr<Run> run)
{
    abandon();
    m_run = run;
    const std::weak_ptr<Run> weak = run;
    // Posted to this object, which outlives the thread (its destructor waits),
    // and dropped unless they are about the run still current.
    run->control.m_post = [this, weak] {
        QMetaObject::invokeMethod(
            this,
            [this, weak] {
                if (const auto current = weak.lock(); current && current == m_run)
                    deliverProgress(current);
            },
            Qt::QueuedConnection);
    };
    m_thread.reset(QThread::create([this, weak, raw = run.get()] {
        raw->execute();
        QMetaObject::invokeMethod(
            this,
            [this, weak] {
                if (const auto current = weak.lock(); current && current == m_run)
                    finish();
            },
            Qt::QueuedConnection);
    }));
    if (!objectName().isEmpty())
        m_thread->setObjectName(objectName());
    m_thread->start(m_priority);
}

void BackgroundJob::deliverProgress(const std::shared_ptr<Run> &run)
{
    QMutexLocker lock(&run->control.m_mutex);
    const std::optional<JobControl::Progress> latest = std::exchange(run->control.m_progress, std::nullopt);
    lock.unlock();
    if (latest)
        emit progress(latest->done, latest->total, latest->what);
}

void BackgroundJob::finish()
{
    m_thread->wait();
    m_thread.reset();
    // The run is over before `done` sees its result, so `done` may start the next one.
    const std::shared_ptr<Run> ended = std::exchange(m_run, nullptr);
    const QPointer<BackgroundJob> alive(this); // `done` may close the window that owns the job
    ended->deliver();
    if (alive)
        emit finished();
}

} // namespace verdict
