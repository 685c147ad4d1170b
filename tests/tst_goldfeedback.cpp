#include "codecs/jsonfields.h"
#include "common/appsettings.h"
#include "dialogs/goldfeedbackdialog.h"
#include "export/batchexporter.h"
#include "import/importer.h"
#include "testutil.h"
#include "workbench/annotationsession.h"
#include "workbench/mainwindow.h"
#include "workbench/taskview.h"
#include "workbench/workbench.h"
#include "workflow/demo.h"
#include "workflow/goldfeedback.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace verdict;
using nlohmann::json;

class TestGoldFeedback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-goldfeedback-test"));
        AppSettings::setPerson(QStringLiteral("noor"));
        QVERIFY(m_dir.isValid());
        auto lead = demo::createWithSampleWork(m_dir.filePath(QStringLiteral("lead.verdict")));
        QVERIFY(lead.ok());
        m_lead = std::move(lead).value();
        const auto rubric = m_lead->rubrics().latest(QStringLiteral("helpful-safe"));
        QVERIFY(rubric.ok() && rubric.value());
        m_rubric = *rubric.value();
    }

    void comparesCriterionByCriterion()
    {
        GoldAnswer gold;
        const json bFirst = json::array({json::array({"b"}), json::array({"a"})});
        gold.answers = {{"overall", bFirst}, {"helpfulness", {{"a", 4}, {"b", 2}}},
            {"refusal", {{"a", "harmful-compliance"}, {"b", "appropriate-refusal"}}}};
        // Same ranking, ratings 1 below and 1 above, and a refusal not given.
        Annotation yours;
        yours.answers = {{"overall", bFirst}, {"helpfulness", {{"a", 3}, {"b", 3}}}};
        const QList<GoldFeedbackItem> items = goldFeedback(m_rubric, yours, gold);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).criterion->key, QStringLiteral("overall"));
        QVERIFY(items.at(0).same);
        QCOMPARE(items.at(1).criterion->key, QStringLiteral("helpfulness"));
        QVERIFY(!items.at(1).same);
        QCOMPARE(items.at(1).ratingDifference.value(QStringLiteral("a")), -1);
        QCOMPARE(items.at(1).ratingDifference.value(QStringLiteral("b")), 1);
        QCOMPARE(items.at(2).criterion->key, QStringLiteral("refusal"));
        QVERIFY(!items.at(2).same);
        QVERIFY(items.at(2).yours.isNull());
        QCOMPARE(items.at(1).yours.response(QStringLiteral("a")).rating(), std::optional<int>(3));
        QCOMPARE(items.at(1).gold.response(QStringLiteral("a")).rating(), std::optional<int>(4));
        QCOMPARE(items.at(2).differingResponses, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(items.at(1).differingResponses, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        // A tie's order inside it does not count.
        gold.answers = {{"overall", json::array({json::array({"a", "b"})})}};
        Annotation tie;
        tie.answers = {{"overall", json::array({json::array({"b", "a"})})}};
        QVERIFY(goldFeedback(m_rubric, tie, gold).at(0).same);
    }

    void aCalibrationWorkspaceShowsGoldAfterEachSubmit()
    {
        auto window = openWorkspace(true);
        QVERIFY(window);
        QCOMPARE(window->taskView()->task().id, QStringLiteral("demo-003"));
        submitLikeKimWithOneRefusalChanged(*window);

        auto *dialog = window->findChild<GoldFeedbackDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        // The gold answer of demo-003 covers the ranking and the refusal; the refusal differs.
        QCOMPARE(dialog->compared(), 2);
        QCOMPARE(dialog->matched(), 1);
        const QTableWidget *table = dialog->table();
        QCOMPARE(table->item(0, 0)->text(), m_rubric.criterion(QStringLiteral("overall"))->title);
        QVERIFY(table->item(0, 3)->text().contains(u"Same"));
        QVERIFY(table->item(1, 3)->text().contains(u"Different"));
        QVERIFY2(table->item(1, 3)->text().endsWith(u"(A)"), qPrintable(table->item(1, 3)->text())); // only A differs
        QVERIFY(table->item(1, 1)->text() != table->item(1, 2)->text());
        // The submit is stored as given, and the workbench moved on behind the dialog.
        const auto stored
            = window->workbench().project()->annotations().find(QStringLiteral("demo-003"), QStringLiteral("noor"));
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->status, AnnotationStatus::Submitted);
        QCOMPARE(window->taskView()->task().id, QStringLiteral("demo-001"));
        // VERDICT_GRAB_DIR: where to save what the trainer sees, for a look.
        if (const QString grab = qEnvironmentVariable("VERDICT_GRAB_DIR"); !grab.isEmpty())
            QVERIFY(dialog->grab().save(grab + u"/gold-feedback.png"));
        // Enter closes it.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!window->findChild<GoldFeedbackDialog *>());
    }

    void anOrdinaryWorkspaceKeepsGoldHidden()
    {
        auto window = openWorkspace(false);
        QVERIFY(window);
        // The same gold answer is in the project (imported as a gold batch), yet nothing is shown.
        QVERIFY(window->workbench().project()->gold().get(QStringLiteral("demo-003")).value().has_value());
        submitLikeKimWithOneRefusalChanged(*window);
        QCOMPARE(window->taskView()->task().id, QStringLiteral("demo-001"));
        QTest::qWait(50);
        QVERIFY(!window->findChild<GoldFeedbackDialog *>());
    }

