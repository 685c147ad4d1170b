#include "codecs/rubricjson.h"
#include "testutil.h"

using namespace verdict;

namespace { } // namespace

class TestRubricStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_project = testutil::newProject(m_dir); }
    void cleanup() { m_project.reset(); }

    void publishAssignsVersionsInOrder()
    {
        Rubric rubric = testutil::allKindsRubric();
        auto first = m_project->rubrics().publish(rubric, QStringLiteral("First"), QStringLiteral("ana"));
        QVERIFY(first.ok());
        QVERIFY(first->created);
        QCOMPARE(first->rubric.version, 1);
        QCOMPARE(first->rubric.status, RubricStatus::Published);

        rubric.title = QStringLiteral("Helpful, second take");
        auto second = m_project->rubrics().publish(rubric, QStringLiteral("Retitled"), QStringLiteral("ana"));
        QVERIFY(second.ok());
        QCOMPARE(second->rubric.version, 2);

        const auto latest = m_project->rubrics().latest(rubric.id);
        QVERIFY(latest.ok() && latest.value());
        QCOMPARE(latest.value()->version, 2);
        QCOMPARE(latest.value()->changelog, QStringLiteral("Retitled"));
        QVERIFY(latest.value()->sameContent(rubric));
        const auto v1 = m_project->rubrics().get(rubric.id, 1);
        QVERIFY(v1.ok() && v1.value());
        QCOMPARE(v1.value()->title, QStringLiteral("Helpful"));

        const auto events = m_project->audit().recent(1);
        QCOMPARE(events->first().action, QStringLiteral("publish"));
        QCOMPARE(events->first().actor, QStringLiteral("ana"));
    }

    void publishingTheSameContentChangesNothing()
    {
        const Rubric rubric = testutil::allKindsRubric();
        QVERIFY(m_project->rubrics().publish(rubric, {}, {}).ok());
        const auto again = m_project->rubrics().publish(rubric, {}, {});
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->rubric.version, 1);
        QCOMPARE(m_project->rubrics().all()->size(), 1);
    }

    void explicitVersionsMustBeNextOrIdentical()
    {
        Rubric rubric = testutil::allKindsRubric();
        rubric.version = 3;
        auto skipped = m_project->rubrics().publish(rubric, {}, {});
        QVERIFY(!skipped.ok());
        QCOMPARE(
            skipped.error().message, QStringLiteral("rubric helpful can only be published as version 1 next, not 3"));
        rubric.version = 1;
        QVERIFY(m_project->rubrics().publish(rubric, {}, {}).ok());
        const auto same = m_project->rubrics().publish(rubric, {}, {});
        QVERIFY(same.ok() && !same->created);
        rubric.title = QStringLiteral("Changed");
        const auto conflict = m_project->rubrics().publish(rubric, {}, {});
        QVERIFY(!conflict.ok());
        QVERIFY(conflict.error().message.contains(u"already published with other content"));
    }

    void publishedVersionsNeverChange()
    {
        QVERIFY(m_project->rubrics().publish(testutil::allKindsRubric(), {}, {}).ok());
        Database &db = m_project->database();
        const auto update = db.exec(QStringLiteral("UPDATE rubric SET title = 'x'"));
        QVERIFY(!update.ok());
        QVERIFY(update.error().message.contains(u"a published rubric version cannot change"));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM rubric")).ok());
    }

    void draftBecomesTheNextVersion()
    {
        Rubric rubric = testutil::allKindsRubric();
        QVERIFY(m_project->rubrics().publish(rubric, {}, {}).ok());
        rubric.guidelines = QStringLiteral("# Updated");
        auto draft = m_project->rubrics().saveDraft(rubric);
        QVERIFY(draft.ok());
        QCOMPARE(draft->version, 2);
        QCOMPARE(draft->status, RubricStatus::Draft);
        rubric.guidelines = QStringLiteral("# Updated again");
        QVERIFY(m_project->rubrics().saveDraft(rubric).ok());
        QCOMPARE(m_project->rubrics().get(rubric.id, 2)->value().guidelines, QStringLiteral("# Updated again"));
        QCOMPARE(m_project->rubrics().latest(rubric.id)->value().version, 1); // drafts are not published
        QCOMPARE(m_project->rubrics().draft(rubric.id)->value().guidelines, QStringLiteral("# Updated again"));
        auto published = m_project->rubrics().publish(rubric, QStringLiteral("Guidelines"), {});
        QVERIFY(published.ok());
        QCOMPARE(published->rubric.version, 2);
        QCOMPARE(m_project->rubrics().all()->size(), 2);
        QVERIFY(!m_project->rubrics().draft(rubric.id)->has_value());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestRubricStore)
#include "tst_rubricstore.moc"
