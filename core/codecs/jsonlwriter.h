#pragma once

#include "util/result.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <string>
#include <string_view>

namespace verdict {

// Writes a JSONL file through QSaveFile: the file appears whole on commit()
// or not at all (destroyed before commit(), it leaves nothing). With `batch` set it also hashes what it writes and ends
// the file with the batch format's end record (count and SHA-256).
class JsonlWriter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonlWriter)

public:
    explicit JsonlWriter(bool batch);
    ~JsonlWriter();

    Result<void> open(const QString &fileName);
    // One complete line, its line feed included.
    Result<void> write(std::string_view line);
    qint64 lines() const { return m_lines; }
    qint64 bytes() const { return m_bytes; }

    // Adds the end record (batch files) and flushes: the file is then
    // complete but not yet in place, and digest() is known.
    Result<void> finish();
    // Finishes the file when that is not done yet, and replaces the target file with it.
    Result<void> commit();
    // The digest the end record carries, after finish().
    const QString &digest() const { return m_digest; }

private:
    Result<void> flush();

    bool m_batch;
    QSaveFile m_file;
    std::string m_buffer;
    Sha256 m_hash;
    qint64 m_lines = 0;
    qint64 m_bytes = 0;
    QString m_digest;
    bool m_finished = false;
};

} // namespace verdict
