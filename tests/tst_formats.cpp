#include "codecs/jsonfields.h"
#include "export/batchexporter.h"
#include "export/exporter.h"
#include "goldenfile.h"
#include "import/importer.h"
#include "import/labelstudiomapper.h"
#include "import/trlmapper.h"
#include "testutil.h"
#include "util/fixedclock.h"
#include "util/textoffsets.h"
#include "workflow/demo.h"

#include <QFile>

using namespace verdict;
using nlohmann::json;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(VERDICT_TEST_DATA "/") + name;
}

const QDateTime fixedTime(QDate(2026, 11, 5), QTime(8, 0), Qt::UTC);

// A project whose exports come out the same on every run.
std::unique_ptr<Project> fixedProject(const QTemporaryDir &dir, const QString &name)
{
    auto project = Project::create(dir.filePath(name + u".verdict"), name, schema::migrations(),
        QStringLiteral("11111111-2222-4333-8444-555555555555"));
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    return std::move(project).value();
}

std::vector<json> lines(const QString &path)
{
    std::vector<json> list;
    const QByteArray bytes = golden::read(path);
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            list.push_back(json::parse(line.toStdString()));
    }
    return list;
}

// The text a span covers, in code points.
QString covered(const QString &text, qint64 start, qint64 end)
{
    const qsizetype from = text::utf16FromCodePoint(text, start);
    const qsizetype to = text::utf16FromCodePoint(text, end);
    return text.mid(from, to - from);
}

std::string errorText(const Result<ImportReport> &r)
{
    return r.ok() ? std::string() : r.error().toString().toStdString();
}

// The turns of an HH transcript as {"role", "content"} objects, split here
// rather than by the importer (the fixtures hold no blank line inside a turn).
json hhTurns(const std::string &transcript)
{
    json turns = json::array();
    const QString text = QString::fromStdString(transcript);
    for (const QString &part : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const bool human = part.startsWith(u"Human: ");
        turns.push_back(
            json{{"role", human ? "user" : "assistant"}, {"content", part.mid(human ? 7 : 11).toStdString()}});
    }
    return turns;
}

// Each pair of an HH file as the two whole dialogues, chosen then rejected.
QStringList hhPairs(const QString &path)
{
    QStringList pairs;
    for (const json &r : lines(path))
        pairs << QString::fromStdString(
            json{hhTurns(r["chosen"].get<std::string>()), hhTurns(r["rejected"].get<std::string>())}.dump());
    pairs.sort();
    return pairs;
}

