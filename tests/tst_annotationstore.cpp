#include "testutil.h"

using namespace verdict;

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_project = testutil::newProject(m_dir);
        QVERIFY(m_project->tasks().insert(testutil::task(QStringLiteral("t-1"), QStringLiteral("Q"))).ok());
    }
    void cleanup() { m_project.reset(); }

    void draftThenSubmit()
    {
        Annotation a;
        a.taskId = QStringLiteral("t-1");
        a.annotator = QStringLiteral("kim");
        a.rubricId = QStringLiteral("helpful");
        a.rubricVersion = 3;
        a.answers = {{"helpfulness", {{"a", 4}}}};
        a.activeSeconds = 12.5;
        QVERIFY(m_project->annotations().save(a).ok());
        QCOMPARE(a.revision, 0);
        QVERIFY(a.startedAt.isValid());
        QVERIFY(!a.submittedAt.isValid());

        auto stored = m_project->annotations().find(QStringLiteral("t-1"), QStringLiteral("kim"));
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->status, AnnotationStatus::Draft);
        QCOMPARE(testutil::jsonText(stored.value()->answers), testutil::jsonText(a.answers));
        QCOMPARE(stored.value()->rubricVersion, 3);
        QCOMPARE(stored.value()->activeSeconds, 12.5);
        QVERIFY(m_project->annotations().history(QStringLiteral("t-1"), QStringLiteral("kim"))->isEmpty());

        const QDateTime started = a.startedAt;
        a.answers["helpfulness"]["b"] = 2;
        a.status = AnnotationStatus::Submitted;
        QVERIFY(m_project->annotations().save(a).ok());
        QCOMPARE(a.revision, 1);
        QCOMPARE(a.startedAt, started);
        QVERIFY(a.submittedAt.isValid());

        // Resubmitting raises the revision again and keeps both in the history.
        a.answers["helpfulness"]["b"] = 3;
        QVERIFY(m_project->annotations().save(a).ok());
        QCOMPARE(a.revision, 2);
        const auto history = m_project->annotations().history(QStringLiteral("t-1"), QStringLiteral("kim"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(testutil::jsonText(history->at(0).answers["helpfulness"]["b"]), QStringLiteral("2"));
        QCOMPARE(testutil::jsonText(history->at(1).answers["helpfulness"]["b"]), QStringLiteral("3"));
        QCOMPARE(history->at(1).revision, 2);

        const auto events = m_project->audit().recent(5);
        QVERIFY(events.ok());
        QCOMPARE(events->first().action, QStringLiteral("submit"));
        QCOMPARE(events->first().actor, QStringLiteral("kim"));
        QCOMPARE(testutil::jsonText(events->first().detail["revision"]), QStringLiteral("2"));
    }

    void storeKeepsImportedRevisionAndTimes()
    {
        Annotation a;
        a.taskId = QStringLiteral("t-1");
        a.annotator = QStringLiteral("lee");
        a.rubricId = QStringLiteral("helpful");
        a.rubricVersion = 1;
        a.status = AnnotationStatus::Skipped;
        a.note = QStringLiteral("Not my language");
        a.revision = 7;
        a.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        a.submittedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 5), Qt::UTC);
        a.batchId = QStringLiteral("batch-1");
        QVERIFY(m_project->annotations().store(a).ok());
        const auto stored = m_project->annotations().find(QStringLiteral("t-1"), QStringLiteral("lee"));
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->revision, 7);
        QCOMPARE(stored.value()->submittedAt, a.submittedAt);
        QCOMPARE(stored.value()->note, a.note);
        QCOMPARE(stored.value()->batchId, QStringLiteral("batch-1"));
        QCOMPARE(m_project->annotations().history(QStringLiteral("t-1"), QStringLiteral("lee"))->size(), 1);
    }

    void unknownTaskIsAnError()
    {
        Annotation a;
        a.taskId = QStringLiteral("missing");
        a.annotator = QStringLiteral("kim");
        const auto saved = m_project->annotations().save(a);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().message, QStringLiteral("no task with id missing"));
        a.taskId = QStringLiteral("t-1");
        a.annotator = QStringLiteral("  ");
        QVERIFY(!m_project->annotations().save(a).ok());
    }

    void countsByStatusAndAnnotator()
    {
        QVERIFY(m_project->tasks().insert(testutil::task(QStringLiteral("t-2"), QStringLiteral("Q2"))).ok());
        const auto put = [this](const char *task, const char *who, AnnotationStatus status) {
            Annotation a;
            a.taskId = QString::fromLatin1(task);
            a.annotator = QString::fromLatin1(who);
            a.status = status;
            QVERIFY(m_project->annotations().save(a).ok());
        };
        put("t-1", "kim", AnnotationStatus::Submitted);
        put("t-2", "kim", AnnotationStatus::Draft);
        put("t-1", "ana", AnnotationStatus::Escalated);
        const auto counts = m_project->annotations().countByStatus();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(AnnotationStatus::Submitted), 1);
        QCOMPARE(counts->value(AnnotationStatus::Draft), 1);
        QCOMPARE(counts->value(AnnotationStatus::Escalated), 1);
        const auto people = m_project->annotations().annotators();
        QVERIFY(people.ok());
        QCOMPARE(people->size(), 2);
        QCOMPARE(people->at(0).annotator, QStringLiteral("ana"));
        QCOMPARE(people->at(1).total(), 2);
        const auto forTask = m_project->annotations().forTask(QStringLiteral("t-1"));
        QCOMPARE(forTask->size(), 2);
    }

    void deletingATaskTakesItsAnnotations()
    {
        Annotation a;
        a.taskId = QStringLiteral("t-1");
        a.annotator = QStringLiteral("kim");
        QVERIFY(m_project->annotations().save(a).ok());
        QVERIFY(m_project->database().exec(QStringLiteral("DELETE FROM task")).ok());
        QVERIFY(m_project->annotations().countByStatus()->isEmpty());
    }

    void countsForOnePersonAndActiveTime()
    {
        QVERIFY(m_project->tasks().insert(testutil::task(QStringLiteral("t-2"), QStringLiteral("Q2"))).ok());
        for (const auto &[task, who, status] :
            {std::tuple{QStringLiteral("t-1"), QStringLiteral("kim"), AnnotationStatus::Submitted},
                std::tuple{QStringLiteral("t-2"), QStringLiteral("kim"), AnnotationStatus::Draft},
                std::tuple{QStringLiteral("t-1"), QStringLiteral("lee"), AnnotationStatus::Submitted}}) {
            Annotation a;
            a.taskId = task;
            a.annotator = who;
            a.status = status;
            QVERIFY(m_project->annotations().save(a).ok());
        }
        const auto counts = m_project->annotations().countByStatusFor(QStringLiteral("kim"));
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(AnnotationStatus::Submitted), 1);
        QCOMPARE(counts->value(AnnotationStatus::Draft), 1);
        QCOMPARE(counts->size(), 2);

        QVERIFY(m_project->annotations().setActiveSeconds(QStringLiteral("t-1"), QStringLiteral("kim"), 95.5).ok());
        const auto kim = m_project->annotations().find(QStringLiteral("t-1"), QStringLiteral("kim"));
        QCOMPARE(kim.value()->activeSeconds, 95.5);
        QCOMPARE(kim.value()->status, AnnotationStatus::Submitted);
        QCOMPARE(kim.value()->revision, 1);
        const auto lee = m_project->annotations().find(QStringLiteral("t-1"), QStringLiteral("lee"));
        QCOMPARE(lee.value()->activeSeconds, 0.0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
