#pragma once

#include "codecs/batchformat.h"
#include "import/recordmapper.h"

#include <QCoreApplication>

namespace verdict {

// Reads the records of a batch file (docs/batch-format.md): the manifest on
// the first line, records of the types its kind allows in their fixed order,
// and the end record last, whose count and digest must match the file.
class BatchRecordMapper final : public RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(BatchRecordMapper)

public:
    Policy policy() const override;
    Result<void> start(const RecordReader &reader) override;
    Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) override;
    Result<bool> mapText(std::string_view text, const RecordPlace &place, ImportChunk &out) override;
    Result<void> finish(const RecordReader &reader, ImportChunk &out) override;

    const BatchManifest &manifest() const { return m_manifest; }
    qint64 records() const { return m_end.records; }

private:
    // Whether a record of `type` may come here: order, kind, the assignment's rubric first.
    Result<void> admit(RecordType type);

    BatchManifest m_manifest;
    RecordType m_last = RecordType::Manifest;
    bool m_ended = false;
    bool m_sawAssignedRubric = false;
    qint64 m_endLine = 0;
    int m_digestColumn = 1;
    qint64 m_lastLine = 0;
    QString m_fileName;
    batchformat::EndRecord m_end;
};

} // namespace verdict
