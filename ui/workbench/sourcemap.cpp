#include "workbench/sourcemap.h"

#include <algorithm>

namespace verdict {

namespace {

// Characters a renderer inserts or changes for layout: separators, frame
// markers, the object replacement character and the spaces that replace line breaks.
bool layoutSpace(QChar c)
{
    return c.isSpace() || c == QChar::ParagraphSeparator || c == QChar::LineSeparator || c == QChar(0xfdd0)
        || c == QChar(0xfdd1) || c == QChar::ObjectReplacementCharacter || c == QChar::Nbsp;
}

// Characters Markdown may spend on markup rather than text.
bool markup(QChar c)
{
    switch (c.unicode()) {
    case u'*':
    case u'_':
    case u'`':
    case u'#':
    case u'>':
    case u'-':
    case u'+':
    case u'[':
    case u']':
    case u'(':
    case u')':
    case u'!':
    case u'|':
    case u'~':
    case u'\\':
    case u':':
        return true;
    default:
        return false;
    }
}

bool skippable(QChar c)
{
    return layoutSpace(c) || markup(c);
}

// Whether the text after rendered[i] reads on in the source after
// source[k]: the next few characters that are neither space nor markup come
// in the same order soon after (the source may hold hidden text between
// them: a fence's language, a link's target).
bool confirmed(QStringView rendered, qsizetype i, QStringView source, qsizetype k)
{
    constexpr int look = 4;
    constexpr qsizetype reach = 80;
    qsizetype r = i + 1;
    qsizetype s = k + 1;
    const qsizetype limit = std::min(source.size(), k + 1 + reach);
    for (int matched = 0; matched < look; ++matched) {
        while (r < rendered.size() && skippable(rendered[r]))
            ++r;
        if (r >= rendered.size())
            return true; // nothing left to disagree
        while (s < limit && source[s] != rendered[r])
            ++s;
        if (s >= limit)
            return false;
        ++r;
        ++s;
    }
    return true;
}

} // namespace

SourceMap SourceMap::identity(qsizetype length)
{
    SourceMap map;
    map.m_length = length;
    return map;
}

SourceMap SourceMap::align(QStringView rendered, QStringView source)
{
    // How far ahead a character is looked for: past a link target or a fence line.
    constexpr qsizetype window = 2048;
    SourceMap map;
    map.m_identity = false;
    map.m_length = source.size();
    map.m_renderedToSource.resize(rendered.size(), -1);
    qsizetype j = 0;
    for (qsizetype i = 0; i < rendered.size(); ++i) {
        const QChar c = rendered[i];
        if (layoutSpace(c)) {
            if (j < source.size() && source[j].isSpace())
                map.m_renderedToSource[i] = int(j++);
            continue;
        }
        const qsizetype limit = std::min(source.size(), j + window);
        qsizetype first = -1;
        for (qsizetype k = j; k < limit; ++k) {
            if (source[k] != c)
                continue;
            if (first < 0)
                first = k;
            if (confirmed(rendered, i, source, k)) {
                first = k;
                break;
            }
        }
        if (first >= 0) {
            map.m_renderedToSource[i] = int(first);
            j = first + 1;
        }
    }
    map.m_sourceToRendered.resize(source.size() + 1, int(rendered.size()));
    map.m_sourceEndToRendered.resize(source.size() + 1, 0);
    qsizetype nextSource = 0;
    for (qsizetype i = 0; i < rendered.size(); ++i) {
        const int s = map.m_renderedToSource[i];
        if (s < 0)
            continue;
        for (; nextSource <= s; ++nextSource)
            map.m_sourceToRendered[nextSource] = int(i);
    }
    qsizetype lastRendered = 0;
    qsizetype i = 0;
    for (qsizetype end = 0; end <= source.size(); ++end) {
        // The rendered end for a source end: after the last rendered character whose source is before `end`.
        while (i < rendered.size()) {
            const int s = map.m_renderedToSource[i];
            if (s >= 0 && s >= end)
                break;
            if (s >= 0)
                lastRendered = i + 1;
            ++i;
        }
        map.m_sourceEndToRendered[end] = int(lastRendered);
    }
    return map;
}

qsizetype SourceMap::toSource(qsizetype position) const
{
    if (m_identity)
        return std::clamp<qsizetype>(position, 0, m_length);
    for (qsizetype i = std::max<qsizetype>(position, 0); i < m_renderedToSource.size(); ++i) {
        if (m_renderedToSource[i] >= 0)
            return m_renderedToSource[i];
    }
    return m_length;
}

qsizetype SourceMap::toSourceEnd(qsizetype end) const
{
    if (m_identity)
        return std::clamp<qsizetype>(end, 0, m_length);
    for (qsizetype i = std::min(end, m_renderedToSource.size()) - 1; i >= 0; --i) {
        if (m_renderedToSource[i] >= 0)
            return m_renderedToSource[i] + 1;
    }
    return 0;
}

qsizetype SourceMap::toRendered(qsizetype source) const
{
    if (m_identity)
        return std::clamp<qsizetype>(source, 0, m_length);
    return m_sourceToRendered.value(std::clamp<qsizetype>(source, 0, m_length), 0);
}

qsizetype SourceMap::toRenderedEnd(qsizetype sourceEnd) const
{
    if (m_identity)
        return std::clamp<qsizetype>(sourceEnd, 0, m_length);
    return m_sourceEndToRendered.value(std::clamp<qsizetype>(sourceEnd, 0, m_length), 0);
}

} // namespace verdict
