#pragma once

#include "util/result.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace verdict {

// Where one record sits in a RecordChunk and in its file.
struct RecordSpan
{
    std::size_t offset = 0; // into RecordChunk::data
    std::size_t size = 0;
    qint64 line = 0; // 1-based line of the record's first byte
    int column = 1; // 1-based column (code points) of the record's first byte
    bool unterminated = false; // the file's last line, with no line feed after it
};

// Consecutive records of a file and the bytes they are cut from.
struct RecordChunk
{
    std::string data;
    std::vector<RecordSpan> records;
    qint64 fileOffset = 0; // bytes of the file read once this chunk is done
    void clear()
    {
        data.clear();
        records.clear();
    }
};

// Reads a file of JSON records in chunks of about a megabyte, in constant
// memory: the lines of a JSONL file, or the elements of a file holding one
// JSON array (as Label Studio exports). A line longer than a chunk comes
// alone, in the buffer it was read into. It hashes the file on the way: every
// byte before the last line (the digest a batch's end record carries), or
// the whole file.
class RecordReader final
{
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    enum class Layout { Lines, Array };
    enum class Digest { BeforeLastLine, WholeFile };

    // The longest record read; a longer one is refused rather than held in memory.
    static constexpr std::size_t MaxRecordBytes = 64u << 20;

    explicit RecordReader(Digest digest = Digest::BeforeLastLine);
    ~RecordReader();

    // Opens the file and decides its layout from its first byte that is not
    // white space: '[' means an array of records; a '{' alone on its line, one
    // pretty-printed record (read as an array of one).
    Result<void> open(const QString &fileName);
    const QString &fileName() const { return m_fileName; }
    Layout layout() const { return m_layout; }
    // Whether the file starts with a UTF-8 byte-order mark (which records never include).
    bool hasByteOrderMark() const { return m_bom; }
    qint64 size() const { return m_size; }

    // Fills `chunk` with the next records; false when there are none left.
    // Errors (unreadable file, an array that is not well formed, a record
    // too long) carry the file, line and column.
    Result<bool> next(RecordChunk &chunk);

    // After the last chunk: the hex SHA-256 chosen at construction, the number
    // of lines, and whether the last line ended with a line feed.
    QString digest() const { return m_digest; }
    qint64 lineCount() const { return m_lines; }
    bool endsWithNewline() const { return m_endsWithNewline; }

    // The text of one line of a file (without its line end), to point at a
    // field in a message or to show it; nothing when there is no such line.
    static std::optional<std::string> recordAt(const QString &fileName, qint64 line);

private:
    Result<bool> fill();
    Result<bool> nextLines(RecordChunk &chunk);
    Result<bool> nextElements(RecordChunk &chunk);
    void finish();
    Error error(const QString &message, qint64 line, int column) const;

    Digest m_digestMode;
    QString m_fileName;
    QFile m_file;
    qint64 m_size = 0;
    Layout m_layout = Layout::Lines;
    bool m_bom = false;
    bool m_eof = false;
    bool m_finished = false;

    std::string m_buffer; // bytes read and not yet handed out
    std::size_t m_pos = 0; // first unconsumed byte in m_buffer
    qint64 m_consumed = 0; // file offset of m_buffer[m_pos]
    qint64 m_line = 1; // line of m_buffer[m_pos]
    int m_column = 1; // column of m_buffer[m_pos] (array layout)

    Sha256 m_hash;
    QString m_digest;
    qint64 m_lines = 0;
    bool m_endsWithNewline = false;

    // Array layout state.
    bool m_arrayOpen = false;
    bool m_arrayClosed = false;
    bool m_expectElement = true;
    bool m_afterComma = false; // a comma, and no record after it yet
    qint64 m_commaLine = 0;
    int m_commaColumn = 0;
    bool m_single = false; // one object, not an array
};

} // namespace verdict
