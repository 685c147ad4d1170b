#pragma once

#include "import/importitem.h"
#include "import/recordreader.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace verdict {

// Where a record sits, for messages about it.
struct RecordPlace
{
    QString file;
    qint64 line = 0;
    int column = 1;
    std::string_view text; // the record's JSON text
};

// Turns the records of one file format into import items. It runs on the
// import's parsing thread and never touches the project.
class RecordMapper
{
public:
    struct Policy
    {
        bool blankLines = false; // skipped instead of refused
        bool carriageReturns = false; // a CR before the LF is dropped instead of refused
        RecordReader::Digest digest = RecordReader::Digest::WholeFile;
    };

    virtual ~RecordMapper() = default;

    virtual Policy policy() const = 0;
    // Before the first record, with the file opened (its layout known).
    virtual Result<void> start(const RecordReader &reader);
    // Maps one parsed record. An error may name a field path only; the
    // caller adds the line and column.
    virtual Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) = 0;
    // Called before each record, and after a record that failed to map when
    // the import leaves such records out: a mapper that learns from records
    // (the labels of a built-in rubric) forgets what the failed one taught it.
    virtual void beginRecord();
    virtual void dropRecord();
    // A fast path that maps a record from its text, before it is parsed: true
    // when it did, false to have it parsed and given to map().
    virtual Result<bool> mapText(std::string_view text, const RecordPlace &place, ImportChunk &out);
    // After the last record (the reader has its digest).
    virtual Result<void> finish(const RecordReader &reader, ImportChunk &out) = 0;
};

} // namespace verdict
