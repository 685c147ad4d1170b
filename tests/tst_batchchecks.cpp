#include "batchrecords.h"
#include "codecs/batchformat.h"
#include "codecs/jsonfields.h"
#include "export/batchexporter.h"
#include "import/batchverifier.h"
#include "import/importer.h"
#include "projectsnapshot.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>

using namespace verdict;
using nlohmann::json;

// Hostile batches: what `verdict verify` and an import into a new project
// refuse, and that the two refuse a batch at the same line, column and
// message for every check that needs no project.
namespace {

const QByteArray response2 = "Fine 👍 call me at 555-0100";

json manifest(const char *kind = "dataset", bool calibration = false)
{
    json m{{"type", "manifest"}, {"format", "verdict-batch"}, {"format_version", 1},
        {"batch_id", "3c4d5e6f-7a8b-5c9d-8e0f-2a2b3c4d5e6f"}, {"revision", 1}, {"kind", kind},
        {"project", {{"id", "7a8b9c0d-2e2f-4a3b-8c4d-5e6f7a8b9c0d"}, {"name", "Hostile"}}},
        {"producer", {{"person", "lead-ana"}, {"tool", "verdict 0.1.0"}}}};
    if (std::string_view(kind) == "assignment") {
        m["rubric"] = {{"id", "tiny"}, {"version", 1}};
        m["annotator"] = "kim";
    }
    if (calibration)
        m["calibration"] = true;
    return m;
}

// overall: ranking; quality: a 1–5 rating per response; tone: one of calm, rude; spans: pii.
json rubric()
{
    return json{{"type", "rubric"}, {"id", "tiny"}, {"version", 1}, {"title", "Tiny"}, {"guidelines", "Judge."},
        {"criteria",
            json::array({{{"key", "overall"}, {"kind", "ranking"}, {"per", "task"}, {"required", true},
                             {"title", "Overall"}},
                {{"key", "quality"}, {"kind", "rating"}, {"per", "response"}, {"required", true}, {"title", "Quality"},
                    {"scale", {{"min", 1}, {"max", 5}}}},
                {{"key", "tone"}, {"kind", "choice"}, {"per", "task"}, {"required", true}, {"title", "Tone"},
                    {"options",
                        json::array({{{"key", "calm"}, {"label", "Calm"}}, {{"key", "rude"}, {"label", "Rude"}}})}},
                {{"key", "spans"}, {"kind", "spans"}, {"per", "response"}, {"required", false}, {"title", "Spans"},
                    {"labels", json::array({{{"key", "pii"}, {"name", "Personal data"}, {"color", "#4a90d9"}}})}}})}};
}

json task(int n)
{
    return json{{"type", "task"}, {"id", "t-" + std::to_string(n)},
        {"context", json::array({{{"role", "user"}, {"content", "Question " + std::to_string(n) + "?"}}})},
        {"responses",
            json::array({{{"id", "a"}, {"model", "m-1"}, {"content", "Answer A"}},
                {{"id", "b"}, {"model", "m-2"}, {"content", response2.toStdString()}}})},
        {"meta", {{"language", "en"}}}};
}

json goodAnswers()
{
    return json{{"overall", json::array({json::array({"b"}), json::array({"a"})})}, {"quality", {{"a", 2}, {"b", 4}}},
        {"tone", "calm"}, {"spans", {{"b", json::array({{{"start", 18}, {"end", 26}, {"label", "pii"}}})}}}};
}

json annotation(int n, const char *who, json answers = goodAnswers(), const char *status = "submitted")
{
    return json{{"type", "annotation"}, {"task", "t-" + std::to_string(n)}, {"annotator", who}, {"rubric", "tiny"},
        {"rubric_version", 1}, {"status", status}, {"revision", 1}, {"active_seconds", 10.0},
        {"updated_at", "2026-11-02T10:00:00Z"}, {"answers", std::move(answers)}};
}

json gold(int n, json answers = goodAnswers())
{
    return json{{"type", "gold"}, {"task", "t-" + std::to_string(n)}, {"rubric", "tiny"}, {"rubric_version", 1},
        {"answers", std::move(answers)}, {"author", "lead-ana"}, {"created_at", "2026-11-02T11:00:00Z"}};
}

json decision(int n, const char *criterion, json answer)
{
    return json{{"type", "adjudication"}, {"task", "t-" + std::to_string(n)}, {"criterion", criterion},
        {"answer", std::move(answer)}, {"source", "lead"}, {"decided_by", "lead-ana"},
        {"decided_at", "2026-11-02T12:00:00Z"}};
}

QByteArray line(const json &record)
{
    json rest = record;
    rest.erase("type");
    const std::string text = batchformat::recordLine(record["type"].get<std::string>(), rest);
    return QByteArray::fromStdString(text).chopped(1);
}

// A dataset: the rubric, two tasks, two annotators' work on t-1, gold on t-2.
QList<QByteArray> dataset()
{
    return {line(manifest()), line(rubric()), line(task(1)), line(task(2)), line(annotation(1, "kim")),
        line(annotation(1, "lee")), line(gold(2))};
}

QList<QByteArray> with(QList<QByteArray> lines, const QList<QByteArray> &more)
{
    lines << more;
    return lines;
}

// `lines` with their first `from` on line `index` (0-based) replaced.
QList<QByteArray> replaced(QList<QByteArray> lines, int index, const QByteArray &from, const QByteArray &to)
{
    if (!lines[index].contains(from))
        qFatal("line %d has no %s", index, from.constData());
    lines[index].replace(lines[index].indexOf(from), from.size(), to);
    return lines;
}

QString write(const QTemporaryDir &dir, const QList<QByteArray> &lines)
{
    QByteArray body;
    for (const QByteArray &l : lines)
        body += l + '\n';
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    body += "{\"type\":\"end\",\"records\":" + QByteArray::number(lines.size()) + ",\"sha256\":\"" + digest + "\"}\n";
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("hostile-%1.jsonl").arg(n++));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The column, in code points, of the first `needle` on the line; when the
// needle holds a '|', of the text after it.
int columnOf(const QByteArray &line, const QByteArray &needle)
{
    const qsizetype bar = needle.indexOf('|');
    const QByteArray text = bar < 0 ? needle : needle.left(bar) + needle.mid(bar + 1);
    const qsizetype at = line.indexOf(text);
    if (at < 0)
        qFatal("no %s in %s", text.constData(), line.constData());
    return int(QString::fromUtf8(line.left(at + std::max<qsizetype>(bar, 0))).toUcs4().size()) + 1;
}

bool mentionsTheDatabase(const QString &message)
{
    for (const char *word : {"database", "sqlite", "constraint"}) {
        if (message.contains(QLatin1StringView(word), Qt::CaseInsensitive))
            return true;
    }
    for (const char *word : {"SQL", "CHECK", "INSERT", "UNIQUE", "NOT NULL"}) {
        if (message.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

std::string why(const Error &e)
{
    return e.toString().toStdString();
}

void addRefusalColumns()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<int>("line"); // 1-based
    QTest::addColumn<QByteArray>("at"); // the text the column points at on that line (or after its '|')
    QTest::addColumn<QString>("message");
}

// Verify and an import into a new project both refuse the batch at the line,
// the column of `at` and with the message, the same way; the project is
// left as it was, and no message speaks of the database.
void checkRefusal()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(int, line);
    QFETCH(QByteArray, at);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = write(dir, lines);

    const auto verified = BatchVerifier::verify(file);
    QVERIFY2(!verified.ok(), "verify accepted the batch");
    const Error &v = verified.error();
    QVERIFY2(v.toString().contains(message), why(v).c_str());
    QCOMPARE(v.line, line);
    QCOMPARE(v.column, columnOf(lines[line - 1], at));
    QVERIFY2(!mentionsTheDatabase(v.message), why(v).c_str());

    auto project = testutil::newProject(dir);
    const QString before = testutil::snapshot(*project);
    const auto imported = Importer(*project).importFile(file, {});
    QVERIFY2(!imported.ok(), "the import accepted the batch");
    const Error &i = imported.error();
    QCOMPARE(i.message, v.message);
    QCOMPARE(i.field, v.field);
    QCOMPARE(i.line, v.line);
    QCOMPARE(i.column, v.column);
    QCOMPARE(i.file, v.file);
    QVERIFY2(!mentionsTheDatabase(i.message), why(i).c_str());
    QCOMPARE(testutil::snapshot(*project), before);
}

} // namespace

class TestBatchChecks : public QObject
{
    Q_OBJECT

private slots:
    void theCleanBatchVerifiesAndImports()
    {
        QTemporaryDir dir;
        const QString file = write(dir, with(dataset(), {line(decision(1, "tone", "rude"))}));
        const auto verified = BatchVerifier::verify(file);
        QVERIFY2(verified.ok(), verified.ok() ? "" : why(verified.error()).c_str());
        auto project = testutil::newProject(dir);
        const auto imported = Importer(*project).importFile(file, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : why(imported.error()).c_str());
        QCOMPARE(imported->counts.adjudicationsAdded, qint64(1));
    }

