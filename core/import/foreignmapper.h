#pragma once

#include "import/importformat.h"
#include "import/recordmapper.h"

#include <memory>

namespace verdict {

// Makes the mapper for a foreign format (docs/formats.md). `annotator` names
// the person behind answers the file does not attribute.
std::unique_ptr<RecordMapper> createForeignMapper(ImportFormat format, const QString &annotator);

} // namespace verdict
