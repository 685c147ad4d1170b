#include "util/textoffsets.h"

#include <QTest>

using namespace verdict;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private slots:
    void codePointCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("expected");
        QTest::newRow("empty") << QString() << qsizetype(0);
        QTest::newRow("ascii") << QStringLiteral("hello") << qsizetype(5);
        QTest::newRow("emoji is one code point, two UTF-16 units") << QStringLiteral("a😀b") << qsizetype(3);
        QTest::newRow("zwj sequence is three code points") << QStringLiteral("👩‍💻") << qsizetype(3);
        QTest::newRow("CJK") << QStringLiteral("日本語のテキスト") << qsizetype(8);
        QTest::newRow("combining acute is its own code point") << QStringLiteral("e\u0301t\u00e9") << qsizetype(4);
        QTest::newRow("lone high surrogate counts once") << QString(QChar(0xD83D)) << qsizetype(1);
    }
    void codePointCount()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, expected);
        QCOMPARE(text::codePointCount(text), expected);
    }

    void conversions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("utf16");
        QTest::addColumn<qsizetype>("codePoint");
        // "😀 ok": the emoji takes UTF-16 units 0-1 and code point 0.
        const QString emoji = QStringLiteral("😀 ok");
        QTest::newRow("before emoji") << emoji << qsizetype(0) << qsizetype(0);
        QTest::newRow("after emoji") << emoji << qsizetype(2) << qsizetype(1);
        QTest::newRow("end after emoji") << emoji << qsizetype(5) << qsizetype(4);
        const QString zwj = QStringLiteral("x👩‍💻y");
        // x | U+1F469 (2 units) | U+200D | U+1F4BB (2 units) | y
        QTest::newRow("zwj: after woman") << zwj << qsizetype(3) << qsizetype(2);
        QTest::newRow("zwj: after joiner") << zwj << qsizetype(4) << qsizetype(3);
        QTest::newRow("zwj: before y") << zwj << qsizetype(6) << qsizetype(4);
        QTest::newRow("cjk") << QStringLiteral("日本語abc") << qsizetype(3) << qsizetype(3);
        QTest::newRow("combining mark") << QStringLiteral("Vie\u0323\u0302t") << qsizetype(5) << qsizetype(5);
    }
    void conversions()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, utf16);
        QFETCH(qsizetype, codePoint);
        QCOMPARE(text::codePointFromUtf16(text, utf16), codePoint);
        QCOMPARE(text::utf16FromCodePoint(text, codePoint), utf16);
    }

    void insideSurrogatePairMapsToItsCodePoint()
    {
        const QString text = QStringLiteral("a😀b");
        QCOMPARE(text::codePointFromUtf16(text, 2), qsizetype(1));
    }

    void outOfRange()
    {
        const QString text = QStringLiteral("a😀");
        QCOMPARE(text::codePointFromUtf16(text, 4), qsizetype(-1));
        QCOMPARE(text::codePointFromUtf16(text, -1), qsizetype(-1));
        QCOMPARE(text::utf16FromCodePoint(text, 3), qsizetype(-1));
        QCOMPARE(text::utf16FromCodePoint(text, 2), qsizetype(3));
    }

    void roundTripEveryPosition()
    {
        const QString text = QStringLiteral("Grüße 👋🏽 from 東京 — cafe\u0301 👩‍👩‍👧 done");
        const qsizetype count = text::codePointCount(text);
        for (qsizetype cp = 0; cp <= count; ++cp) {
            const qsizetype u = text::utf16FromCodePoint(text, cp);
            QVERIFY(u >= 0);
            QCOMPARE(text::codePointFromUtf16(text, u), cp);
        }
        // Python: len("Grüße 👋🏽 from 東京 — café 👩‍👩‍👧 done") with a decomposed é.
        QCOMPARE(count, qsizetype(35));
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
