#include "codecs/rubricjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace verdict;
using nlohmann::json;

namespace {

// One criterion of every kind, with defaults left out where the format allows.
json minimalRubric()
{
    QFile file(QStringLiteral(VERDICT_TEST_DATA "/rubric-all-kinds.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data rubric-all-kinds.json");
    return json::parse(file.readAll().toStdString());
}

} // namespace

class TestRubricJson : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKindWithDefaults()
    {
        const auto rubric = rubricjson::fromJson(minimalRubric());
        QVERIFY2(rubric.ok(), qPrintable(rubric.ok() ? QString() : rubric.error().toString()));
        QCOMPARE(rubric->criteria.size(), 8);
        const Criterion *rating = rubric->criterion(QStringLiteral("helpfulness"));
        QVERIFY(rating);
        QCOMPARE(rating->per, Scope::Response); // ratings apply to each response by default
        QCOMPARE(rating->scaleMax, 3);
        QCOMPARE(rating->anchor(3)->label, QStringLiteral("Great"));
        QCOMPARE(rubric->criterion(QStringLiteral("overall"))->per, Scope::Task);
        QVERIFY(rubric->criterion(QStringLiteral("overall"))->required);
        QVERIFY(!rubric->criterion(QStringLiteral("hallucination"))->required); // spans are optional by default
        QCOMPARE(rubric->criterion(QStringLiteral("issues"))->options.first().name, QStringLiteral("verbose"));
        QCOMPARE(rubric->criterion(QStringLiteral("rationale"))->minLength, 10);
        QCOMPARE(rubric->criterion(QStringLiteral("safety"))->severities.size(), 2);
    }