    // Every check that needs no project, on batches that carry what their records are about.
    void verifyAndImportRefuseAlike_data()
    {
        addRefusalColumns();
        const QList<QByteArray> base = dataset();
        // Annotations against the rubric and task in the same batch.
        QTest::newRow("rating outside the scale")
            << replaced(base, 4, "\"a\":2", "\"a\":9") << 5 << QByteArray("9,") << "9 is outside the scale 1–5";
        QTest::newRow("unknown option") << replaced(base, 4, "\"tone\":\"calm\"", "\"tone\":\"sulky\"") << 5
                                        << QByteArray("\"sulky\"") << "unknown option \"sulky\"";
        QTest::newRow("unknown criterion") << replaced(base, 4, "\"tone\":\"calm\"", "\"tone\":\"calm\",\"vibe\":1")
                                           << 5 << QByteArray("1}") << "not a criterion of rubric tiny version 1";
        QTest::newRow("ranking of a response the task lacks")
            << replaced(base, 5, "[[\"b\"],[\"a\"]]", "[[\"b\"],[\"z\"]]") << 6 << QByteArray("[[\"b\"]")
            << "task t-1 has no response \"z\"";
        QTest::newRow("span beyond the response") << replaced(base, 4, "\"end\":26",
            "\"end\":99") << 5 << QByteArray("99") << "99 is beyond the end of response b (26 characters)";
        QTest::newRow("submitted without a required answer") << replaced(base, 4, ",\"tone\":\"calm\"",
            "") << 5 << QByteArray("{\"overall\"") << "required: Tone is not answered";
        QTest::newRow("gold that does not fit") << replaced(base, 6, "\"b\":4", "\"b\":\"four\"") << 7
                                                << QByteArray("\"four\"") << "expected a whole number from 1 to 5";
        QTest::newRow("draft of the wrong shape")
            << replaced(replaced(base, 4, "\"submitted\"", "\"draft\""), 4, "\"tone\":\"calm\"", "\"tone\":[1]") << 5
            << QByteArray("[1]") << "expected one option, found an array";
        // A calibration assignment carries its tasks' gold answers.
        QTest::newRow("calibration gold that does not fit")
            << QList<QByteArray>{line(manifest("assignment", true)), line(rubric()), line(task(1)),
                   replaced({line(gold(1))}, 0, "\"calm\"", "\"sulky\"").first()}
            << 4 << QByteArray("\"sulky\"") << "unknown option \"sulky\"";
        // Records the batch holds twice.
        QTest::newRow("a rubric version twice, changed")
            << base.mid(0, 2) + replaced({line(rubric())}, 0, "Judge.", "Guess.") + base.mid(2) << 3
            << QByteArray("\"version\":|1}")
            << "rubric tiny version 1 comes twice in this batch with different content";
        QTest::newRow("a task twice, changed")
            << base.mid(0, 4) + replaced({line(task(1))}, 0, "Answer A", "Answer Z") + base.mid(4) << 5
            << QByteArray("[{\"content\":\"Answer Z\"")
            << "task t-1 comes twice in this file with a different responses";
        // What the database used to refuse with its own words.
        QTest::newRow("a rubric record without its version") << replaced(base, 1, ",\"version\":1",
            "") << 2 << QByteArray("{") << "version: missing; a rubric record carries its published version";
    }
    void verifyAndImportRefuseAlike() { checkRefusal(); }

