#include "highlight/processhighlighter.h"

#include "common/backgroundjob.h"
#include "highlight/syntaxspans.h"
#include "highlightprotocol.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>

namespace verdict {

namespace hp = highlightprotocol;

ProcessHighlighter::ProcessHighlighter(const QString &program)
    : m_program(program)
    , m_startup(std::make_unique<BackgroundJob>())
{
    m_startup->setObjectName(QStringLiteral("highlighter-start"));
    if (!m_program.isEmpty())
        start();
}

ProcessHighlighter::~ProcessHighlighter()
{
    m_startup->abandon(); // a program still starting is stopped with the job's result
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // the program exits when its input ends
        if (!m_process->waitForFinished(500)) {
            m_process->kill();
            m_process->waitForFinished(500);
        }
    }
}

QStringList ProcessHighlighter::candidatePaths()
{
    const QString name = QStringLiteral("verdict-highlighter");
    QStringList paths;
    if (QCoreApplication::instance())
        paths << QDir(QCoreApplication::applicationDirPath()).filePath(name);
    paths << QDir(QStringLiteral(VERDICT_LIBEXECDIR)).filePath(name);
    const QString fromEnvironment = qEnvironmentVariable("VERDICT_HIGHLIGHTER");
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment;
    return paths;
}

QString ProcessHighlighter::locate()
{
    const QStringList paths = candidatePaths();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

qint64 ProcessHighlighter::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void ProcessHighlighter::setDarkTheme(bool dark)
{
    m_dark = dark;
}

QString ProcessHighlighter::backendName() const
{
    if (m_program.isEmpty())
        return tr("none (the highlighting program verdict-highlighter was not found)");
    if (!m_failure.isEmpty())
        return tr("none (%1)").arg(m_failure);
    if (m_engine.isEmpty())
        return tr("KSyntaxHighlighting, helper process");
    return tr("%1, helper process").arg(m_engine);
}

QString ProcessHighlighter::readyBackendName()
{
    ensureReady();
    return backendName();
}

Result<ProcessHighlighter::Started> ProcessHighlighter::startUp(
    const QString &program, QThread *owner, JobControl &control)
{
    Started started;
    started.process = std::make_unique<QProcess>();
    QProcess &process = *started.process;
    process.setProgram(program);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(StartTimeout))
        return makeError(tr("the highlighting program %1 could not be started: %2")
                             .arg(QDir::toNativeSeparators(program), process.errorString()));
    const QDeadlineTimer deadline(StartTimeout);
    QByteArray payload;
    for (;;) {
        started.buffer += process.readAllStandardOutput();
        const hp::FrameStatus status = hp::takeFrame(started.buffer, &payload);
        if (status == hp::FrameStatus::Complete) {
            hp::Hello hello;
            if (!hp::decodeHello(payload, &hello) || hello.version != hp::Version)
                return makeError(tr("the highlighting program sent a malformed answer"));
            started.engine = hello.engine;
            break;
        }
        if (status != hp::FrameStatus::Incomplete)
            return makeError(tr("the highlighting program sent a malformed answer"));
        if (control.isCancelled())
            return makeError(QString());
        // In slices, so that a highlighter going away need not wait for the whole timeout.
        if (deadline.hasExpired() || !process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 100)))) {
            if (process.state() == QProcess::NotRunning)
                return makeError(tr("the highlighting program stopped before it was ready"));
            if (deadline.hasExpired())
                return makeError(tr("the highlighting program did not answer within %1 ms").arg(StartTimeout));
        }
    }
    // From here on the program is used from the highlighter's own thread.
    process.moveToThread(owner);
    return started;
}

void ProcessHighlighter::start()
{
    ++m_starts;
    m_ready = false;
    m_buffer.clear();
    m_process.reset();
    m_startup->start([program = m_program, owner = QThread::currentThread()](
                         JobControl &control) { return startUp(program, owner, control); },
        [this](Result<Started> started) {
            if (!started) {
                stopProcess(started.error().message);
                return;
            }
            m_process = std::move(started->process);
            m_engine = started->engine;
            m_buffer = started->buffer;
            m_ready = true;
        });
}

void ProcessHighlighter::stopProcess(const QString &reason)
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
        m_process.reset();
    }
    m_ready = false;
    m_buffer.clear();
    m_pending.clear();
    if (m_starts >= MaxStarts)
        m_failure = reason;
}

