#include "import/foreignmapper.h"

#include "import/doccanomapper.h"
#include "import/hhmapper.h"
#include "import/labelstudiomapper.h"
#include "import/openaimapper.h"
#include "import/prodigymapper.h"
#include "import/trlmapper.h"

namespace verdict {

std::unique_ptr<RecordMapper> createForeignMapper(ImportFormat format, const QString &annotator)
{
    switch (format) {
    case ImportFormat::OpenAi:
        return std::make_unique<OpenAiMapper>();
    case ImportFormat::Trl:
        return std::make_unique<TrlMapper>(annotator);
    case ImportFormat::Hh:
        return std::make_unique<HhMapper>(annotator);
    case ImportFormat::Prodigy:
        return std::make_unique<ProdigyMapper>(annotator);
    case ImportFormat::LabelStudio:
        return std::make_unique<LabelStudioMapper>(annotator);
    case ImportFormat::Doccano:
        return std::make_unique<DoccanoMapper>(annotator);
    case ImportFormat::Auto:
    case ImportFormat::Batch:
        break;
    }
    return nullptr;
}

} // namespace verdict
