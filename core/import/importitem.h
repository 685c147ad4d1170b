#pragma once

#include "codecs/batchformat.h"
#include "domain/annotation.h"
#include "domain/rubric.h"
#include "store/taskrow.h"

#include <QList>

#include <variant>
#include <vector>

namespace verdict {

// A rubric an import brings. A batch's rubric records keep their id and
// version; a foreign format's built-in rubric is published as the next
// version of its id when its labels grew.
struct ImportRubric
{
    Rubric rubric;
    bool foreign = false;
};

// What one record of an imported file asks the project to store, and where
// in the file it came from.
struct ImportItem
{
    qint64 line = 0;
    int column = 1;
    std::variant<BatchManifest, ImportRubric, TaskRow, Annotation, GoldAnswer, Adjudication, batchformat::EndRecord>
        payload;
};

// Where one record's items and warnings end in its chunk; they begin where
// the record before it ends.
struct RecordEnd
{
    std::size_t items = 0;
    qsizetype warnings = 0;
};

// The items of consecutive records, handed from the thread that parses to
// the thread that stores.
struct ImportChunk
{
    std::vector<ImportItem> items;
    QList<Error> warnings;
    // One per record mapped, in file order. Items and warnings after the last
    // record's belong to the file as a whole (a foreign format's rubric).
    std::vector<RecordEnd> records;
    // Records left out because they could not be mapped (ImportPipeline::BadRecords::Skip):
    // the first ones with their reason, the rest only counted.
    QList<Error> skipped;
    qint64 skippedUnlisted = 0;
    qint64 fileOffset = 0; // bytes of the file read so far
};

} // namespace verdict