    // Adjudication answers are checked against the rubric version the task's
    // final answers follow, as an annotator's answers are.
    void decisionsThatDoNotFitAreRefused_data()
    {
        addRefusalColumns();
        const QList<QByteArray> base = dataset();
        const auto deciding = [&](const char *criterion, const json &answer) {
            return with(base, {line(decision(1, criterion, answer))});
        };
        QTest::newRow("a word for a ranking")
            << deciding("overall", "wrong") << 8 << QByteArray("\"wrong\"") << "expected groups of response ids";
        QTest::newRow("an empty object for a choice")
            << deciding("tone", json::object()) << 8 << QByteArray("{}") << "expected one option, found an object";
        QTest::newRow("a number for a choice")
            << deciding("tone", 123) << 8 << QByteArray("123") << "expected one option, found an integer";
        QTest::newRow("nothing for a required criterion")
            << deciding("tone", nullptr) << 8 << QByteArray("null") << "required: Tone is not answered";
        QTest::newRow("an unknown option")
            << deciding("tone", "sulky") << 8 << QByteArray("\"sulky\"") << "unknown option \"sulky\"";
        QTest::newRow("a ranking that leaves a response out")
            << deciding("overall", json::array({json::array({"a"})})) << 8 << QByteArray("[[\"a\"]]")
            << "the ranking must place every response; missing b";
        QTest::newRow("a rating outside the scale")
            << deciding("quality", json{{"a", 1}, {"b", 7}}) << 8 << QByteArray("7") << "7 is outside the scale 1–5";
        QTest::newRow("a rating for a response the task lacks")
            << deciding("quality", json{{"a", 1}, {"b", 2}, {"z", 3}}) << 8 << QByteArray("3}")
            << "task t-1 has no response \"z\"";
        QTest::newRow("a criterion the rubric lacks")
            << deciding("vibe", "calm") << 8 << QByteArray("\"vibe\"") << "rubric tiny version 1 has no criterion vibe";
        QTest::newRow("a decision on a gold task, against the gold answer's version")
            << with(base, {line(decision(2, "tone", 5))}) << 8 << QByteArray("5") << "expected one option";
        QTest::newRow("an escalation resolved with an answer") << deciding(
            "", "wrong") << 8 << QByteArray("\"wrong\"") << "a decision without a criterion resolves an escalation";
    }
    void decisionsThatDoNotFitAreRefused() { checkRefusal(); }

