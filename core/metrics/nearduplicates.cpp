#include "metrics/nearduplicates.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace verdict {

namespace {

QSet<size_t> shingles(const QString &normalised, int size)
{
    QSet<size_t> set;
    if (normalised.isEmpty())
        return set;
    if (normalised.size() <= size) {
        set.insert(qHash(normalised));
        return set;
    }
    const QStringView view(normalised);
    for (qsizetype i = 0; i + size <= view.size(); ++i)
        set.insert(qHash(view.mid(i, size)));
    return set;
}

double jaccard(const QSet<size_t> &a, const QSet<size_t> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0;
    const QSet<size_t> &small = a.size() < b.size() ? a : b;
    const QSet<size_t> &large = a.size() < b.size() ? b : a;
    qsizetype shared = 0;
    for (size_t h : small)
        shared += large.contains(h) ? 1 : 0;
    return double(shared) / double(a.size() + b.size() - shared);
}

} // namespace

QString normaliseForDuplicates(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c;
        } else {
            space = true;
        }
    }
    return out;
}

double shingleSimilarity(const QString &a, const QString &b, int shingleSize)
{
    return jaccard(shingles(normaliseForDuplicates(a), shingleSize), shingles(normaliseForDuplicates(b), shingleSize));
}

QList<DuplicatePair> findNearDuplicates(const QList<TextItem> &items, double threshold, int shingleSize)
{
    QList<QSet<size_t>> sets;
    sets.reserve(items.size());
    QHash<size_t, QList<int>> postings;
    for (int i = 0; i < items.size(); ++i) {
        sets << shingles(normaliseForDuplicates(items[i].text), shingleSize);
        for (size_t h : std::as_const(sets.last()))
            postings[h] << i;
    }
    // Candidates share at least one shingle; a pair above the threshold
    // must, so nothing is missed. Each pair is measured once, exactly.
    QList<DuplicatePair> pairs;
    QSet<quint64> measured;
    for (auto it = postings.cbegin(); it != postings.cend(); ++it) {
        const QList<int> &docs = it.value();
        for (qsizetype x = 0; x < docs.size(); ++x) {
            for (qsizetype y = x + 1; y < docs.size(); ++y) {
                const quint64 key = (quint64(quint32(docs[x])) << 32) | quint32(docs[y]);
                if (measured.contains(key))
                    continue;
                measured.insert(key);
                const double similarity = jaccard(sets[docs[x]], sets[docs[y]]);
                if (similarity >= threshold) {
                    const TextItem &a = items[docs[x]];
                    const TextItem &b = items[docs[y]];
                    pairs << (a.id < b.id ? DuplicatePair{a.id, b.id, similarity}
                                          : DuplicatePair{b.id, a.id, similarity});
                }
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        return std::pair(a.first, a.second) < std::pair(b.first, b.second);
    });
    return pairs;
}

} // namespace verdict
