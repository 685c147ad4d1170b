#include "codecs/jsonescape.h"

#include <cstdint>
#include <cstring>

namespace verdict::jsonescape {

namespace {

// Whether any of the eight bytes in `word` is a control character, '"' or '\\'
// (the classic test for a zero byte, applied three times).
bool needsEscape(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    const auto hasZero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t control = (word - ones * 0x20) & ~word & highs;
    return control | hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\'));
}

} // namespace

void appendString(std::string &out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Skip eight plain bytes at a time.
        while (i + 8 <= text.size()) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if (needsEscape(word))
                break;
            i += 8;
        }
        if (i >= text.size())
            break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escaped, sizeof escaped);
            break;
        }
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

} // namespace verdict::jsonescape