// The whole dialogue of one response: the context, its earlier turns, its reply.
json dialogue(const Task &task, const Response &response)
{
    json turns = json::array();
    for (const QList<Message> &part : {task.context, response.earlierTurns}) {
        for (const Message &m : part)
            turns.push_back(json{{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    }
    turns.push_back(json{{"role", "assistant"}, {"content", response.content.toStdString()}});
    return turns;
}

// Each preference task of a project as the chosen and the rejected dialogue.
QStringList projectPairs(Project &project)
{
    QStringList pairs;
    const QStringList ids = project.tasks().ids().value();
    for (const QString &id : ids) {
        const Task task = *project.tasks().byId(id).value();
        const auto annotations = project.annotations().forTask(id);
        for (const Annotation &a : *annotations) {
            const json &ranking = a.answers["preference"];
            const Response *chosen = task.response(QString::fromStdString(ranking[0][0].get<std::string>()));
            const Response *rejected = task.response(QString::fromStdString(ranking[1][0].get<std::string>()));
            pairs << QString::fromStdString(json{dialogue(task, *chosen), dialogue(task, *rejected)}.dump());
        }
    }
    pairs.sort();
    return pairs;
}

// "LINE:COLUMN: field: message" of each warning, in order.
QStringList placed(const QList<Error> &warnings)
{
    QStringList list;
    for (const Error &w : warnings)
        list << QStringLiteral("%1:%2: %3")
                    .arg(w.line)
                    .arg(w.column)
                    .arg(w.field.isEmpty() ? w.message : w.field + u": " + w.message);
    return list;
}

qint64 annotationCount(Project &project)
{
    const auto byStatus = project.annotations().countByStatus();
    qint64 n = 0;
    for (const int count : byStatus.value())
        n += count;
    return n;
}

// The options of each criterion of a rubric's latest version: "criterion: key key; …".
QString optionsOf(Project &project, const QString &rubricId)
{
    const auto rubric = project.rubrics().latest(rubricId);
    if (!rubric.ok() || !rubric.value())
        return {};
    QStringList criteria;
    for (const Criterion &c : rubric.value()->criteria) {
        QStringList keys;
        for (const Option &o : c.kind == CriterionKind::Spans ? c.labels : c.options)
            keys << o.key;
        criteria << c.key + u':' + (keys.isEmpty() ? QString() : u' ' + keys.join(u' '));
    }
    return criteria.join(QStringLiteral("; "));
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void detectsTheFormatFromTheFirstRecord_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("batch") << "batch/valid-assignment.jsonl"
                               << "batch";
        QTest::newRow("openai") << "formats/openai/valid.jsonl"
                                << "openai";
        QTest::newRow("trl plain") << "formats/trl/plain.jsonl"
                                   << "trl";
        QTest::newRow("trl conversational") << "formats/trl/conversational.jsonl"
                                            << "trl";
        QTest::newRow("hh") << "formats/hh/valid.jsonl"
                            << "hh";
        QTest::newRow("prodigy") << "formats/prodigy/valid.jsonl"
                                 << "prodigy";
        QTest::newRow("label studio") << "formats/labelstudio/valid.json"
                                      << "labelstudio";
        QTest::newRow("doccano") << "formats/doccano/valid.jsonl"
                                 << "doccano";
        QTest::newRow("doccano intent detection") << "formats/doccano/intent.jsonl"
                                                  << "doccano";
        QTest::newRow("doccano array, older labels") << "formats/doccano/array.json"
                                                     << "doccano";
        QTest::newRow("label studio, data alone") << "formats/labelstudio/flat.json"
                                                  << "labelstudio";
        QTest::newRow("prodigy input, text alone") << "formats/prodigy/plain.jsonl"
                                                   << "prodigy";
    }

    void detectsTheFormatFromTheFirstRecord()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const auto detected = detectImportFormat(data(file));
        QVERIFY2(detected.ok(), qPrintable(detected.ok() ? QString() : detected.error().toString()));
        QCOMPARE(importFormatName(*detected), format);
    }

    void anUnknownFormatSaysWhatItSaw()
    {
        const auto detected = detectImportFormat(data(QStringLiteral("formats/doccano/invalid-no-text.jsonl")));
        QVERIFY(!detected.ok());
        QCOMPARE(detected.error().line, 1);
        QVERIFY(detected.error().message.contains(u"keys: label, meta"));
        QVERIFY(detected.error().message.contains(u"--format"));
    }

    void refusesBadRecordsAtTheirPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("openai: no reply")
            << "openai/invalid-last-user.jsonl"
            << "openai" << 2 << 14 << "messages: the last message must be the assistant's reply";
        QTest::newRow("openai: image part")
            << "openai/invalid-image.jsonl"
            << "openai" << 1 << 44 << "messages[0].content[0]: only text parts can be imported";
        QTest::newRow("trl: same text") << "trl/invalid-same.jsonl"
                                        << "trl" << 2 << 50 << "rejected: the rejected response is the same text";
        QTest::newRow("trl: text and messages") << "trl/invalid-mixed.jsonl"
                                                << "trl" << 1 << 50 << "both be text or both be messages";
        QTest::newRow("trl: a side that ends with the user")
            << "trl/invalid-turns.jsonl"
            << "trl" << 1 << 59 << "chosen: expected messages after the prompt that end with an assistant message";
        QTest::newRow("hh: no shared human turn")
            << "hh/invalid-no-shared-turn.jsonl"
            << "hh" << 1 << 61 << "rejected: chosen and rejected share no human turn that both answer";
        QTest::newRow("hh: ends with a human turn")
            << "hh/invalid-ends-human.jsonl"
            << "hh" << 1 << 61 << "rejected: the transcript must end with an assistant turn";
        QTest::newRow("hh: the same transcript twice")
            << "hh/invalid-same.jsonl"
            << "hh" << 1 << 60 << "rejected: the rejected response is the same text as the chosen one";
        QTest::newRow("hh: not a transcript") << "hh/invalid-not-transcript.jsonl"
                                              << "hh" << 1 << 12 << "chosen: expected a transcript";
        QTest::newRow("prodigy: span too long")
            << "prodigy/invalid-range.jsonl"
            << "prodigy" << 1 << 29 << "spans[0]: the span 2–9 does not fit the text (5 code points)";
        QTest::newRow("prodigy: UTF-16 offsets")
            << "prodigy/invalid-text.jsonl"
            << "prodigy" << 1 << 104 << "spans[0].text: the span 8–11 covers \"da \"";
        QTest::newRow("prodigy: answer") << "prodigy/invalid-answer.jsonl"
                                         << "prodigy" << 1 << 25 << "answer: expected accept, reject or ignore";
        QTest::newRow("label studio: span too long")
            << "labelstudio/invalid-range.json"
            << "labelstudio" << 15 << 22 << "the span 2–30 does not fit the text (4 code points)";
        QTest::newRow("label studio: no text")
            << "labelstudio/invalid-image.json"
            << "labelstudio" << 10 << 13 << "data: no text to judge in this task (its data holds: image)";
        QTest::newRow("label studio: span text")
            << "labelstudio/invalid-mismatch.json"
            << "labelstudio" << 18 << 23 << "value.text: the span 0–4 does not cover this text";
        QTest::newRow("doccano: inside an emoji") << "doccano/invalid-surrogate.jsonl"
                                                  << "doccano" << 1 << 44 << "label[0][0]: 6 falls inside a character";
        QTest::newRow("doccano: bad triple") << "doccano/invalid-triple.jsonl"
                                             << "doccano" << 2 << 27 << "label[0]: expected [start, end, \"label\"]";
        QTest::newRow("doccano: no text") << "doccano/invalid-no-text.jsonl"
                                          << "doccano" << 1 << 1 << "text: missing; expected a string";
        QTest::newRow("openai: the first of several")
            << "openai/mixed.jsonl"
            << "openai" << 2 << 14 << "messages: the last message must be the assistant's reply";
        QTest::newRow("label studio: a trailing comma")
            << "labelstudio/invalid-trailing-comma.json"
            << "labelstudio" << 3 << 28 << "a comma before the closing ] (JSON has no trailing commas)";
    }

    // With --strict, the first record that cannot be imported refuses the file.
    void refusesBadRecordsAtTheirPlace()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        Importer importer(*project);
        ImportOptions options;
        options.format = *importFormatFromName(format);
        options.strict = true;
        const QString path = data(u"formats/" + file);
        const auto report = importer.importFile(path, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().file, path);
        QCOMPARE(report.error().line, line);
        QCOMPARE(report.error().column, column);
        QVERIFY2(report.error().toString().contains(message), qPrintable(report.error().toString()));
        QCOMPARE(*project->tasks().count(), qint64(0)); // nothing from the good records before it
    }

    void importsAsTheGoldenFilesSay_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("openai") << "openai/valid.jsonl"
                                << "openai";
        QTest::newRow("trl plain") << "trl/plain.jsonl"
                                   << "trl";
        QTest::newRow("trl conversational") << "trl/conversational.jsonl"
                                            << "trl";
        QTest::newRow("trl, sides of several turns") << "trl/turns.jsonl"
                                                     << "trl";
        QTest::newRow("hh") << "hh/valid.jsonl"
                            << "hh";
        QTest::newRow("hh, pairs that part early") << "hh/turns.jsonl"
                                                   << "hh";
        QTest::newRow("prodigy") << "prodigy/valid.jsonl"
                                 << "prodigy";
        QTest::newRow("label studio") << "labelstudio/valid.json"
                                      << "labelstudio";
        QTest::newRow("doccano") << "doccano/valid.jsonl"
                                 << "doccano";
        QTest::newRow("doccano intent detection") << "doccano/intent.jsonl"
                                                  << "doccano";
        QTest::newRow("doccano array") << "doccano/array.json"
                                       << "doccano";
        QTest::newRow("label studio, data alone") << "labelstudio/flat.json"
                                                  << "labelstudio";
        QTest::newRow("prodigy input") << "prodigy/plain.jsonl"
                                       << "prodigy";
    }

    // What each mapping stores is pinned by the dataset batch it exports to.
    void importsAsTheGoldenFilesSay()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const FixedClock clock(fixedTime);
        auto project = fixedProject(dir, QStringLiteral("golden"));
        Importer importer(*project);
        ImportOptions options;
        options.format = *importFormatFromName(format);
        const auto report = importer.importFile(data(u"formats/" + file), options);
        QVERIFY2(report.ok(), errorText(report).c_str());
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        ExportOptions exportOptions;
        exportOptions.producer = QStringLiteral("tester");
        QVERIFY(BatchExporter(*project).writeDataset(out, exportOptions).ok());
        const QString expected = data(u"formats/" + file.section(u'.', 0, 0) + u".expected.jsonl");
        QVERIFY(golden::matches(golden::records(golden::read(out)), expected));

        // Importing the same file again changes nothing.
        const auto again = importer.importFile(data(u"formats/" + file), options);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyImported);
    }

    void spansAfterAnEmojiLandOnTheirText()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        Importer importer(*project);
        for (const char *file : {"prodigy/valid.jsonl", "labelstudio/valid.json", "doccano/valid.jsonl"}) {
            const auto report = importer.importFile(data(u"formats/" + QLatin1StringView(file)), {});
            QVERIFY2(report.ok(), errorText(report).c_str());
        }
        const auto check = [&](const QString &text, const QString &criterion, const QString &responseId,
                               const QStringList &expected) {
            auto ids = project->tasks().rowIds({});
            for (qint64 rowId : *ids) {
                const Task task = *project->tasks().byRowId(rowId).value();
                const Response *response = task.response(responseId);
                if (!response || response->content != text)
                    continue;
                const auto annotations = project->annotations().forTask(task.id);
                QVERIFY(annotations.ok());
                QStringList got;
                for (const Annotation &a : *annotations) {
                    if (!a.answers.contains(toStd(criterion)))
                        continue;
                    for (const json &s : a.answers[toStd(criterion)][toStd(responseId)])
                        got << covered(text, s["start"].get<qint64>(), s["end"].get<qint64>());
                }
                QCOMPARE(got, expected);
                return;
            }
            QFAIL(qPrintable(u"no task holds " + text));
        };
        check(QStringLiteral("Ping 😀 Ada Lovelace in London"), QStringLiteral("spans"), QStringLiteral("a"),
            {QStringLiteral("Ada Lovelace"), QStringLiteral("London")});
        // Label Studio in code points, and an older export in UTF-16 units.
        check(QStringLiteral("Call 😀 Ada at 555-0100"), QStringLiteral("label"), QStringLiteral("text"),
            {QStringLiteral("Ada"), QStringLiteral("555-0100")});
        check(QStringLiteral("Old 😀 export Bob"), QStringLiteral("label"), QStringLiteral("text"),
            {QStringLiteral("Bob")});
        // doccano in UTF-16 units; its duplicate span counts once.
        check(QStringLiteral("Meet 😀 Ada in Paris"), QStringLiteral("spans"), QStringLiteral("a"),
            {QStringLiteral("Ada"), QStringLiteral("Paris")});
    }

    void labelStudioCreditsItsAnnotators()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        const auto report = Importer(*project).importFile(data(QStringLiteral("formats/labelstudio/valid.json")), {});
        QVERIFY2(report.ok(), errorText(report).c_str());
        QCOMPARE(report->warnings.size(), 3); // predictions, UTF-16 offsets, rectangle results
        const auto annotators = project->annotations().annotators();
        QStringList names;
        for (const AnnotatorSummary &a : *annotators)
            names << a.annotator;
        QCOMPARE(names,
            (QStringList{QStringLiteral("ana@example.com"), QStringLiteral("labelstudio"), QStringLiteral("user-4")}));
        QCOMPARE(annotators->at(1).byStatus.value(AnnotationStatus::Skipped), 1); // was_cancelled
        // The pairwise answer: the right-hand text won, with lead_time as active seconds.
        auto ids = project->tasks().rowIds({});
        const Task first = *project->tasks().byRowId(ids->constFirst()).value();
        const auto annotation = project->annotations().find(first.id, QStringLiteral("ana@example.com"));
        QVERIFY(annotation.ok() && annotation.value());
        QCOMPARE(testutil::jsonText(annotation.value()->answers["comparison"]),
            QStringLiteral("[[\"answer2\"],[\"answer1\"]]"));
        QCOMPARE(annotation.value()->activeSeconds, 12.5);
        QCOMPARE(first.context.constFirst().content, QStringLiteral("Which is kinder?"));
    }

    // Numbers in foreign files are kept digit for digit, never wrapped to a
    // negative 64-bit number; ids and names keep within their limits.
    void foreignNumbersAndNamesKeepTheirValue()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &text) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        auto project = testutil::newProject(dir);
        const auto openai = Importer(*project).importFile(
            write(QStringLiteral("big-id.jsonl"),
                "{\"id\": 18446744073709551615, \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, "
                "{\"role\": \"assistant\", \"content\": \"Hello\"}]}\n"),
            {});
        QVERIFY2(openai.ok(), errorText(openai).c_str());
        QVERIFY(project->tasks().byId(QStringLiteral("18446744073709551615")).value().has_value());

        const auto labelstudio = Importer(*project).importFile(
            write(QStringLiteral("big-user.json"),
                "[{\"id\": 1, \"data\": {\"text\": \"Call Ada\"}, \"annotations\": [{\"completed_by\": "
                "18446744073709551615, \"result\": [{\"type\": \"choices\", \"from_name\": \"mood\", "
                "\"to_name\": \"text\", \"value\": {\"choices\": [\"calm\"]}}]}]}]\n"),
            {});
        QVERIFY2(labelstudio.ok(), errorText(labelstudio).c_str());
        const auto annotators = project->annotations().annotators();
        QVERIFY(annotators.ok());
        QStringList names;
        for (const AnnotatorSummary &a : *annotators)
            names << a.annotator;
        QVERIFY2(names.contains(QStringLiteral("user-18446744073709551615")), qPrintable(names.join(u", ")));

        const QByteArray longId(300, 'x');
        const auto refused
            = Importer(*project).importFile(write(QStringLiteral("long-id.jsonl"),
                                                "{\"id\": \"" + longId
                                                    + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, "
                                                      "{\"role\": \"assistant\", \"content\": \"Hello\"}]}\n"),
                {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().line, 1);
        QCOMPARE(refused.error().column, 8); // the id, where the reader checks it
        QCOMPARE(refused.error().field, QStringLiteral("id"));
        QVERIFY2(refused.error().message.contains(u"is 300 characters long; at most 256 are allowed"),
            errorText(refused).c_str());

        const auto longName = Importer(*project).importFile(
            write(QStringLiteral("long-name.jsonl"),
                "{\"text\": \"Hi there\", \"label\": \"GREETING\", \"answer\": \"accept\", "
                "\"_annotator_id\": \""
                    + QByteArray(101, 'n') + "\"}\n"),
            {});
        QVERIFY(!longName.ok());
        QCOMPARE(longName.error().field, QStringLiteral("_annotator_id"));
        QVERIFY2(longName.error().message.contains(u"is 101 characters long; at most 100 are allowed"),
            errorText(longName).c_str());
    }

    void skipsRecordsThatCannotBeImported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<qint64>("tasks");
        QTest::addColumn<qint64>("annotations");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<QString>("rubric"); // the built-in rubric's options after the import
        const QString skipped = QStringLiteral("; the record is skipped");
        QTest::newRow("openai") << "openai/mixed.jsonl"
                                << "openai"
                                << QStringList{
                                       QStringLiteral("2:14: messages: the last message must be the assistant's reply, the response "
                                       "to judge") + skipped,
                                       QStringLiteral("3:8: id: must not contain control characters") + skipped,
                                       QStringLiteral("4:44: messages[0].content[0]: only text parts can be imported") + skipped,
                                   }
                                << qint64(2) << qint64(0) << qint64(3) << QString();
        QTest::newRow("trl") << "trl/mixed.jsonl"
                             << "trl"
                             << QStringList{
                                    QStringLiteral("2:50: rejected: the rejected response is the same text as the chosen one")
                                        + skipped,
                                    QStringLiteral("3:83: annotators[0]: must not contain control characters") + skipped,
                                    QStringLiteral("4:1: rejected: missing; expected the rejected response") + skipped,
                                }
                             << qint64(2) << qint64(2) << qint64(3) << QStringLiteral("preference:");
        QTest::newRow("hh") << "hh/mixed.jsonl"
                            << "hh"
                            << QStringList{
                                   QStringLiteral("2:12: chosen: expected a transcript of \"\\n\\nHuman: …\" and \"\\n\\nAssistant: "
                                   "…\" turns") + skipped,
                                   QStringLiteral("3:1: rejected: missing; expected the rejected transcript") + skipped,
                                   QStringLiteral("4:12: chosen: the transcript must end with an assistant turn") + skipped,
                               }
                            << qint64(2) << qint64(2) << qint64(3) << QStringLiteral("preference:");
        QTest::newRow("prodigy")
            << "prodigy/mixed.jsonl"
            << "prodigy"
            << QStringList{
                   QStringLiteral("2:77: spans[1]: the span 6–40 does not fit the text (10 code points)") + skipped,
                   QStringLiteral("3:31: answer: the annotator answered \"ignore\" (set the text aside): the task is imported with a "
                   "skipped annotation, so nothing is lost, and no answer is counted"),
                   QStringLiteral("4:57: _annotator_id: must not contain control characters") + skipped,
                   QStringLiteral("5:30: answer: expected accept, reject or ignore") + skipped,
               }
            << qint64(3) << qint64(3) << qint64(3) << QStringLiteral("spans: person; answer: accept ignore; label: insult");
        QTest::newRow("label studio")
            << "labelstudio/mixed.json"
            << "labelstudio"
            << QStringList{
                   QStringLiteral("53:24: annotations[0].result[1].to_name: not a text field of data") + skipped,
                   QStringLiteral("76:21: annotations[0].result[0].type: Label Studio results of type \"rating\" are not "
                   "imported"),
                   QStringLiteral("113:27: annotations[0].result[0].value.selected: \"center\" is neither left nor right; this "
                   "pairwise result is not imported"),
                   QStringLiteral("129:20: annotations[0].completed_by.email: must not contain control characters") + skipped,
               }
            << qint64(4) << qint64(3) << qint64(2) << QStringLiteral("label: per; sentiment: negative positive");
        QTest::newRow("doccano") << "doccano/mixed.jsonl"
                                 << "doccano"
                                 << QStringList{
                                        QStringLiteral("2:50: label[1][1]: 40 is outside the text (5 UTF-16 code units)") + skipped,
                                        QStringLiteral("3:44: label[0][0]: 6 falls inside a character (doccano counts UTF-16 code "
                                        "units)") + skipped,
                                    }
                                 << qint64(2) << qint64(2) << qint64(2)
                                 << QStringLiteral("spans: per; categories: positive");
    }

    // Without --strict, each record that cannot be imported is a warning and
    // the rest of the file goes in; nothing of a skipped record is kept, not
    // even a label in the built-in rubric.
    void skipsRecordsThatCannotBeImported()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QStringList, warnings);
        QFETCH(qint64, tasks);
        QFETCH(qint64, annotations);
        QFETCH(qint64, skipped);
        QFETCH(QString, rubric);
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        ImportOptions options;
        options.format = *importFormatFromName(format); // auto detection is checked with the valid files
        const QString path = data(u"formats/" + file);
        const auto report = Importer(*project).importFile(path, options);
        QVERIFY2(report.ok(), errorText(report).c_str());
        QCOMPARE(placed(report->warnings), warnings);
        for (const Error &w : report->warnings)
            QCOMPARE(w.file, path);
        QCOMPARE(report->skipped, skipped);
        QCOMPARE(report->records, tasks);
        QCOMPARE(*project->tasks().count(), tasks);
        QCOMPARE(annotationCount(*project), annotations);
        const QString rubricId = format == u"trl" || format == u"hh" ? TrlMapper::RubricId
            : format == u"openai"                                    ? QString()
                                                                     : QStringLiteral("import-") + format;
        QCOMPARE(optionsOf(*project, rubricId), rubric);
        // The import and its skipped records are on record.
        const auto events = project->audit().recent(1);
        QCOMPARE(events->first().action, QStringLiteral("import"));
        QCOMPARE(events->first().detail["skipped"].get<qint64>(), skipped);
        QCOMPARE(events->first().detail["records"].get<qint64>(), tasks);

        // --strict refuses the file at the first of them.
        auto strictProject = testutil::newProject(dir);
        options.strict = true;
        const auto refused = Importer(*strictProject).importFile(path, options);
        QVERIFY(!refused.ok());
        const QString suffix = QStringLiteral("; the record is skipped");
        const auto firstSkipped
            = std::find_if(warnings.cbegin(), warnings.cend(), [&](const QString &w) { return w.endsWith(suffix); });
        QCOMPARE(placed({refused.error()}).constFirst(), firstSkipped->chopped(suffix.size()));
        QCOMPARE(*strictProject->tasks().count(), qint64(0));
    }

    void prodigyKeepsAnIgnoredTextAsASkippedAnnotation()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        const auto report = Importer(*project).importFile(data(QStringLiteral("formats/prodigy/mixed.jsonl")), {});
        QVERIFY2(report.ok(), errorText(report).c_str());
        const auto byStatus = project->annotations().countByStatus();
        QCOMPARE(byStatus->value(AnnotationStatus::Skipped), 1);
        QCOMPARE(byStatus->value(AnnotationStatus::Submitted), 2);
    }

    // A record's items go in together: when a later one cannot, the earlier
    // ones it wrote are undone.
    void aSkippedRecordLeavesNothingBehind()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        Importer importer(*project);
        const auto first = importer.importFile(data(QStringLiteral("formats/labelstudio/shared-first.json")), {});
        QVERIFY2(first.ok(), errorText(first).c_str());
        const QString taskId = project->tasks().byRowId(project->tasks().rowIds({})->constFirst()).value()->id;
        // user-2 answered the same task under another rubric.
        const Rubric other = testutil::allKindsRubric();
        QVERIFY(project->rubrics().publish(other, QStringLiteral("first"), QStringLiteral("lead")).ok());
        Annotation mine;
        mine.taskId = taskId;
        mine.annotator = QStringLiteral("user-2");
        mine.rubricId = other.id;
        mine.rubricVersion = 1;
        mine.answers = json::object();
        mine.status = AnnotationStatus::Draft;
        mine.revision = 1;
        QVERIFY(project->annotations().store(mine).ok());

        const QString path = data(QStringLiteral("formats/labelstudio/shared-second.json"));
        const auto second = importer.importFile(path, {});
        QVERIFY2(second.ok(), errorText(second).c_str());
        QCOMPARE(second->skipped, qint64(1));
        QCOMPARE(second->records, qint64(1));
        QCOMPARE(placed(second->warnings),
            QStringList{
                QStringLiteral("2:3: user-2 already annotated task %1 under rubric helpful; import these answers under "
                               "another name (--annotator); the record is skipped")
                    .arg(taskId)});
        // user-3's annotation, stored before user-2's failed, is gone with its record.
        QVERIFY(!project->annotations().find(taskId, QStringLiteral("user-3")).value());
        QCOMPARE(project->annotations().find(taskId, QStringLiteral("user-2")).value()->rubricId, other.id);
        QCOMPARE(second->counts.annotationsAdded, qint64(1)); // the other task's
        QCOMPARE(second->counts.tasksAdded, qint64(1));
        QCOMPARE(second->counts.tasksUnchanged, qint64(0));
        // "Stray" came only with the skipped record: the rubric does not learn it.
        QCOMPARE(optionsOf(*project, LabelStudioMapper::RubricId), QStringLiteral("sentiment: negative positive"));
    }

    void aChangedTaskIsSkipped()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        Importer importer(*project);
        QVERIFY(importer.importFile(data(QStringLiteral("formats/openai/valid.jsonl")), {}).ok());
        const auto report = importer.importFile(data(QStringLiteral("formats/openai/changed.jsonl")), {});
        QVERIFY2(report.ok(), errorText(report).c_str());
        QCOMPARE(placed(report->warnings),
            QStringList{
                QStringLiteral("1:1: task chat-7 already exists in this project with a different context; a task never "
                               "changes, so give the changed one a new id; the record is skipped")});
        QCOMPARE(report->counts.tasksAdded, qint64(1));
        QVERIFY(project->tasks().byId(QStringLiteral("chat-50")).value());
    }

    void aFileWithNothingToImportIsRefused()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        Importer importer(*project);
        const QString path = data(QStringLiteral("formats/openai/invalid-image.jsonl"));
        const auto report = importer.importFile(path, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().file, path);
        QCOMPARE(report.error().line, 1);
        QCOMPARE(report.error().column, 44);
        QCOMPARE(report.error().message,
            QStringLiteral("only text parts can be imported; no record in the file can be imported (1 skipped), so "
                           "nothing was imported"));
        QCOMPARE(*project->tasks().count(), qint64(0));
        QVERIFY(project->info()->batches.isEmpty());
        QVERIFY(project->audit().recent(1)->isEmpty() || project->audit().recent(1)->first().action != u"import");
    }

    // Damage is not an odd record: the whole file is refused, strict or not.
    void aDamagedFileIsRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray good = R"({"prompt": "a", "chosen": "b", "rejected": "c"})";
        QTest::newRow("broken JSON") << good + "\n{\"prompt\": \"a\", \"chosen\": \n" + good + "\n"
                                     << 2 << 27 << "invalid JSON";
        QTest::newRow("invalid UTF-8") << good + "\n{\"prompt\": \"\xff\", \"chosen\": \"b\", \"rejected\": \"c\"}\n"
                                       << 2 << 13 << "invalid UTF-8";
        QTest::newRow("duplicate key") << good
                + "\n{\"prompt\": \"a\", \"prompt\": \"b\", \"chosen\": \"b\", "
                  "\"rejected\": \"c\"}\n"
                                       << 2 << 17 << "duplicate key \"prompt\"";
        QTest::newRow("NUL byte") << good + "\n" + QByteArray("{\"prompt\": \"a\0\"}\n", 17) << 2 << 14 << "NUL byte";
        QTest::newRow("too deep") << good + "\n{\"prompt\": " + QByteArray(70, '[') + QByteArray(70, ']') + "}\n"
                                  << 2 << 75 << "nested deeper than 64 levels";
        QTest::newRow("cut short") << good + "\n{\"prompt\": \"a\"" << 2 << 15 << "the file ends in the middle";
    }

    void aDamagedFileIsRefusedWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pairs.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        auto project = testutil::newProject(dir);
        ImportOptions options;
        options.format = ImportFormat::Trl;
        const auto report = Importer(*project).importFile(path, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().line, line);
        QCOMPARE(report.error().column, column);
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().toString()));
        QCOMPARE(*project->tasks().count(), qint64(0));
    }

    // However many records a file has that cannot be imported, the warnings stay a readable list.
    void manySkippedRecordsAreCountedBeyondTheFirstThousand()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pairs.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"prompt": "2+2?", "chosen": "4", "rejected": "5"})"
                   "\n");
        for (int i = 0; i < 1005; ++i)
            file.write(R"({"prompt": "Say hi", "chosen": "Hi"})"
                       "\n");
        file.close();
        auto project = testutil::newProject(dir);
        const auto report = Importer(*project).importFile(path, {});
        QVERIFY2(report.ok(), errorText(report).c_str());
        QCOMPARE(report->skipped, qint64(1005));
        QCOMPARE(report->records, qint64(1));
        QCOMPARE(report->warnings.size(), 1001);
        QCOMPARE(report->warnings.at(999).line, 1001);
        QCOMPARE(report->warnings.constLast().line, 0);
        QCOMPARE(report->warnings.constLast().message,
            QStringLiteral("5 more records were skipped; only the first 1000 are listed"));
    }

    void anAnnotatorNameMustBeAName()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        ImportOptions options;
        options.annotator = QStringLiteral("kim\u0007");
        const auto report = Importer(*project).importFile(data(QStringLiteral("formats/trl/plain.jsonl")), options);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(u"must not contain control characters"),
            qPrintable(report.error().toString()));
        QCOMPARE(*project->tasks().count(), qint64(0));
    }

    void exportsAsTheGoldenFilesSay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("pairs");
        QTest::addColumn<int>("style");
        QTest::newRow("trl, all pairs, plain") << "trl-all-plain" << int(ExportFormat::Trl)
                                               << int(TrlFormatter::Pairs::All) << int(TrlFormatter::Style::Plain);
        QTest::newRow("trl, best vs rest, conversational")
            << "trl-best-conversational" << int(ExportFormat::Trl) << int(TrlFormatter::Pairs::BestVsRest)
            << int(TrlFormatter::Style::Conversational);
        QTest::newRow("sft") << "sft" << int(ExportFormat::Sft) << 0 << 0;
        QTest::newRow("prodigy") << "prodigy" << int(ExportFormat::Prodigy) << 0 << 0;
        QTest::newRow("ratings") << "ratings" << int(ExportFormat::Ratings) << 0 << 0;
    }

    void exportsAsTheGoldenFilesSay()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(int, pairs);
        QFETCH(int, style);
        QTemporaryDir dir;
        auto project = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY(project.ok());
        ExportRequest request;
        request.format = ExportFormat(format);
        request.pairs = TrlFormatter::Pairs(pairs);
        request.style = TrlFormatter::Style(style);
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const auto report = Exporter(**project).run(request, out, {});
        QVERIFY(report.ok());
        QVERIFY(golden::matches(golden::read(out), data(u"export/" + name + u".jsonl")));
    }

    void preferencePairsLeaveTiesOut()
    {
        QTemporaryDir dir;
        auto project = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY(project.ok());
        ExportRequest request;
        request.format = ExportFormat::Trl;
        request.annotator = QStringLiteral("lee");
        const QString out = dir.filePath(QStringLiteral("lee.jsonl"));
        const auto report = Exporter(**project).run(request, out, {});
        QVERIFY(report.ok());
        QStringList pairs;
        for (const json &r : lines(out)) {
            if (r["task_id"] == "demo-008")
                pairs << QString::fromStdString(
                    r["chosen_response"].get<std::string>() + ">" + r["rejected_response"].get<std::string>());
            QCOMPARE(testutil::jsonText(r["annotators"]), QStringLiteral("[\"lee\"]"));
        }
        // lee ranked [[b], [a, c]]: a and c tie, so no pair between them.
        QCOMPARE(pairs, (QStringList{QStringLiteral("b>a"), QStringLiteral("b>c")}));
        // kim's tie on demo-034 gives nothing at all.
        request.annotator = QStringLiteral("kim");
        const auto kim = Exporter(**project).run(request, out, {});
        QCOMPARE(kim->skipped, 1);
        for (const json &r : lines(out))
            QVERIFY(r["task_id"] != "demo-034");
    }

    void trlRoundTripKeepsThePairs_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("plain") << int(TrlFormatter::Style::Plain);
        QTest::newRow("conversational") << int(TrlFormatter::Style::Conversational);
    }

    void trlRoundTripKeepsThePairs()
    {
        QFETCH(int, style);
        QTemporaryDir dir;
        auto source = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY(source.ok());
        ExportRequest request;
        request.format = ExportFormat::Trl;
        request.style = TrlFormatter::Style(style);
        const QString first = dir.filePath(QStringLiteral("first.jsonl"));
        QVERIFY(Exporter(**source).run(request, first, {}).ok());
        auto target = testutil::newProject(dir);
        const auto imported = Importer(*target).importFile(first, {});
        QVERIFY2(imported.ok(), errorText(imported).c_str());
        const QString second = dir.filePath(QStringLiteral("second.jsonl"));
        QVERIFY(Exporter(*target).run(request, second, {}).ok());
        const auto pairs = [](const QString &path) {
            QStringList list;
            for (json r : lines(path))
                list << QString::fromStdString(json{{"annotators", r["annotators"]}, {"prompt", r["prompt"]},
                    {"chosen", r["chosen"]}, {"rejected", r["rejected"]},
                    {"chosen_model",
                        r["chosen_model"]}}.dump());
            list.sort();
            return list;
        };
        QCOMPARE(pairs(second), pairs(first));
        QCOMPARE(pairs(first).size(), 10);
    }

    // Every turn of both sides survives an import of pairs that part early,
    // and the context is what both sides share up to a human turn.
    void hhPairsThatPartEarlyKeepEveryTurn()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        const QString file = data(QStringLiteral("formats/hh/turns.jsonl"));
        const auto report = Importer(*project).importFile(file, {});
        QVERIFY2(report.ok(), errorText(report).c_str());
        QCOMPARE(*project->tasks().count(), qint64(5));
        QCOMPARE(projectPairs(*project), hhPairs(file));
        int withTurns = 0;
        const QStringList ids = project->tasks().ids().value();
        for (const QString &id : ids) {
            const Task task = *project->tasks().byId(id).value();
            QCOMPARE(task.context.constLast().role, QStringLiteral("user"));
            for (const Response &r : task.responses) {
                if (!r.earlierTurns.isEmpty()) {
                    ++withTurns;
                    QCOMPARE(r.earlierTurns.constFirst().role, QStringLiteral("assistant"));
                }
            }
        }
        QCOMPARE(withTurns, 7); // 1 vs 3 turns: one; 3 vs 2: two; a shared assistant turn: two; the same reply: two
    }

    // HH import → dataset batch → import elsewhere gives the same tasks.
    void hhTurnsRoundTripThroughABatch()
    {
        QTemporaryDir dir;
        auto source = fixedProject(dir, QStringLiteral("source"));
        QVERIFY(Importer(*source).importFile(data(QStringLiteral("formats/hh/turns.jsonl")), {}).ok());
        const QString batch = dir.filePath(QStringLiteral("dataset.jsonl"));
        ExportOptions options;
        options.producer = QStringLiteral("tester");
        QVERIFY(BatchExporter(*source).writeDataset(batch, options).ok());
        QVERIFY(golden::read(batch).contains("\"earlier_turns\":[{\"content\":\"In which unit?\""));
        auto target = testutil::newProject(dir);
        const auto imported = Importer(*target).importFile(batch, {});
        QVERIFY2(imported.ok(), errorText(imported).c_str());
        const QStringList ids = source->tasks().ids().value();
        QCOMPARE(target->tasks().ids().value(), ids);
        for (const QString &id : ids) {
            const Task before = *source->tasks().byId(id).value();
            const Task after = *target->tasks().byId(id).value();
            QVERIFY2(after.sameContent(before), qPrintable(id));
        }
        QCOMPARE(projectPairs(*target), projectPairs(*source));
        // Back into the project that wrote it: every task is found unchanged.
        const auto again = Importer(*source).importFile(batch, {});
        QVERIFY2(again.ok(), errorText(again).c_str());
        QCOMPARE(*source->tasks().count(), qint64(ids.size()));
    }

    // TRL conversational export writes each side as its earlier turns and its
    // reply; importing that file keeps them.
    void trlConversationalRoundTripKeepsTheTurns()
    {
        QTemporaryDir dir;
        auto source = testutil::newProject(dir);
        const QString file = data(QStringLiteral("formats/hh/turns.jsonl"));
        QVERIFY(Importer(*source).importFile(file, {}).ok());
        ExportRequest request;
        request.format = ExportFormat::Trl;
        request.style = TrlFormatter::Style::Conversational;
        const QString out = dir.filePath(QStringLiteral("trl.jsonl"));
        QVERIFY(Exporter(*source).run(request, out, {}).ok());
        QStringList exported;
        for (const json &r : lines(out)) {
            json chosen = r["prompt"];
            json rejected = r["prompt"];
            chosen.insert(chosen.end(), r["chosen"].begin(), r["chosen"].end());
            rejected.insert(rejected.end(), r["rejected"].begin(), r["rejected"].end());
            exported << QString::fromStdString(json{chosen, rejected}.dump());
        }
        exported.sort();
        QCOMPARE(exported, hhPairs(file));

        QTemporaryDir other;
        auto target = testutil::newProject(other);
        const auto imported = Importer(*target).importFile(out, {});
        QVERIFY2(imported.ok(), errorText(imported).c_str());
        QCOMPARE(projectPairs(*target), hhPairs(file));
    }

    void trainingExportsCarryTheEarlierTurns()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        const QString file = data(QStringLiteral("formats/hh/turns.jsonl"));
        QVERIFY(Importer(*project).importFile(file, {}).ok());
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        ExportRequest request;

        // SFT: the chosen side's whole dialogue, its earlier turns included.
        request.format = ExportFormat::Sft;
        QVERIFY(Exporter(*project).run(request, out, {}).ok());
        QStringList sft;
        for (const json &r : lines(out))
            sft << QString::fromStdString(r["messages"].dump());
        sft.sort();
        QStringList chosen;
        for (const json &r : lines(file))
            chosen << QString::fromStdString(hhTurns(r["chosen"].get<std::string>()).dump());
        chosen.sort();
        QCOMPARE(sft, chosen);

        // TRL plain: a side of several turns as a transcript, like a long prompt.
        request.format = ExportFormat::Trl;
        request.style = TrlFormatter::Style::Plain;
        QVERIFY(Exporter(*project).run(request, out, {}).ok());
        QStringList sides;
        for (const json &r : lines(out)) {
            if (r["prompt"].get<std::string>().find("moon") != std::string::npos)
                sides << QString::fromStdString(r["chosen"].get<std::string>())
                      << QString::fromStdString(r["rejected"].get<std::string>());
        }
        QCOMPARE(sides,
            (QStringList{
                QStringLiteral("Assistant: In which unit?\n\nHuman: Kilometres.\n\nAssistant: About 384,400 km."),
                QStringLiteral("Assistant: Far.\n\nAssistant: Very far indeed.")}));

        // Prodigy: the reply is the text (spans lie on it); the turns before it ride in meta.
        request.format = ExportFormat::Prodigy;
        QVERIFY(Exporter(*project).run(request, out, {}).ok());
        int found = 0;
        for (const json &r : lines(out)) {
            if (r["text"] == "About 384,400 km.") {
                ++found;
                QCOMPARE(QString::fromStdString(r["meta"]["earlier_turns"].dump()),
                    QStringLiteral(
                        "[{\"content\":\"In which unit?\",\"role\":\"assistant\"},{\"content\":\"Kilometres.\","
                        "\"role\":\"user\"}]"));
            } else if (r["text"] == "4.") {
                QVERIFY(!r["meta"].contains("earlier_turns"));
            }
        }
        QCOMPARE(found, 1);
    }

    void prodigyRoundTripKeepsSpansAfterAnEmoji()
    {
        QTemporaryDir dir;
        auto source = demo::createWithSampleWork(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY(source.ok());
        ExportRequest request;
        request.format = ExportFormat::Prodigy;
        request.annotator = QStringLiteral("kim");
        const QString first = dir.filePath(QStringLiteral("first.jsonl"));
        QVERIFY(Exporter(**source).run(request, first, {}).ok());
        auto target = testutil::newProject(dir);
        const auto imported = Importer(*target).importFile(first, {});
        QVERIFY2(imported.ok(), errorText(imported).c_str());
        const QString second = dir.filePath(QStringLiteral("second.jsonl"));
        QVERIFY(Exporter(*target).run(request, second, {}).ok());
        const auto essence = [](const QString &path) {
            QStringList list;
            for (json r : lines(path)) {
                // Spans as the text they cover, so a shifted offset shows.
                const QString text = QString::fromStdString(r["text"].get<std::string>());
                QStringList spans;
                for (const json &s : r["spans"])
                    spans << QString::fromStdString(s["label"].get<std::string>()) + u'='
                            + covered(text, s["start"].get<qint64>(), s["end"].get<qint64>());
                list << text.left(30) + u" | " + spans.join(u", ") + u" | "
                        + QString::fromStdString(r["answer"].get<std::string>());
            }
            list.sort();
            return list;
        };
        const QStringList before = essence(first);
        QCOMPARE(essence(second), before);
        QVERIFY(before.join(u'\n').contains(u"personal-data=mei.tanaka@example.com")); // after "👋"
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