private:
    // A workspace holding demo-003 (a gold task) and demo-001, from a
    // calibration assignment, or from a plain one plus a gold batch.
    std::unique_ptr<MainWindow> openWorkspace(bool calibration)
    {
        static int n = 0;
        const QString batch = m_dir.filePath(QStringLiteral("assignment-%1.jsonl").arg(n));
        AssignmentSpec spec;
        spec.annotator = QStringLiteral("noor");
        spec.taskIds = {QStringLiteral("demo-003"), QStringLiteral("demo-001")};
        spec.rubricId = m_rubric.id;
        spec.rubricVersion = m_rubric.version;
        spec.withGold = calibration;
        if (!BatchExporter(*m_lead).writeAssignment(spec, batch, {}).ok())
            return nullptr;
        const QString path = m_dir.filePath(QStringLiteral("noor-%1.verdict").arg(n++));
        {
            auto workspace = Project::create(path, QStringLiteral("noor"));
            if (!workspace.ok() || !Importer(**workspace).importFile(batch, {}).ok())
                return nullptr;
            if (!calibration) {
                const QString gold = m_dir.filePath(QStringLiteral("gold-%1.jsonl").arg(n));
                if (!BatchExporter(*m_lead).writeGold(gold, {}).ok()
                    || !Importer(**workspace).importFile(gold, {}).ok())
                    return nullptr;
            }
            if ((*workspace)->isCalibrationWorkspace().value() != calibration)
                return nullptr;
        }
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openProject(path))
            return nullptr;
        QCoreApplication::processEvents();
        return window;
    }

    void submitLikeKimWithOneRefusalChanged(MainWindow &window)
    {
        const auto kim = m_lead->annotations().find(QStringLiteral("demo-003"), QStringLiteral("kim"));
        QVERIFY(kim.ok() && kim.value());
        json answers = kim.value()->answers;
        answers["refusal"]["a"] = "appropriate-answer";
        AnnotationSession *session = window.workbench().session();
        QVERIFY(session);
        for (auto it = answers.begin(); it != answers.end(); ++it)
            session->apply(fromStd(it.key()), QString(),
                verdict::answers::fromJson(*session->rubric().criterion(fromStd(it.key())), it.value()));
        const QList<Error> problems = session->problems();
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.constFirst().toString()));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_lead;
    Rubric m_rubric;
};

QTEST_MAIN(TestGoldFeedback)
#include "tst_goldfeedback.moc"