    void roundTrip()
    {
        const auto rubric = rubricjson::fromJson(minimalRubric());
        QVERIFY(rubric.ok());
        const json written = rubricjson::toJson(*rubric);
        const auto again = rubricjson::fromJson(written);
        QVERIFY(again.ok());
        QVERIFY(again->sameContent(*rubric));
        QCOMPARE(rubricjson::toJson(*again).dump(), written.dump());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer of the value to replace
        QTest::addColumn<QString>("value"); // replacement, as JSON; "DELETE" removes it
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("missing id") << "/id"
                                    << "DELETE"
                                    << "id"
                                    << "missing; expected a string";
        QTest::newRow("id not a slug") << "/id"
                                       << R"("Helpful Safe")"
                                       << "id"
                                       << "expected lowercase letters, digits, '.', '_' or '-'";
        QTest::newRow("title not a string") << "/title"
                                            << "5"
                                            << "title"
                                            << "expected a string, found an integer";
        QTest::newRow("no criteria") << "/criteria"
                                     << "[]"
                                     << "criteria"
                                     << "must list at least one criterion";
        QTest::newRow("unknown kind") << "/criteria/0/kind"
                                      << R"("stars")"
                                      << "criteria[0].kind"
                                      << "unknown kind \"stars\"; expected ranking, rating, choice, multichoice, "
                                         "spans, flags, text or rewrite";
        QTest::newRow("duplicate key") << "/criteria/1/key"
                                       << R"("overall")"
                                       << "criteria[1].key"
                                       << "\"overall\" is used twice";
        QTest::newRow("ranking per response") << "/criteria/0/per"
                                              << R"("response")"
                                              << "criteria[0].per"
                                              << "a ranking criterion applies to the task";
        QTest::newRow("spans per task") << "/criteria/4/per"
                                        << R"("task")"
                                        << "criteria[4].per"
                                        << "a spans criterion applies to each response";
        QTest::newRow("scale upside down") << "/criteria/1/scale/max"
                                           << "1"
                                           << "criteria[1].scale.max"
                                           << "expected a maximum above the minimum (1) by at most 100";
        QTest::newRow("anchor outside scale") << "/criteria/1/scale/anchors/1/value"
                                              << "4"
                                              << "criteria[1].scale.anchors[1].value"
                                              << "4 is outside the scale 1–3";
        QTest::newRow("two anchors for one point") << "/criteria/1/scale/anchors/1/value"
                                                   << "1"
                                                   << "criteria[1].scale.anchors[1].value"
                                                   << "1 has two anchors";
        QTest::newRow("no options") << "/criteria/2/options"
                                    << "[]"
                                    << "criteria[2].options"
                                    << "must list at least one entry";
        QTest::newRow("bad colour") << "/criteria/4/labels/0/color"
                                    << R"("red")"
                                    << "criteria[4].labels[0].color"
                                    << "expected a colour like \"#1f77b4\"";
        QTest::newRow("long shortcut") << "/criteria/4/labels/0/shortcut"
                                       << R"("Ctrl+W")"
                                       << "criteria[4].labels[0].shortcut"
                                       << "expected a single key";
        QTest::newRow("no severities") << "/criteria/5/severities"
                                       << "DELETE"
                                       << "criteria[5].severities"
                                       << "missing; expected an array";
        QTest::newRow("negative min length") << "/criteria/6/min_length"
                                             << "-1"
                                             << "criteria[6].min_length"
                                             << "expected a whole number from 0 to 2147483647, found -1";
        // Whole numbers are refused beyond an int, never cut to 32 bits.
        QTest::newRow("version 2^32 + 1") << "/version"
                                          << "4294967297"
                                          << "version"
                                          << "expected a whole number from 1 to 2147483647, found 4294967297";
        QTest::newRow("scale maximum 2^32 + 3")
            << "/criteria/1/scale/max"
            << "4294967299"
            << "criteria[1].scale.max"
            << "expected a whole number from -2147483648 to 2147483647, found 4294967299";
        QTest::newRow("anchor 2^64 - 1") << "/criteria/1/scale/anchors/0/value"
                                         << "18446744073709551615"
                                         << "criteria[1].scale.anchors[0].value"
                                         << "expected a whole number from -2147483648 to 2147483647, found "
                                            "18446744073709551615";
        // Keys are at most 64 characters (docs/batch-format.md, "Names and ids").
        QTest::newRow("key of 65 characters")
            << "/criteria/0/key" << QStringLiteral("\"%1\"").arg(QString(65, u'k')) << "criteria[0].key"
            << "is 65 characters long; at most 64 are allowed";
        QTest::newRow("rubric id of 65 characters") << "/id" << QStringLiteral("\"%1\"").arg(QString(65, u'r')) << "id"
                                                    << "is 65 characters long; at most 64 are allowed";
        QTest::newRow("field of another kind") << "/criteria/0/min_length"
                                               << "3"
                                               << "criteria[0].min_length"
                                               << "does not apply to a ranking criterion";
        QTest::newRow("misspelt field") << "/criteria/0/requried"
                                        << "true"
                                        << "criteria[0].requried"
                                        << "unknown field";
        QTest::newRow("required not a boolean") << "/criteria/0/required"
                                                << R"("yes")"
                                                << "criteria[0].required"
                                                << "expected true or false, found a string";
    }
    void invalid()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        json doc = minimalRubric();
        const json::json_pointer ptr(pointer.toStdString());
        if (value == u"DELETE")
            doc[ptr.parent_pointer()].erase(ptr.back());
        else
            doc[ptr] = json::parse(value.toStdString());
        const auto rubric = rubricjson::fromJson(doc);
        QVERIFY(!rubric.ok());
        QCOMPARE(rubric.error().field, field);
        QCOMPARE(rubric.error().message, message);
    }

    void duplicateShortcutAcrossCriteria()
    {
        json doc = minimalRubric();
        doc["criteria"].push_back(json{{"key", "pii"}, {"kind", "spans"}, {"title", "PII"},
            {"labels", json::array({{{"key", "name"}, {"color", "#123456"}, {"shortcut", "w"}}})}});
        const auto rubric = rubricjson::fromJson(doc);
        QVERIFY(!rubric.ok());
        QCOMPARE(rubric.error().field, QStringLiteral("criteria[8].labels[0].shortcut"));
        QCOMPARE(rubric.error().message, QStringLiteral("\"W\" is also the shortcut of wrong"));
    }

    void checksARubricMadeInMemory()
    {
        Rubric rubric = rubricjson::fromJson(minimalRubric()).value();
        QVERIFY(rubricjson::check(rubric).ok());
        rubric.criteria[1].scaleMax = rubric.criteria[1].scaleMin;
        const auto checked = rubricjson::check(rubric);
        QVERIFY(!checked.ok());
        const auto read = rubricjson::fromJson(rubricjson::toJson(rubric));
        QVERIFY(!read.ok());
        QCOMPARE(checked.error().field, read.error().field);
        QCOMPARE(checked.error().message, read.error().message);
    }

    void syntaxErrorNamesLineAndColumn()
    {
        const QByteArray text = "{\n  \"id\": \"x\",\n  \"title\": tru\n}\n";
        const auto rubric = rubricjson::parse(text, QStringLiteral("r.json"));
        QVERIFY(!rubric.ok());
        QCOMPARE(rubric.error().file, QStringLiteral("r.json"));
        QCOMPARE(rubric.error().line, 3);
        QVERIFY2(rubric.error().message.startsWith(u"not valid JSON"), qPrintable(rubric.error().message));
        QVERIFY(rubric.error().toString().startsWith(u"r.json:3:"));
    }

    void schemaErrorPointsAtTheField()
    {
        json doc = minimalRubric();
        doc["criteria"][1]["scale"]["max"] = "five";
        const std::string pretty = doc.dump(2);
        const auto rubric = rubricjson::parse(QByteArray::fromStdString(pretty), QStringLiteral("r.json"));
        QVERIFY(!rubric.ok());
        // Find the line holding "max": "five" in the pretty text ourselves.
        const QStringList lines = QString::fromStdString(pretty).split(u'\n');
        int line = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(u"\"five\""))
                line = i + 1;
        }
        QCOMPARE(rubric.error().line, line);
        QCOMPARE(rubric.error().column, int(lines[line - 1].indexOf(u"\"five\"")) + 1);
        QCOMPARE(rubric.error().toString(),
            QStringLiteral("r.json:%1:%2: criteria[1].scale.max: expected an integer, found a string")
                .arg(line)
                .arg(rubric.error().column));
    }

    void demoRubricIsValid()
    {
        const auto rubric = rubricjson::readFile(QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/rubric.json"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.ok() ? QString() : rubric.error().toString()));
        QCOMPARE(rubric->id, QStringLiteral("helpful-safe"));
        for (const Criterion &c : rubric->criteria) {
            if (c.kind == CriterionKind::Rating)
                QCOMPARE(c.anchors.size(), c.scaleMax - c.scaleMin + 1);
        }
    }

    void missingFile()
    {
        const auto rubric = rubricjson::readFile(QStringLiteral("/nonexistent/r.json"));
        QVERIFY(!rubric.ok());
        QVERIFY(rubric.error().toString().startsWith(u"/nonexistent/r.json: cannot open"));
    }
};

QTEST_GUILESS_MAIN(TestRubricJson)
#include "tst_rubricjson.moc"
