#include "testutil.h"

using namespace verdict;

class TestGoldStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_project = testutil::newProject(m_dir);
        for (const char *id : {"t-1", "t-2"})
            QVERIFY(m_project->tasks().insert(testutil::task(QLatin1StringView(id), QStringLiteral("Q"))).ok());
    }
    void cleanup() { m_project.reset(); }

    void setReplaceAndRemoveGold()
    {
        GoldAnswer gold;
        gold.taskId = QStringLiteral("t-2");
        gold.rubricId = QStringLiteral("r");
        gold.rubricVersion = 1;
        gold.answers = {{"helpfulness", {{"a", 5}, {"b", 2}}}};
        gold.rationale = QStringLiteral("A answers the question.");
        gold.author = QStringLiteral("lead-ana");
        QVERIFY(m_project->gold().set(gold).ok());
        auto read = m_project->gold().get(QStringLiteral("t-2"));
        QVERIFY(read.ok() && read.value());
        QCOMPARE(testutil::jsonText(read.value()->answers), testutil::jsonText(gold.answers));
        QCOMPARE(read.value()->rationale, gold.rationale);
        QVERIFY(read.value()->createdAt.isValid());

        gold.answers["helpfulness"]["b"] = 1;
        QVERIFY(m_project->gold().set(gold).ok());
        QCOMPARE(*m_project->gold().count(), qint64(1));
        QCOMPARE(m_project->gold().all()->first().answers["helpfulness"]["b"].get<int>(), 1);
        QVERIFY(!m_project->gold().get(QStringLiteral("t-1"))->has_value());
        QCOMPARE(m_project->audit().recent(1)->first().action, QStringLiteral("gold"));

        QVERIFY(m_project->gold().remove(QStringLiteral("t-2")).ok());
        QCOMPARE(*m_project->gold().count(), qint64(0));
    }

    void goldForAnUnknownTaskIsRefused()
    {
        GoldAnswer gold;
        gold.taskId = QStringLiteral("t-9");
        const auto set = m_project->gold().set(gold);
        QVERIFY(!set.ok());
        QCOMPARE(set.error().message, QStringLiteral("no task with id t-9"));
        QCOMPARE(*m_project->gold().count(), qint64(0));
    }

    void adjudicationsPerTaskAndCriterion()
    {
        Adjudication d;
        d.taskId = QStringLiteral("t-1");
        d.criterion = QStringLiteral("overall");
        d.answer = nlohmann::json::array({nlohmann::json::array({"b"}), nlohmann::json::array({"a"})});
        d.source = DecisionSource::Annotator;
        d.sourceAnnotator = QStringLiteral("kim");
        d.decidedBy = QStringLiteral("lead-ana");
        QVERIFY(m_project->adjudications().set(d).ok());
        d.criterion = QStringLiteral("helpfulness");
        d.answer = {{"a", 3}, {"b", 4}};
        d.source = DecisionSource::Lead;
        d.sourceAnnotator.clear();
        d.rationale = QStringLiteral("Both raters missed the bug in A.");
        d.example = true;
        QVERIFY(m_project->adjudications().set(d).ok());

        const auto forTask = m_project->adjudications().forTask(QStringLiteral("t-1"));
        QVERIFY(forTask.ok());
        QCOMPARE(forTask->size(), 2);
        QCOMPARE(forTask->at(0).criterion, QStringLiteral("helpfulness")); // ordered by criterion
        QCOMPARE(forTask->at(0).source, DecisionSource::Lead);
        QVERIFY(forTask->at(0).example);
        QCOMPARE(forTask->at(1).sourceAnnotator, QStringLiteral("kim"));

        // A second decision on the same criterion replaces the first.
        d.answer = {{"a", 2}, {"b", 4}};
        QVERIFY(m_project->adjudications().set(d).ok());
        QCOMPARE(m_project->adjudications().all()->size(), 2);
        const auto one = m_project->adjudications().get(QStringLiteral("t-1"), QStringLiteral("helpfulness"));
        QCOMPARE(one->value().answer["a"].get<int>(), 2);
        QCOMPARE(m_project->audit().recent(1)->first().action, QStringLiteral("adjudicate"));

        QVERIFY(m_project->adjudications().remove(QStringLiteral("t-1"), QStringLiteral("overall")).ok());
        QCOMPARE(m_project->adjudications().all()->size(), 1);
        QCOMPARE(m_project->info()->adjudications, qint64(1));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestGoldStore)
#include "tst_goldstore.moc"