    void aDecisionThatFitsIsTheFinalAnswer()
    {
        QTemporaryDir dir;
        const QString file = write(dir,
            with(dataset(),
                {line(decision(1, "overall", json::array({json::array({"a"}), json::array({"b"})}))),
                    line(decision(1, "", resolvedEscalation()))}));
        QVERIFY(BatchVerifier::verify(file).ok());
        auto project = testutil::newProject(dir);
        const auto imported = Importer(*project).importFile(file, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : why(imported.error()).c_str());
        QCOMPARE(imported->counts.adjudicationsAdded, qint64(2));
        // The resolved escalation goes out and comes back like any decision.
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        QVERIFY(BatchExporter(*project).writeDataset(out, {}, ConsensusRule{}).ok());
        auto again = testutil::newProject(dir);
        const auto reimported = Importer(*again).importFile(out, {});
        QVERIFY2(reimported.ok(), reimported.ok() ? "" : why(reimported.error()).c_str());
        QCOMPARE(reimported->counts.adjudicationsAdded, qint64(2));
        bool sawFinal = false;
        for (const json &record : testutil::records(out)) {
            if (record["type"] == "final" && record["task"] == "t-1") {
                QCOMPARE(testutil::jsonText(record["answers"]["overall"]), QStringLiteral("[[\"a\"],[\"b\"]]"));
                sawFinal = true;
            }
        }
        QVERIFY(sawFinal);
    }

