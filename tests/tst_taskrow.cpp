#include "codecs/batchformat.h"
#include "codecs/jsonescape.h"
#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "store/taskrow.h"
#include "store/taskstore.h"
#include "testutil.h"
#include "workflow/demo.h"

#include <QRandomGenerator>

using namespace verdict;
using nlohmann::json;

namespace {

std::string escaped(const std::string &text)
{
    std::string out;
    jsonescape::appendString(out, text);
    return out;
}

json record(const Task &task)
{
    return taskjson::toJson(task);
}

} // namespace

class TestTaskRow : public QObject
{
    Q_OBJECT

private slots:
    void escapesLikeNlohmannJson()
    {
        for (int c = 0; c < 0x80; ++c) {
            const std::string text = std::string("a") + char(c) + "b";
            QCOMPARE(escaped(text), json(text).dump());
        }
        for (const char *text : {"", "plain", "tab\there", "quote \" and back\\slash", "😀 über ✓ 日本", "\x7F delete",
                 "\x1F\x01\x00 low"}) {
            const std::string s(text);
            QCOMPARE(escaped(s), json(s).dump());
        }
        // Random text of control, ASCII and multibyte characters.
        QRandomGenerator random(42);
        const char32_t pool[]
            = {0x0, 0x8, 0x9, 0xA, 0xC, 0xD, 0x1B, 0x22, 0x2F, 0x5C, 0x41, 0x7F, 0xE9, 0x20AC, 0x1F600};
        for (int n = 0; n < 500; ++n) {
            std::u32string text;
            for (int i = random.bounded(40); i > 0; --i)
                text += pool[random.bounded(int(std::size(pool)))];
            const std::string utf8 = QString::fromUcs4(text.data(), qsizetype(text.size())).toStdString();
            QCOMPARE(escaped(utf8), json(utf8).dump());
        }
    }

    void thePlainPathGivesTheSameRowAsTheTaskPath()
    {
        auto tasks = demo::tasks();
        QVERIFY(tasks.ok());
        Task odd = testutil::task(QStringLiteral("odd id 7"), QStringLiteral("line one\nline \"two\"\t\\ end\x01"));
        odd.context.prepend(Message{QStringLiteral("system"), QStringLiteral("Be 😀 brief")});
        odd.responses[0].content = QStringLiteral("\r\n\b\f\x1f 日本");
        odd.meta = {{"nested", {{"z", 1}, {"a", json::array({1, "x"})}}}};
        tasks->append(odd);
        Task bare = testutil::task(QStringLiteral("bare"), QStringLiteral("q"), 1);
        bare.context.clear();
        bare.meta = json::object();
        tasks->append(bare);
        for (const Task &task : *tasks) {
            const TaskRow slow = TaskRow::fromTask(task);
            const auto fast = TaskRow::fromPlainRecord(record(task));
            QVERIFY2(fast.has_value(), qPrintable(task.id));
            QCOMPARE(QString::fromStdString(fast->id), QString::fromStdString(slow.id));
            QCOMPARE(QString::fromStdString(fast->context), QString::fromStdString(slow.context));
            QCOMPARE(QString::fromStdString(fast->responses), QString::fromStdString(slow.responses));
            QCOMPARE(QString::fromStdString(fast->meta), QString::fromStdString(slow.meta));
            QCOMPARE(QString::fromStdString(fast->preview), QString::fromStdString(slow.preview));
            QCOMPARE(fast->responseCount, slow.responseCount);
        }
    }

