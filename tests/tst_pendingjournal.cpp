#include "store/pendingjournal.h"
#include "testutil.h"
#include "util/fixedclock.h"
#include "util/timeutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

using namespace verdict;

namespace {

QDateTime at(const char *text)
{
    return parseIsoTime(QString::fromLatin1(text));
}

PendingWrite submitted(
    const QString &task, int revision, const QDateTime &time, const nlohmann::json &answers = nlohmann::json::object())
{
    PendingWrite write;
    write.annotation.taskId = task;
    write.annotation.annotator = QStringLiteral("kim");
    write.annotation.rubricId = QStringLiteral("helpful");
    write.annotation.rubricVersion = 2;
    write.annotation.answers = answers;
    write.annotation.status = AnnotationStatus::Submitted;
    write.annotation.revision = revision;
    write.annotation.startedAt = time.addSecs(-60);
    write.annotation.submittedAt = time;
    write.annotation.updatedAt = time;
    write.annotation.activeSeconds = 41.25;
    write.at = time;
    return write;
}

PendingWrite draft(const QString &task, int revision, const QDateTime &time, const nlohmann::json &answers)
{
    PendingWrite write = submitted(task, revision, time, answers);
    write.annotation.status = AnnotationStatus::Draft;
    write.annotation.submittedAt = {};
    return write;
}

PendingWrite seconds(const QString &task, double value, const QDateTime &time)
{
    PendingWrite write;
    write.annotation.taskId = task;
    write.annotation.annotator = QStringLiteral("kim");
    write.annotation.activeSeconds = value;
    write.at = time;
    write.activeSecondsOnly = true;
    return write;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void appendBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

Q_DECLARE_METATYPE(PendingWrite)
Q_DECLARE_METATYPE(std::optional<Annotation>)

// The workbench's journal of writes waiting for a busy project: what is
// appended is on disk and reads back as it was, a line a crash cut short is
// left out with a warning, and the journal goes once its writes are stored.
class TestPendingJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        static int n = 0;
        m_project = m_dir.filePath(QStringLiteral("p-%1.verdict").arg(n++));
    }

    void writesReadBackAsAppended()
    {
        const nlohmann::json answers{{"overall", {{"b"}, {"a"}}}, {"rationale", "Ünïcode, \"quotes\"\nand a newline"}};
        PendingJournal journal(m_project);
        QVERIFY(PendingJournal::existing(m_project).isEmpty());
        const QList<PendingWrite> writes{submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"), answers),
            seconds(QStringLiteral("t-1"), 73.5, at("2026-03-02T09:00:02Z")),
            draft(QStringLiteral("t-2"), 0, at("2026-03-02T09:00:03Z"), {{"overall", {{"a", "b"}}}})};
        for (const PendingWrite &write : writes)
            QVERIFY(journal.append(write).ok());

        const QString path = PendingJournal::pathFor(m_project);
        QCOMPARE(path, m_project + QStringLiteral("-pending.jsonl"));
        QCOMPARE(PendingJournal::existing(m_project), QStringList{path});
        QCOMPARE(journal.held(), QStringList{path});
        // One write a line, each ended, so that a cut-short append is told from a whole one.
        const QByteArray bytes = contentsOf(path);
        QCOMPARE(bytes.count('\n'), 3);
        QVERIFY(bytes.endsWith('\n'));

        const auto read = PendingJournal::read(path);
        QVERIFY(read.ok());
        QVERIFY(read->warnings.isEmpty());
        QCOMPARE(read->writes.size(), 3);
        for (qsizetype i = 0; i < writes.size(); ++i) {
            const Annotation &want = writes[i].annotation;
            const Annotation &got = read->writes[i].annotation;
            QCOMPARE(read->writes[i].at, writes[i].at);
            QCOMPARE(read->writes[i].activeSecondsOnly, writes[i].activeSecondsOnly);
            QCOMPARE(got.taskId, want.taskId);
            QCOMPARE(got.annotator, want.annotator);
            QCOMPARE(got.activeSeconds, want.activeSeconds);
            if (writes[i].activeSecondsOnly)
                continue;
            QCOMPARE(testutil::jsonText(got.answers), testutil::jsonText(want.answers));
            QCOMPARE(got.status, want.status);
            QCOMPARE(got.revision, want.revision);
            QCOMPARE(got.rubricId, want.rubricId);
            QCOMPARE(got.rubricVersion, want.rubricVersion);
            QCOMPARE(got.startedAt, want.startedAt);
            QCOMPARE(got.submittedAt, want.submittedAt);
            QCOMPARE(got.updatedAt, want.updatedAt);
        }
    }