    // Whole numbers are read as 64-bit numbers and refused when they do not
    // fit the field, never cut to 32 bits or wrapped.
    void wholeNumbersOutOfRangeAreRefused_data()
    {
        addRefusalColumns();
        const QList<QByteArray> base = dataset();
        const auto revision
            = [&](const QByteArray &value) { return replaced(base, 0, "\"revision\":1", "\"revision\":" + value); };
        const auto range = [](const char *value) {
            return QStringLiteral("revision: expected a whole number from 1 to 2147483647, found %1")
                .arg(QLatin1StringView(value));
        };
        QTest::newRow("revision 2^31") << revision("2147483648") << 1 << QByteArray("2147483648")
                                       << range("2147483648");
        QTest::newRow("revision 2^32 + 1")
            << revision("4294967297") << 1 << QByteArray("4294967297") << range("4294967297");
        QTest::newRow("revision 2^63 - 1") << revision("9223372036854775807") << 1 << QByteArray("9223372036854775807")
                                           << range("9223372036854775807");
        QTest::newRow("revision 2^63") << revision("9223372036854775808") << 1 << QByteArray("9223372036854775808")
                                       << range("9223372036854775808");
        QTest::newRow("revision 2^64 - 1") << revision("18446744073709551615") << 1
                                           << QByteArray("18446744073709551615") << range("18446744073709551615");
        QTest::newRow("revision 2^64") << revision("18446744073709551616") << 1 << QByteArray("18446744073709551616")
                                       << "revision: expected a whole number";
        QTest::newRow("revision 0") << revision("0") << 1 << QByteArray("\"revision\":|0") << range("0");
        QTest::newRow("revision -1") << revision("-1") << 1 << QByteArray("-1") << range("-1");
        QTest::newRow("revision 1.5") << revision("1.5") << 1 << QByteArray("1.5")
                                      << "revision: expected a whole number, found 1.5";
        QTest::newRow("rubric version 2^32 + 1")
            << replaced(base, 1, "\"version\":1", "\"version\":4294967297") << 2 << QByteArray("4294967297")
            << "version: expected a whole number from 1 to 2147483647, found 4294967297";
        QTest::newRow("rubric_version 2^32 + 1")
            << replaced(base, 4, "\"rubric_version\":1", "\"rubric_version\":4294967297") << 5
            << QByteArray("4294967297") << "rubric_version: expected a whole number from 1 to 2147483647";
        QTest::newRow("annotation revision 2^32 + 1")
            << replaced(base, 4, "\"revision\":1", "\"revision\":4294967297") << 5 << QByteArray("4294967297")
            << "revision: expected a whole number from 0 to 2147483647";
        QTest::newRow("scale up to 2^32 + 5")
            << replaced(base, 1, "{\"max\":5,\"min\":1}", "{\"max\":4294967301,\"min\":1}") << 2
            << QByteArray("4294967301") << "criteria[1].scale.max: expected a whole number from";
        // Read as a wrapped 64-bit number, 2^64 - 1 would be -1, inside a -2…2 scale.
        QTest::newRow("a rating of 2^64 - 1 on a scale through -1")
            << replaced(replaced(base, 1, "{\"max\":5,\"min\":1}", "{\"max\":2,\"min\":-2}"), 4, "\"a\":2",
                   "\"a\":18446744073709551615")
            << 5 << QByteArray("18446744073709551615") << "18446744073709551615 is outside the scale -2–2";
    }
    void wholeNumbersOutOfRangeAreRefused() { checkRefusal(); }

    void theLargestWholeNumbersAreReadExactly()
    {
        QTemporaryDir dir;
        const QString file = write(dir, replaced(dataset(), 0, "\"revision\":1", "\"revision\":2147483647"));
        const auto verified = BatchVerifier::verify(file);
        QVERIFY2(verified.ok(), verified.ok() ? "" : why(verified.error()).c_str());
        QCOMPARE(verified->manifest.revision, 2147483647);
        auto project = testutil::newProject(dir);
        const auto imported = Importer(*project).importFile(file, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : why(imported.error()).c_str());
        QCOMPARE(imported->revision, 2147483647);
    }

    // Ids, names and keys have length limits (validation.h), the same in every reader.
    void namesAndIdsWithinTheirLimits_data()
    {
        addRefusalColumns();
        const QList<QByteArray> base = dataset();
        const QByteArray longId(257, 'x');
        const QByteArray longName(101, 'k');
        QTest::newRow("a task id of 257 characters")
            << replaced(base, 2, "\"id\":\"t-1\"", "\"id\":\"" + longId + "\"") << 3 << QByteArray("\"xxx")
            << "id: is 257 characters long; at most 256 are allowed";
        QTest::newRow("a task id of 257 non-ASCII characters")
            << replaced(base, 2, "\"id\":\"t-1\"", "\"id\":\"" + QString(257, QChar(0xe9)).toUtf8() + "\"") << 3
            << QString(2, QChar(0xe9)).toUtf8().prepend('"') << "id: is 257 characters long; at most 256 are allowed";
        QTest::newRow("a response id of 257 characters")
            << replaced(base, 2, "\"id\":\"a\"", "\"id\":\"" + longId + "\"") << 3 << QByteArray("\"xxx")
            << "responses[0].id: is 257 characters long";
        QTest::newRow("an annotator's name of 101 characters")
            << replaced(base, 4, "\"annotator\":\"kim\"", "\"annotator\":\"" + longName + "\"") << 5
            << QByteArray("\"kkk") << "annotator: is 101 characters long; at most 100 are allowed";
        QTest::newRow("an annotator's name with a control character")
            << replaced(base, 4, "\"annotator\":\"kim\"", "\"annotator\":\"ki\\u0001m\"") << 5 << QByteArray("\"ki")
            << "annotator: must not contain control characters";
        QTest::newRow("a producer of 101 characters")
            << replaced(base, 0, "\"person\":\"lead-ana\"", "\"person\":\"" + longName + "\"") << 1
            << QByteArray("\"kkk") << "producer.person: is 101 characters long";
        QTest::newRow("a criterion key of 65 characters")
            << replaced(base, 1, "\"key\":\"tone\"", "\"key\":\"" + QByteArray(65, 't') + "\"") << 2
            << QByteArray("\"ttt") << "criteria[2].key: is 65 characters long; at most 64 are allowed";
    }
    void namesAndIdsWithinTheirLimits() { checkRefusal(); }