    void previewsMatchTheStore_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::newRow("plain") << "What is 2+2?";
        QTest::newRow("white space") << "  \t lots   of\n\n space\r\n\v\f here  ";
        QTest::newRow("long") << QString(400, u'x');
        QTest::newRow("long words") << QStringLiteral("word ").repeated(60);
        QTest::newRow("space at the cut") << QString(159, u'a') + QStringLiteral("   b");
        QTest::newRow("space just before the cut") << QString(158, u'a') + QStringLiteral("  b c");
        QTest::newRow("non-ASCII") << "über\u00A0straße 😀 end";
        QTest::newRow("non-ASCII late") << QString(200, u'a') + QStringLiteral(" é");
        QTest::newRow("empty") << "";
        QTest::newRow("only space") << " \n ";
    }

    void previewsMatchTheStore()
    {
        QFETCH(QString, prompt);
        const Task task = testutil::task(QStringLiteral("p"), prompt);
        json fields = record(task);
        fields.erase("type");
        const std::string text = batchformat::recordLine("task", fields);
        QCOMPARE(QString::fromStdString(TaskRow::fromPlainText(text)->preview), TaskStore::previewOf(task));
        QCOMPARE(QString::fromStdString(TaskRow::fromPlainRecord(record(task))->preview), TaskStore::previewOf(task));
    }

    void optionalPartsMayBeLeftOut()
    {
        json r = record(testutil::task(QStringLiteral("t"), QStringLiteral("q")));
        r["responses"][0].erase("model");
        r["responses"][1]["model"] = nullptr;
        r.erase("context");
        r["meta"] = nullptr;
        r["responses"][0]["score"] = 3; // taskjson ignores unknown keys inside a response
        const auto fast = TaskRow::fromPlainRecord(r);
        QVERIFY(fast.has_value());
        const auto task = taskjson::fromJson(r);
        QVERIFY(task.ok());
        const TaskRow slow = TaskRow::fromTask(*task);
        QCOMPARE(QString::fromStdString(fast->responses), QString::fromStdString(slow.responses));
        QCOMPARE(QString::fromStdString(fast->context), QStringLiteral("[]"));
        QCOMPARE(QString::fromStdString(fast->meta), QStringLiteral("{}"));
        QCOMPARE(QString::fromStdString(fast->preview), QString::fromStdString(slow.preview));
    }

    void theTextPathGivesTheSameRowAsTheTaskPath()
    {
        auto tasks = demo::tasks();
        QVERIFY(tasks.ok());
        Task odd = testutil::task(QStringLiteral("odd"), QStringLiteral("q \"x\"\n"));
        odd.context.append(Message{QStringLiteral("assistant"), QStringLiteral("after the user")});
        odd.meta = {{"z", {{"deep", json::array({1, 2.5, nullptr, true, "s"})}}}, {"a", -3}};
        tasks->append(odd);
        Task systemOnly = testutil::task(QStringLiteral("sys"), QStringLiteral("x"));
        systemOnly.context = {Message{QStringLiteral("system"), QStringLiteral("Rules")},
            Message{QStringLiteral("tool"), QStringLiteral("Out")}};
        tasks->append(systemOnly);
        for (const Task &task : *tasks) {
            const TaskRow slow = TaskRow::fromTask(task);
            // As Verdict writes it, and with keys in another order and spaces between tokens.
            json fields = record(task);
            fields.erase("type");
            const std::string canonical = batchformat::recordLine("task", fields);
            json shuffled = record(task);
            std::string spaced = "{ \"responses\" : " + shuffled["responses"].dump(1) + " , \"id\":"
                + shuffled["id"].dump() + ",\"type\":\"task\", \"meta\":" + shuffled["meta"].dump(2) + ",\"context\":[";
            for (std::size_t i = 0; i < shuffled["context"].size(); ++i) {
                const json &m = shuffled["context"][i];
                if (i > 0)
                    spaced += ',';
                spaced.append("{\"role\":").append(m["role"].dump());
                spaced.append(",\"content\":").append(m["content"].dump()).append("}");
            }
            spaced += "] }";
            for (const std::string &text : {canonical, spaced}) {
                const auto fast = TaskRow::fromPlainText(text);
                QVERIFY2(fast.has_value(), text.c_str());
                QCOMPARE(QString::fromStdString(fast->id), QString::fromStdString(slow.id));
                QCOMPARE(QString::fromStdString(fast->context), QString::fromStdString(slow.context));
                QCOMPARE(QString::fromStdString(fast->responses), QString::fromStdString(slow.responses));
                QCOMPARE(QString::fromStdString(fast->meta), QString::fromStdString(slow.meta));
                QCOMPARE(QString::fromStdString(fast->preview), QString::fromStdString(slow.preview));
                QCOMPARE(fast->responseCount, slow.responseCount);
            }
        }
    }

    // A response's earlier turns are stored with it; a response without any is
    // stored exactly as before they existed.
    void earlierTurnsAreStoredOnlyWhereThereAreAny()
    {
        Task task = testutil::task(QStringLiteral("t-1"), QStringLiteral("q"));
        task.responses[1].earlierTurns = {Message{QStringLiteral("assistant"), QStringLiteral("Sure? 🤔")},
            Message{QStringLiteral("user"), QStringLiteral("Yes.")}};
        const TaskRow row = TaskRow::fromTask(task);
        const json responses = json::parse(row.responses);
        QVERIFY(!responses[0].contains("earlier_turns"));
        QCOMPARE(testutil::jsonText(responses[0]),
            QStringLiteral("{\"content\":\"%1\",\"id\":\"a\",\"model\":\"%2\"}")
                .arg(task.responses[0].content, task.responses[0].model));
        QCOMPARE(testutil::jsonText(responses[1]["earlier_turns"]),
            QStringLiteral(
                "[{\"content\":\"Sure? 🤔\",\"role\":\"assistant\"},{\"content\":\"Yes.\",\"role\":\"user\"}]"));
        // The record reads back into the same task.
        const auto read = taskjson::fromJson(record(task));
        QVERIFY(read.ok());
        QVERIFY(read->sameContent(task));
        QCOMPARE(read->responses[1].earlierTurns.size(), 2);
        const auto stored = taskjson::responsesFromStored(responses);
        QVERIFY(stored.has_value());
        QVERIFY(*stored == task.responses);
    }

    void theTextPathLeavesProblemsToTheSlowPath_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("duplicate key") << QByteArray(
            "{\"type\":\"task\",\"id\":\"t\",\"id\":\"u\",\"responses\":[{\"id\":\"a\",\"content\":\"x\"}]}");
        QTest::newRow("duplicate meta key") << QByteArray("{\"type\":\"task\",\"id\":\"t\",\"meta\":{\"k\":1,\"k\":2},"
                                                          "\"responses\":[{\"id\":\"a\",\"content\":\"x\"}]}");
        QTest::newRow("NUL") << QByteArray(
                                    "{\"type\":\"task\",\"id\":\"t\",\"responses\":[{\"id\":\"a\",\"content\":\"x\"}]}")
                + QByteArray(1, '\0');
        QTest::newRow("trailing data") << QByteArray(
            "{\"type\":\"task\",\"id\":\"t\",\"responses\":[{\"id\":\"a\",\"content\":\"x\"}]} 1");
        QTest::newRow("not a task") << QByteArray(
            "{\"type\":\"gold\",\"id\":\"t\",\"responses\":[{\"id\":\"a\",\"content\":\"x\"}]}");
        QTest::newRow("no type") << QByteArray("{\"id\":\"t\",\"responses\":[{\"id\":\"a\",\"content\":\"x\"}]}");
        QTest::newRow("extra key in a response")
            << QByteArray("{\"type\":\"task\",\"id\":\"t\",\"responses\":[{\"id\":\"a\",\"content\":\"x\",\"s\":1}]}");
        QTest::newRow("no responses") << QByteArray("{\"type\":\"task\",\"id\":\"t\",\"responses\":[]}");
        QTest::newRow("deep meta") << QByteArray("{\"type\":\"task\",\"id\":\"t\",\"meta\":{\"k\":")
                + QByteArray(70, '[') + QByteArray(70, ']')
                + QByteArray("},\"responses\":[{\"id\":\"a\",\"content\":\"x\"}]}");
        QTest::newRow("invalid UTF-8") << QByteArray(
            "{\"type\":\"task\",\"id\":\"t\",\"responses\":[{\"id\":\"a\",\"content\":\"\xff\"}]}");
        QTest::newRow("model not text") << QByteArray(
            "{\"type\":\"task\",\"id\":\"t\",\"responses\":[{\"id\":\"a\",\"model\":1,\"content\":\"x\"}]}");
        QTest::newRow("context item without content")
            << QByteArray("{\"type\":\"task\",\"id\":\"t\",\"context\":[{\"role\":\"user\"}],\"responses\":[{\"id\":"
                          "\"a\",\"content\":\"x\"}]}");
    }

    void theTextPathLeavesProblemsToTheSlowPath()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!TaskRow::fromPlainText(std::string_view(text.constData(), std::size_t(text.size()))).has_value());
    }

    // Whatever the plain path refuses goes to taskjson::fromJson, which decides; the
    // plain path must never take a record that taskjson would refuse.
    void thePlainPathTakesOnlyWhatTaskJsonTakes_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("valid");
        QTest::newRow("unknown field") << "unknown" << false;
        QTest::newRow("no responses") << "no-responses" << false;
        QTest::newRow("empty responses") << "empty-responses" << false;
        QTest::newRow("same response id") << "duplicate-id" << false;
        QTest::newRow("unknown role") << "role" << false;
        QTest::newRow("meta not an object") << "meta" << false;
        QTest::newRow("content not text") << "content" << false;
        QTest::newRow("blank id") << "blank-id" << false;
        QTest::newRow("control character in id") << "control-id" << false;
        QTest::newRow("non-ASCII id") << "unicode-id" << true; // fine, but for the slow path
        QTest::newRow("non-breaking space id") << "nbsp-id" << false;
        QTest::newRow("earlier turns") << "earlier" << true; // for the slow path, which writes them
        QTest::newRow("earlier turns, unknown role") << "earlier-role" << false;
        QTest::newRow("earlier turns, not a list") << "earlier-text" << false;
    }

    void thePlainPathTakesOnlyWhatTaskJsonTakes()
    {
        QFETCH(QString, change);
        QFETCH(bool, valid);
        json r = record(testutil::task(QStringLiteral("t-1"), QStringLiteral("q")));
        if (change == u"unknown")
            r["extra"] = 1;
        else if (change == u"no-responses")
            r.erase("responses");
        else if (change == u"empty-responses")
            r["responses"] = json::array();
        else if (change == u"duplicate-id")
            r["responses"][1]["id"] = "a";
        else if (change == u"role")
            r["context"][0]["role"] = "narrator";
        else if (change == u"meta")
            r["meta"] = json::array();
        else if (change == u"content")
            r["responses"][0]["content"] = 5;
        else if (change == u"blank-id")
            r["id"] = "   ";
        else if (change == u"control-id")
            r["id"] = "t\x01";
        else if (change == u"unicode-id")
            r["id"] = "tâche-1";
        else if (change == u"nbsp-id")
            r["id"] = "\xC2\xA0";
        else if (change == u"earlier")
            r["responses"][1]["earlier_turns"] = json::array({{{"role", "assistant"}, {"content", "Sure?"}}});
        else if (change == u"earlier-role")
            r["responses"][1]["earlier_turns"] = json::array({{{"role", "narrator"}, {"content", "Sure?"}}});
        else if (change == u"earlier-text")
            r["responses"][1]["earlier_turns"] = "Sure?";
        QVERIFY(!TaskRow::fromPlainRecord(r).has_value());
        QVERIFY(!TaskRow::fromPlainText(r.dump()).has_value());
        QCOMPARE(taskjson::fromJson(r).ok(), valid);
    }
};

QTEST_GUILESS_MAIN(TestTaskRow)
#include "tst_taskrow.moc"