    void aDraftFollowedByAnotherOfTheSameAnnotationIsLeftOut()
    {
        PendingJournal journal(m_project);
        const nlohmann::json one{{"overall", {{"a"}}}};
        const nlohmann::json two{{"overall", {{"b"}}}};
        for (const PendingWrite &write : {draft(QStringLiteral("t-1"), 0, at("2026-03-02T09:00:01Z"), one),
                 draft(QStringLiteral("t-1"), 0, at("2026-03-02T09:00:02Z"), two),
                 submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:03Z"), two),
                 draft(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:04Z"), one),
                 seconds(QStringLiteral("t-1"), 5, at("2026-03-02T09:00:05Z")),
                 seconds(QStringLiteral("t-1"), 9, at("2026-03-02T09:00:06Z"))})
            QVERIFY(journal.append(write).ok());
        const auto read = PendingJournal::read(PendingJournal::pathFor(m_project));
        QVERIFY(read.ok());
        QCOMPARE(read->writes.size(), 4);
        QCOMPARE(testutil::jsonText(read->writes[0].annotation.answers), testutil::jsonText(two));
        QCOMPARE(read->writes[1].annotation.status, AnnotationStatus::Submitted);
        QCOMPARE(read->writes[2].annotation.status, AnnotationStatus::Draft);
        QCOMPARE(read->writes[3].annotation.activeSeconds, 9.0);
    }

    // A power cut while a line was being appended: whatever part of it
    // reached the disk is left out with a warning, and every whole line before
    // it is read.
    void aLineCutShortIsLeftOut_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("half a line") << QByteArray("{\"annotation\":{\"task\":\"t-3\",\"annot");
        QTest::newRow("zeros") << QByteArray(64, '\0');
        QTest::newRow("whole but no newline") << QByteArray("{\"at\":\"2026-03-02T09:00:09Z\",\"active_seconds\":"
                                                            "{\"task\":\"t-3\",\"annotator\":\"kim\",\"seconds\":1}}");
    }

