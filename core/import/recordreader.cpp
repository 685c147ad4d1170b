#include "import/recordreader.h"

#include <cstring>

namespace verdict {

namespace {

constexpr qint64 BlockBytes = 1 << 20;
constexpr std::size_t ChunkBytes = 1 << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

RecordReader::RecordReader(Digest digest)
    : m_digestMode(digest)
{ }

RecordReader::~RecordReader() = default;

Error RecordReader::error(const QString &message, qint64 line, int column) const
{
    return makeError(message, m_fileName, int(line), column);
}

Result<void> RecordReader::open(const QString &fileName)
{
    m_fileName = fileName;
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read: %1").arg(m_file.errorString()), fileName);
    m_size = m_file.size();
    // Enough of the file to see the byte-order mark and the first byte of content.
    while (!m_eof) {
        auto more = fill();
        if (!more)
            return more.error();
        std::size_t i = 0;
        if (m_buffer.size() >= 3 && m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
            i = 3;
        while (i < m_buffer.size() && isSpace(m_buffer[i]))
            ++i;
        if (i < m_buffer.size() || m_eof)
            break;
    }
    m_bom = m_buffer.size() >= 3 && m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0;
    std::size_t first = m_bom ? 3 : 0;
    while (first < m_buffer.size() && isSpace(m_buffer[first]))
        ++first;
    m_layout = first < m_buffer.size() && m_buffer[first] == '[' ? Layout::Array : Layout::Lines;
    // A lone "{" on the first line: one pretty-printed object, read as an array of one.
    if (first < m_buffer.size() && m_buffer[first] == '{') {
        std::size_t next = first + 1;
        while (next < m_buffer.size() && (m_buffer[next] == ' ' || m_buffer[next] == '\t' || m_buffer[next] == '\r'))
            ++next;
        if (next < m_buffer.size() && m_buffer[next] == '\n') {
            m_layout = Layout::Array;
            m_arrayOpen = true;
            m_single = true;
        }
    }
    if (m_layout == Layout::Array && m_digestMode == Digest::BeforeLastLine) {
        // An array has no last line to leave out: hash it all.
        m_digestMode = Digest::WholeFile;
        m_hash.addData(m_buffer);
    } else if (m_bom && m_digestMode == Digest::BeforeLastLine) {
        m_hash.addData(std::string_view(m_buffer.data(), 3));
    }
    if (m_bom) {
        m_pos = 3;
        m_consumed = 3;
    }
    return {};
}

Result<bool> RecordReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    // After a long record, give back what held it.
    if (m_buffer.capacity() > 8 * std::size_t(BlockBytes) && m_buffer.size() < std::size_t(BlockBytes))
        m_buffer.shrink_to_fit();
    const std::size_t old = m_buffer.size();
    m_buffer.resize(old + std::size_t(BlockBytes));
    const qint64 got = m_file.read(m_buffer.data() + old, BlockBytes);
    if (got < 0)
        return makeError(tr("cannot read: %1").arg(m_file.errorString()), m_fileName);
    m_buffer.resize(old + std::size_t(got));
    if (got == 0) {
        m_eof = true;
        return false;
    }
    if (m_digestMode == Digest::WholeFile || m_layout == Layout::Array)
        m_hash.addData(std::string_view(m_buffer.data() + old, std::size_t(got)));
    return true;
}

void RecordReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_digest = m_hash.hexDigest();
}

Result<bool> RecordReader::next(RecordChunk &chunk)
{
    chunk.clear();
    if (m_finished)
        return false;
    auto result = m_layout == Layout::Lines ? nextLines(chunk) : nextElements(chunk);
    chunk.fileOffset = m_consumed;
    if (result.ok() && !*result)
        finish();
    return result;
}

Result<bool> RecordReader::nextLines(RecordChunk &chunk)
{
    std::size_t searched = 0; // bytes from m_pos on known to hold no line feed
    while (chunk.data.size() < ChunkBytes) {
        const char *start = m_buffer.data() + m_pos;
        const std::size_t available = m_buffer.size() - m_pos;
        const void *newline = std::memchr(start + searched, '\n', available - searched);
        if (!newline && !m_eof) {
            // A long line after others: it comes alone in the next chunk, read then, not now.
            if (!chunk.records.empty() && available >= ChunkBytes)
                break;
            if (available > MaxRecordBytes)
                return error(
                    tr("a line longer than %1 MiB; is this a JSONL file?").arg(MaxRecordBytes >> 20), m_line, 1);
            searched = available;
            auto more = fill(); // keeps the bytes from m_pos on, now at the front
            if (!more)
                return more.error();
            continue;
        }
        searched = 0;
        if (!newline && available == 0)
            break;
        const std::size_t length = newline ? std::size_t(static_cast<const char *>(newline) - start) : available;
        const std::size_t taken = newline ? length + 1 : length;
        if (taken >= ChunkBytes) {
            // A long line travels alone, in the buffer it was read into rather than a copy of it.
            if (!chunk.records.empty())
                break;
            std::string rest(m_buffer, m_pos + taken);
            m_buffer.resize(m_pos + taken);
            m_buffer.erase(0, m_pos);
            chunk.data = std::move(m_buffer);
            m_buffer = std::move(rest);
            m_pos = 0;
            chunk.records.push_back(RecordSpan{0, length, m_line, 1, newline == nullptr});
        } else {
            chunk.records.push_back(RecordSpan{chunk.data.size(), length, m_line, 1, newline == nullptr});
            chunk.data.append(start, taken);
            m_pos += taken;
        }
        ++m_lines;
        m_endsWithNewline = newline != nullptr;
        m_consumed += qint64(taken);
        ++m_line;
    }
    if (chunk.records.empty())
        return false;
    if (m_digestMode == Digest::BeforeLastLine) {
        // Every line but the file's last: a line is hashed once another is known to follow it.
        const std::size_t last = chunk.records.back().offset;
        m_hash.addData(std::string_view(chunk.data.data(), last));
        if (m_pos == m_buffer.size() && !m_eof) {
            if (auto more = fill(); !more)
                return more.error();
        }
        if (m_pos < m_buffer.size())
            m_hash.addData(std::string_view(chunk.data).substr(last));
    }
    return true;
}

Result<bool> RecordReader::nextElements(RecordChunk &chunk)
{
    const auto advance = [this](std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            const auto c = static_cast<unsigned char>(m_buffer[m_pos + i]);
            if (c == '\n') {
                ++m_line;
                ++m_lines;
                m_column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++m_column;
            }
        }
        m_pos += count;
        m_consumed += qint64(count);
    };
    while (chunk.data.size() < ChunkBytes) {
        // Between records: white space, commas and brackets.
        while (m_pos < m_buffer.size() && isSpace(m_buffer[m_pos]))
            advance(1);
        if (m_pos >= m_buffer.size()) {
            auto more = fill();
            if (!more)
                return more.error();
            if (*more)
                continue;
            if (!m_arrayClosed && !m_single)
                return error(tr("the file ends before the array is closed with ]"), m_line, m_column);
            break;
        }
        const char c = m_buffer[m_pos];
        if (m_arrayClosed)
            return error(tr("unexpected data after the closing ] of the array"), m_line, m_column);
        if (m_single && !m_expectElement)
            return error(tr("unexpected data after the object"), m_line, m_column);
        if (!m_arrayOpen) {
            if (c != '[')
                return error(tr("expected [ to open an array of records"), m_line, m_column);
            m_arrayOpen = true;
            advance(1);
            continue;
        }
        if (c == ']') {
            if (m_afterComma)
                return error(
                    tr("a comma before the closing ] (JSON has no trailing commas)"), m_commaLine, m_commaColumn);
            m_arrayClosed = true;
            advance(1);
            continue;
        }
        if (c == ',') {
            if (m_expectElement)
                return error(tr("expected a record before ,"), m_line, m_column);
            m_expectElement = true;
            m_afterComma = true;
            m_commaLine = m_line;
            m_commaColumn = m_column;
            advance(1);
            continue;
        }
        if (!m_expectElement)
            return error(tr("expected , or ] after a record"), m_line, m_column);

        // One element: find where it ends, reading more as needed.
        std::size_t end = m_pos;
        int depth = 0;
        bool inString = false;
        bool escape = false;
        bool done = false;
        while (!done) {
            if (end >= m_buffer.size()) {
                if (end - m_pos > MaxRecordBytes)
                    return error(tr("a record longer than %1 MiB").arg(MaxRecordBytes >> 20), m_line, m_column);
                const std::size_t scanned = end - m_pos;
                auto more = fill(); // moves the unconsumed bytes to the front
                if (!more)
                    return more.error();
                if (!*more)
                    return error(tr("the file ends inside a record"), m_line, m_column);
                end = m_pos + scanned;
                continue;
            }
            const char b = m_buffer[end];
            if (inString) {
                if (escape)
                    escape = false;
                else if (b == '\\')
                    escape = true;
                else if (b == '"') {
                    inString = false;
                    done = depth == 0;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                ++depth;
            } else if (b == '}' || b == ']') {
                if (depth == 0) // a scalar record ends before the array's ]
                    break;
                done = --depth == 0;
            } else if (depth == 0 && (b == ',' || isSpace(b))) {
                break;
            }
            ++end;
        }
        const std::size_t length = end - m_pos;
        chunk.records.push_back(RecordSpan{chunk.data.size(), length, m_line, m_column, false});
        chunk.data.append(m_buffer, m_pos, length);
        advance(length);
        m_expectElement = false;
        m_afterComma = false;
    }
    m_lines = m_line;
    return !chunk.records.empty();
}

std::optional<std::string> RecordReader::recordAt(const QString &fileName, qint64 line)
{
    QFile file(fileName);
    if (line < 1 || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    qint64 current = 1;
    std::string text;
    char block[1 << 16];
    while (true) {
        const qint64 got = file.read(block, sizeof block);
        if (got <= 0)
            break;
        for (qint64 i = 0; i < got; ++i) {
            if (block[i] == '\n') {
                if (current == line)
                    return text;
                ++current;
                continue;
            }
            if (current == line) {
                if (text.size() >= MaxRecordBytes)
                    return std::nullopt;
                text += block[i];
            }
        }
    }
    if (current == line && !text.empty())
        return text;
    return std::nullopt;
}

} // namespace verdict
