#include "testutil.h"
#include "workflow/demo.h"

#include <QFile>
#include <QProcess>

using namespace verdict;

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

Outcome finish(QProcess &process)
{
    Outcome outcome;
    if (!process.waitForFinished(120000))
        return outcome;
    outcome.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

Outcome verdictRun(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VERDICT_BINARY), arguments);
    return finish(process);
}

} // namespace

// Another program holding a project's write lock: commands say plainly who
// holds it and give up after --wait seconds, or wait for it to finish.
class TestBusyProject : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("busy-%1.verdict").arg(m_count++));
        QVERIFY(demo::create(m_project).ok());
        m_holder.setProgram(QStringLiteral(LOCKHOLDER_BINARY));
        m_holder.setArguments({m_project});
        m_holder.start();
        QVERIFY(m_holder.waitForStarted());
        QVERIFY(m_holder.waitForReadyRead(30000));
        QCOMPARE(m_holder.readLine().trimmed(), QByteArray("holding"));
    }

    void cleanup()
    {
        if (m_holder.state() == QProcess::Running) {
            m_holder.write("done\n");
            m_holder.waitForFinished();
        }
    }

    void commandsThatWriteSayWhoHoldsTheProject_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("leavesNoFile");
        QTest::newRow("rubric publish") << QStringList{QStringLiteral("rubric"), QStringLiteral("publish"),
            QStringLiteral("PROJECT"), QStringLiteral(VERDICT_TEST_DATA "/rubric-all-kinds.json")}
                                        << QString();
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("PROJECT"),
            QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/batches/annotations.jsonl")}
                                << QString();
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("PROJECT"),
            QStringLiteral("--format"), QStringLiteral("dataset"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                << QStringLiteral("OUT");
        QTest::newRow("assign") << QStringList{QStringLiteral("assign"), QStringLiteral("PROJECT"),
            QStringLiteral("--annotators"), QStringLiteral("kim,lee"), QStringLiteral("--out-dir"),
            QStringLiteral("OUT")}
                                << QStringLiteral("OUT/assignment-kim.jsonl");
    }

    void commandsThatWriteSayWhoHoldsTheProject()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, leavesNoFile);
        const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(m_count));
        arguments.replaceInStrings(QStringLiteral("PROJECT"), m_project);
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        arguments << QStringLiteral("--wait") << QStringLiteral("0.5");
        const Outcome outcome = verdictRun(arguments);
        QCOMPARE(outcome.code, 1);
        // One plain sentence on the project, the program holding it and what to do.
        const QString err = outcome.err;
        QVERIFY2(err.startsWith(u"verdict: " + m_project + u": "), qPrintable(err));
        QVERIFY2(err.contains(u"busy"), qPrintable(err));
        QVERIFY2(err.contains(u"lockholder " + m_project), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("process %1").arg(m_holder.processId())), qPrintable(err));
        QVERIFY2(err.contains(u"--wait"), qPrintable(err));
        QVERIFY2(!err.contains(u"database is locked") && !err.contains(u"BEGIN"), qPrintable(err));
        if (!leavesNoFile.isEmpty())
            QVERIFY(!QFile::exists(leavesNoFile.replace(QStringLiteral("OUT"), out)));
    }

    void waitOutlastsTheHolder()
    {
        QProcess publish;
        publish.start(QStringLiteral(VERDICT_BINARY),
            {QStringLiteral("rubric"), QStringLiteral("publish"), m_project,
                QStringLiteral(VERDICT_TEST_DATA "/rubric-all-kinds.json"), QStringLiteral("--wait"),
                QStringLiteral("120")});
        QVERIFY(publish.waitForStarted());
        // Still waiting while the holder keeps the project.
        QVERIFY(!publish.waitForFinished(1500));
        m_holder.write("done\n");
        QVERIFY(m_holder.waitForFinished());
        const Outcome outcome = finish(publish);
        QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
        auto project = Project::open(m_project);
        QVERIFY(project.ok());
        QCOMPARE((*project)->rubrics().all()->size(), 2);
    }

    void waitTakesSeconds()
    {
        const Outcome outcome = verdictRun({QStringLiteral("import"), m_project,
            QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/batches/annotations.jsonl"), QStringLiteral("--wait"),
            QStringLiteral("soon")});
        QCOMPARE(outcome.code, 2);
        QVERIFY2(outcome.err.contains(u"--wait"), qPrintable(outcome.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    QProcess m_holder;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestBusyProject)
#include "tst_busyproject.moc"
