#include "import/recordreader.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>

using namespace verdict;

namespace {

QString write(const QTemporaryDir &dir, const QByteArray &bytes)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("r%1.json").arg(n++));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

struct Read
{
    QStringList texts;
    QList<QPair<qint64, int>> places;
    QString digest;
    std::optional<Error> error;
};

Read readAll(const QString &path, RecordReader::Digest mode)
{
    Read read;
    RecordReader reader(mode);
    if (auto opened = reader.open(path); !opened) {
        read.error = opened.error();
        return read;
    }
    RecordChunk chunk;
    while (true) {
        auto more = reader.next(chunk);
        if (!more) {
            read.error = more.error();
            return read;
        }
        if (!*more)
            break;
        for (const RecordSpan &span : chunk.records) {
            read.texts << QString::fromUtf8(chunk.data.data() + span.offset, qsizetype(span.size));
            read.places << qMakePair(span.line, span.column);
        }
    }
    read.digest = reader.digest();
    return read;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestRecordReader : public QObject
{
    Q_OBJECT

private slots:
    void readsLinesAndHashesAllButTheLast()
    {
        QTemporaryDir dir;
        const QByteArray bytes("{\"a\":1}\r\n\n{\"b\":\"\xC3\xA9\"}\n{\"end\":true}\n");
        const Read read = readAll(write(dir, bytes), RecordReader::Digest::BeforeLastLine);
        QVERIFY(!read.error);
        QCOMPARE(read.texts,
            (QStringList{QStringLiteral("{\"a\":1}\r"), QString(), QStringLiteral("{\"b\":\"é\"}"),
                QStringLiteral("{\"end\":true}")}));
        QCOMPARE(read.places.at(2), qMakePair(qint64(3), 1));
        QCOMPARE(read.digest, sha(bytes.left(bytes.indexOf("{\"end\""))));
        QCOMPARE(readAll(write(dir, bytes), RecordReader::Digest::WholeFile).digest, sha(bytes));
    }

    void keepsALastLineWithoutLineFeed()
    {
        QTemporaryDir dir;
        RecordReader reader;
        QVERIFY(reader.open(write(dir, "{\"a\":1}\n{\"b\":2}")).ok());
        RecordChunk chunk;
        QVERIFY(*reader.next(chunk));
        QCOMPARE(chunk.records.size(), std::size_t(2));
        QVERIFY(!chunk.records[0].unterminated);
        QVERIFY(chunk.records[1].unterminated);
        QVERIFY(!*reader.next(chunk));
        QVERIFY(!reader.endsWithNewline());
        QCOMPARE(reader.lineCount(), qint64(2));
    }

    void readsManyChunksInOrder()
    {
        QTemporaryDir dir;
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes += "{\"i\":" + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(100, 'x') + "\"}\n";
        const Read read = readAll(write(dir, bytes), RecordReader::Digest::BeforeLastLine);
        QVERIFY(!read.error);
        QCOMPARE(read.texts.size(), 20000);
        QVERIFY(read.texts.at(12345).startsWith(u"{\"i\":12345,"));
        QCOMPARE(read.places.at(19999).first, qint64(20000));
        QCOMPARE(read.digest, sha(bytes.left(bytes.lastIndexOf('{'))));
    }

    // A line longer than a chunk comes alone, whole, in its place, and is
    // hashed like any other; so is a long last line, which is not.
    void readsLongLinesAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray longLine = "{\"long\":\"" + QByteArray(3 << 20, 'y') + "\"}\n";
        QByteArray before;
        for (int i = 0; i < 3000; ++i)
            before += "{\"i\":" + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(100, 'x') + "\"}\n";
        QTest::newRow("between others") << before + longLine + before + "{\"end\":true}\n";
        QTest::newRow("first") << longLine + longLine + "{\"end\":true}\n";
        QTest::newRow("last") << before + longLine;
        QTest::newRow("last, no line feed") << before + longLine.chopped(1);
    }

    void readsLongLinesAlone()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = write(dir, bytes);
        RecordReader reader;
        QVERIFY(reader.open(path).ok());
        RecordChunk chunk;
        QByteArrayList lines;
        while (true) {
            auto more = reader.next(chunk);
            QVERIFY(more.ok());
            if (!*more)
                break;
            for (const RecordSpan &span : chunk.records) {
                const QByteArray text(chunk.data.data() + span.offset, qsizetype(span.size));
                if (text.size() > (1 << 20))
                    QCOMPARE(chunk.records.size(), std::size_t(1));
                lines << text;
            }
        }
        QByteArrayList expected = bytes.split('\n');
        if (bytes.endsWith('\n'))
            expected.removeLast();
        QCOMPARE(lines, expected);
        const qsizetype lastStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        QCOMPARE(reader.digest(), sha(bytes.left(lastStart)));
    }

    void splitsAnArrayIntoRecordsWithTheirPlace()
    {
        QTemporaryDir dir;
        const QByteArray bytes(
            "[\n  {\"t\": \"a, ] b\"},\n  {\"x\": [1, {\"y\": \"\\\"\"}]},\n  \"\xF0\x9F\x98\x80\", 7\n]\n");
        const Read read = readAll(write(dir, bytes), RecordReader::Digest::BeforeLastLine);
        QVERIFY2(!read.error, read.error ? qPrintable(read.error->toString()) : "");
        QCOMPARE(read.texts,
            (QStringList{QStringLiteral("{\"t\": \"a, ] b\"}"), QStringLiteral("{\"x\": [1, {\"y\": \"\\\"\"}]}"),
                QStringLiteral("\"😀\""), QStringLiteral("7")}));
        QCOMPARE(read.places.at(0), qMakePair(qint64(2), 3));
        QCOMPARE(read.places.at(1), qMakePair(qint64(3), 3));
        QCOMPARE(read.places.at(3), qMakePair(qint64(4), 8)); // after an emoji: code points, not bytes
        QCOMPARE(read.digest, sha(bytes)); // an array is hashed whole
    }

    void readsOnePrettyPrintedObject()
    {
        QTemporaryDir dir;
        const Read read = readAll(write(dir, "{\n  \"data\": {\"text\": \"x\"}\n}\n"), RecordReader::Digest::WholeFile);
        QVERIFY(!read.error);
        QCOMPARE(read.texts.size(), 1);
        QCOMPARE(read.places.at(0), qMakePair(qint64(1), 1));
    }

    void refusesBrokenArrays_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("not closed") << QByteArray("[{\"a\":1},\n{\"b\":2}\n") << 3 << 1 << "before the array is closed";
        QTest::newRow("missing comma") << QByteArray("[{\"a\":1}\n {\"b\":2}]") << 2 << 2 << "expected , or ]";
        QTest::newRow("double comma") << QByteArray("[{\"a\":1},,{\"b\":2}]") << 1 << 10
                                      << "expected a record before ,";
        QTest::newRow("after the array") << QByteArray("[{\"a\":1}]\n[") << 2 << 1 << "after the closing ]";
        QTest::newRow("trailing comma") << QByteArray("[{\"a\":1},\n {\"b\":2},\n]\n") << 2 << 9
                                        << "a comma before the closing ]";
        QTest::newRow("ends inside a record") << QByteArray("[{\"a\":\"x") << 1 << 2 << "ends inside a record";
    }

    void refusesBrokenArrays()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = write(dir, bytes);
        const Read read = readAll(path, RecordReader::Digest::WholeFile);
        QVERIFY(read.error);
        QCOMPARE(read.error->file, path);
        QCOMPARE(read.error->line, line);
        QCOMPARE(read.error->column, column);
        QVERIFY2(read.error->message.contains(message), qPrintable(read.error->message));
    }

    void seesAByteOrderMark()
    {
        QTemporaryDir dir;
        RecordReader reader;
        QVERIFY(reader.open(write(dir, "\xEF\xBB\xBF{\"a\":1}\n")).ok());
        QVERIFY(reader.hasByteOrderMark());
        RecordChunk chunk;
        QVERIFY(*reader.next(chunk));
        QCOMPARE(
            QString::fromStdString(std::string(chunk.data.data(), chunk.records[0].size)), QStringLiteral("{\"a\":1}"));
    }

    void readsOneLineBack()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "one\ntwo\nthree");
        QCOMPARE(QString::fromStdString(*RecordReader::recordAt(path, 2)), QStringLiteral("two"));
        QCOMPARE(QString::fromStdString(*RecordReader::recordAt(path, 3)), QStringLiteral("three"));
        QVERIFY(!RecordReader::recordAt(path, 4));
    }
};

QTEST_GUILESS_MAIN(TestRecordReader)
#include "tst_recordreader.moc"
