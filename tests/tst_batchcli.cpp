#include "cli.h"
#include "clirun.h"
#include "codecs/jsonfields.h"
#include "workflow/demo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace verdict;
using nlohmann::json;

using verdict::testutil::Run;
using verdict::testutil::run;

namespace {

const QString demoBatches = QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/batches/");
const QString fixtures = QStringLiteral(VERDICT_TEST_DATA "/");

} // namespace

class TestBatchCli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("p%1.verdict").arg(m_count++));
        QCOMPARE(run({QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("P")}).code, 0);
    }

    void importReportsWhatItDid()
    {
        Run r = run({QStringLiteral("import"), m_project, demoBatches + u"assignment.jsonl", QStringLiteral("--as"),
            QStringLiteral("kim")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"tasks: 36 added, 0 already here"), qPrintable(r.out));
        r = run({QStringLiteral("import"), m_project, demoBatches + u"assignment.jsonl", QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json files = r.parsed()["files"];
        QCOMPARE(files.size(), std::size_t(1));
        QCOMPARE(files[0]["status"].get<std::string>(), "already-imported");
        QCOMPARE(files[0]["kind"].get<std::string>(), "assignment");
        QCOMPARE(files[0]["records"].get<int>(), 38);
        QCOMPARE(files[0]["counts"]["tasks"]["added"].get<int>(), 0);
    }

    void aBadFileExitsWithOneAndItsPlace()
    {
        const QString bad = fixtures + u"batch/schema-error.jsonl";
        Run r = run({QStringLiteral("import"), m_project, bad});
        QCOMPARE(r.code, 1);
        QCOMPARE(
            r.err.trimmed(), u"verdict: " + bad + u":3:174: responses[1].content: expected a string, found an integer");
        // Each file is its own transaction: the good one still goes in.
        r = run({QStringLiteral("import"), m_project, bad, demoBatches + u"gold.jsonl", QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const json files = r.parsed()["files"];
        QCOMPARE(files[0]["status"].get<std::string>(), "failed");
        QCOMPARE(files[0]["error"]["line"].get<int>(), 3);
        QCOMPARE(files[0]["error"]["column"].get<int>(), 174);
        QCOMPARE(files[0]["error"]["field"].get<std::string>(), "responses[1].content");
        QCOMPARE(files[1]["status"].get<std::string>(), "imported");
        QCOMPARE(files[1]["counts"]["gold"]["added"].get<int>(), 3);
    }

    void foreignFilesTakeAFormatAndAnAnnotator()
    {
        Run r = run({QStringLiteral("import"), m_project, fixtures + u"formats/hh/valid.jsonl",
            QStringLiteral("--format"), QStringLiteral("hh"), QStringLiteral("--annotator"), QStringLiteral("rater-9"),
            QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.parsed()["files"][0]["format"].get<std::string>(), "hh");
        r = run({QStringLiteral("info"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.parsed()["annotators"][0]["name"].get<std::string>(), "rater-9");
        // Warnings go to standard error with their place; the import still succeeds.
        r = run({QStringLiteral("import"), m_project, fixtures + u"formats/doccano/valid.jsonl"});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.err.contains(u"doccano/valid.jsonl:3:1: warning: doccano relations are not imported"), qPrintable(r.err));
    }

    void foreignFilesSkipTheRecordsThatCannotBeImported()
    {
        const QString mixed = fixtures + u"formats/openai/mixed.jsonl";
        Run r = run({QStringLiteral("import"), m_project, mixed, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        json file = r.parsed()["files"][0];
        QCOMPARE(file["status"].get<std::string>(), "imported");
        QCOMPARE(file["records"].get<int>(), 2);
        QCOMPARE(file["skipped"].get<int>(), 3);
        QCOMPARE(file["counts"]["tasks"]["added"].get<int>(), 2);
        QCOMPARE(file["warnings"].size(), std::size_t(3));
        QCOMPARE(file["warnings"][1]["line"].get<int>(), 3);
        QCOMPARE(file["warnings"][1]["column"].get<int>(), 8);
        QCOMPARE(file["warnings"][1]["field"].get<std::string>(), "id");
        QCOMPARE(file["warnings"][1]["message"].get<std::string>(),
            "must not contain control characters; the record is skipped");

        // In text: each skipped record on standard error as FILE:LINE:COLUMN: warning: …, the count in the summary.
        const QString pairs = fixtures + u"formats/trl/mixed.jsonl";
        r = run({QStringLiteral("import"), m_project, pairs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.startsWith(u"verdict: " + pairs
                     + u":2:50: warning: rejected: the rejected response is the same text as the chosen one; the "
                       u"record is skipped\n"),
            qPrintable(r.err));
        QCOMPARE(r.err.count(u": warning: "), 3);
        QVERIFY2(r.out.contains(u"records skipped: 3 of 5 (see the warnings)"), qPrintable(r.out));

        // --strict: the first of them refuses the file.
        const QString transcripts = fixtures + u"formats/hh/mixed.jsonl";
        r = run({QStringLiteral("import"), m_project, transcripts, QStringLiteral("--strict")});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.startsWith(u"verdict: " + transcripts + u":2:12: chosen: expected a transcript"), qPrintable(r.err));
        // A file of which nothing can be imported fails without --strict too.
        r = run({QStringLiteral("import"), m_project, fixtures + u"formats/openai/invalid-image.jsonl",
            QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        file = r.parsed()["files"][0];
        QCOMPARE(file["status"].get<std::string>(), "failed");
        QCOMPARE(file["error"]["line"].get<int>(), 1);
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(run({QStringLiteral("import"), m_project}).code, 2);
        QCOMPARE(run({QStringLiteral("import"), m_project, QStringLiteral("x"), QStringLiteral("--format"),
                         QStringLiteral("csv")})
                     .code,
            2);
        QCOMPARE(run({QStringLiteral("verify")}).code, 2);
        const QString out = m_dir.filePath(QStringLiteral("o.jsonl"));
        QCOMPARE(run({QStringLiteral("export"), m_project, QStringLiteral("-o"), out}).code, 2);
        QCOMPARE(run({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("trl")}).code, 2);
        QCOMPARE(run({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("xml"),
                         QStringLiteral("-o"), out})
                     .code,
            2);
        QCOMPARE(run({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("sft"),
                         QStringLiteral("-o"), out, QStringLiteral("--pairs"), QStringLiteral("all")})
                     .code,
            2);
        QCOMPARE(run({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("batch"),
                         QStringLiteral("-o"), out, QStringLiteral("--kind"), QStringLiteral("assignment")})
                     .code,
            2); // an assignment is for someone
        QCOMPARE(run({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("trl"),
                         QStringLiteral("-o"), out, QStringLiteral("--style"), QStringLiteral("fancy")})
                     .code,
            2);
        QVERIFY(!QFile::exists(out));
    }

    void verifyChecksABatch()
    {
        Run r = run({QStringLiteral("verify"), demoBatches + u"dataset.jsonl", QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json v = r.parsed();
        QVERIFY(v["valid"].get<bool>());
        QCOMPARE(v["records"].get<int>(), 54);
        QCOMPARE(v["counts"]["annotations"].get<int>(), 11);
        QCOMPARE(v["kind"].get<std::string>(), "dataset");
        r = run({QStringLiteral("verify"), fixtures + u"batch/tampered.jsonl"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(u"verdict: " + fixtures + u"batch/tampered.jsonl:5:36: the digest does not match"));
        r = run({QStringLiteral("verify"), fixtures + u"batch/truncated.jsonl", QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.parsed()["valid"].get<bool>());
        QCOMPARE(r.parsed()["error"]["line"].get<int>(), 4);
    }

    void exportWritesEachFormat()
    {
        QVERIFY(demo::createWithSampleWork(m_dir.filePath(QStringLiteral("demo.verdict"))).ok());
        const QString project = m_dir.filePath(QStringLiteral("demo.verdict"));
        const QString out = m_dir.filePath(QStringLiteral("out.jsonl"));
        Run r = run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("dataset"),
            QStringLiteral("-o"), out, QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("lead-ana")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.parsed()["kind"].get<std::string>(), "dataset");
        QCOMPARE(r.parsed()["revision"].get<int>(), 1);
        QCOMPARE(run({QStringLiteral("verify"), out}).code, 0);
        r = run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("trl"),
            QStringLiteral("-o"), out, QStringLiteral("--pairs"), QStringLiteral("best-vs-rest"),
            QStringLiteral("--style"), QStringLiteral("conversational"), QStringLiteral("--annotator"),
            QStringLiteral("kim"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.parsed()["records"].get<int>(), 5);
        QCOMPARE(r.parsed()["skipped"].get<int>(), 1);
        r = run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("batch"),
            QStringLiteral("--kind"), QStringLiteral("assignment"), QStringLiteral("--annotator"),
            QStringLiteral("noor"), QStringLiteral("--calibration"), QStringLiteral("-o"), out,
            QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.parsed()["tasks"].get<int>(), 36);
        QCOMPARE(r.parsed()["gold"].get<int>(), 3);
        for (const char *format : {"sft", "prodigy", "ratings"}) {
            r = run({QStringLiteral("export"), project, QStringLiteral("--format"), QLatin1StringView(format),
                QStringLiteral("-o"), out});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.startsWith(u"Wrote " + out));
        }
    }

    // A share below one half would let two different answers both carry (2 of
    // 4 against 2 of 4 at 0.4), and one of them was picked unseen: refused.
    // One half is the default rule, under which a tie never carries.
    void consensusShareBelowAHalfIsRefused()
    {
        const QString project = m_dir.filePath(QStringLiteral("shares.verdict"));
        QVERIFY(demo::createWithSampleWork(project).ok());
        const QString out = m_dir.filePath(QStringLiteral("final.jsonl"));
        const auto exportFinal = [&](const QString &rule, const QString &file) {
            return run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("dataset"),
                QStringLiteral("--final"), QStringLiteral("--consensus"), rule, QStringLiteral("-o"), file,
                QStringLiteral("--as"), QStringLiteral("lead")});
        };
        for (const char *rule :
            {"majority:0.4", "majority:0.49", "majority:0", "majority:-1", "majority:1", "majority:nan", "majority:"}) {
            const Run r = exportFinal(QLatin1StringView(rule), out);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(u"0.5 ≤ SHARE < 1"), qPrintable(r.err));
            QVERIFY(!QFile::exists(out));
        }
        QCOMPARE(exportFinal(QStringLiteral("majority:0.5"), out).code, 0);
        const QString byDefault = m_dir.filePath(QStringLiteral("default.jsonl"));
        QCOMPARE(exportFinal(QStringLiteral("majority"), byDefault).code, 0);
        QFile a(out);
        QFile b(byDefault);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        QCOMPARE(exportFinal(QStringLiteral("majority:0.75"), out).code, 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestBatchCli)
#include "tst_batchcli.moc"
