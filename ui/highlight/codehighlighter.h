#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>

class QPalette;
class QTextDocument;

namespace verdict {

// A stretch of code to format, in UTF-16 positions of the code text.
struct HighlightSpan
{
    int start = 0;
    int length = 0;
    QTextCharFormat format;
};

// A piece of code and the language its fence names.
struct CodeBlock
{
    QString code;
    QString language;
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
    // Starts on blocks that highlight() will be asked for soon, without
    // waiting for them (a document's fences, the next task's responses).
    // Backends that answer at once do nothing.
    virtual void prefetch(const QList<CodeBlock> &blocks) { Q_UNUSED(blocks); }
    // Picks the theme: dark palettes get a dark theme.
    virtual void setDarkTheme(bool dark) = 0;
    // What does the highlighting, for the About dialog ("KSyntaxHighlighting 5.103, helper process").
    virtual QString backendName() const = 0;
    // backendName() once the backend has introduced itself, version and all:
    // a helper program is started and waited for if it has not answered yet.
    virtual QString readyBackendName() { return backendName(); }

    // The process-wide highlighter; use it from the GUI thread only. Its theme
    // starts out following the application's palette.
    static CodeHighlighter &instance();

    // Whether code drawn on this palette's base colour wants a dark theme.
    static bool isDarkPalette(const QPalette &palette);
};

// Formats set by highlightCodeBlocks() carry this property (value true), so
// they can be told apart from formats others add.
inline constexpr int CodeHighlightProperty = QTextFormat::UserProperty + 0x4c48;

// The fenced code blocks of a document filled by QTextDocument::setMarkdown()
// that name a language: what highlightCodeBlocks() will ask for. Handing them
// to CodeHighlighter::prefetch() early lets the work overlap other work.
QList<CodeBlock> codeBlocks(const QTextDocument *document);

// Highlights every fenced code block of a document filled by
// QTextDocument::setMarkdown(), by the language the fence names. The formats
// go into each block's QTextLayout::formats(), as QSyntaxHighlighter does:
// the document's own character formats (span tags, for instance) are left as
// they are, and calling it again replaces only the formats it set before.
void highlightCodeBlocks(QTextDocument *document, CodeHighlighter &highlighter = CodeHighlighter::instance());

} // namespace verdict
