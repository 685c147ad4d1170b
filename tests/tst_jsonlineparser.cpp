#include "codecs/jsonlineparser.h"
#include "testutil.h"

using namespace verdict;

class TestJsonLineParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidRecords_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("dump");
        QTest::newRow("object") << QByteArray("{\"b\":1,\"a\":[true,null,2.5]}") << "{\"a\":[true,null,2.5],\"b\":1}";
        QTest::newRow("escaped NUL in a string") << QByteArray("{\"a\":\"x\\u0000y\"}") << "{\"a\":\"x\\u0000y\"}";
        QTest::newRow("emoji") << QByteArray("{\"e\":\"\xF0\x9F\x98\x80\"}") << "{\"e\":\"😀\"}";
        QTest::newRow("nested at the limit") << QByteArray(63, '[') + QByteArray("{}") + QByteArray(63, ']')
                                             << QString(63, u'[') + u"{}" + QString(63, u']');
        QTest::newRow("same key in two objects") << QByteArray("[{\"a\":1},{\"a\":2}]") << "[{\"a\":1},{\"a\":2}]";
        QTest::newRow("white space") << QByteArray(" \t{\"a\" : 1 } ") << "{\"a\":1}";
    }

    void parsesValidRecords()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, dump);
        JsonLineParser parser;
        nlohmann::json value;
        QVERIFY2(parser.parse(std::string_view(text.constData(), std::size_t(text.size())), value),
            qPrintable(parser.problemMessage()));
        QCOMPARE(testutil::jsonText(value), dump);
    }

    void refusesWithOffsetAndMessage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        // nlohmann/json alone accepts the first three silently.
        QTest::newRow("NUL after the value") << QByteArray("{\"a\":1}\0tail", 12) << 7 << "NUL byte";
        QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << 13 << "duplicate key \"a\"";
        QTest::newRow("duplicate key spelt with an escape")
            << QByteArray("{\"x\":{\"ab\":1,\"a\\u0062\":2}}") << 13 << "duplicate key \"ab\"";
        QTest::newRow("too deep") << QByteArray(65, '[') + QByteArray(65, ']') << 64 << "nested deeper than 64 levels";
        QTest::newRow("too deep in objects")
            << QByteArray("{\"k\":").repeated(70) + QByteArray("1") + QByteArray(70, '}') << 320 << "nested deeper";
        QTest::newRow("NUL in a string") << QByteArray("{\"a\":\"x\0\"}", 10) << 7 << "NUL byte";
        QTest::newRow("lone continuation byte") << QByteArray("{\"a\":\"\x80\"}") << 6 << "invalid UTF-8 (byte 0x80)";
        QTest::newRow("overlong slash") << QByteArray("{\"a\":\"\xC0\xAF\"}") << 6 << "invalid UTF-8 (byte 0xC0)";
        QTest::newRow("encoded surrogate")
            << QByteArray("{\"a\":\"\xED\xA0\x80\"}") << 6 << "invalid UTF-8 (byte 0xED)";
        QTest::newRow("cut sequence") << QByteArray("{\"a\":\"\xE2\x82\"}") << 6 << "invalid UTF-8 (byte 0xE2)";
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << 7 << "invalid JSON: syntax error";
        QTest::newRow("two values") << QByteArray("{} {}") << 3 << "expected end of input";
        QTest::newRow("bad literal") << QByteArray("{\"a\":tru}") << 8 << "invalid literal";
    }

    void refusesWithOffsetAndMessage()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(QString, message);
        JsonLineParser parser;
        nlohmann::json value;
        QVERIFY(!parser.parse(std::string_view(text.constData(), std::size_t(text.size())), value));
        QVERIFY2(parser.problemMessage().contains(message), qPrintable(parser.problemMessage()));
        QCOMPARE(int(parser.problemOffset()), offset);
        QVERIFY(value.is_null());
    }

    void survivesVeryDeepInput()
    {
        // A million brackets would exhaust the stack of a recursive reader.
        const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
        JsonLineParser parser;
        nlohmann::json value;
        QVERIFY(!parser.parse(deep, value));
        QCOMPARE(int(parser.problemOffset()), JsonLineParser::MaxDepth);
    }

    void findsTheFirstInvalidUtf8Byte()
    {
        QCOMPARE(JsonLineParser::invalidUtf8Offset("plain ascii"), std::string_view::npos);
        QCOMPARE(JsonLineParser::invalidUtf8Offset("\xF0\x9F\x98\x80 ok \xC3\xA9"), std::string_view::npos);
        QCOMPARE(JsonLineParser::invalidUtf8Offset("ab\xF4\x90\x80\x80"), std::size_t(2)); // beyond U+10FFFF
        QCOMPARE(JsonLineParser::invalidUtf8Offset("ab\xFF"), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestJsonLineParser)
#include "tst_jsonlineparser.moc"
