#include "cli.h"
#include "clirun.h"
#include "codecs/jsonfields.h"
#include "qualityfixture.h"

#include <nlohmann/json.hpp>

using namespace verdict;
using nlohmann::json;

using verdict::testutil::Run;
using verdict::testutil::run;

namespace {

const json *findResult(const json &results, const char *criterion, const char *metric, const char *level = nullptr)
{
    for (const json &item : results) {
        if (item["criterion"] == criterion && item["metric"] == metric
            && (!level || (item["level"].is_string() && item["level"] == level)))
            return &item;
    }
    return nullptr;
}

} // namespace

class TestQualityCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto project = qualityfixture::build(m_dir);
        m_path = project->path();
    }

    void agreementJson()
    {
        const Run r = run({QStringLiteral("agreement"), m_path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json out = r.parsed();
        QVERIFY(out["slice_field"].is_null());
        QVERIFY(out["rubric_version"].is_null());
        const json *alpha = findResult(out["results"], "quality", "alpha", "ordinal");
        QVERIFY(alpha);
        QCOMPARE((*alpha)["units"].get<int>(), 4);
        QCOMPARE((*alpha)["raters"].get<int>(), 3);
        QVERIFY((*alpha)["value"].is_number());
        QVERIFY((*alpha)["reason"].is_null());
        QCOMPARE(QString::fromStdString((*alpha)["kind"].get<std::string>()), QStringLiteral("rating"));
        QCOMPARE((*alpha)["rubric_version"].get<int>(), 1);
        // An undefined figure: value null, with the reason.
        bool undefinedSeen = false;
        for (const json &item : out["results"]) {
            if (item["criterion"] == "safety" && item["part"] == "harm" && item["aspect"] == "presence"
                && item["metric"] == "alpha") {
                QVERIFY(item["value"].is_null());
                QCOMPARE(QString::fromStdString(item["reason"].get<std::string>()), QStringLiteral("no-variation"));
                undefinedSeen = true;
            }
        }
        QVERIFY(undefinedSeen);
        const json *kappa = findResult(out["results"], "refusal", "cohen-kappa");
        QCOMPARE((*kappa)["rater_pairs"].size(), std::size_t(1));
        QCOMPARE(QString::fromStdString((*kappa)["rater_pairs"][0]["a"].get<std::string>()), QStringLiteral("kim"));
        QCOMPARE((*kappa)["rater_pairs"][0]["value"].get<double>(), 0.0);
    }

    void agreementOptions()
    {
        Run r = run({QStringLiteral("agreement"), m_path, QStringLiteral("--criterion"), QStringLiteral("quality"),
            QStringLiteral("--metric"), QStringLiteral("alpha,percent-agreement"), QStringLiteral("--level"),
            QStringLiteral("ratio"), QStringLiteral("--slice"), QStringLiteral("language"),
            QStringLiteral("--rubric-version"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json out = r.parsed();
        QCOMPARE(out["rubric_version"].get<int>(), 1);
        QCOMPARE(QString::fromStdString(out["slice_field"].get<std::string>()), QStringLiteral("language"));
        // Two slices (de, en) x (alpha at ratio, percent agreement).
        QCOMPARE(out["results"].size(), std::size_t(4));
        for (const json &item : out["results"]) {
            QVERIFY(item["slice"] == "de" || item["slice"] == "en");
            if (item["metric"] == "alpha")
                QVERIFY(item["level"] == "ratio");
        }

        r = run({QStringLiteral("agreement"), m_path, QStringLiteral("--criterion"), QStringLiteral("quality")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Krippendorff's α")));
        QVERIFY(r.out.contains(QStringLiteral("0.667")));
    }

    void badUsage()
    {
        QCOMPARE(run({QStringLiteral("agreement")}).code, 2);
        Run r = run({QStringLiteral("agreement"), m_path, QStringLiteral("--metric"), QStringLiteral("mood")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("mood")));
        QCOMPARE(run({QStringLiteral("agreement"), m_path, QStringLiteral("--level"), QStringLiteral("loud")}).code, 2);
        QCOMPARE(
            run({QStringLiteral("agreement"), m_path, QStringLiteral("--rubric-version"), QStringLiteral("x")}).code,
            2);
        QCOMPARE(
            run({QStringLiteral("compare-models"), m_path, QStringLiteral("--replicates"), QStringLiteral("-3")}).code,
            2);
        // Bad input: exit 1 with a message naming the problem.
        r = run({QStringLiteral("agreement"), m_path, QStringLiteral("--criterion"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nope")));
        r = run({QStringLiteral("gold-accuracy"), m_dir.filePath(QStringLiteral("missing.verdict"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.verdict")));
        QCOMPARE(run({QStringLiteral("agreement"), QStringLiteral("--help")}).code, 0);
    }

    void goldAccuracyJson()
    {
        const Run r = run({QStringLiteral("gold-accuracy"), m_path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json out = r.parsed();
        bool seen = false;
        for (const json &item : out["results"]) {
            if (item["criterion"] == "quality" && item["annotator"] == "kim") {
                QCOMPARE(item["tasks"].get<int>(), 2);
                QCOMPARE(item["exact"]["value"].get<double>(), 0.5);
                QCOMPARE(item["within_one"]["value"].get<double>(), 1.0);
                QCOMPARE(item["mean_absolute_error"]["value"].get<double>(), 0.5);
                QVERIFY(item["pairwise"].is_null());
                seen = true;
            }
        }
        QVERIFY(seen);
        const Run text = run({QStringLiteral("gold-accuracy"), m_path});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("kim")));
    }

    void compareModelsJson()
    {
        const Run r = run({QStringLiteral("compare-models"), m_path, QStringLiteral("--json"),
            QStringLiteral("--replicates"), QStringLiteral("100")});
        QCOMPARE(r.code, 0);
        const json out = r.parsed();
        QCOMPARE(QString::fromStdString(out["criterion"].get<std::string>()), QStringLiteral("overall"));
        QCOMPARE(out["bootstrap"]["replicates"].get<int>(), 100);
        const json &pair = out["pairs"][0];
        QCOMPARE(pair["judgments"].get<int>(), 7);
        QCOMPARE(pair["wins_a"]["count"].get<int>(), 4);
        QVERIFY(pair["wins_a"]["low"].get<double>() < 4.0 / 7.0);
        QVERIFY(out["strengths"][0]["strength"].is_null());
        QCOMPARE(
            QString::fromStdString(out["strengths"][0]["reason"].get<std::string>()), QStringLiteral("not-estimable"));
        QVERIFY(out["rates"].size() > 0);
        const Run sliced = run({QStringLiteral("compare-models"), m_path, QStringLiteral("--slice"),
            QStringLiteral("language"), QStringLiteral("--replicates"), QStringLiteral("50")});
        QCOMPARE(sliced.code, 0);
        QVERIFY(sliced.out.contains(QStringLiteral("model-0")));
        // Each table starts on its own line after its title (a stray pointer once stood there).
        QVERIFY2(sliced.out.contains(QStringLiteral("(95% Wilson intervals):\n\n")), qPrintable(sliced.out));
        QVERIFY(!sliced.out.contains(QStringLiteral("):0x")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestQualityCli)
#include "tst_qualitycli.moc"
