#pragma once

#include <QStringView>

// Span offsets in Verdict are Unicode code points, end exclusive (as in Python
// and Prodigy). Qt strings index UTF-16 code units; these convert between the two.
namespace verdict::text {

qsizetype codePointCount(QStringView text);

// The code point offset of a UTF-16 position. A position inside a surrogate
// pair maps to the code point it is part of. Returns -1 when out of range.
qsizetype codePointFromUtf16(QStringView text, qsizetype utf16Position);

// The UTF-16 position of a code point offset (codePointCount() maps to the
// end). Returns -1 when out of range.
qsizetype utf16FromCodePoint(QStringView text, qsizetype codePoint);

} // namespace verdict::text
