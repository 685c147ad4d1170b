#include "util/textdiff.h"

#include <QTest>

using namespace verdict;
using textdiff::Op;
using textdiff::Piece;

namespace {

QString render(const QList<Piece> &pieces)
{
    QString out;
    for (const Piece &p : pieces) {
        switch (p.op) {
        case Op::Equal:
            out += p.text;
            break;
        case Op::Delete:
            out += u"[-" + p.text + u"-]";
            break;
        case Op::Insert:
            out += u"{+" + p.text + u"+}";
            break;
        }
    }
    return out;
}

QString side(const QList<Piece> &pieces, Op skip)
{
    QString out;
    for (const Piece &p : pieces) {
        if (p.op != skip)
            out += p.text;
    }
    return out;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokensJoinBack()
    {
        const QString text = QStringLiteral("Hello,  wörld 👍 x_y = 42;\nnext");
        const QStringList list = textdiff::tokens(text);
        QCOMPARE(list.join(QString()), text);
        QVERIFY(list.contains(QStringLiteral("wörld")));
        QVERIFY(list.contains(QStringLiteral("x_y")));
        QVERIFY(list.contains(QStringLiteral("  ")));
    }

    void diffs_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << QStringLiteral("a b c") << QStringLiteral("a b c") << QStringLiteral("a b c");
        QTest::newRow("word changed") << QStringLiteral("the quick fox") << QStringLiteral("the slow fox")
                                      << QStringLiteral("the [-quick-]{+slow+} fox");
        QTest::newRow("inserted") << QStringLiteral("one three") << QStringLiteral("one two three")
                                  << QStringLiteral("one {+two +}three");
        QTest::newRow("deleted") << QStringLiteral("keep this and that") << QStringLiteral("keep that")
                                 << QStringLiteral("keep [-this and -]that");
        QTest::newRow("from empty") << QString() << QStringLiteral("new text") << QStringLiteral("{+new text+}");
        QTest::newRow("to empty") << QStringLiteral("old") << QString() << QStringLiteral("[-old-]");
        QTest::newRow("emoji") << QStringLiteral("nice 👍 work") << QStringLiteral("nice work")
                               << QStringLiteral("nice [-👍 -]work");
    }

    void diffs()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const auto pieces = textdiff::diff(before, after);
        QCOMPARE(render(pieces), expected);
        QCOMPARE(side(pieces, Op::Insert), before);
        QCOMPARE(side(pieces, Op::Delete), after);
    }

    void scatteredEditsReconstructBothSides()
    {
        QString before;
        QString after;
        for (int i = 0; i < 300; ++i) {
            before += QStringLiteral("word%1 ").arg(i);
            after += i % 7 == 0 ? QStringLiteral("changed%1 ").arg(i) : QStringLiteral("word%1 ").arg(i);
        }
        const auto pieces = textdiff::diff(before, after);
        QCOMPARE(side(pieces, Op::Insert), before);
        QCOMPARE(side(pieces, Op::Delete), after);
        int deletions = 0;
        for (const Piece &p : pieces)
            deletions += p.op == Op::Delete ? 1 : 0;
        QCOMPARE(deletions, 43); // every seventh of 300 words
    }

    void tooManyEditsFallsBackToOneReplacement()
    {
        const auto pieces = textdiff::diff(QStringLiteral("a b c d"), QStringLiteral("w x y z"), 2);
        QCOMPARE(render(pieces), QStringLiteral("[-a b c d-]{+w x y z+}"));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
