#include "util/textdiff.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace verdict::textdiff {

namespace {

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == u'_' || c.isMark() || c.isSurrogate())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

void append(QList<Piece> &pieces, Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().op == op)
        pieces.last().text += text;
    else
        pieces << Piece{op, text};
}

// Myers' greedy shortest edit script over a[0..n) and b[0..m). Returns the
// operations in order, or nothing when more than maxEdits are needed.
std::optional<std::vector<Op>> editScript(const QStringList &a, const QStringList &b, int maxEdits)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, maxEdits);
    const int offset = max + 1;
    std::vector<int> v(std::size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[std::size_t(offset + k - 1)] < v[std::size_t(offset + k + 1)]))
                ? v[std::size_t(offset + k + 1)]
                : v[std::size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[std::size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                std::vector<Op> ops;
                int cx = n;
                int cy = m;
                for (int back = d; back > 0; --back) {
                    const std::vector<int> &pv = trace[std::size_t(back)];
                    const int ck = cx - cy;
                    const bool down = ck == -back
                        || (ck != back && pv[std::size_t(offset + ck - 1)] < pv[std::size_t(offset + ck + 1)]);
                    const int pk = down ? ck + 1 : ck - 1;
                    const int px = pv[std::size_t(offset + pk)];
                    const int py = px - pk;
                    while (cx > px + (down ? 0 : 1) && cy > py + (down ? 1 : 0)) {
                        ops.push_back(Op::Equal);
                        --cx;
                        --cy;
                    }
                    ops.push_back(down ? Op::Insert : Op::Delete);
                    cx = px;
                    cy = py;
                }
                while (cx > 0 && cy > 0) {
                    ops.push_back(Op::Equal);
                    --cx;
                    --cy;
                }
                return std::vector<Op>(ops.rbegin(), ops.rend());
            }
        }
    }
    return std::nullopt;
}

} // namespace

QStringList tokens(const QString &text)
{
    QStringList list;
    qsizetype start = 0;
    while (start < text.size()) {
        const CharClass kind = classOf(text[start]);
        qsizetype end = start + 1;
        if (kind != CharClass::Other) {
            while (end < text.size() && classOf(text[end]) == kind)
                ++end;
        } else if (text[start].isHighSurrogate() && end < text.size()) {
            ++end;
        }
        list << text.mid(start, end - start);
        start = end;
    }
    return list;
}

QList<Piece> diff(const QString &before, const QString &after, int maxEdits)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    // The common ends cost nothing to find and are most of a light rewrite.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const QStringList middleA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList middleB = b.mid(prefix, b.size() - prefix - suffix);

    QList<Piece> pieces;
    append(pieces, Op::Equal, a.mid(0, prefix).join(QString()));
    if (const auto ops = editScript(middleA, middleB, maxEdits)) {
        qsizetype i = 0;
        qsizetype j = 0;
        for (Op op : *ops) {
            switch (op) {
            case Op::Equal:
                append(pieces, Op::Equal, middleA[i++]);
                ++j;
                break;
            case Op::Delete:
                append(pieces, Op::Delete, middleA[i++]);
                break;
            case Op::Insert:
                append(pieces, Op::Insert, middleB[j++]);
                break;
            }
        }
    } else {
        append(pieces, Op::Delete, middleA.join(QString()));
        append(pieces, Op::Insert, middleB.join(QString()));
    }
    append(pieces, Op::Equal, a.mid(a.size() - suffix).join(QString()));
    return pieces;
}

} // namespace verdict::textdiff
