#include "codecs/batchformat.h"
#include "codecs/jsonfields.h"
#include "codecs/jsonlwriter.h"
#include "import/batchverifier.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUuid>

using namespace verdict;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(VERDICT_TEST_DATA "/batch/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestBatchFormat : public QObject
{
    Q_OBJECT

private slots:
    void brokenFilesAreRefusedAtTheirPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // Lines and columns computed by make_fixtures.py's author by hand and with Python.
        QTest::newRow("byte-order mark") << "bom.jsonl" << 1 << 1 << "byte-order mark";
        QTest::newRow("NUL byte") << "nul.jsonl" << 3 << 16 << "NUL byte";
        QTest::newRow("invalid UTF-8") << "invalid-utf8.jsonl" << 3 << 41 << "invalid UTF-8 (byte 0xFF)";
        QTest::newRow("duplicate key") << "duplicate-key.jsonl" << 3 << 228 << "duplicate key \"id\"";
        QTest::newRow("deep nesting") << "deep.jsonl" << 3 << 270 << "nested deeper than 64 levels";
        QTest::newRow("syntax") << "syntax.jsonl" << 3 << 228 << "invalid JSON: syntax error while parsing object key";
        QTest::newRow("CR LF") << "crlf.jsonl" << 1 << 366 << "CR LF";
        QTest::newRow("empty line") << "empty-line.jsonl" << 3 << 1 << "empty line";
        QTest::newRow("no manifest") << "no-manifest.jsonl" << 1 << 9 << "a batch starts with its manifest";
        QTest::newRow("format version") << "unknown-version.jsonl" << 1 << 166 << "format version 2 is not supported";
        QTest::newRow("no end record") << "truncated.jsonl" << 4 << 1 << "no end record";
        QTest::newRow("cut in a line") << "cut-in-line.jsonl" << 5 << 64
                                       << "the file ends in the middle of this record";
        QTest::newRow("wrong count") << "wrong-count.jsonl" << 5 << 25
                                     << "the end record counts 7 records but 4 lines come before it";
        QTest::newRow("digest") << "tampered.jsonl" << 5 << 36 << "the digest does not match";
        QTest::newRow("schema") << "schema-error.jsonl" << 3 << 174
                                << "responses[1].content: expected a string, found an integer";
        QTest::newRow("order") << "order.jsonl" << 4 << 9 << "a rubric record after task records";
        QTest::newRow("kind") << "kind.jsonl" << 5 << 9
                              << "annotation records do not belong in a batch of kind assignment";
        QTest::newRow("after end") << "after-end.jsonl" << 6 << 1 << "a record after the end record";
        QTest::newRow("unknown type") << "unknown-type.jsonl" << 3 << 9 << "unknown record type \"comment\"";
        QTest::newRow("unknown field") << "unknown-field.jsonl" << 2 << 157 << "mood: unknown field";
        QTest::newRow("assignment without rubric") << "no-rubric.jsonl" << 2 << 9 << "must come before its tasks";
        QTest::newRow("empty file") << "empty.jsonl" << 1 << 1 << "the file is empty";
        // A response's earlier turns are checked as the context's turns are.
        QTest::newRow("earlier turns: unknown role")
            << "turns-role.jsonl" << 3 << 243
            << "responses[1].earlier_turns[0].role: unknown role \"human\"; expected system, user, assistant or tool";
        QTest::newRow("earlier turns: not a list")
            << "turns-not-list.jsonl" << 3 << 219 << "responses[1].earlier_turns: expected an array, found a string";
        QTest::newRow("earlier turns: a turn that is text")
            << "turns-not-object.jsonl" << 3 << 220
            << "responses[1].earlier_turns[0]: expected an object, found a string";
        QTest::newRow("earlier turns: content not text")
            << "turns-content.jsonl" << 3 << 275
            << "responses[1].earlier_turns[1].content: expected a string, found an integer";
        QTest::newRow("earlier turns: no role")
            << "turns-no-role.jsonl" << 3 << 220 << "responses[1].earlier_turns[0].role: missing; expected a string";
    }

    void brokenFilesAreRefusedAtTheirPlace()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto report = BatchVerifier::verify(fixture(file));
        QVERIFY2(!report.ok(), qPrintable(file));
        const Error &e = report.error();
        QCOMPARE(e.file, fixture(file));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.toString().contains(message), qPrintable(e.toString()));
        // The message a user reads starts with the place.
        QVERIFY(e.toString().startsWith(fixture(file) + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
    }

    void validFilesVerify_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("tasks");
        QTest::addColumn<qint64>("annotations");
        QTest::newRow("assignment fixture")
            << fixture(QStringLiteral("valid-assignment.jsonl")) << "assignment" << qint64(4) << qint64(2) << qint64(0);
        QTest::newRow("annotations fixture") << fixture(QStringLiteral("valid-annotations.jsonl")) << "annotations"
                                             << qint64(2) << qint64(0) << qint64(1);
        QTest::newRow("earlier turns fixture")
            << fixture(QStringLiteral("valid-turns.jsonl")) << "assignment" << qint64(4) << qint64(2) << qint64(0);
        const QString demo = QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/batches/");
        QTest::newRow("demo assignment") << demo + u"assignment.jsonl" << "assignment" << qint64(38) << qint64(36)
                                         << qint64(0);
        QTest::newRow("demo annotations")
            << demo + u"annotations.jsonl" << "annotations" << qint64(8) << qint64(0) << qint64(6);
        QTest::newRow("demo gold") << demo + u"gold.jsonl" << "gold" << qint64(8) << qint64(3) << qint64(0);
        QTest::newRow("demo dataset") << demo + u"dataset.jsonl" << "dataset" << qint64(54) << qint64(36) << qint64(11);
    }

    void validFilesVerify()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QFETCH(qint64, records);
        QFETCH(qint64, tasks);
        QFETCH(qint64, annotations);
        const auto report = BatchVerifier::verify(path);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(batchKindName(report->manifest.kind), kind);
        QCOMPARE(report->records, records);
        QCOMPARE(report->tasks, tasks);
        QCOMPARE(report->annotations, annotations);
        // The digest is SHA-256 of every byte before the end record's line.
        const QByteArray bytes = readAll(path);
        const qsizetype endLine = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        QCOMPARE(report->sha256,
            QString::fromLatin1(QCryptographicHash::hash(bytes.left(endLine), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(bytes.count('\n'), records + 1);
    }

    void manifestRoundTrip()
    {
        BatchManifest m;
        m.batchId = batchformat::batchId(QStringLiteral("p"), BatchKind::Assignment, QStringLiteral("annotator=kim"));
        m.revision = 3;
        m.kind = BatchKind::Assignment;
        m.projectId = QStringLiteral("p-1");
        m.projectName = QStringLiteral("Helpdesk copilot eval");
        m.producer = QStringLiteral("lead-ana");
        m.tool = QStringLiteral("verdict 0.1.0");
        m.createdAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        m.rubricId = QStringLiteral("helpful-safe");
        m.rubricVersion = 3;
        m.annotator = QStringLiteral("kim");
        m.calibration = true;
        const nlohmann::json json = batchformat::manifestToJson(m);
        const auto back = batchformat::manifestFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->batchId, m.batchId);
        QCOMPARE(back->revision, 3);
        QCOMPARE(back->kind, BatchKind::Assignment);
        QCOMPARE(back->projectName, m.projectName);
        QCOMPARE(back->createdAt, m.createdAt);
        QCOMPARE(back->rubricVersion, 3);
        QCOMPARE(back->annotator, m.annotator);
        QVERIFY(back->calibration);

        nlohmann::json noRubric = json;
        noRubric.erase("rubric");
        const auto refused = batchformat::manifestFromJson(noRubric);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("rubric"));
        nlohmann::json notUuid = json;
        notUuid["batch_id"] = "batch-7";
        QCOMPARE(
            batchformat::manifestFromJson(notUuid).error().toString(), QStringLiteral("batch_id: expected a UUID"));
    }

    void recordLinesPutTheTypeFirstAndSortTheRest()
    {
        const nlohmann::json fields{{"zeta", 1}, {"alpha", "é"}, {"mid", nlohmann::json::array({true, nullptr})}};
        const std::string line = batchformat::recordLine("task", fields);
        QCOMPARE(QString::fromStdString(line),
            QStringLiteral("{\"type\":\"task\",\"alpha\":\"é\",\"mid\":[true,null],\"zeta\":1}\n"));
        QCOMPARE(QString::fromStdString(batchformat::recordLine("end", nlohmann::json::object())),
            QStringLiteral("{\"type\":\"end\"}\n"));
    }

    void batchIdsAreNameBased()
    {
        const QString a = batchformat::batchId(QStringLiteral("p-1"), BatchKind::Annotations, QStringLiteral("kim"));
        QCOMPARE(batchformat::batchId(QStringLiteral("p-1"), BatchKind::Annotations, QStringLiteral("kim")), a);
        QVERIFY(batchformat::batchId(QStringLiteral("p-2"), BatchKind::Annotations, QStringLiteral("kim")) != a);
        QVERIFY(batchformat::batchId(QStringLiteral("p-1"), BatchKind::Gold, QStringLiteral("kim")) != a);
        QVERIFY(batchformat::batchId(QStringLiteral("p-1"), BatchKind::Annotations, QStringLiteral("lee")) != a);
        const QUuid uuid(a);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Sha1);
    }

    void writerEndsWithCountAndDigest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.jsonl"));
        JsonlWriter writer(true);
        QVERIFY(writer.open(path).ok());
        QVERIFY(writer.write("{\"type\":\"manifest\"}\n").ok());
        QVERIFY(writer.write("{\"type\":\"task\",\"id\":\"😀\"}\n").ok());
        QVERIFY(!QFile::exists(path)); // nothing appears before commit
        QVERIFY(writer.commit().ok());
        const QByteArray bytes = readAll(path);
        const QByteArray body = QByteArrayLiteral("{\"type\":\"manifest\"}\n{\"type\":\"task\",\"id\":\"😀\"}\n");
        QVERIFY(bytes.startsWith(body));
        const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        QCOMPARE(
            bytes.mid(body.size()), QByteArray("{\"type\":\"end\",\"records\":2,\"sha256\":\"" + digest + "\"}\n"));
        QCOMPARE(writer.digest(), QString::fromLatin1(digest));
    }

    void anAbandonedWriterLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.jsonl"));
        {
            JsonlWriter writer(true);
            QVERIFY(writer.open(path).ok());
            QVERIFY(writer.write("{\"type\":\"manifest\"}\n").ok());
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchFormat)
#include "tst_batchformat.moc"
