#pragma once

#include "import/importitem.h"
#include "import/recordmapper.h"
#include "util/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace verdict {

// Reads a file on one thread, parses and maps its records on another, and
// hands the items to `consume` on the calling thread, in order, with at most
// InFlightBytes of records between reading and storing (or one record, when
// a record is larger): parsing overlaps storing, and memory stays flat
// however large the file or its records (docs/batch-format.md, "Reading").
class ImportPipeline final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)

public:
    static constexpr qint64 InFlightBytes = 16 << 20;

    using Consumer = std::function<Result<void>(ImportChunk &chunk)>;

    // What a record the mapper cannot map does: stop the run, or be left out
    // with its reason in ImportChunk::skipped. A damaged file (JSON that does
    // not parse, invalid UTF-8, a record cut short) always stops it.
    enum class BadRecords { Refuse, Skip };
    // How many skipped records are listed with their reason; the rest are counted.
    static constexpr qint64 MaxListedSkips = 1000;

    // Stops at the first error from any stage, or when `cancel` becomes true
    // (the error then says the import was cancelled).
    static Result<void> run(const QString &fileName, RecordMapper &mapper, const Consumer &consume,
        const std::atomic_bool *cancel = nullptr, BadRecords badRecords = BadRecords::Refuse);

    // Gives an error that names a field path its line and column in the record's text.
    static Error place(Error error, const RecordPlace &where);
    static Error cancelled();
};

} // namespace verdict
