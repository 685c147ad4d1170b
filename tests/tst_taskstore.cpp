#include "testutil.h"

using namespace verdict;

class TestTaskStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_project = testutil::newProject(m_dir); }
    void cleanup() { m_project.reset(); }

    void insertAndRead()
    {
        Task t = testutil::task(QStringLiteral("t-1"), QStringLiteral("Explain 👩‍💻 pairing"));
        t.context.prepend(Message{QStringLiteral("system"), QStringLiteral("Be brief")});
        t.meta["risk_tier"] = "high";
        const auto rowId = m_project->tasks().insert(t);
        QVERIFY(rowId.ok());
        QVERIFY(*rowId > 0);
        const auto read = m_project->tasks().byId(QStringLiteral("t-1"));
        QVERIFY(read.ok() && read.value());
        QVERIFY(read.value()->sameContent(t));
        QCOMPARE(read.value()->rowId, *rowId);
        const auto byRow = m_project->tasks().byRowId(*rowId);
        QVERIFY(byRow.ok() && byRow.value());
        QCOMPARE(byRow.value()->id, QStringLiteral("t-1"));
        QVERIFY(!m_project->tasks().byId(QStringLiteral("nope"))->has_value());
    }

    void aResponsesEarlierTurnsAreKept()
    {
        Task t = testutil::task(QStringLiteral("t-1"), QStringLiteral("How far is the moon?"));
        t.responses[0].earlierTurns = {Message{QStringLiteral("assistant"), QStringLiteral("In which unit? 🤔")},
            Message{QStringLiteral("user"), QStringLiteral("Kilometres.")}};
        QVERIFY(m_project->tasks().insert(t).ok());
        const auto read = m_project->tasks().byId(QStringLiteral("t-1"));
        QVERIFY(read.ok() && read.value());
        QVERIFY(read.value()->sameContent(t));
        QCOMPARE(read.value()->responses[0].earlierTurns.size(), 2);
        QVERIFY(read.value()->responses[1].earlierTurns.isEmpty());
        // The queue previews the task's own prompt, not a turn of a response.
        QCOMPARE(TaskStore::previewOf(*read.value()), QStringLiteral("How far is the moon?"));
    }

    void duplicateIdIsRefused()
    {
        QVERIFY(m_project->tasks().insert(testutil::task(QStringLiteral("t-1"), QStringLiteral("a"))).ok());
        const auto again = m_project->tasks().insert(testutil::task(QStringLiteral("t-1"), QStringLiteral("b")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("a task with id t-1 already exists"));
        QCOMPARE(*m_project->tasks().count(), qint64(1));
    }

    void previewIsTheLastUserTurnOnOneLine()
    {
        Task t = testutil::task(QStringLiteral("t"), QStringLiteral("first"));
        t.context << Message{QStringLiteral("assistant"), QStringLiteral("reply")}
                  << Message{QStringLiteral("user"), QStringLiteral("second\n  line")};
        QCOMPARE(TaskStore::previewOf(t), QStringLiteral("second line"));
    }

    void filtersByStatusAndText()
    {
        QList<qint64> rows;
        for (int i = 1; i <= 5; ++i)
            rows << *m_project->tasks().insert(testutil::task(QStringLiteral("t-%1").arg(i),
                i == 3 ? QStringLiteral("About 100% of SQL_x") : QStringLiteral("Other")));
        Annotation a;
        a.taskId = QStringLiteral("t-2");
        a.annotator = QStringLiteral("kim");
        a.rubricId = QStringLiteral("r");
        a.rubricVersion = 1;
        a.status = AnnotationStatus::Submitted;
        QVERIFY(m_project->annotations().save(a).ok());
        a.taskId = QStringLiteral("t-4");
        a.status = AnnotationStatus::Draft;
        QVERIFY(m_project->annotations().save(a).ok());

        TaskFilter filter;
        filter.annotator = QStringLiteral("kim");
        QCOMPARE(*m_project->tasks().rowIds(filter), rows);
        filter.status = QueueStatus::Submitted;
        QCOMPARE(*m_project->tasks().rowIds(filter), QList<qint64>{rows[1]});
        filter.status = QueueStatus::New;
        QCOMPARE(*m_project->tasks().rowIds(filter), (QList<qint64>{rows[0], rows[2], rows[4]}));
        filter.annotator = QStringLiteral("someone-else");
        QCOMPARE(m_project->tasks().rowIds(filter)->size(), 5);
        filter = TaskFilter{QStringLiteral("kim"), std::nullopt, QStringLiteral("100%")};
        QCOMPARE(*m_project->tasks().rowIds(filter), QList<qint64>{rows[2]});
        filter.text = QStringLiteral("sql_X"); // case-insensitive, '_' is literal
        QCOMPARE(*m_project->tasks().rowIds(filter), QList<qint64>{rows[2]});
        filter.text = QStringLiteral("T-5");
        QCOMPARE(*m_project->tasks().rowIds(filter), QList<qint64>{rows[4]});
        filter.text = QStringLiteral("%");
        QCOMPARE(*m_project->tasks().rowIds(filter), QList<qint64>{rows[2]});
    }

    void summariesKeepTheAskedOrderAndStatus()
    {
        QList<qint64> rows;
        for (int i = 1; i <= 3; ++i)
            rows << *m_project->tasks().insert(
                testutil::task(QStringLiteral("t-%1").arg(i), QStringLiteral("P%1").arg(i), i + 1));
        Annotation a;
        a.taskId = QStringLiteral("t-3");
        a.annotator = QStringLiteral("kim");
        a.status = AnnotationStatus::Escalated;
        QVERIFY(m_project->annotations().save(a).ok());
        const auto summaries = m_project->tasks().summaries({rows[2], rows[0]}, QStringLiteral("kim"));
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), 2);
        QCOMPARE(summaries->at(0).id, QStringLiteral("t-3"));
        QCOMPARE(summaries->at(0).status, QueueStatus::Escalated);
        QCOMPARE(summaries->at(0).responseCount, 4);
        QCOMPARE(summaries->at(1).preview, QStringLiteral("P1"));
        QCOMPARE(summaries->at(1).status, QueueStatus::New);
    }

    void nextUnfinishedSkipsFinishedWorkAndHonoursTheFilter()
    {
        for (int i = 1; i <= 6; ++i)
            QVERIFY(m_project->tasks()
                        .insert(testutil::task(QStringLiteral("t-%1").arg(i),
                            i % 2 ? QStringLiteral("odd prompt") : QStringLiteral("even prompt")))
                        .ok());
        const auto mark = [this](const QString &id, AnnotationStatus status) {
            Annotation a;
            a.taskId = id;
            a.annotator = QStringLiteral("kim");
            a.status = status;
            QVERIFY(m_project->annotations().save(a).ok());
        };
        mark(QStringLiteral("t-1"), AnnotationStatus::Submitted);
        mark(QStringLiteral("t-2"), AnnotationStatus::Skipped);
        mark(QStringLiteral("t-3"), AnnotationStatus::Draft);
        mark(QStringLiteral("t-4"), AnnotationStatus::Escalated);
        const auto rowOf = [this](const QString &id) { return m_project->tasks().byId(id).value()->rowId; };
        TaskFilter filter;
        filter.annotator = QStringLiteral("kim");
        auto next = m_project->tasks().nextUnfinished(filter, 0);
        QVERIFY(next.ok() && next.value());
        QCOMPARE(*next.value(), rowOf(QStringLiteral("t-3"))); // a draft is unfinished
        next = m_project->tasks().nextUnfinished(filter, rowOf(QStringLiteral("t-3")));
        QCOMPARE(*next.value(), rowOf(QStringLiteral("t-5")));
        // Someone else's work does not count.
        filter.annotator = QStringLiteral("lee");
        QCOMPARE(*m_project->tasks().nextUnfinished(filter, 0).value(), rowOf(QStringLiteral("t-1")));
        filter.annotator = QStringLiteral("kim");
        filter.text = QStringLiteral("even");
        QCOMPARE(*m_project->tasks().nextUnfinished(filter, 0).value(), rowOf(QStringLiteral("t-6")));
        QVERIFY(!m_project->tasks().nextUnfinished(filter, rowOf(QStringLiteral("t-6"))).value());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