bool ProcessHighlighter::ensureReady()
{
    m_startup->waitForFinished();
    if (m_process && m_ready && m_process->state() == QProcess::Running)
        return true;
    if (m_process && m_ready)
        stopProcess(tr("the highlighting program stopped"));
    while (m_failure.isEmpty() && !m_program.isEmpty()) {
        start();
        m_startup->waitForFinished();
        if (m_ready)
            return true;
    }
    return false;
}

bool ProcessHighlighter::readFrames()
{
    while (m_process->waitForReadyRead(0)) { }
    m_buffer += m_process->readAllStandardOutput();
    QByteArray payload;
    for (;;) {
        const hp::FrameStatus status = hp::takeFrame(m_buffer, &payload);
        if (status == hp::FrameStatus::Incomplete)
            return true;
        if (status == hp::FrameStatus::Complete) {
            hp::Reply reply;
            if (hp::decodeReply(payload, &reply)) {
                const auto pending = m_pending.constFind(reply.id);
                if (pending != m_pending.constEnd()) {
                    m_cache.insert(pending->key, spansFromSyntax(reply.result, pending->key.code.size()));
                    m_pending.erase(pending);
                }
                continue;
            }
        }
        stopProcess(tr("the highlighting program sent a malformed answer"));
        return false;
    }
}

bool ProcessHighlighter::worthAsking(const QString &code, const QString &language)
{
    return !code.isEmpty() && !language.trimmed().isEmpty() && code.size() <= hp::MaxCodeLength;
}

quint32 ProcessHighlighter::pendingRequest(const HighlightCache::Key &key) const
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->key == key)
            return it.key();
    }
    return 0;
}

bool ProcessHighlighter::prepareToAsk()
{
    if (!ensureReady() || !readFrames())
        return false;
    // A request unanswered this long means the program is stuck, not slow.
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.sent.elapsed() > HungAfter) {
            stopProcess(tr("the highlighting program did not answer for %1 ms").arg(HungAfter));
            return ensureReady();
        }
    }
    return true;
}

quint32 ProcessHighlighter::send(const HighlightCache::Key &key)
{
    if (m_pending.size() >= MaxPendingRequests)
        return 0;
    hp::Request request;
    request.id = m_nextId++;
    if (request.id == 0) // 0 means "none" here; skip it when the counter wraps
        request.id = m_nextId++;
    request.dark = key.dark;
    request.language = key.language;
    request.code = key.code;
    m_process->write(hp::encodeRequest(request));
    Pending pending{key, QDeadlineTimer(m_timeout), {}};
    pending.sent.start();
    m_pending.insert(request.id, pending);
    return request.id;
}

void ProcessHighlighter::prefetch(const QList<CodeBlock> &blocks)
{
    bool asked = false;
    for (const CodeBlock &block : blocks) {
        if (!worthAsking(block.code, block.language))
            continue;
        const HighlightCache::Key key = HighlightCache::key(block.language, m_dark, block.code);
        if (m_cache.contains(key))
            continue;
        if (!asked && !prepareToAsk())
            return;
        asked = true;
        if (!pendingRequest(key) && !send(key))
            break;
    }
    if (asked)
        m_process->waitForBytesWritten(0);
}

QList<HighlightSpan> ProcessHighlighter::highlight(const QString &code, const QString &language)
{
    if (!worthAsking(code, language))
        return {};
    const HighlightCache::Key key = HighlightCache::key(language, m_dark, code);
    if (auto cached = m_cache.find(key))
        return *cached;
    if (!prepareToAsk())
        return {};
    if (auto cached = m_cache.find(key)) // a late answer has just come in
        return *cached;

    quint32 id = pendingRequest(key);
    if (!id) {
        // Requests past their wait and still unanswered: the program is busy
        // with slow work. Ask without waiting; the answer is cached for next time.
        const bool busy = std::any_of(
            m_pending.cbegin(), m_pending.cend(), [](const Pending &pending) { return pending.deadline.hasExpired(); });
        id = send(key);
        if (!id || busy) {
            m_process->waitForBytesWritten(0);
            return {};
        }
    }

    const QDeadlineTimer deadline = m_pending.value(id).deadline;
    while (m_pending.contains(id) && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_process->state() == QProcess::NotRunning)
                stopProcess(tr("the highlighting program stopped"));
            break;
        }
        if (!readFrames())
            break;
    }
    if (auto cached = m_cache.find(key))
        return *cached;
    return {};
}

} // namespace verdict
