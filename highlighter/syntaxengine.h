#pragma once

#include "syntaxresult.h"

#include <QString>

#include <memory>

namespace verdict {

// KDE Syntax Highlighting behind an interface that names none of its types,
// so the same source builds into verdict-highlighter (Qt 5, KF5) and, where KF6
// exists, into the application itself.
class SyntaxEngine final
{
public:
    SyntaxEngine();
    ~SyntaxEngine();
    SyntaxEngine(const SyntaxEngine &) = delete;
    SyntaxEngine &operator=(const SyntaxEngine &) = delete;

    // "KSyntaxHighlighting 5.103.0"
    static QString engineName();
    int definitionCount() const;

    // The syntax definition a Markdown fence tag names ("py", "c++", "shell"),
    // or an empty string when none fits. Tried in order: a definition's name
    // (ignoring case), a file extension, then a table of common fence tags.
    QString definitionName(const QString &language);

    // Highlights `code` as one piece, so constructs spanning lines (block
    // comments, multi-line strings) come out right. Positions are UTF-16 code
    // units of `code`; text in the theme's plain style gets no range.
    SyntaxResult highlight(const QString &code, const QString &language, bool dark);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace verdict
