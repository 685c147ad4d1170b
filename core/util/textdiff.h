#pragma once

#include <QList>
#include <QString>

// Differences between two texts by words, for showing a rewrite against the
// response it started from.
namespace verdict::textdiff {

enum class Op { Equal, Insert, Delete };

struct Piece
{
    Op op = Op::Equal;
    QString text;
    bool operator==(const Piece &) const = default;
};

// The words, runs of spaces and single punctuation marks of `text`, in order;
// joined they give `text` back.
QStringList tokens(const QString &text);

// The pieces that turn `before` into `after`: equal text, deletions and
// insertions, in reading order, with neighbours of the same kind joined. A
// shortest edit script (Myers) while the texts differ in at most `maxEdits`
// tokens; beyond that the middle is shown as one deletion and one insertion.
QList<Piece> diff(const QString &before, const QString &after, int maxEdits = 1000);

} // namespace verdict::textdiff
