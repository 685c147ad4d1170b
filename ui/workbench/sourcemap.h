#pragma once

#include <QList>
#include <QString>

namespace verdict {

// Maps positions of a rendered document (QTextDocument positions, as in
// toRawText()) to positions of the text it was rendered from (UTF-16) and
// back. Markdown rendering drops markup ("**", "# ", list markers, link
// targets) and turns line breaks into separators; the rendered characters
// are found in the source in order, so a span selected in the rendered view
// lands on the same characters of the source.
class SourceMap final
{
public:
    SourceMap() = default;
    // Positions are the same in both (a plain-text view).
    static SourceMap identity(qsizetype length);
    // Aligns `rendered` (QTextDocument::toRawText()) with `source`.
    static SourceMap align(QStringView rendered, QStringView source);

    // The source position of the first rendered character at or after
    // `position` that comes from the source (the source's length if none).
    qsizetype toSource(qsizetype position) const;
    // The source end (exclusive) of the rendered characters before `end`.
    qsizetype toSourceEnd(qsizetype end) const;
    // The first rendered position showing a source character at or after `source`.
    qsizetype toRendered(qsizetype source) const;
    // The rendered end (exclusive) of the source characters before `sourceEnd`.
    qsizetype toRenderedEnd(qsizetype sourceEnd) const;

private:
    bool m_identity = true;
    qsizetype m_length = 0;
    QList<int> m_renderedToSource; // -1 where a rendered character has no source
    QList<int> m_sourceToRendered; // per source position: the first rendered position at or after it
    QList<int> m_sourceEndToRendered; // per source end: the rendered end
};

} // namespace verdict
