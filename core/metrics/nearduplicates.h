#pragma once

#include <QList>
#include <QString>

namespace verdict {

// A pair of texts that are nearly the same.
struct DuplicatePair
{
    QString first; // id, the smaller of the two
    QString second; // id
    double similarity = 0; // Jaccard similarity of their shingle sets, 0–1
};

struct TextItem
{
    QString id;
    QString text;
};

// Text as compared for duplicates: Unicode-compatible forms folded (NFKC),
// case folded (Unicode simple folding), punctuation and symbols dropped, runs of space made one.
QString normaliseForDuplicates(const QString &text);

// The pairs whose normalised texts share at least `threshold` of their
// character shingles (substrings of `shingleSize` characters; Jaccard
// similarity), most similar first. Texts shorter than a shingle compare
// whole. Exact in what it reports: candidate pairs come from an index of
// shingles, and every reported similarity is the exact Jaccard value.
QList<DuplicatePair> findNearDuplicates(const QList<TextItem> &items, double threshold = 0.8, int shingleSize = 4);

// The Jaccard similarity of two texts' shingle sets, as findNearDuplicates measures it.
double shingleSimilarity(const QString &a, const QString &b, int shingleSize = 4);

} // namespace verdict
