#pragma once

#include "annotation.h"
#include "batchformat.h"
#include "rubric.h"
#include "taskrow.h"

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

// The items of consecutive records, handed from the thread that parses to
// the thread that stores.
struct ImportChunk
{
    std::vector<ImportItem> items;
    QList<Error> warnings;
    qint64 fileOffset = 0; // bytes of the file read so far
    qint64 records = 0; // records of the file these items came from
};

} // namespace verdict
