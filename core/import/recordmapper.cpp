#include "import/recordmapper.h"

namespace verdict {

Result<void> RecordMapper::start(const RecordReader &)
{
    return {};
}

void RecordMapper::beginRecord()
{ }

void RecordMapper::dropRecord()
{ }

Result<bool> RecordMapper::mapText(std::string_view, const RecordPlace &, ImportChunk &)
{
    return false;
}

} // namespace verdict
