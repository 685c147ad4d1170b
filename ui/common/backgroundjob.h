#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace verdict {

class BackgroundJob;

// What a job's work sees on its worker thread: whether to stop, and where to
// say how far it has come.
class JobControl final
{
public:
    bool isCancelled() const { return m_cancel.load(); }
    // The flag itself, for core functions that poll one (ImportOptions::cancel
    // and the like).
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    // Reports progress, `done` of `total`, and what is being worked on. Cheap
    // enough to call for every record: the job's thread gets the latest
    // report, not every one.
    void setProgress(qint64 done, qint64 total, const QString &what = {});

private:
    friend class BackgroundJob;
    struct Progress
    {
        qint64 done = 0;
        qint64 total = 0;
        QString what;
    };

    std::atomic_bool m_cancel = false;
    QMutex m_mutex;
    std::optional<Progress> m_progress; // reported and not yet delivered
    std::function<void()> m_post; // asks the job's thread to deliver the progress
};

// Long work away from the window: one run at a time on a thread of its own
// (QThread), with progress, cancel and a result. Progress and the result
// arrive on the thread the job lives in, normally the GUI thread; an
// exception that escapes the work arrives as an error. Work that needs the
// project opens its own connection: a connection belongs to its thread.
class BackgroundJob final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject *parent = nullptr);
    // Cancels the work still running and waits for it; its result is dropped.
    ~BackgroundJob() override;

    // Runs `work` (JobControl & → Result<T>) on a new thread and hands what it
    // returns to `done` (Result<T> →) on this object's thread. A run still
    // going is cancelled and waited for first; its result is dropped.
    template<typename Work, typename Done>
    void start(Work work, Done done);

    // Asks the work to stop; its result still comes, with whatever it returned.
    void cancel();
    // Cancels, waits for the work to end and drops its result.
    void abandon();
    // Waits for the work to end and hands its result over before returning:
    // for work the caller cannot go on without.
    void waitForFinished();

    // From start() until the result has been handed over.
    bool isRunning() const { return m_run != nullptr; }
    bool isCancelled() const { return m_run && m_run->control.isCancelled(); }
    // The worker thread's priority, for the runs to come.
    void setPriority(QThread::Priority priority) { m_priority = priority; }

signals:
    void progress(qint64 done, qint64 total, const QString &what);
    // After the result has been handed to `done`.
    void finished();

private:
    struct Run
    {
        virtual ~Run() = default;
        virtual void execute() = 0; // on the worker thread
        virtual void deliver() = 0; // on the job's thread, once execute() has returned
        JobControl control;
    };

    template<typename T>
    struct TypedRun final : Run
    {
        std::function<Result<T>(JobControl &)> work;
        std::function<void(Result<T>)> done;
        std::optional<Result<T>> result;

        void execute() override
        {
            try {
                result.emplace(work(control));
            } catch (const std::exception &e) {
                result.emplace(makeError(QString::fromLocal8Bit(e.what())));
            } catch (...) {
                result.emplace(makeError(
                    QCoreApplication::translate("verdict::BackgroundJob", "the work stopped on an unexpected error")));
            }
        }
        void deliver() override
        {
            if (done)
                done(std::move(*result));
        }
    };

    template<typename R>
    struct ResultValue;
    template<typename T>
    struct ResultValue<Result<T>>
    {
        using Type = T;
    };

    void launch(std::shared_ptr<Run> run);
    void deliverProgress(const std::shared_ptr<Run> &run);
    void finish();

    std::shared_ptr<Run> m_run;
    std::unique_ptr<QThread> m_thread;
    QThread::Priority m_priority = QThread::InheritPriority;
};

template<typename Work, typename Done>
void BackgroundJob::start(Work work, Done done)
{
    using R = std::invoke_result_t<Work &, JobControl &>;
    using T = typename ResultValue<std::remove_cvref_t<R>>::Type;
    auto run = std::make_shared<TypedRun<T>>();
    run->work = std::move(work);
    run->done = std::move(done);
    launch(std::move(run));
}

} // namespace verdict
