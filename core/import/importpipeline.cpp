#include "import/importpipeline.h"

#include "codecs/jsonlineparser.h"
#include "codecs/jsontext.h"
#include "util/boundedqueue.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <mutex>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace verdict {

namespace {

bool isBlank(std::string_view text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

// A position inside a record's text, made absolute in the file.
void locateIn(Error &error, const RecordPlace &where, std::size_t offset)
{
    const jsontext::Position p = jsontext::positionOf(where.text, offset);
    error.file = where.file;
    error.line = int(where.line + p.line - 1);
    error.column = p.line == 1 ? where.column + p.column - 1 : p.column;
}

// Bytes of records between the reader and the store. The reader reads on only
// while fewer than the limit are in flight, so that at most the limit, or one
// record when a record is larger, is held at a time, however large the records.
class InFlight final
{
public:
    explicit InFlight(qint64 limit)
        : m_limit(limit)
    { }

    // Waits until there is room for more; false once closed.
    bool waitForRoom()
    {
        QMutexLocker lock(&m_mutex);
        while (m_bytes >= m_limit && !m_closed)
            m_room.wait(&m_mutex);
        return !m_closed;
    }
    void add(qint64 bytes)
    {
        QMutexLocker lock(&m_mutex);
        m_bytes += bytes;
    }
    void release(qint64 bytes)
    {
        QMutexLocker lock(&m_mutex);
        m_bytes -= bytes;
        m_room.wakeAll();
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_room.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_room;
    qint64 m_bytes = 0;
    const qint64 m_limit;
    bool m_closed = false;
};

// A mapped chunk and the bytes of the records it came from.
struct Mapped
{
    ImportChunk chunk;
    qint64 bytes = 0;
};

} // namespace

Error ImportPipeline::place(Error error, const RecordPlace &where)
{
    if (error.line > 0)
        return error;
    const std::size_t offset = error.field.isEmpty() ? 0 : jsontext::locate(where.text, error.field);
    locateIn(error, where, offset);
    return error;
}

Error ImportPipeline::cancelled()
{
    return makeError(tr("cancelled; nothing was imported"));
}

Result<void> ImportPipeline::run(const QString &fileName, RecordMapper &mapper, const Consumer &consume,
    const std::atomic_bool *cancel, BadRecords badRecords)
{
#ifdef __GLIBC__
    // glibc raises the size from which it maps blocks as large ones are freed,
    // and then keeps freed blocks of up to 32 MiB in its heaps: the buffers a
    // long record passes through would stay in memory after it. Blocks of
    // 4 MiB and more are mapped, and so go back to the system when freed.
    static std::once_flag tuned;
    std::call_once(tuned, [] { mallopt(M_MMAP_THRESHOLD, 4 << 20); });
#endif
    const RecordMapper::Policy policy = mapper.policy();
    RecordReader reader(policy.digest);
    if (auto opened = reader.open(fileName); !opened)
        return opened;
    if (reader.hasByteOrderMark())
        return makeError(tr("the file starts with a byte-order mark; save it as UTF-8 without one"), fileName, 1, 1);
    if (auto started = mapper.start(reader); !started)
        return started;

    BoundedQueue<RecordChunk> raw(4);
    BoundedQueue<Mapped> mapped(4);
    InFlight inFlight(InFlightBytes);
    std::atomic_bool stop = false;
    std::optional<Error> readerError;
    std::optional<Error> mapperError;

    std::unique_ptr<QThread> readerThread(QThread::create([&] {
        while (!stop.load() && inFlight.waitForRoom()) {
            RecordChunk chunk;
            auto more = reader.next(chunk);
            if (!more) {
                readerError = more.error();
                break;
            }
            if (!*more)
                break;
            inFlight.add(qint64(chunk.data.size()));
            if (!raw.push(std::move(chunk)))
                break;
        }
        raw.close();
    }));

    std::unique_ptr<QThread> mapperThread(QThread::create([&] {
        JsonLineParser parser;
        RecordChunk chunk;
        qint64 skipped = 0;
        const auto fail = [&](Error error) {
            mapperError = std::move(error);
            stop = true;
            raw.close(true);
        };
        while (!mapperError && raw.pop(chunk)) {
            Mapped mappedChunk;
            mappedChunk.bytes = qint64(chunk.data.size());
            ImportChunk &out = mappedChunk.chunk;
            out.fileOffset = chunk.fileOffset;
            for (const RecordSpan &span : chunk.records) {
                const std::size_t itemsBefore = out.items.size();
                const qsizetype warningsBefore = out.warnings.size();
                // A record that does not map: refused, or left out with nothing of it kept.
                const auto badRecord = [&](Error error) {
                    if (badRecords == BadRecords::Refuse) {
                        fail(std::move(error));
                        return false;
                    }
                    out.items.erase(out.items.begin() + std::ptrdiff_t(itemsBefore), out.items.end());
                    out.warnings.resize(warningsBefore);
                    mapper.dropRecord();
                    if (++skipped <= MaxListedSkips)
                        out.skipped << std::move(error);
                    else
                        ++out.skippedUnlisted;
                    return true;
                };
                std::string_view text(chunk.data.data() + span.offset, span.size);
                RecordPlace where{fileName, span.line, span.column, text};
                if (!text.empty() && text.back() == '\r') {
                    if (!policy.carriageReturns) {
                        Error e = makeError(tr("the line ends with CR LF; this format uses LF line ends only"));
                        locateIn(e, where, text.size() - 1);
                        fail(e);
                        break;
                    }
                    text.remove_suffix(1);
                    where.text = text;
                }
                if (isBlank(text)) {
                    if (policy.blankLines)
                        continue;
                    fail(makeError(tr("empty line; every line of this format holds one JSON object"), fileName,
                        int(span.line), 1));
                    break;
                }
                mapper.beginRecord();
                auto fast = mapper.mapText(text, where, out);
                if (!fast) {
                    if (badRecord(place(fast.error(), where)))
                        continue;
                    break;
                }
                if (*fast) {
                    out.records.push_back(RecordEnd{out.items.size(), out.warnings.size()});
                    continue;
                }
                nlohmann::json record;
                if (!parser.parse(text, record)) {
                    Error e = makeError(span.unterminated
                            ? tr("the file ends in the middle of this record (was it cut short?): %1")
                                  .arg(parser.problemMessage())
                            : parser.problemMessage());
                    locateIn(e, where, parser.problemOffset());
                    fail(e);
                    break;
                }
                if (auto done = mapper.map(record, where, out); !done) {
                    if (badRecord(place(done.error(), where)))
                        continue;
                    break;
                }
                out.records.push_back(RecordEnd{out.items.size(), out.warnings.size()});
            }
            if (mapperError)
                break;
            chunk = RecordChunk(); // its text is mapped: give it back before waiting
            if (!mapped.push(std::move(mappedChunk)))
                break;
        }
        if (!mapperError && !readerError && !stop.load()) {
            Mapped last;
            last.chunk.fileOffset = reader.size();
            if (auto done = mapper.finish(reader, last.chunk); !done)
                mapperError = done.error();
            else
                mapped.push(std::move(last));
        }
        mapped.close();
    }));

    readerThread->start();
    mapperThread->start();

    std::optional<Error> consumerError;
    Mapped chunk;
    while (mapped.pop(chunk)) {
        if (cancel && cancel->load()) {
            consumerError = cancelled();
            break;
        }
        if (auto done = consume(chunk.chunk); !done) {
            consumerError = done.error();
            break;
        }
        const qint64 stored = chunk.bytes;
        chunk = Mapped(); // stored: give it back before waiting for the next
        inFlight.release(stored);
    }
    stop = true;
    inFlight.close();
    raw.close(true);
    mapped.close(true);
    readerThread->wait();
    mapperThread->wait();

    if (consumerError)
        return *consumerError;
    if (mapperError)
        return *mapperError;
    if (readerError)
        return *readerError;
    if (cancel && cancel->load())
        return cancelled();
    return {};
}

} // namespace verdict
