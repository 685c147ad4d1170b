#include "recordmapper.h"

namespace verdict {

Result<void> RecordMapper::start(const RecordReader &)
{
    return {};
}

} // namespace verdict
