#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

// Plain values shared by the Qt 6 application and verdict-highlighter (Qt 5):
// they name no KSyntaxHighlighting or Qt Gui type.
namespace verdict {

// How a kind of token looks in the chosen theme.
struct SyntaxStyle
{
    enum Flag : quint8 {
        HasForeground = 0x01,
        HasBackground = 0x02,
        Bold = 0x04,
        Italic = 0x08,
        Underline = 0x10,
        StrikeOut = 0x20,
    };
    quint8 flags = 0;
    quint32 foreground = 0; // #AARRGGBB, meaningful with HasForeground
    quint32 background = 0; // #AARRGGBB, meaningful with HasBackground

    friend bool operator==(const SyntaxStyle &a, const SyntaxStyle &b)
    {
        return a.flags == b.flags && a.foreground == b.foreground && a.background == b.background;
    }
};

// A stretch of the code, in UTF-16 code units, drawn in styles[style].
struct SyntaxRange
{
    quint32 start = 0;
    quint32 length = 0;
    quint32 style = 0;
};

// The highlighting of one piece of code. `definition` names the syntax
// definition used; it is empty when the language is unknown (and then there
// are no ranges). Ranges are sorted by start and do not overlap.
struct SyntaxResult
{
    QString definition;
    std::vector<SyntaxStyle> styles;
    std::vector<SyntaxRange> ranges;
};

} // namespace verdict
