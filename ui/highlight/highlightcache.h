#pragma once

#include "highlight/codehighlighter.h"

#include <QCache>
#include <QList>
#include <QString>

#include <optional>

namespace verdict {

// Highlighting results by language, theme and code, least recently used
// first out once their size passes a bound. Keys hold the code itself (with
// its hash computed once), so two pieces of code never share an entry.
class HighlightCache final
{
public:
    struct Key
    {
        QString language;
        bool dark = false;
        QString code;
        size_t hash = 0;

        friend bool operator==(const Key &a, const Key &b)
        {
            return a.hash == b.hash && a.dark == b.dark && a.language == b.language && a.code == b.code;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept { return key.hash ^ seed; }
    };

    static constexpr qsizetype DefaultMaxBytes = 16 * 1024 * 1024;

    explicit HighlightCache(qsizetype maxBytes = DefaultMaxBytes);

    static Key key(const QString &language, bool dark, const QString &code);

    std::optional<QList<HighlightSpan>> find(const Key &key);
    bool contains(const Key &key) const { return m_cache.contains(key); }
    void insert(const Key &key, const QList<HighlightSpan> &spans);
    void clear();

    qsizetype count() const { return m_cache.count(); }
    // Approximate memory held, in bytes (code and spans).
    qsizetype bytes() const { return m_cache.totalCost(); }
    qsizetype maxBytes() const { return m_cache.maxCost(); }

private:
    QCache<Key, QList<HighlightSpan>> m_cache;
};

} // namespace verdict
