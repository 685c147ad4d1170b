#pragma once

#include "metrics/qualityreport.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace verdict {

// Computes a quality report on a thread of its own, with its own connection
// to the project (a connection belongs to the thread that opened it).
// Progress and the outcome arrive as signals on the worker's thread.
class QualityReportWorker final : public QObject
{
    Q_OBJECT

public:
    explicit QualityReportWorker(QObject *parent = nullptr);
    ~QualityReportWorker() override;

    // Starts computing; a computation still running is cancelled first.
    void start(const QString &projectPath, const QualityReportOptions &options);
    // Asks the running computation to stop; it ends with failed() or not at all.
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void finished(std::shared_ptr<const QualityReport> report);
    void failed(const QString &message);

private:
    void stopAndWait();

    // Owned and joined here, never left to deleteLater: no thread object
    // outlives the dashboard or the program.
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
};

} // namespace verdict
