#include "codecs/jsonlwriter.h"

#include "codecs/batchformat.h"

namespace verdict {

namespace {

constexpr std::size_t BufferBytes = 1 << 20;

} // namespace

JsonlWriter::JsonlWriter(bool batch)
    : m_batch(batch)
{
    m_buffer.reserve(BufferBytes + (64 << 10));
}

JsonlWriter::~JsonlWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Result<void> JsonlWriter::open(const QString &fileName)
{
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write: %1").arg(m_file.errorString()), fileName);
    return {};
}

Result<void> JsonlWriter::flush()
{
    if (m_buffer.empty())
        return {};
    if (m_file.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        return makeError(tr("cannot write: %1").arg(m_file.errorString()), m_file.fileName());
    m_buffer.clear();
    return {};
}

Result<void> JsonlWriter::write(std::string_view line)
{
    if (m_batch)
        m_hash.addData(line);
    m_buffer.append(line);
    ++m_lines;
    m_bytes += qint64(line.size());
    if (m_buffer.size() >= BufferBytes)
        return flush();
    return {};
}

Result<void> JsonlWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (m_batch) {
        m_digest = m_hash.hexDigest();
        m_buffer += batchformat::recordLine("end", batchformat::endToJson({m_lines, m_digest}));
    }
    Result<void> done = flush();
    if (done && !m_file.flush())
        done = makeError(tr("cannot write: %1").arg(m_file.errorString()), m_file.fileName());
    if (!done)
        m_file.cancelWriting(); // commit() then fails too
    return done;
}

Result<void> JsonlWriter::commit()
{
    if (auto done = finish(); !done)
        return done;
    if (!m_file.commit())
        return makeError(tr("cannot write: %1").arg(m_file.errorString()), m_file.fileName());
    return {};
}

} // namespace verdict
