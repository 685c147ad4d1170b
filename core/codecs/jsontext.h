#pragma once

#include <QString>

#include <string_view>

// Positions in JSON source text, for error messages that point at the line
// and column of a problem.
namespace verdict::jsontext {

struct Position
{
    int line = 0; // 1-based
    int column = 0; // 1-based, in code points
};

// The line and column of a byte offset into UTF-8 text.
Position positionOf(std::string_view text, std::size_t byteOffset);

// The byte offset of the value at `path` ("criteria[2].scale.max") in valid
// JSON text. Where the path leads to a missing member, the offset of the
// deepest value that exists on the way; 0 when nothing matches.
std::size_t locate(std::string_view text, const QString &path);

} // namespace verdict::jsontext