    void aLineCutShortIsLeftOut()
    {
        QFETCH(QByteArray, tail);
        PendingJournal journal(m_project);
        QVERIFY(journal.append(submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"))).ok());
        QVERIFY(journal.append(submitted(QStringLiteral("t-2"), 1, at("2026-03-02T09:00:02Z"))).ok());
        const QString path = PendingJournal::pathFor(m_project);
        appendBytes(path, tail);

        const auto read = PendingJournal::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->writes.size(), 2);
        QCOMPARE(read->writes[1].annotation.taskId, QStringLiteral("t-2"));
        QCOMPARE(read->warnings.size(), 1);
        QCOMPARE(read->warnings[0].file, path);
        QCOMPARE(read->warnings[0].line, 3);
        QCOMPARE(read->warnings[0].column, 1);
        QVERIFY2(read->warnings[0].message.contains(u"cut short"), qPrintable(read->warnings[0].toString()));
        QVERIFY(!read->damaged);
    }

    // A damaged line in the middle is no crash's doing: it is left out with a
    // warning at its line and column, the rest is read, and the journal is
    // kept in a copy when taken over.
    void aDamagedLineIsLeftOutAndKept()
    {
        const QString path = PendingJournal::pathFor(m_project);
        {
            PendingJournal journal(m_project);
            QVERIFY(journal.append(submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"))).ok());
            appendBytes(path, QByteArray("{\"at\": 5}\n"));
            QVERIFY(journal.append(submitted(QStringLiteral("t-2"), 1, at("2026-03-02T09:00:02Z"))).ok());
        }
        const auto read = PendingJournal::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->writes.size(), 2);
        QCOMPARE(read->writes[1].annotation.taskId, QStringLiteral("t-2"));
        QCOMPARE(read->warnings.size(), 1);
        QCOMPARE(read->warnings[0].line, 2);
        QCOMPARE(read->warnings[0].column, 8); // the 5
        QCOMPARE(read->warnings[0].field, QStringLiteral("at"));
        QVERIFY(read->damaged);

        PendingJournal next(m_project);
        const PendingJournal::Contents left = next.takeLeft();
        QCOMPARE(left.writes.size(), 2);
        QCOMPARE(left.warnings.size(), 2);
        QVERIFY2(left.warnings[1].message.contains(u"copy"), qPrintable(left.warnings[1].toString()));
        QVERIFY(next.clear().ok());
        QVERIFY(!QFileInfo::exists(path));
        const QStringList copies = QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u"*.damaged"});
        QCOMPARE(copies.size(), 1);
        QCOMPARE(contentsOf(m_dir.filePath(copies[0])).count('\n'), 3);
    }

