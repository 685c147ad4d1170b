#include "util/textoffsets.h"

#include <QChar>

namespace verdict::text {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

qsizetype codePointFromUtf16(QStringView text, qsizetype utf16Position)
{
    if (utf16Position < 0 || utf16Position > text.size())
        return -1;
    qsizetype codePoint = 0;
    for (qsizetype i = 0; i < utf16Position; ++i) {
        const bool secondHalf = text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate();
        if (!secondHalf)
            ++codePoint;
    }
    // Inside a pair: the position belongs to the code point that started before it.
    if (utf16Position < text.size() && utf16Position > 0 && text[utf16Position].isLowSurrogate()
        && text[utf16Position - 1].isHighSurrogate())
        --codePoint;
    return codePoint;
}

qsizetype utf16FromCodePoint(QStringView text, qsizetype codePoint)
{
    if (codePoint < 0)
        return -1;
    qsizetype i = 0;
    for (qsizetype seen = 0; seen < codePoint; ++seen) {
        if (i >= text.size())
            return -1;
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return i;
}

} // namespace verdict::text
