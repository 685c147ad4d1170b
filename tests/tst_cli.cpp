#include "cli.h"
#include "clirun.h"
#include "codecs/jsonfields.h"
#include "store/pendingjournal.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace verdict;

using verdict::testutil::Run;
using verdict::testutil::run;

namespace {

const QString demoRubric = QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/rubric.json");

// The environment of a container or a service: no variable names the person.
QProcessEnvironment withoutPerson()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("USER"), QStringLiteral("USERNAME"), QStringLiteral("VERDICT_PERSON"),
             QStringLiteral("LOGNAME")})
        env.remove(name);
    return env;
}

// The manifest's producer of a batch file.
QString producerOf(const QString &batch)
{
    QFile file(batch);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<no file>");
    const auto manifest = nlohmann::json::parse(file.readLine().toStdString());
    return QString::fromStdString(manifest["producer"]["person"].get<std::string>());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void theManPageListsEveryCommand()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QFile page(QStringLiteral(VERDICT_SOURCE_DIR "/packaging/verdict.1"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString man = QString::fromUtf8(page.readAll());
        const QString commands
            = help.out.section(QStringLiteral("Commands:"), 1).section(QStringLiteral("Options:"), 0, 0);
        int listed = 0;
        for (const QString &line : commands.split(u'\n', Qt::SkipEmptyParts)) {
            QString name = line.trimmed().section(u' ', 0, 0);
            if (name.isEmpty())
                continue;
            ++listed;
            // groff escapes the hyphen: gold-accuracy is written gold\-accuracy.
            name.replace(QStringLiteral("-"), QStringLiteral("\\-"));
            QVERIFY2(man.contains(u"\n.B " + name + u' '), qPrintable(name));
        }
        QVERIFY(listed >= 13);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("p%1.verdict").arg(m_count++));
    }

    void versionAndHelp()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.9.9"));
        Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"9.9.9"));
        QVERIFY(!r.out.contains(u"SQLite"));
        // Verbose: the libraries' versions, each checked against the library itself.
        r = run({QStringLiteral("--version"), QStringLiteral("--verbose")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"\nSQLite " + QLatin1StringView(sqlite3_libversion()) + u'\n'), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\nQt %1 (built with %2)\n")
                                    .arg(QLatin1StringView(qVersion()), QLatin1StringView(QT_VERSION_STR))),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\nnlohmann/json %1.%2.%3\n")
                                    .arg(NLOHMANN_JSON_VERSION_MAJOR)
                                    .arg(NLOHMANN_JSON_VERSION_MINOR)
                                    .arg(NLOHMANN_JSON_VERSION_PATCH)),
            qPrintable(r.out));
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *command : {"init", "info", "rubric", "demo"})
            QVERIFY2(r.out.contains(u"  " + QLatin1StringView(command)), command);
        for (const char *command : {"init", "info", "demo"}) {
            r = run({QLatin1StringView(command), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(u"Usage: verdict " + QLatin1StringView(command)), qPrintable(r.out));
        }
        r = run({QStringLiteral("rubric"), QStringLiteral("diff"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Usage: verdict rubric diff PROJECT ID FROM TO"));
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({}).code, 2);
        Run r = run({QStringLiteral("init"), m_project});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--name is required"));
        QCOMPARE(run({QStringLiteral("init"), m_project, QStringLiteral("--name")}).code, 2);
        QCOMPARE(run({QStringLiteral("info")}).code, 2);
        QCOMPARE(run({QStringLiteral("info"), m_project, QStringLiteral("extra")}).code, 2);
        QCOMPARE(run({QStringLiteral("info"), m_project, QStringLiteral("--colour")}).code, 2);
        QCOMPARE(run({QStringLiteral("rubric"), QStringLiteral("erase")}).code, 2);
        QVERIFY(!QFile::exists(m_project));
    }

    void initAndInfo()
    {
        Run r = run({QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("Helpdesk eval"),
            QStringLiteral("--rubric"), demoRubric, QStringLiteral("--as"), QStringLiteral("lead-ana")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("info"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const nlohmann::json info = r.parsed();
        QCOMPARE(info["project"]["name"].get<std::string>(), "Helpdesk eval");
        QCOMPARE(info["tasks"].get<int>(), 0);
        QCOMPARE(info["annotations"]["total"].get<int>(), 0);
        QCOMPARE(info["rubrics"].size(), std::size_t(1));
        QCOMPARE(info["rubrics"][0]["id"].get<std::string>(), "helpful-safe");
        QCOMPARE(info["rubrics"][0]["version"].get<int>(), 1);
        QCOMPARE(info["rubrics"][0]["status"].get<std::string>(), "published");
        QVERIFY(info["batches"].empty());
        r = run({QStringLiteral("info"), m_project});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Helpdesk eval"));
        QVERIFY(r.out.contains(u"helpful-safe v1"));
        QCOMPARE(run({QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("x")}).code, 1);
    }

    // Writes a workbench keeps beside the project while it is busy: info says
    // they wait (so that a lead knows to open the workbench), and commands
    // that write to the project leave them alone.
    void infoSaysWhenWorkbenchWritesWait()
    {
        QCOMPARE(run({QStringLiteral("demo"), m_project}).code, 0);
        Run r = run({QStringLiteral("info"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.parsed()["waiting_writes"].empty());
        QVERIFY(!run({QStringLiteral("info"), m_project}).out.contains(u"Waiting"));

        PendingWrite write;
        write.annotation.taskId = QStringLiteral("demo-001");
        write.annotation.annotator = QStringLiteral("kim");
        write.annotation.rubricId = QStringLiteral("helpful-safe");
        write.annotation.rubricVersion = 1;
        write.annotation.status = AnnotationStatus::Submitted;
        write.annotation.revision = 1;
        write.at = QDateTime::currentDateTimeUtc();
        {
            // A workbench that stopped while the write waited.
            PendingJournal stopped(m_project);
            QVERIFY(stopped.append(write).ok());
        }
        PendingJournal running(m_project);
        write.annotation.taskId = QStringLiteral("demo-002");
        QVERIFY(running.append(write).ok());
        const QString left = PendingJournal::pathFor(m_project);
        const QString held = PendingJournal::pathFor(m_project, 2);

        r = run({QStringLiteral("info"), m_project});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Waiting       1 workbench write(s) waiting in " + left
                     + u", not in the project yet: left by a workbench that stopped; open the project in the "
                       u"workbench to save them\n"),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 workbench write(s) waiting in %1, not in the project yet: the "
                                               "workbench running as process %2 saves them when the project is free")
                                    .arg(held)
                                    .arg(QCoreApplication::applicationPid())),
            qPrintable(r.out));
        r = run({QStringLiteral("info"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const nlohmann::json waiting = r.parsed()["waiting_writes"];
        QCOMPARE(waiting.size(), std::size_t(2));
        QCOMPARE(fromStd(waiting[0]["file"].get<std::string>()), left);
        QCOMPARE(waiting[0]["writes"].get<int>(), 1);
        QVERIFY(waiting[0]["held_by_pid"].is_null());
        QCOMPARE(waiting[0]["unreadable_lines"].get<int>(), 0);
        QCOMPARE(fromStd(waiting[1]["file"].get<std::string>()), held);
        QCOMPARE(waiting[1]["held_by_pid"].get<qint64>(), QCoreApplication::applicationPid());

        const auto bytes = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray leftBefore = bytes(left);
        const QByteArray heldBefore = bytes(held);
        QCOMPARE(run({QStringLiteral("import"), m_project,
                         QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/batches/annotations.jsonl")})
                     .code,
            0);
        QCOMPARE(run({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("dataset"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("dataset.jsonl"))})
                     .code,
            0);
        QCOMPARE(bytes(left), leftBefore);
        QCOMPARE(bytes(held), heldBefore);
        QCOMPARE(PendingJournal::existing(m_project), (QStringList{left, held}));
    }

    void badRubricNamesFileLineAndLeavesNothing()
    {
        const QString rubric = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(rubric);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\n  \"id\": \"r\",\n  \"title\": \"R\",\n  \"criteria\": [\n    {\"key\": \"x\", \"kind\": \"stars\", "
            "\"title\": \"X\"}\n  ]\n}\n");
        file.close();
        const Run r = run({QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("P"),
            QStringLiteral("--rubric"), rubric});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"verdict: " + rubric + u":5:"), qPrintable(r.err));
        QVERIFY(r.err.contains(u"criteria[0].kind: unknown kind \"stars\""));
        QVERIFY(!QFile::exists(m_project));
    }

    void missingProjectIsBadInput()
    {
        const Run r = run({QStringLiteral("info"), m_dir.filePath(QStringLiteral("none.verdict"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"none.verdict: no such project file"));
    }

    void rubricPublishShowDiff()
    {
        QCOMPARE(run({QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("P"),
                         QStringLiteral("--rubric"), demoRubric})
                     .code,
            0);
        // Republishing the same file changes nothing.
        Run r = run(
            {QStringLiteral("rubric"), QStringLiteral("publish"), m_project, demoRubric, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.parsed()["created"].get<bool>(), false);

        // A second version with one change, without a version number in the file.
        r = run({QStringLiteral("rubric"), QStringLiteral("show"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        nlohmann::json rubric = r.parsed();
        rubric.erase("version");
        rubric["criteria"][2]["title"] = "Accuracy of facts";
        const QString second = m_dir.filePath(QStringLiteral("v2.json"));
        QFile file(second);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(rubric.dump(2)));
        file.close();
        r = run({QStringLiteral("rubric"), QStringLiteral("publish"), m_project, second, QStringLiteral("-m"),
            QStringLiteral("Clearer title")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Published helpful-safe version 2"));

        r = run({QStringLiteral("rubric"), QStringLiteral("show"), m_project, QStringLiteral("helpful-safe"),
            QStringLiteral("--version"), QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Clearer title"));
        QVERIFY(r.out.contains(u"Accuracy of facts"));

        r = run({QStringLiteral("rubric"), QStringLiteral("diff"), m_project, QStringLiteral("helpful-safe"),
            QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const nlohmann::json diff = r.parsed();
        QCOMPARE(diff["changes"].size(), std::size_t(1));
        QCOMPARE(diff["changes"][0]["path"].get<std::string>(),
            "criteria." + rubric["criteria"][2]["key"].get<std::string>() + ".title");
        QCOMPARE(diff["changes"][0]["to"].get<std::string>(), "Accuracy of facts");

        r = run({QStringLiteral("rubric"), QStringLiteral("show"), m_project, QStringLiteral("helpful-safe"),
            QStringLiteral("--version"), QStringLiteral("7")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"rubric helpful-safe has no version 7"));
    }

    // The installed command runs without any display.
    void binaryRunsHeadless()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VERDICT_BINARY), {QStringLiteral("demo"), m_project});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        process.start(QStringLiteral(VERDICT_BINARY), {QStringLiteral("info"), m_project, QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const auto info = nlohmann::json::parse(process.readAllStandardOutput().toStdString());
        QVERIFY(info["tasks"].get<int>() >= 30);
        process.start(QStringLiteral(VERDICT_BINARY), {QStringLiteral("nonsense-command")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
    }

    // Neither $USER nor $USERNAME: the person recorded is the login name of
    // the user the command runs as.
    void personIsTheLoginNameWithoutUserVariables()
    {
        QCOMPARE(run({QStringLiteral("demo"), m_project}).code, 0);
        const passwd *entry = getpwuid(getuid());
        QVERIFY(entry && entry->pw_name && *entry->pw_name);
        const QString login = QString::fromLocal8Bit(entry->pw_name);

        QProcess process;
        process.setProcessEnvironment(withoutPerson());
        const QString out = m_dir.filePath(QStringLiteral("gold-%1.jsonl").arg(m_count));
        process.start(QStringLiteral(VERDICT_BINARY),
            {QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("batch"),
                QStringLiteral("--kind"), QStringLiteral("gold"), QStringLiteral("-o"), out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(producerOf(out), login);

        // $VERDICT_PERSON still comes first, and --as before everything.
        QProcessEnvironment named = withoutPerson();
        named.insert(QStringLiteral("VERDICT_PERSON"), QStringLiteral("ana"));
        process.setProcessEnvironment(named);
        process.start(QStringLiteral(VERDICT_BINARY),
            {QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("batch"),
                QStringLiteral("--kind"), QStringLiteral("gold"), QStringLiteral("-o"), out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(producerOf(out), QStringLiteral("ana"));

        // An empty --as names no one.
        Run r = run({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("batch"),
            QStringLiteral("--kind"), QStringLiteral("gold"), QStringLiteral("-o"), out, QStringLiteral("--as"),
            QStringLiteral(" ")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--as needs a name"), qPrintable(r.err));
    }

    // A user with no entry in the password database and no variable naming
    // them (a container started with a bare uid): the command refuses before
    // it records anything and asks for --as. Needs root to run as such a user.
    void noPersonAtAllIsRefused()
    {
        if (getuid() != 0)
            QSKIP("needs root to run the command as a user without a login name");
        uid_t nobody = 0;
        for (uid_t uid = 45000; uid < 65000 && nobody == 0; ++uid) {
            if (!getpwuid(uid) && !getgrgid(gid_t(uid)))
                nobody = uid;
        }
        QVERIFY(nobody != 0);
        QCOMPARE(run({QStringLiteral("demo"), m_project}).code, 0);
        // A directory that user can write in, with a copy of the project.
        QTemporaryDir shared;
        QVERIFY(QFile::setPermissions(shared.path(), QFile::Permissions(0x7777)));
        const QString project = shared.filePath(QStringLiteral("p.verdict"));
        QVERIFY(QFile::copy(m_project, project));
        QVERIFY(QFile::setPermissions(project, QFile::Permissions(0x6666)));
        const QString out = shared.filePath(QStringLiteral("gold.jsonl"));
        const QStringList exportArguments{QStringLiteral("export"), project, QStringLiteral("--format"),
            QStringLiteral("batch"), QStringLiteral("--kind"), QStringLiteral("gold"), QStringLiteral("-o"), out};

        QProcess process;
        process.setProcessEnvironment(withoutPerson());
        process.setChildProcessModifier([nobody] {
            // In the child, before exec: become the user without a name.
            if (setgroups(0, nullptr) != 0 || setgid(gid_t(nobody)) != 0 || setuid(nobody) != 0)
                _exit(99);
        });
        process.start(QStringLiteral(VERDICT_BINARY), exportArguments);
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(u"--as"), qPrintable(err));
        QVERIFY(!QFile::exists(out));

        // Naming yourself is the way out.
        process.start(QStringLiteral(VERDICT_BINARY),
            exportArguments + QStringList{QStringLiteral("--as"), QStringLiteral("kim")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(producerOf(out), QStringLiteral("kim"));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
