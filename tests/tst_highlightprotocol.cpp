#include "highlightprotocol.h"

#include <QTest>

using namespace verdict;
namespace hp = verdict::highlightprotocol;

namespace {

// The payload of a whole frame (its length prefix checked and removed).
QByteArray payloadOf(const QByteArray &frame)
{
    QByteArray buffer = frame;
    QByteArray payload;
    if (hp::takeFrame(buffer, &payload) != hp::FrameStatus::Complete || !buffer.isEmpty())
        return {};
    return payload;
}

hp::Reply sampleReply()
{
    hp::Reply reply;
    reply.id = 77;
    reply.result.definition = QStringLiteral("Python");
    reply.result.styles.push_back(SyntaxStyle{SyntaxStyle::HasForeground | SyntaxStyle::Bold, 0xff1f1c1b, 0});
    reply.result.styles.push_back(SyntaxStyle{SyntaxStyle::HasBackground, 0, 0x80ff0000});
    reply.result.ranges.push_back(SyntaxRange{0, 3, 0});
    reply.result.ranges.push_back(SyntaxRange{4, 10, 1});
    reply.result.ranges.push_back(SyntaxRange{14, 2, 0});
    return reply;
}

} // namespace

class TestHighlightProtocol : public QObject
{
    Q_OBJECT

private slots:
    void requestsRoundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("dark");

        QTest::newRow("plain") << QStringLiteral("python") << QStringLiteral("def f():\n    return 1\n") << false;
        QTest::newRow("empty") << QString() << QString() << true;
        QString awkward = QStringLiteral("a = \"");
        awkward += QChar(0); // NUL inside the text
        awkward += QString::fromUtf8("\xF0\x9F\x98\x80"); // 😀, a surrogate pair
        awkward += QChar(0xD800); // an unpaired high surrogate
        awkward += QStringLiteral("\"\r\n\xe9");
        QTest::newRow("nul, emoji, unpaired surrogate") << QStringLiteral("py") << awkward << true;
        QTest::newRow("non-ASCII language") << QString::fromUtf8("p\xc3\xbfthon") << QStringLiteral("x") << false;
    }
    void requestsRoundTrip()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(bool, dark);
        hp::Request request;
        request.id = 0xfffffffe;
        request.dark = dark;
        request.language = language;
        request.code = code;

        hp::Request decoded;
        QVERIFY(hp::decodeRequest(payloadOf(hp::encodeRequest(request)), &decoded));
        QCOMPARE(decoded.id, request.id);
        QCOMPARE(decoded.dark, dark);
        QCOMPARE(decoded.language, language);
        QCOMPARE(decoded.code.size(), code.size());
        QCOMPARE(decoded.code, code);
    }

    void repliesRoundTrip()
    {
        const hp::Reply reply = sampleReply();
        hp::Reply decoded;
        QVERIFY(hp::decodeReply(payloadOf(hp::encodeReply(reply)), &decoded));
        QCOMPARE(decoded.id, 77u);
        QCOMPARE(decoded.result.definition, QStringLiteral("Python"));
        QCOMPARE(decoded.result.styles.size(), size_t(2));
        QVERIFY(decoded.result.styles[0] == reply.result.styles[0]);
        QVERIFY(decoded.result.styles[1] == reply.result.styles[1]);
        QCOMPARE(decoded.result.ranges.size(), size_t(3));
        QCOMPARE(decoded.result.ranges[1].start, 4u);
        QCOMPARE(decoded.result.ranges[1].length, 10u);
        QCOMPARE(decoded.result.ranges[1].style, 1u);
    }

    void helloRoundTrips()
    {
        hp::Hello hello;
        hello.engine = QStringLiteral("KSyntaxHighlighting 5.103.0");
        hello.definitions = 359;
        hp::Hello decoded;
        QVERIFY(hp::decodeHello(payloadOf(hp::encodeHello(hello)), &decoded));
        QCOMPARE(decoded.version, hp::Version);
        QCOMPARE(decoded.engine, hello.engine);
        QCOMPARE(decoded.definitions, 359u);
    }

    void framesArriveInPieces()
    {
        const QByteArray first = hp::encodeReply(sampleReply());
        hp::Request request;
        request.code = QStringLiteral("SELECT 1;");
        const QByteArray second = hp::encodeRequest(request);
        const QByteArray stream = first + second;

        QByteArray buffer;
        QByteArray payload;
        QList<QByteArray> payloads;
        for (char byte : stream) {
            buffer.append(byte);
            const hp::FrameStatus status = hp::takeFrame(buffer, &payload);
            QVERIFY(status != hp::FrameStatus::TooLarge);
            if (status == hp::FrameStatus::Complete)
                payloads << payload;
        }
        QCOMPARE(payloads.size(), 2);
        QVERIFY(buffer.isEmpty());
        QCOMPARE(payloads[0], first.mid(4));
        QCOMPARE(payloads[1], second.mid(4));
    }

    void oversizedFramesAreRefused()
    {
        QByteArray buffer("\xff\xff\xff\x7f", 4);
        QByteArray payload;
        QCOMPARE(hp::takeFrame(buffer, &payload), hp::FrameStatus::TooLarge);
        QCOMPARE(hp::frameLength(buffer.constData()), 0x7fffffffu);
    }

    void truncatedPayloadsAreRefused()
    {
        const QByteArray reply = payloadOf(hp::encodeReply(sampleReply()));
        hp::Request r;
        r.code = QStringLiteral("x = 1");
        const QByteArray request = payloadOf(hp::encodeRequest(r));
        for (qsizetype n = 0; n < reply.size(); ++n) {
            hp::Reply decoded;
            QVERIFY2(!hp::decodeReply(reply.left(n), &decoded), qPrintable(QString::number(n)));
        }
        for (qsizetype n = 0; n < request.size(); ++n) {
            hp::Request decoded;
            QVERIFY2(!hp::decodeRequest(request.left(n), &decoded), qPrintable(QString::number(n)));
        }
    }

    void malformedPayloadsAreRefused()
    {
        const QByteArray reply = payloadOf(hp::encodeReply(sampleReply()));
        hp::Reply decodedReply;
        hp::Request decodedRequest;

        QVERIFY(!hp::decodeReply(reply + '\0', &decodedReply)); // trailing bytes
        QVERIFY(!hp::decodeRequest(reply, &decodedRequest)); // another message type

        // A string claiming more units than the payload holds.
        QByteArray hugeString = reply;
        hugeString[5] = '\xff';
        hugeString[6] = '\xff';
        QVERIFY(!hp::decodeReply(hugeString, &decodedReply));

        hp::Reply badStyle = sampleReply();
        badStyle.result.ranges[2].style = 2; // only styles 0 and 1 exist
        QVERIFY(!hp::decodeReply(payloadOf(hp::encodeReply(badStyle)), &decodedReply));

        hp::Reply overlapping = sampleReply();
        overlapping.result.ranges[1].start = 2; // starts inside the first range
        QVERIFY(!hp::decodeReply(payloadOf(hp::encodeReply(overlapping)), &decodedReply));

        hp::Request request;
        request.dark = true;
        QByteArray badTheme = payloadOf(hp::encodeRequest(request));
        badTheme[5] = 2; // theme byte: only 0 and 1 exist
        QVERIFY(!hp::decodeRequest(badTheme, &decodedRequest));
    }
};

QTEST_GUILESS_MAIN(TestHighlightProtocol)
#include "tst_highlightprotocol.moc"