    void namesAndIdsAtTheirLimitsAreFine()
    {
        QList<QByteArray> lines = dataset();
        const QByteArray id(256, 'x');
        const QByteArray name(100, 'k');
        lines = replaced(lines, 2, "\"id\":\"t-1\"", "\"id\":\"" + id + "\"");
        lines = replaced(lines, 4, "\"task\":\"t-1\"", "\"task\":\"" + id + "\"");
        lines = replaced(lines, 4, "\"annotator\":\"kim\"", "\"annotator\":\"" + name + "\"");
        lines = replaced(lines, 5, "\"task\":\"t-1\"", "\"task\":\"" + id + "\"");
        QTemporaryDir dir;
        const QString file = write(dir, lines);
        const auto verified = BatchVerifier::verify(file);
        QVERIFY2(verified.ok(), verified.ok() ? "" : why(verified.error()).c_str());
        auto project = testutil::newProject(dir);
        const auto imported = Importer(*project).importFile(file, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : why(imported.error()).c_str());
        QCOMPARE(imported->counts.annotationsAdded, qint64(2));
    }

    // Whatever the database refuses on the way in is reported as a problem
    // with the record at its line, never in the database's words.
    void aValueTheDatabaseRefusesIsReportedAsTheRecords_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("line");
        QTest::newRow("a task") << "task" << 3;
        QTest::newRow("a gold answer") << "gold" << 7;
    }
    void aValueTheDatabaseRefusesIsReportedAsTheRecords()
    {
        QFETCH(QString, table);
        QFETCH(int, line);
        QTemporaryDir dir;
        const QString file = write(dir, dataset());
        auto project = testutil::newProject(dir);
        // A rule of the project file the readers know nothing of.
        QVERIFY(project->database()
                    .exec(u"CREATE TRIGGER refuse BEFORE INSERT ON " + table
                        + u" BEGIN SELECT RAISE(ABORT, 'refused by a rule'); END")
                    .ok());
        const auto imported = Importer(*project).importFile(file, {});
        QVERIFY(!imported.ok());
        const Error &e = imported.error();
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, line);
        QVERIFY2(e.message.contains(u"holds a value the project cannot store"), why(e).c_str());
        QVERIFY2(!mentionsTheDatabase(e.message) && !e.message.contains(u"refused by a rule"), why(e).c_str());
    }

    void identifierProblemsNameTheirCause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("problem");
        const int id = int(IdentifierKind::Id);
        const int name = int(IdentifierKind::Name);
        const int key = int(IdentifierKind::Key);
        QTest::newRow("fine") << "kim" << name << "";
        QTest::newRow("empty") << "" << name << "must not be empty";
        QTest::newRow("blank") << "  " << id << "must not be empty";
        QTest::newRow("control") << "ki\tm" << name << "must not contain control characters";
        QTest::newRow("DEL") << "ki\x7fm" << name << "must not contain control characters";
        QTest::newRow("C1 control") << QStringLiteral("ki\u0085m") << name << "must not contain control characters";
        QTest::newRow("name at its limit") << QString(100, u'k') << name << "";
        QTest::newRow("name over its limit")
            << QString(101, u'k') << name << "is 101 characters long; at most 100 are allowed";
        // Characters are code points: 100 emoji are 200 UTF-16 units and still a valid name.
        QTest::newRow("emoji name at its limit") << QString::fromUtf8(QByteArray("🙂").repeated(100)) << name << "";
        QTest::newRow("key over its limit")
            << QString(65, u'k') << key << "is 65 characters long; at most 64 are allowed";
        QTest::newRow("id at its limit") << QString(256, u'i') << id << "";
    }
    void identifierProblemsNameTheirCause()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, problem);
        QCOMPARE(identifierProblem(text, IdentifierKind(kind)), problem);
    }
};

QTEST_GUILESS_MAIN(TestBatchChecks)
#include "tst_batchchecks.moc"
