#include "highlight/syntaxspans.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace verdict {

namespace {

QTextCharFormat charFormat(const SyntaxStyle &style)
{
    QTextCharFormat format;
    format.setProperty(CodeHighlightProperty, true);
    if (style.flags & SyntaxStyle::HasForeground)
        format.setForeground(QColor::fromRgba(style.foreground));
    if (style.flags & SyntaxStyle::HasBackground)
        format.setBackground(QColor::fromRgba(style.background));
    if (style.flags & SyntaxStyle::Bold)
        format.setFontWeight(QFont::Bold);
    if (style.flags & SyntaxStyle::Italic)
        format.setFontItalic(true);
    if (style.flags & SyntaxStyle::Underline)
        format.setFontUnderline(true);
    if (style.flags & SyntaxStyle::StrikeOut)
        format.setFontStrikeOut(true);
    return format;
}

} // namespace

QList<HighlightSpan> spansFromSyntax(const SyntaxResult &result, qsizetype codeLength)
{
    QList<QTextCharFormat> formats;
    formats.reserve(qsizetype(result.styles.size()));
    for (const SyntaxStyle &style : result.styles)
        formats << charFormat(style);

    QList<HighlightSpan> spans;
    spans.reserve(qsizetype(result.ranges.size()));
    for (const SyntaxRange &range : result.ranges) {
        if (range.style >= formats.size() || qsizetype(range.start) >= codeLength)
            continue;
        const qsizetype length = std::min<qsizetype>(range.length, codeLength - range.start);
        if (length > 0)
            spans << HighlightSpan{int(range.start), int(length), formats[range.style]};
    }
    return spans;
}

} // namespace verdict
