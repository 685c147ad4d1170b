#include "codecs/taskjson.h"
#include "testutil.h"

#include <QTest>

using namespace verdict;
using nlohmann::json;

class TestTaskJson : public QObject
{
    Q_OBJECT

private slots:
    void readsATask()
    {
        const json record = json::parse(R"({"type":"task","id":"t-1",
            "context":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi 👋"}],
            "responses":[{"id":"a","model":"m-1","content":"Hello"},{"id":"b","content":"Hey"}],
            "meta":{"language":"en","tags":["x"]}})");
        const auto task = taskjson::fromJson(record);
        QVERIFY(task.ok());
        QCOMPARE(task->id, QStringLiteral("t-1"));
        QCOMPARE(task->context.size(), 2);
        QCOMPARE(task->prompt(), QStringLiteral("Hi 👋"));
        QCOMPARE(task->responseIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(task->response(QStringLiteral("b"))->model, QString()); // model is optional
        QCOMPARE(testutil::jsonText(task->meta["language"]), QStringLiteral("\"en\""));
        // And back: the record is what was read, with the optional model filled in.
        json expected = record;
        expected["responses"][1]["model"] = "";
        QCOMPARE(testutil::jsonText(taskjson::toJson(*task)), testutil::jsonText(expected));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << "[1]"
                                       << ""
                                       << "expected an object, found an array";
        QTest::newRow("no id") << R"({"responses":[{"id":"a","content":"x"}]})"
                               << "id"
                               << "missing; expected a string";
        QTest::newRow("empty id") << R"({"id":" ","responses":[{"id":"a","content":"x"}]})"
                                  << "id"
                                  << "must not be empty";
        QTest::newRow("control character in id") << R"({"id":"a\u0007","responses":[{"id":"a","content":"x"}]})"
                                                 << "id"
                                                 << "must not contain control characters";
        QTest::newRow("content not a string")
            << R"({"id":"t","responses":[{"id":"a","content":"x"},{"id":"b","content":7}]})"
            << "responses[1].content"
            << "expected a string, found an integer";
        QTest::newRow("no responses") << R"({"id":"t","responses":[]})"
                                      << "responses"
                                      << "must hold at least one response";
        QTest::newRow("duplicate response id")
            << R"({"id":"t","responses":[{"id":"a","content":"x"},{"id":"a","content":"y"}]})"
            << "responses[1].id"
            << "\"a\" is used twice";
        QTest::newRow("unknown role") << R"({"id":"t","context":[{"role":"bot","content":"x"}],
                                           "responses":[{"id":"a","content":"x"}]})"
                                      << "context[0].role"
                                      << "unknown role \"bot\"; expected system, user, assistant or tool";
        QTest::newRow("meta not an object") << R"({"id":"t","responses":[{"id":"a","content":"x"}],"meta":[]})"
                                            << "meta"
                                            << "expected an object, found an array";
        QTest::newRow("unknown field") << R"({"id":"t","responses":[{"id":"a","content":"x"}],"gold":{}})"
                                       << "gold"
                                       << "unknown field";
    }
    void invalid()
    {
        QFETCH(QString, record);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto task = taskjson::fromJson(json::parse(record.toStdString()));
        QVERIFY(!task.ok());
        QCOMPARE(task.error().field, field);
        QCOMPARE(task.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestTaskJson)
#include "tst_taskjson.moc"
