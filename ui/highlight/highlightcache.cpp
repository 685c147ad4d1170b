#include "highlight/highlightcache.h"

namespace verdict {

HighlightCache::HighlightCache(qsizetype maxBytes)
    : m_cache(maxBytes)
{ }

HighlightCache::Key HighlightCache::key(const QString &language, bool dark, const QString &code)
{
    Key k{language, dark, code, 0};
    k.hash = qHashMulti(0, language, dark, code);
    return k;
}

std::optional<QList<HighlightSpan>> HighlightCache::find(const Key &key)
{
    if (const QList<HighlightSpan> *spans = m_cache.object(key))
        return *spans;
    return std::nullopt;
}

void HighlightCache::insert(const Key &key, const QList<HighlightSpan> &spans)
{
    // The key's text as UTF-16 bytes, and each span (its format is shared between spans).
    const qsizetype cost
        = (key.code.size() + key.language.size()) * 2 + 64 + spans.size() * qsizetype(sizeof(HighlightSpan) + 16);
    m_cache.insert(key, new QList<HighlightSpan>(spans), cost);
}

void HighlightCache::clear()
{
    m_cache.clear();
}

} // namespace verdict
