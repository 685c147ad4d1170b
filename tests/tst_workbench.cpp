#include "workbench/workbench.h"

#include "domain/answers.h"
#include "store/project.h"
#include "workbench/annotationsession.h"
#include "workbench/queuemodel.h"
#include "workflow/demo.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace verdict;
using nlohmann::json;

// The workbench without a window: a core application cannot make a widget,
// so every test here shows that the flow from task to task needs none.
class TestWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("demo-%1.verdict").arg(n++));
        QVERIFY(demo::create(m_path).ok());
        m_workbench = std::make_unique<Workbench>(QStringLiteral("kim"));
        auto project = Project::open(m_path);
        QVERIFY(project.ok());
        const SaveQueue::Recovery recovery = m_workbench->open(std::move(project).value());
        QCOMPARE(recovery.queued, 0);
    }

    void cleanup() { m_workbench.reset(); }

    void opensAtTheFirstTask()
    {
        QVERIFY(m_workbench->project());
        QCOMPARE(m_workbench->person(), QStringLiteral("kim"));
        QVERIFY(m_workbench->rubric());
        QCOMPARE(m_workbench->queue()->rowCount(), 36);
        QCOMPARE(m_workbench->totalTasks(), qint64(36));
        QCOMPARE(m_workbench->currentRow(), 0);
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-001"));
        QVERIFY(m_workbench->session());
        QCOMPARE(m_workbench->session()->task().id, QStringLiteral("demo-001"));
        QCOMPARE(m_workbench->session()->annotation().annotator, QStringLiteral("kim"));
        QCOMPARE(m_workbench->counts().done, 0);
    }

    void nextAndPreviousStopAtTheEnds()
    {
        QSignalSpy rows(m_workbench.get(), &Workbench::currentRowChanged);
        QSignalSpy tasks(m_workbench.get(), &Workbench::taskChanged);
        m_workbench->nextTask(1);
        QCOMPARE(m_workbench->currentRow(), 1);
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-002"));
        QCOMPARE(m_workbench->session()->task().id, QStringLiteral("demo-002"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().first().toInt(), 1);
        QCOMPARE(tasks.size(), 1);
        m_workbench->nextTask(-1);
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-001"));
        m_workbench->nextTask(-1);
        QCOMPARE(m_workbench->currentRow(), 0);
        QCOMPARE(tasks.size(), 2);
        m_workbench->selectRow(35);
        m_workbench->nextTask(1);
        QCOMPARE(m_workbench->currentRow(), 35);
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-036"));
    }

    void submitStoresAndOpensTheNextUnfinished()
    {
        // demo-002 skipped: the next unfinished after demo-001 is demo-003.
        m_workbench->selectRow(1);
        QVERIFY(m_workbench->skip(QStringLiteral("Not my language")));
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-003"));
        m_workbench->selectRow(0);

        QSignalSpy submitted(m_workbench.get(), &Workbench::submitted);
        QSignalSpy counts(m_workbench.get(), &Workbench::countsChanged);
        answerAsKim();
        QVERIFY(m_workbench->submit());
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.first().first().toString(), QStringLiteral("demo-001"));
        QVERIFY(!counts.isEmpty());
        QCOMPARE(stored(QStringLiteral("demo-001")).status, AnnotationStatus::Submitted);
        QCOMPARE(stored(QStringLiteral("demo-001")).revision, 1);
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-003"));
        QCOMPARE(m_workbench->currentRow(), 2);
        QCOMPARE(m_workbench->counts().done, 1);
        QCOMPARE(m_workbench->counts().skipped, 1);
        QCOMPARE(m_workbench->queue()->index(0, QueueModel::StatusColumn).data(QueueModel::StatusRole).toInt(),
            int(QueueStatus::Submitted));
        // Not in a calibration workspace: no gold answer to compare with.
        QVERIFY(!m_workbench->calibrationGold());
    }

    void anIncompleteSubmitStoresNothing()
    {
        QSignalSpy refused(m_workbench.get(), &Workbench::submitRefused);
        m_workbench->session()->setRanking(QStringLiteral("overall"), {{QStringLiteral("b")}, {QStringLiteral("a")}});
        QVERIFY(!m_workbench->submit());
        QCOMPARE(refused.size(), 1);
        QVERIFY(!refused.first().first().value<QList<Error>>().isEmpty());
        // The edit is a draft; the task stays open.
        QCOMPARE(stored(QStringLiteral("demo-001")).status, AnnotationStatus::Draft);
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-001"));
        QCOMPARE(m_workbench->counts().done, 0);
        QCOMPARE(m_workbench->counts().drafts, 1);
    }

    void skipAndEscalateKeepTheirNoteAndMoveOn()
    {
        QVERIFY(m_workbench->skip(QStringLiteral("Cannot read Rust")));
        QCOMPARE(stored(QStringLiteral("demo-001")).status, AnnotationStatus::Skipped);
        QCOMPARE(stored(QStringLiteral("demo-001")).note, QStringLiteral("Cannot read Rust"));
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-002"));
        QVERIFY(m_workbench->escalate(QStringLiteral("Is this a real address?")));
        QCOMPARE(stored(QStringLiteral("demo-002")).status, AnnotationStatus::Escalated);
        QCOMPARE(stored(QStringLiteral("demo-002")).note, QStringLiteral("Is this a real address?"));
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-003"));
        QCOMPARE(m_workbench->counts().skipped, 1);
        QCOMPARE(m_workbench->counts().escalated, 1);
        // Back on a skipped task, the session holds what was stored.
        m_workbench->selectRow(0);
        QCOMPARE(m_workbench->session()->status(), AnnotationStatus::Skipped);
    }

    void theFilterNarrowsTheQueueAndTheLastTaskEndsIt()
    {
        TaskFilter filter;
        filter.text = QStringLiteral("demo-008");
        m_workbench->setFilter(filter);
        QCOMPARE(m_workbench->queue()->rowCount(), 1);
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-008"));
        QCOMPARE(m_workbench->totalTasks(), qint64(36));

        QSignalSpy messages(m_workbench.get(), &Workbench::message);
        answerAsKim();
        QVERIFY(m_workbench->submit());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().first().toString(), QStringLiteral("Every task in the queue is finished."));
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-008"));

        // A filter nothing matches: no task is open.
        filter.text = QStringLiteral("no such task");
        m_workbench->setFilter(filter);
        QCOMPARE(m_workbench->queue()->rowCount(), 0);
        QVERIFY(m_workbench->task().id.isEmpty());
        QVERIFY(!m_workbench->session());
        QCOMPARE(m_workbench->currentRow(), -1);
        m_workbench->setFilter({});
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-001"));
    }

    void anotherPersonHasTheirOwnQueueAndAnnotations()
    {
        answerAsKim();
        QVERIFY(m_workbench->submit());
        m_workbench->selectRow(0);
        QCOMPARE(m_workbench->session()->status(), AnnotationStatus::Submitted);
        QSignalSpy sessions(m_workbench.get(), &Workbench::sessionChanged);
        m_workbench->setPerson(QStringLiteral("lee"));
        QCOMPARE(m_workbench->person(), QStringLiteral("lee"));
        QVERIFY(!sessions.isEmpty());
        // The same task stays open, now as lee's (not started).
        QCOMPARE(m_workbench->task().id, QStringLiteral("demo-001"));
        QCOMPARE(m_workbench->session()->annotation().annotator, QStringLiteral("lee"));
        QCOMPARE(m_workbench->session()->status(), AnnotationStatus::Draft);
        QVERIFY(!m_workbench->session()->isStored());
        QCOMPARE(m_workbench->counts().done, 0);
    }

    void activeTimeIsStoredWithTheAnnotation()
    {
        m_workbench->session()->setRanking(QStringLiteral("overall"), {{QStringLiteral("a")}});
        m_workbench->addActiveSeconds(20); // past the 15 seconds after which it is written
        QCOMPARE(stored(QStringLiteral("demo-001")).activeSeconds, 20.0);
        m_workbench->addActiveSeconds(3);
        QCOMPARE(stored(QStringLiteral("demo-001")).activeSeconds, 20.0);
        m_workbench->nextTask(1); // leaving the task writes what was counted
        QCOMPARE(stored(QStringLiteral("demo-001")).activeSeconds, 23.0);
    }

    void closingLetsTheSessionGoFirst()
    {
        QPointer<AnnotationSession> session = m_workbench->session();
        bool sessionAliveWhenToldOfClosing = false;
        QObject context;
        connect(m_workbench.get(), &Workbench::sessionChanged, &context,
            [&] { sessionAliveWhenToldOfClosing = !m_workbench->session() && !session.isNull(); });
        QSignalSpy closing(m_workbench.get(), &Workbench::projectClosing);
        m_workbench->close();
        QVERIFY(sessionAliveWhenToldOfClosing);
        QVERIFY(!session);
        QCOMPARE(closing.size(), 1);
        QVERIFY(!m_workbench->project());
        QVERIFY(!m_workbench->saveQueue());
    }

private:
    // Kim's answers to the open task in the demo's sample work.
    void answerAsKim()
    {
        const QString task = m_workbench->task().id;
        const auto sample = demo::sampleAnnotations();
        QVERIFY(sample.ok());
        for (const Annotation &a : *sample) {
            if (a.taskId != task || a.annotator != u"kim")
                continue;
            const Rubric &rubric = m_workbench->session()->rubric();
            for (const auto &[criterion, value] : a.answers.items()) {
                const QString key = QString::fromStdString(criterion);
                m_workbench->session()->apply(key, {}, answers::fromJson(*rubric.criterion(key), value));
            }
            return;
        }
        QFAIL(qPrintable(u"no sample answer for " + task));
    }

    Annotation stored(const QString &task) const
    {
        const auto found = m_workbench->project()->annotations().find(task, QStringLiteral("kim"));
        return found.ok() && found.value() ? *found.value() : Annotation();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workbench> m_workbench;
};

QTEST_GUILESS_MAIN(TestWorkbench)
#include "tst_workbench.moc"
