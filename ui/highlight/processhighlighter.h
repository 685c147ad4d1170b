#pragma once

#include "highlight/codehighlighter.h"
#include "highlight/highlightcache.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <memory>

class QProcess;
class QThread;

namespace verdict {

class BackgroundJob;
class JobControl;

// Highlighting by the verdict-highlighter program (Qt 5 + KF5 Syntax
// Highlighting), started once and asked synchronously over its stdin/stdout
// (docs/highlighting.md). The program is started, and its introduction
// awaited, by a BackgroundJob; the first request waits for what is left of
// that. A request waits at most timeout() for its answer; an answer that
// comes later still lands in the cache for the next time. When the program
// is missing, or stops a second time, code stays plain.
class ProcessHighlighter final : public CodeHighlighter
{
    Q_DECLARE_TR_FUNCTIONS(verdict::ProcessHighlighter)

public:
    static constexpr int DefaultTimeout = 200; // ms a caller may be blocked per request
    static constexpr int StartTimeout = 5000; // ms for the program to start and introduce itself
    static constexpr int HungAfter = 5000; // ms without an answer before the program counts as stuck
    static constexpr int MaxStarts = 2; // the first start and one restart
    static constexpr int MaxPendingRequests = 256;

    // `program` is verdict-highlighter's path, empty when none was found. The program
    // is started at once, on a worker thread, so it is ready by the first request.
    explicit ProcessHighlighter(const QString &program);
    ~ProcessHighlighter() override;

    QList<HighlightSpan> highlight(const QString &code, const QString &language) override;
    // Sends every block not yet cached at once; highlight() then collects the
    // answers, so a document's fences cost one wait instead of one each.
    void prefetch(const QList<CodeBlock> &blocks) override;
    void setDarkTheme(bool dark) override;
    QString backendName() const override;
    QString readyBackendName() override;

    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    int timeout() const { return m_timeout; }
    bool isDarkTheme() const { return m_dark; }
    // False once the program is known to be missing or has stopped for good.
    bool isAvailable() const { return !m_program.isEmpty() && m_failure.isEmpty(); }
    // The running program's process id, or 0.
    qint64 processId() const;
    const HighlightCache &cache() const { return m_cache; }

    // Where the program is looked for, in order: next to the application,
    // the installed libexec directory, then $VERDICT_HIGHLIGHTER.
    static QStringList candidatePaths();
    // The first of candidatePaths() that is an executable file, or empty.
    static QString locate();

private:
    struct Pending
    {
        HighlightCache::Key key;
        QDeadlineTimer deadline; // how long a caller may wait for the answer
        QElapsedTimer sent;
    };

    // A started program that has introduced itself, handed over from the start-up job.
    struct Started
    {
        std::unique_ptr<QProcess> process;
        QString engine;
        QByteArray buffer; // what came after the introduction
    };

    static bool worthAsking(const QString &code, const QString &language);
    // Starts the program and reads its introduction; on the start-up job's thread.
    static Result<Started> startUp(const QString &program, QThread *owner, JobControl &control);
    void start();
    bool ensureReady();
    bool readFrames();
    bool prepareToAsk();
    quint32 send(const HighlightCache::Key &key);
    quint32 pendingRequest(const HighlightCache::Key &key) const;
    void stopProcess(const QString &reason);

    QString m_program;
    std::unique_ptr<BackgroundJob> m_startup;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    bool m_ready = false;
    QString m_engine;
    int m_starts = 0;
    QString m_failure;
    quint32 m_nextId = 1;
    QHash<quint32, Pending> m_pending;
    HighlightCache m_cache;
    bool m_dark = false;
    int m_timeout = DefaultTimeout;
};

} // namespace verdict
