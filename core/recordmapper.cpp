#include "recordmapper.h"

namespace verdict {

Result<void> RecordMapper::start(const RecordReader &)
{
    return {};
}

Result<bool> RecordMapper::mapText(std::string_view, const RecordPlace &, ImportChunk &)
{
    return false;
}

} // namespace verdict
