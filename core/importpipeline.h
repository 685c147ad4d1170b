#pragma once

#include "importitem.h"
#include "recordmapper.h"
#include "result.h"

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

    // Stops at the first error from any stage, or when `cancel` becomes true
    // (the error then says the import was cancelled).
    static Result<void> run(const QString &fileName, RecordMapper &mapper, const Consumer &consume,
        const std::atomic_bool *cancel = nullptr);

    // Gives an error that names a field path its line and column in the record's text.
    static Error place(Error error, const RecordPlace &where);
    static Error cancelled();
};

} // namespace verdict
