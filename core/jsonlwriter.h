#pragma once

#include "result.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <string>
#include <string_view>

namespace verdict {

// Writes a JSONL file through QSaveFile: the file appears whole on commit()
// or not at all. With `batch` set it also hashes what it writes and ends the
// file with the batch format's end record (count and SHA-256).
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

    // Adds the end record (batch files), flushes and replaces the target file.
    Result<void> commit();
    // The digest the end record carries, after commit().
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
};

} // namespace verdict
