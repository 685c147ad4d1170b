#include "lead/qualityreportworker.h"

#include "store/project.h"

#include <QThread>

namespace verdict {

QualityReportWorker::QualityReportWorker(QObject *parent)
    : QObject(parent)
{ }

QualityReportWorker::~QualityReportWorker()
{
    stopAndWait();
}

bool QualityReportWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void QualityReportWorker::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void QualityReportWorker::stopAndWait()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void QualityReportWorker::start(const QString &projectPath, const QualityReportOptions &options)
{
    stopAndWait();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    const int generation = ++m_generation;
    // Results are posted back to this object's thread; a newer start() makes
    // older results stale. The object outlives the thread: its destructor waits.
    QualityReportWorker *worker = this;
    const auto post = [worker, generation](auto function) {
        QMetaObject::invokeMethod(
            worker,
            [worker, generation, function] {
                if (worker->m_generation == generation)
                    function(worker);
            },
            Qt::QueuedConnection);
    };
    m_thread.reset(QThread::create([projectPath, options, cancelled, post] {
        auto project = Project::open(projectPath);
        if (!project) {
            const QString message = project.error().toString();
            post([message](QualityReportWorker *w) { emit w->failed(message); });
            return;
        }
        auto report = QualityReport::build(**project, options, [cancelled, post](int done, int total) {
            post([done, total](QualityReportWorker *w) { emit w->progress(done, total); });
            return !cancelled->load();
        });
        if (!report) {
            const QString message = report.error().toString();
            post([message](QualityReportWorker *w) { emit w->failed(message); });
            return;
        }
        auto shared = std::make_shared<const QualityReport>(std::move(report).value());
        post([shared](QualityReportWorker *w) { emit w->finished(shared); });
    }));
    m_thread->setObjectName(QStringLiteral("quality-report"));
    m_thread->start(QThread::LowPriority);
}

} // namespace verdict
