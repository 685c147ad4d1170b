#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>

class QTextDocument;

namespace verdict {

// A stretch of code to format, in UTF-16 positions of the code text.
struct HighlightSpan
{
    int start = 0;
    int length = 0;
    QTextCharFormat format;
};

// Syntax highlighting of code by language, backed by KDE Syntax Highlighting
// (linked directly as KF6 where available, otherwise through a small helper
// process built against Qt 5 + KF5). Without either, it formats nothing.
class CodeHighlighter
{
public:
    virtual ~CodeHighlighter() = default;

    // Formats for `code` in `language`, a Markdown fence tag such as "python",
    // "cpp", "sql" or "json". Empty when the language is unknown or no
    // highlighter is available.
    virtual QList<HighlightSpan> highlight(const QString &code, const QString &language) = 0;
    // Picks the theme: dark palettes get a dark theme.
    virtual void setDarkTheme(bool dark) = 0;
    // What does the highlighting, for the About dialog ("KSyntaxHighlighting 5.103, helper process").
    virtual QString backendName() const = 0;

    // The process-wide highlighter; use it from the GUI thread only.
    static CodeHighlighter &instance();
};

// Highlights every fenced code block of a document filled by
// QTextDocument::setMarkdown(), by the language the fence names.
void highlightCodeBlocks(QTextDocument *document, CodeHighlighter &highlighter = CodeHighlighter::instance());

} // namespace verdict