    // A write that cannot be kept on disk is refused, naming the file, and leaves nothing behind.
    void aWriteThatCannotBeKeptIsRefused()
    {
        const QString project = m_dir.filePath(QStringLiteral("gone/p.verdict"));
        PendingJournal journal(project);
        const auto appended = journal.append(submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z")));
        QVERIFY(!appended.ok());
        QVERIFY2(
            appended.error().toString().contains(u"p.verdict-pending.jsonl"), qPrintable(appended.error().toString()));
        QVERIFY(journal.held().isEmpty());
        QVERIFY(PendingJournal::existing(project).isEmpty());
    }

    // A workbench that stopped while writes waited leaves its journal; the
    // next one takes it, and removes it once its writes are stored.
    void aJournalLeftBehindIsTakenAndRemoved()
    {
        const QString path = PendingJournal::pathFor(m_project);
        {
            PendingJournal stopped(m_project);
            QVERIFY(stopped.append(submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"))).ok());
            QVERIFY(stopped.append(submitted(QStringLiteral("t-2"), 1, at("2026-03-02T09:00:02Z"))).ok());
        }
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(PendingJournal::holder(path), std::nullopt);

        PendingJournal next(m_project);
        const PendingJournal::Contents left = next.takeLeft();
        QVERIFY(left.warnings.isEmpty());
        QCOMPARE(left.writes.size(), 2);
        QCOMPARE(left.writes[0].annotation.taskId, QStringLiteral("t-1"));
        QCOMPARE(next.held(), QStringList{path});
        QCOMPARE(PendingJournal::holder(path), std::optional<qint64>(QCoreApplication::applicationPid()));
        // New writes go to a journal of its own, never after another's lines.
        QVERIFY(next.append(submitted(QStringLiteral("t-3"), 1, at("2026-03-02T09:00:03Z"))).ok());
        QCOMPARE(next.held().size(), 2);
        QCOMPARE(PendingJournal::read(path)->writes.size(), 2);

        QVERIFY(next.clear().ok());
        QVERIFY(PendingJournal::existing(m_project).isEmpty());
        QVERIFY(next.held().isEmpty());
        QVERIFY(!QFileInfo::exists(path + u".lock"));
    }

    // Two workbenches on one project at the same time keep a journal each,
    // and neither takes or removes the other's.
    void aRunningWorkbenchsJournalIsLeftAlone()
    {
        PendingJournal first(m_project);
        QVERIFY(first.append(submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"))).ok());
        PendingJournal second(m_project);
        QVERIFY(second.takeLeft().writes.isEmpty());
        QVERIFY(second.append(submitted(QStringLiteral("t-2"), 1, at("2026-03-02T09:00:02Z"))).ok());
        QCOMPARE(second.held(), QStringList{PendingJournal::pathFor(m_project, 2)});
        QCOMPARE(PendingJournal::existing(m_project).size(), 2);
        QVERIFY(first.clear().ok());
        QCOMPARE(PendingJournal::existing(m_project), QStringList{PendingJournal::pathFor(m_project, 2)});
        QCOMPARE(PendingJournal::read(PendingJournal::pathFor(m_project, 2))->writes.size(), 1);
    }

    // The lock of a workbench that was killed names a process that no longer
    // runs: its journal is taken, and the writes of several are merged by time.
    void aKilledWorkbenchsJournalIsTaken()
    {
        QProcess ended;
        ended.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("read line")});
        QVERIFY(ended.waitForStarted());
        const qint64 deadPid = ended.processId();
        ended.write("\n");
        QVERIFY(ended.waitForFinished());
        QVERIFY(deadPid > 0);
        {
            PendingJournal one(m_project);
            QVERIFY(one.append(submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"))).ok());
            QVERIFY(one.append(submitted(QStringLiteral("t-3"), 1, at("2026-03-02T09:00:05Z"))).ok());
            PendingJournal two(m_project);
            QVERIFY(two.append(submitted(QStringLiteral("t-2"), 1, at("2026-03-02T09:00:03Z"))).ok());
            QCOMPARE(two.held(), QStringList{PendingJournal::pathFor(m_project, 2)});
        }
        // As a killed process leaves it: its lock file, naming it.
        const QString lock = PendingJournal::pathFor(m_project) + QStringLiteral(".lock");
        QFile file(lock);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(deadPid) + "\nverdict\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        file.close();
        QCOMPARE(PendingJournal::holder(PendingJournal::pathFor(m_project)), std::nullopt);

        PendingJournal next(m_project);
        const PendingJournal::Contents left = next.takeLeft();
        QStringList order;
        for (const PendingWrite &write : left.writes)
            order << write.annotation.taskId;
        QCOMPARE(order, (QStringList{QStringLiteral("t-1"), QStringLiteral("t-2"), QStringLiteral("t-3")}));
        QVERIFY(next.clear().ok());
        QVERIFY(PendingJournal::existing(m_project).isEmpty());
    }

    // Whether the project already holds a write: a crash after a write was
    // stored and before its journal went must not store it twice.
    void whatIsAlreadyStored_data()
    {
        QTest::addColumn<PendingWrite>("write");
        QTest::addColumn<std::optional<Annotation>>("stored");
        QTest::addColumn<bool>("isIn");
        const QDateTime t = at("2026-03-02T09:00:00Z");
        const nlohmann::json one{{"overall", {{"a"}}}};
        const nlohmann::json two{{"overall", {{"b"}}}};
        const auto row = [](const PendingWrite &write) { return std::optional<Annotation>(write.annotation); };
        const auto later = [](PendingWrite write, int seconds) {
            write.annotation.updatedAt = write.annotation.updatedAt.addSecs(seconds);
            return std::optional<Annotation>(write.annotation);
        };
        const PendingWrite submit = submitted(QStringLiteral("t-1"), 1, t, one);

        QTest::newRow("nothing stored") << submit << std::optional<Annotation>() << false;
        QTest::newRow("the submit is stored") << submit << row(submit) << true;
        QTest::newRow("a later write is stored") << submit << later(draft(QStringLiteral("t-1"), 1, t, two), 5) << true;
        QTest::newRow("only the draft before it")
            << submit << later(draft(QStringLiteral("t-1"), 0, t, one), -5) << false;
        QTest::newRow("the draft before it, same second")
            << submit << row(draft(QStringLiteral("t-1"), 0, t, one)) << false;
        QTest::newRow("a second submit in the same second")
            << submitted(QStringLiteral("t-1"), 2, t, two) << row(submit) << false;
        QTest::newRow("that revision, arrived earlier another way")
            << submit << later(submitted(QStringLiteral("t-1"), 1, t, two), -3600) << false;
        QTest::newRow("the draft is stored")
            << draft(QStringLiteral("t-1"), 1, t, two) << row(draft(QStringLiteral("t-1"), 1, t, two)) << true;
        QTest::newRow("another draft is stored")
            << draft(QStringLiteral("t-1"), 1, t, two) << row(draft(QStringLiteral("t-1"), 1, t, one)) << false;
        QTest::newRow("a draft after the submit, same second")
            << draft(QStringLiteral("t-1"), 1, t, one) << row(submit) << false;
        QTest::newRow("a submit after the draft") << draft(QStringLiteral("t-1"), 0, t, one) << row(submit) << true;
        QTest::newRow("active time, stored")
            << seconds(QStringLiteral("t-1"), 41.25, t.addSecs(2)) << row(submit) << true;
        QTest::newRow("active time, a later write stored")
            << seconds(QStringLiteral("t-1"), 30, t.addSecs(-2)) << row(submit) << true;
        QTest::newRow("active time, not stored")
            << seconds(QStringLiteral("t-1"), 50, t.addSecs(2)) << row(submit) << false;
    }

    void whatIsAlreadyStored()
    {
        QFETCH(PendingWrite, write);
        QFETCH(std::optional<Annotation>, stored);
        QFETCH(bool, isIn);
        QCOMPARE(write.isIn(stored), isIn);
    }

    // What `verdict info` tells: the writes of each journal that the project does not hold yet.
    void waitingCountsWhatTheProjectDoesNotHold()
    {
        auto project = testutil::newProject(m_dir);
        QVERIFY(project->tasks().insert(testutil::task(QStringLiteral("t-1"), QStringLiteral("Q"))).ok());
        QVERIFY(project->tasks().insert(testutil::task(QStringLiteral("t-2"), QStringLiteral("Q"))).ok());
        const QString projectPath = project->path();
        const PendingWrite first = submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"), {{"x", 1}});
        const PendingWrite second = submitted(QStringLiteral("t-2"), 1, at("2026-03-02T09:00:02Z"), {{"x", 2}});
        {
            PendingJournal stopped(projectPath);
            QVERIFY(stopped.append(first).ok());
            QVERIFY(stopped.append(second).ok());
        }
        auto waiting = PendingJournal::waiting(projectPath, project->annotations());
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].path, PendingJournal::pathFor(projectPath));
        QCOMPARE(waiting[0].writes, 2);
        QCOMPARE(waiting[0].heldBy, std::nullopt);

        // Stored as the workbench stores it, at the time it was made.
        {
            const FixedClock clock(first.at);
            Annotation annotation = first.annotation;
            QVERIFY(project->annotations().save(annotation).ok());
        }
        waiting = PendingJournal::waiting(projectPath, project->annotations());
        QCOMPARE(waiting[0].writes, 1);
    }

    // A new project never takes the waiting writes of a deleted one of the same name.
    void aNewProjectDoesNotInheritAnOldJournal()
    {
        {
            PendingJournal stopped(m_project);
            QVERIFY(stopped.append(submitted(QStringLiteral("t-1"), 1, at("2026-03-02T09:00:01Z"))).ok());
        }
        QVERIFY(!PendingJournal::existing(m_project).isEmpty());
        QVERIFY(Project::create(m_project, QStringLiteral("fresh")).ok());
        QVERIFY(PendingJournal::existing(m_project).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestPendingJournal)
#include "tst_pendingjournal.moc"
