#pragma once

#include <string>
#include <string_view>

namespace verdict::jsonescape {

// Appends `text` (valid UTF-8) as a JSON string, quotes included, exactly as
// nlohmann/json's dump() writes it: \" \\ \b \f \n \r \t, other characters
// below U+0020 as \u00xx, everything else as it is. Runs of plain bytes are
// copied whole, which makes it several times faster than dump() on long text.
void appendString(std::string &out, std::string_view text);

} // namespace verdict::jsonescape
