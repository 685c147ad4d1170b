#include "codecs/rubricjson.h"
#include "editors/criterioneditor.h"
#include "editors/rankingmodel.h"
#include "lead/adjudicationqueuemodel.h"
#include "lead/adjudicationwindow.h"
#include "testutil.h"
#include "workbench/annotationsession.h"
#include "workbench/responseview.h"
#include "workbench/taskview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace verdict;
using nlohmann::json;

namespace {

json ranking(const char *first, const char *second)
{
    return json::array({json::array({first}), json::array({second})});
}

json span(int start, int end)
{
    return json{{"start", start}, {"end", end}, {"label", "wrong"}};
}

} // namespace

class TestAdjudicationWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_project = testutil::newProject(m_dir);
        QVERIFY(m_project->rubrics().publish(testutil::allKindsRubric(), {}, {}).ok());
        for (const char *id : {"t-2", "t-3", "t-4", "t-6"})
            QVERIFY(m_project->tasks().insert(testutil::task(QLatin1StringView(id), QStringLiteral("Q"))).ok());
        // t-2: the ranking 2–1, the rating of b 1, 2, 3.
        put("t-2", "ann", {{"overall", ranking("a", "b")}, {"helpfulness", {{"a", 3}, {"b", 1}}}});
        put("t-2", "bob", {{"overall", ranking("a", "b")}, {"helpfulness", {{"a", 3}, {"b", 2}}}});
        put("t-2", "cat", {{"overall", ranking("b", "a")}, {"helpfulness", {{"a", 3}, {"b", 3}}}});
        // t-3: opposite rankings.
        put("t-3", "ann", {{"overall", ranking("a", "b")}, {"rationale", "A answers it."}});
        put("t-3", "bob", {{"overall", ranking("b", "a")}, {"rationale", "B is safer."}});
        // t-4: escalated by one person.
        put("t-4", "ann", {{"overall", ranking("a", "b")}});
        put("t-4", "bob", {}, AnnotationStatus::Escalated, QStringLiteral("Real phone number?"));
        // t-6: different spans.
        put("t-6", "ann", {{"overall", ranking("a", "b")}, {"hallucination", {{"a", json::array({span(0, 4)})}}}});
        put("t-6", "bob", {{"overall", ranking("a", "b")}, {"hallucination", {{"a", json::array({span(6, 9)})}}}});
    }
    void cleanup() { m_project.reset(); }

    void decideFromTheKeyboardWithUndo()
    {
        AdjudicationWindow window(m_project.get(), QStringLiteral("lead"));
        QSignalSpy ready(&window, &AdjudicationWindow::queueReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.size(), 1);
        QAbstractItemModelTester tester(window.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList order;
        for (const QueueEntry &e : window.queueModel()->entries())
            order << e.taskId + u'/' + e.criterion;
        QCOMPARE(order.first(), QStringLiteral("t-4/")); // the escalation first
        QCOMPARE(order.mid(1, 1), QStringList{QStringLiteral("t-3/overall")}); // disagreement 1
        QVERIFY(order.contains(QStringLiteral("t-6/hallucination")));
        QVERIFY(order.contains(QStringLiteral("t-2/helpfulness")));

        // Down to t-3, pick bob's answer with Ctrl+2 and accept it with Ctrl+Return.
        window.queueView()->setFocus();
        QTest::keyClick(window.queueView(), Qt::Key_Down);
        QCOMPARE(window.taskView()->task().id, QStringLiteral("t-3"));
        QCOMPARE(window.answersTable()->rowCount(), 2);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        auto decided = m_project->adjudications().get(QStringLiteral("t-3"), QStringLiteral("overall"));
        QVERIFY(decided.ok() && decided.value());
        QCOMPARE(decided.value()->source, DecisionSource::Annotator);
        QCOMPARE(decided.value()->sourceAnnotator, QStringLiteral("bob"));
        QCOMPARE(decided.value()->decidedBy, QStringLiteral("lead"));
        QVERIFY(window.queueModel()->entryAt(1)->decided);

        // Undo and redo by key.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!m_project->adjudications().get(QStringLiteral("t-3"), QStringLiteral("overall"))->has_value());
        QVERIFY(!window.queueModel()->entryAt(1)->decided);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_project->adjudications().get(QStringLiteral("t-3"), QStringLiteral("overall"))->has_value());

        // Promoting to gold needs a rationale.
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        QVERIFY(window.message().contains(u"rationale"));
        QVERIFY(!m_project->gold().get(QStringLiteral("t-3"))->has_value());
        QTest::keyClicks(window.rationaleEdit(), QStringLiteral("B refuses safely."));
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        const auto gold = m_project->gold().get(QStringLiteral("t-3"));
        QVERIFY(gold.ok() && gold.value());
        QCOMPARE(testutil::jsonText(gold.value()->answers), testutil::jsonText(json{{"overall", ranking("b", "a")}}));
        QCOMPARE(gold.value()->rationale, QStringLiteral("B refuses safely."));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!m_project->gold().get(QStringLiteral("t-3"))->has_value());
    }

    void overridingTheMajorityNeedsARationale()
    {
        AdjudicationWindow window(m_project.get(), QStringLiteral("lead"));
        QSignalSpy ready(&window, &AdjudicationWindow::queueReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.size(), 1);
        // Under "everyone agrees", t-2's 2–1 ranking needs a decision.
        QComboBox *rule = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Consensus rule")
                rule = box;
        }
        QVERIFY(rule);
        rule->setCurrentIndex(1);
        QTRY_COMPARE(ready.size(), 2);
        const int row = window.queueModel()->rowOf(QStringLiteral("t-2"), QStringLiteral("overall"));
        QVERIFY(row >= 0);
        window.selectEntry(row);
        window.selectAnnotator(2); // cat, the one who ranked b first
        QVERIFY(!window.acceptSelected());
        QCOMPARE(window.message(), QStringLiteral("this overrides the majority (ann, bob): say why in the rationale"));
        QCOMPARE(QApplication::focusWidget(), window.rationaleEdit());
        QTest::keyClicks(window.rationaleEdit(), QStringLiteral("A leaks the phone number."));
        window.exampleBox()->setChecked(true);
        window.selectAnnotator(2);
        QVERIFY(window.acceptSelected());
        const auto decided = m_project->adjudications().get(QStringLiteral("t-2"), QStringLiteral("overall"));
        QCOMPARE(decided->value().rationale, QStringLiteral("A leaks the phone number."));
        QVERIFY(decided->value().example);

        const QString catalogue = m_dir.filePath(QStringLiteral("edge-cases.md"));
        QVERIFY(window.exportEdgeCases(catalogue));
        QFile file(catalogue);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"### Task t-2"));
        QVERIFY(text.contains(u"Why: A leaks the phone number."));
    }

    void ownAnswersAndMergedSpans()
    {
        AdjudicationWindow window(m_project.get(), QStringLiteral("lead"));
        QSignalSpy ready(&window, &AdjudicationWindow::queueReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.size(), 1);

        // A rating of the lead's own, started from ann's.
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-2"), QStringLiteral("helpfulness")));
        window.selectAnnotator(0);
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(window.ownAnswer());
        QCOMPARE(window.ownAnswer()->rating(QStringLiteral("helpfulness"), QStringLiteral("b")), std::optional<int>(1));
        window.ownAnswer()->setRating(QStringLiteral("helpfulness"), QStringLiteral("b"), 2);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        auto decided = m_project->adjudications().get(QStringLiteral("t-2"), QStringLiteral("helpfulness"));
        QVERIFY(decided->has_value());
        QCOMPARE(decided->value().source, DecisionSource::Lead);
        QCOMPARE(testutil::jsonText(decided->value().answer), testutil::jsonText(json{{"a", 3}, {"b", 2}}));
        // The lead's own answer is not an annotation.
        QVERIFY(!m_project->annotations().find(QStringLiteral("t-2"), QStringLiteral("lead"))->has_value());

        // Both people's spans, merged.
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-6"), QStringLiteral("hallucination")));
        window.answersTable()->selectAll();
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(window.ownAnswer()->spans(QStringLiteral("hallucination"), QStringLiteral("a")).size(), 2);
        // Both people's spans and the merged answer are drawn on response A.
        QCOMPARE(window.taskView()->responseView(0)->spans().size(), 4);
        QVERIFY(window.decideWithOwnAnswer());
        decided = m_project->adjudications().get(QStringLiteral("t-6"), QStringLiteral("hallucination"));
        QCOMPARE(testutil::jsonText(decided->value().answer),
            testutil::jsonText(json{{"a", json::array({span(0, 4), span(6, 9)})}}));
    }

    void overlayColoursMatchTheAnswersTable()
    {
        // ann's answer to the spans criterion is an explicit null: the table leaves
        // her out, and the spans drawn on the response keep the table's colours.
        QVERIFY(m_project->tasks().insert(testutil::task(QStringLiteral("t-7"), QStringLiteral("Q"))).ok());
        put("t-7", "ann", {{"overall", ranking("a", "b")}, {"hallucination", nullptr}});
        put("t-7", "bob", {{"overall", ranking("a", "b")}, {"hallucination", {{"a", json::array({span(0, 4)})}}}});
        put("t-7", "cat", {{"overall", ranking("a", "b")}, {"hallucination", {{"a", json::array({span(6, 9)})}}}});
        AdjudicationWindow window(m_project.get(), QStringLiteral("lead"));
        QSignalSpy ready(&window, &AdjudicationWindow::queueReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.size(), 1);

        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-7"), QStringLiteral("hallucination")));
        QCOMPARE(window.answersTable()->rowCount(), 2);
        const QHash<QString, SpanStyle> &styles = window.taskView()->responseView(0)->spanStyles();
        QCOMPARE(styles.size(), 2);
        for (int row = 0; row < 2; ++row) {
            const QTableWidgetItem *who = window.answersTable()->item(row, 0);
            const QString key = who->text() + u'\x1f' + u"wrong";
            QVERIFY2(styles.contains(key), qPrintable(key));
            QCOMPARE(styles.value(key).color, who->foreground().color());
        }
    }

    void editMenuUndoesAndRedoesEveryStep()
    {
        AdjudicationWindow window(m_project.get(), QStringLiteral("lead"));
        QSignalSpy ready(&window, &AdjudicationWindow::queueReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.size(), 1);
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undo"));
        QAction *redo = window.findChild<QAction *>(QStringLiteral("redo"));
        QVERIFY(undo && redo);
        const auto decided = [this](const char *task, const char *criterion) {
            const auto d = m_project->adjudications().get(QLatin1StringView(task), QLatin1StringView(criterion));
            return d.ok() && d->has_value();
        };

        // Starting your answer from ann's (Ctrl+O) is a step of your answer.
        const QString helpfulness = QStringLiteral("helpfulness");
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-2"), helpfulness));
        const QString seed = testutil::jsonText(answers::toJson(window.ownAnswer()->value(helpfulness)));
        window.selectAnnotator(0);
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
        const QString anns = testutil::jsonText(json{{"a", 3}, {"b", 1}});
        QCOMPARE(testutil::jsonText(answers::toJson(window.ownAnswer()->value(helpfulness))), anns);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Start from ann's answer"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(testutil::jsonText(answers::toJson(window.ownAnswer()->value(helpfulness))), seed);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(testutil::jsonText(answers::toJson(window.ownAnswer()->value(helpfulness))), anns);

        // Deciding with it is a step of the decisions.
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(decided("t-2", "helpfulness"));
        undo->trigger();
        QVERIFY(!decided("t-2", "helpfulness"));
        redo->trigger();
        QVERIFY(decided("t-2", "helpfulness"));

        // Merging spans (Ctrl+M) is a step of your answer, and redraws the spans.
        const QString hallucination = QStringLiteral("hallucination");
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-6"), hallucination));
        window.answersTable()->selectAll();
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(window.ownAnswer()->spans(hallucination, QStringLiteral("a")).size(), 2);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Merge the spans of ann, bob"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.ownAnswer()->spans(hallucination, QStringLiteral("a")).isEmpty());
        QCOMPARE(window.taskView()->responseView(0)->spans().size(), 2);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.ownAnswer()->spans(hallucination, QStringLiteral("a")).size(), 2);
        QCOMPARE(window.taskView()->responseView(0)->spans().size(), 4);
        QVERIFY(window.decideWithOwnAnswer());
        QVERIFY(decided("t-6", "hallucination"));
        // Undo reaches your answer while the focus is in it, the decisions elsewhere.
        window.taskView()->responseView(0)->setFocus();
        QTRY_COMPARE(undo->text(), QStringLiteral("&Undo Merge the spans of ann, bob"));
        window.answersTable()->setFocus();
        QTRY_VERIFY2(undo->text().startsWith(u"&Undo Decide"), qPrintable(undo->text()));

        // Accepting bob's answer (Ctrl+Return) and promoting the task to gold (Ctrl+G).
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-3"), QStringLiteral("overall")));
        window.selectAnnotator(1);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(decided("t-3", "overall"));
        undo->trigger();
        QVERIFY(!decided("t-3", "overall"));
        redo->trigger();
        QVERIFY(decided("t-3", "overall"));
        QTest::keyClicks(window.rationaleEdit(), QStringLiteral("B refuses safely."));
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        QVERIFY(m_project->gold().get(QStringLiteral("t-3"))->has_value());
        undo->trigger();
        QVERIFY(!m_project->gold().get(QStringLiteral("t-3"))->has_value());
        redo->trigger();
        QVERIFY(m_project->gold().get(QStringLiteral("t-3"))->has_value());
    }

    void resolvingAnEscalationNeedsANote()
    {
        AdjudicationWindow window(m_project.get(), QStringLiteral("lead"));
        QSignalSpy ready(&window, &AdjudicationWindow::queueReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.size(), 1);
        window.selectEntry(0);
        QCOMPARE(window.taskView()->task().id, QStringLiteral("t-4"));
        QVERIFY(window.answersTable()->item(1, 3)->text().contains(u"Real phone number?"));
        QVERIFY(!window.resolveEscalation());
        QTest::keyClicks(window.rationaleEdit(), QStringLiteral("555 numbers are fictional."));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        const auto resolved = m_project->adjudications().get(QStringLiteral("t-4"), QString());
        QVERIFY(resolved->has_value());
        QCOMPARE(resolved->value().rationale, QStringLiteral("555 numbers are fictional."));
        QVERIFY(window.queueModel()->entryAt(0)->decided);
    }

    // The lead's answer takes the keys its editor shows, as in the workbench:
    // places in a ranking, scores in a rating, label keys on selected text.
    void keysChangeTheLeadsAnswer()
    {
        AdjudicationWindow window(m_project.get(), QStringLiteral("lead"));
        QSignalSpy ready(&window, &AdjudicationWindow::queueReady);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(ready.size(), 1);
        const QString overall = QStringLiteral("overall");

        // t-3: ann and bob disagree, so your ranking starts empty. 1 on B in the ranking list, 2 on A in its pane.
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-3"), overall));
        QVERIFY(window.ownAnswer());
        QVERIFY(window.ownAnswer()->ranking(overall).isEmpty());
        auto *list = window.findChild<QListView *>(QStringLiteral("rankingList"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible()); // the editor of each entry is shown by the event loop
        list->setFocus();
        list->setCurrentIndex(list->model()->index(1, 0));
        QCOMPARE(list->currentIndex().data(RankingModel::ResponseIdRole).toString(), QStringLiteral("b"));
        press(Qt::Key_1);
        QCOMPARE(window.ownAnswer()->ranking(overall), (Ranking{{QStringLiteral("b")}}));
        window.taskView()->focusResponse(0);
        press(Qt::Key_2);
        QCOMPARE(window.ownAnswer()->ranking(overall), (Ranking{{QStringLiteral("b")}, {QStringLiteral("a")}}));
        press(Qt::Key_Equal);
        QCOMPARE(window.ownAnswer()->ranking(overall), (Ranking{{QStringLiteral("b"), QStringLiteral("a")}}));
        window.ownAnswer()->undoStack()->undo();
        press(Qt::Key_0);
        QCOMPARE(window.ownAnswer()->ranking(overall), (Ranking{{QStringLiteral("b")}}));

        // t-2: no answer has a majority, so yours starts empty; 2 on A's row scores A 2.
        const QString helpfulness = QStringLiteral("helpfulness");
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-2"), helpfulness));
        QVERIFY(!window.ownAnswer()->rating(helpfulness, QStringLiteral("a")));
        auto *rating = window.findChild<CriterionEditor *>(u"criterion-" + helpfulness);
        QTRY_VERIFY(rating->isVisible());
        rating->focusEditor();
        press(Qt::Key_2);
        QCOMPARE(window.ownAnswer()->rating(helpfulness, QStringLiteral("a")), std::optional<int>(2));

        // t-6: "Response" selected in A and W tags it; Delete in the span list removes it.
        const QString hallucination = QStringLiteral("hallucination");
        window.selectEntry(window.queueModel()->rowOf(QStringLiteral("t-6"), hallucination));
        QVERIFY(window.ownAnswer()->spans(hallucination, QStringLiteral("a")).isEmpty());
        QTRY_VERIFY(window.findChild<CriterionEditor *>(u"criterion-" + hallucination)->isVisible());
        window.taskView()->focusResponse(0);
        window.taskView()->responseView(0)->selectCodePoints(0, 8);
        press(Qt::Key_W);
        QCOMPARE(window.ownAnswer()->spans(hallucination, QStringLiteral("a")),
            (QList<Span>{Span{0, 8, QStringLiteral("wrong")}}));
        auto *spans = window.findChild<QListView *>(QStringLiteral("spanList"));
        QVERIFY(spans);
        spans->setFocus();
        spans->setCurrentIndex(spans->model()->index(0, 0));
        press(Qt::Key_Delete);
        QVERIFY(window.ownAnswer()->spans(hallucination, QStringLiteral("a")).isEmpty());
    }

private:
    static void press(Qt::Key key)
    {
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), key);
    }

    void put(const char *task, const char *who, json answers, AnnotationStatus status = AnnotationStatus::Submitted,
        const QString &note = {})
    {
        Annotation a;
        a.taskId = QLatin1StringView(task);
        a.annotator = QLatin1StringView(who);
        a.rubricId = QStringLiteral("helpful");
        a.rubricVersion = 1;
        a.answers = std::move(answers);
        a.status = status;
        a.note = note;
        a.revision = 1;
        a.activeSeconds = 42;
        QVERIFY(m_project->annotations().store(a).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_MAIN(TestAdjudicationWindow)
#include "tst_adjudicationwindow.moc"
