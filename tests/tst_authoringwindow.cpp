#include "authoring/authoredlistmodel.h"
#include "authoring/authoringeditor.h"
#include "authoring/authoringwindow.h"
#include "authoring/markdowneditor.h"
#include "authoring/revisionhistory.h"
#include "authoring/turnlisteditor.h"
#include "lead/optiontable.h"
#include "lead/rubriceditor.h"
#include "lead/taxonomyeditor.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace verdict;

namespace {

AuthoredTask example(const QString &prompt)
{
    AuthoredTask t;
    t.turns << Message{QStringLiteral("user"), prompt};
    t.response = QStringLiteral("An answer.");
    t.tags
        = {{QStringLiteral("domain"), QStringLiteral("coding")}, {QStringLiteral("intent"), QStringLiteral("explain")},
            {QStringLiteral("difficulty"), QStringLiteral("easy")}, {QStringLiteral("language"), QStringLiteral("en")}};
    return t;
}

bool waitForWork(AuthoringWindow &window)
{
    if (!window.isBusy())
        return true;
    QSignalSpy done(&window, &AuthoringWindow::workFinished);
    return done.wait(20000);
}

} // namespace

class TestAuthoringWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeAMultiTurnSftExampleFromTheKeyboard()
    {
        QTemporaryDir dir;
        const QString path = testutil::newProject(dir)->path();
        auto *window = new AuthoringWindow(path, QStringLiteral("ana"));
        QAbstractItemModelTester tester(window->listModel());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitForWork(*window));
        AuthoringEditor *editor = window->editor();

        // The system prompt by its mnemonic, then the conversation, turn by turn.
        QTest::keyClick(window, Qt::Key_Y, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), editor->systemPrompt());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("You are a patient Python tutor."));
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), editor->turns()->textEdit(0));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("How do I read a file line by line?"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(editor->turns()->count(), 2);
        QCOMPARE(QApplication::focusWidget(), editor->turns()->textEdit(1));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Do you want to keep the line endings?"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("No, strip them."));
        // A stray fourth turn, added and removed again.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(editor->turns()->count(), 4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->turns()->count(), 3);

        // The ideal response, with a fenced code block the preview renders.
        QTest::keyClick(window, Qt::Key_I, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), editor->response()->editor());
        for (const char *line : {"Iterate over the file:", "", "```python",
                 "with open(path) as f:", "    for line in f:", "        print(line.rstrip())", "```"}) {
            QTest::keyClicks(QApplication::focusWidget(), QString::fromLatin1(line));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        }
        editor->response()->refreshPreview();
        QVERIFY(editor->response()->preview()->toPlainText().contains(u"for line in f:"));
        QVERIFY(!editor->response()->preview()->toPlainText().contains(u"```"));

        // Tags from the rubric's taxonomies.
        for (const Qt::Key key : {Qt::Key_D, Qt::Key_N, Qt::Key_F, Qt::Key_L}) {
            QTest::keyClick(window, key, Qt::AltModifier);
            QVERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        }
        QCOMPARE(editor->tagBox(QStringLiteral("domain"))->currentData().toString(), QStringLiteral("coding"));
        QVERIFY(editor->isModified());
        QVERIFY(window->windowTitle().contains(u'*'));

        QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!editor->isModified());
        const QString id = window->currentId();
        QVERIFY(id.startsWith(u"sft-"));
        QCOMPARE(window->listModel()->rowCount(), 1);
        QVERIFY(waitForWork(*window));

        AuthoringStore store(window->project()->database());
        const auto saved = store.load(id);
        QVERIFY(saved.ok() && saved.value());
        const AuthoredTask &task = *saved.value();
        QCOMPARE(task.author, QStringLiteral("ana"));
        QCOMPARE(task.revision, 1);
        QCOMPARE(task.systemPrompt, QStringLiteral("You are a patient Python tutor."));
        QCOMPARE(task.turns.size(), 3);
        QCOMPARE(task.turns[0].role, QStringLiteral("user"));
        QCOMPARE(task.turns[1].role, QStringLiteral("assistant"));
        QCOMPARE(task.turns[2], (Message{QStringLiteral("user"), QStringLiteral("No, strip them.")}));
        QVERIFY(task.response.contains(u"```python"));
        QCOMPARE(task.tags.size(), 4);
        QVERIFY(task.missingFields().isEmpty());
        window->close();
    }

    void everyEditIsUndoneAndRedone()
    {
        QTemporaryDir dir;
        const QString path = testutil::newProject(dir)->path();
        AuthoringWindow window(path, QStringLiteral("ana"));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForWork(window));
        AuthoringEditor *editor = window.editor();
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undo"));
        QAction *redo = window.findChild<QAction *>(QStringLiteral("redo"));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());

        // Typing is one step per word; Ctrl+Z in the field undoes in the window.
        QPlainTextEdit *system = editor->systemPrompt();
        system->setFocus();
        QTest::keyClicks(system, QStringLiteral("Be brief."));
        QCOMPARE(editor->undoStack()->count(), 2);
        QVERIFY(editor->isModified());
        QVERIFY(window.windowTitle().contains(u'*'));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Edit the system prompt"));
        QTest::keyClick(system, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(system->toPlainText(), QStringLiteral("Be"));
        QTest::keyClick(system, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(system->toPlainText(), QString());
        QVERIFY(!editor->isModified());
        QVERIFY(!window.windowTitle().contains(u'*'));
        QTest::keyClick(system, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->task().systemPrompt, QStringLiteral("Be"));
        redo->trigger();
        QCOMPARE(editor->task().systemPrompt, QStringLiteral("Be brief."));

        // A turn added, typed in and removed; a tag chosen; the response imported.
        TurnListEditor *turns = editor->turns();
        turns->textEdit(0)->setPlainText(QStringLiteral("Summarise this."));
        turns->addTurn(0);
        QCOMPARE(turns->count(), 2);
        QTest::keyClicks(turns->textEdit(1), QStringLiteral("Which text?"));
        undo->trigger();
        undo->trigger();
        QCOMPARE(turns->textEdit(1)->toPlainText(), QString());
        undo->trigger();
        QCOMPARE(turns->count(), 1);
        QCOMPARE(turns->textEdit(0)->toPlainText(), QStringLiteral("Summarise this."));
        redo->trigger();
        redo->trigger();
        QCOMPARE(turns->count(), 2);
        QCOMPARE(editor->task().turns[1].content, QStringLiteral("Which"));
        turns->removeTurn(1);
        QCOMPARE(turns->count(), 1);
        undo->trigger();
        QCOMPARE(editor->task().turns.size(), 2);
        QCOMPARE(editor->task().turns[1], (Message{QStringLiteral("assistant"), QStringLiteral("Which")}));
        QComboBox *domain = editor->tagBox(QStringLiteral("domain"));
        domain->setCurrentIndex(1);
        QVERIFY(!editor->task().tags.value(QStringLiteral("domain")).isEmpty());
        undo->trigger();
        QVERIFY(editor->task().tags.value(QStringLiteral("domain")).isEmpty());
        QCOMPARE(domain->currentIndex(), 0);
        const QString file = dir.filePath(QStringLiteral("answer.md"));
        QFile answer(file);
        QVERIFY(answer.open(QIODevice::WriteOnly));
        answer.write("Here is a summary.");
        answer.close();
        QVERIFY(editor->importResponse(file));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Import the response"));
        undo->trigger();
        QCOMPARE(editor->response()->text(), QString());
        redo->trigger();
        QCOMPARE(editor->response()->text(), QStringLiteral("Here is a summary."));

        // Saving is the clean state, and the edits stay undoable.
        QVERIFY(window.save());
        QVERIFY(waitForWork(window));
        QVERIFY(!editor->isModified());
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(editor->isModified());
        QVERIFY(window.windowTitle().contains(u'*'));
        QCOMPARE(editor->response()->text(), QString());
        redo->trigger();
        QVERIFY(!editor->isModified());
        QVERIFY(!window.windowTitle().contains(u'*'));

        // Another task starts with nothing to undo.
        QVERIFY(window.newTask(AuthoredKind::Sft));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!editor->isModified());
    }

    void revisionsAreComparedSideBySide()
    {
        QTemporaryDir dir;
        const QString path = testutil::newProject(dir)->path();
        auto *window = new AuthoringWindow(path, QStringLiteral("ana"));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitForWork(*window));
        AuthoringEditor *editor = window->editor();
        editor->turns()->textEdit(0)->setPlainText(QStringLiteral("Name three sorting algorithms."));
        editor->response()->editor()->setPlainText(QStringLiteral("Bubble sort, quicksort and heapsort."));
        QVERIFY(window->save());
        QVERIFY(waitForWork(*window));
        editor->response()->editor()->setPlainText(QStringLiteral("Merge sort, quicksort and heapsort."));
        QVERIFY(window->save());
        QVERIFY(waitForWork(*window));

        RevisionHistory *history = window->history();
        QCOMPARE(history->list()->count(), 2);
        QCOMPARE(history->fromBox()->currentData().toInt(), 1);
        QCOMPARE(history->toBox()->currentData().toInt(), 2);
        QVERIFY(history->left()->toHtml().contains(u"line-through"));
        QVERIFY(history->left()->toPlainText().contains(u"Bubble"));
        QVERIFY(history->right()->toPlainText().contains(u"Merge"));
        // The same revision on both sides shows no change.
        history->compare(2, 2);
        QVERIFY(!history->right()->toHtml().contains(u"#cdeccd"));
        window->close();
    }

    void reviewsDuplicatesChecksAndAuthorsAreShown()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        AuthoringStore store(project->database());
        const auto rubric = store.ensureReviewRubric(QStringLiteral("lead"));
        QVERIFY(rubric.ok());
        const auto first
            = store.save(example(QStringLiteral("Explain what a closure is in JavaScript.")), QStringLiteral("ana"));
        const auto second
            = store.save(example(QStringLiteral("explain what a closure is in javascript")), QStringLiteral("lee"));
        AuthoredTask incomplete = example(QStringLiteral("Summarise the causes of the First World War."));
        incomplete.response.clear();
        const auto third = store.save(incomplete, QStringLiteral("ana"));
        QVERIFY(first.ok() && second.ok() && third.ok());
        Annotation review;
        review.taskId = first->id;
        review.annotator = QStringLiteral("kim");
        review.rubricId = rubric->id;
        review.rubricVersion = rubric->version;
        review.answers = authoringreview::answers(
            authoringreview::Decision::NeedsChanges, QStringLiteral("Show a closure capturing a loop variable."));
        review.status = AnnotationStatus::Submitted;
        QVERIFY(project->annotations().save(review).ok());

        AuthoringWindow window(project->path(), QStringLiteral("ana"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForWork(window));
        QCOMPARE(window.listModel()->rowCount(), 3);

        QCOMPARE(window.duplicatesTable()->rowCount(), 1);
        // Activating a pair opens the task.
        QTableWidgetItem *pair = window.duplicatesTable()->item(0, 1);
        emit window.duplicatesTable()->itemActivated(pair);
        QCOMPARE(window.currentId(), pair->data(Qt::UserRole).toString());

        QCOMPARE(window.checksTable()->rowCount(), 1);
        QCOMPARE(window.checksTable()->item(0, 1)->text(), QStringLiteral("the ideal response is empty"));

        QVERIFY(window.openTask(first->id));
        QVERIFY(window.reviewView()->toPlainText().contains(u"Show a closure capturing a loop variable."));
        QVERIFY(window.reviewView()->toPlainText().contains(u"needs changes"));

        QTableWidget *authors = window.authorsTable();
        QCOMPARE(authors->rowCount(), 2);
        QCOMPARE(authors->item(0, 0)->text(), QStringLiteral("ana"));
        QCOMPARE(authors->item(0, 4)->text(), QStringLiteral("0 of 1 (0%)"));
        QCOMPARE(authors->item(1, 4)->text(), QStringLiteral("none reviewed"));

        // The author revises: a new revision, and the review now judges the old one.
        window.editor()->response()->editor()->setPlainText(QStringLiteral("for (var i…) with let instead."));
        QVERIFY(window.save());
        QVERIFY(waitForWork(window));
        QVERIFY(window.reviewView()->toPlainText().contains(u"on an earlier revision"));

        const QString report = dir.filePath(QStringLiteral("redteam.html"));
        window.saveRedTeamReport(report, true);
        QVERIFY(waitForWork(window));
        QVERIFY(QFile::exists(report));
    }

    void unsavedEditsAreNotDropped()
    {
        QTemporaryDir dir;
        const QString path = testutil::newProject(dir)->path();
        AuthoringWindow window(path, QStringLiteral("ana"));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForWork(window));
        window.editor()->turns()->textEdit(0)->setPlainText(QStringLiteral("A prompt I do not want to lose."));
        QVERIFY(window.editor()->isModified());
        QString asked;
        // Cancel: the window stays open with the edits.
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.close());
        QVERIFY(asked.contains(u"not saved"));
        QCOMPARE(
            window.editor()->turns()->textEdit(0)->toPlainText(), QStringLiteral("A prompt I do not want to lose."));
        // Save: the edits become revision 1 before the window closes.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Save)->click();
        });
        QVERIFY(window.close());
        auto reopened = Project::open(path);
        QVERIFY(reopened.ok());
        const auto list = AuthoringStore((*reopened)->database()).list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().prompt, QStringLiteral("A prompt I do not want to lose."));
    }

    void theLeadEditsTaxonomiesInTheRubricEditor()
    {
        QTemporaryDir dir;
        auto project = testutil::newProject(dir);
        AuthoringStore store(project->database());
        QVERIFY(store.ensureReviewRubric(QStringLiteral("lead")).ok());
        RubricEditor editor(project.get(), authoringreview::rubricId(), QStringLiteral("lead"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        TaxonomyEditor *taxonomies = editor.taxonomyEditor();
        QCOMPARE(taxonomies->list()->count(), 7);
        taxonomies->selectTaxonomy(3); // language
        taxonomies->values()->addRow();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pt"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
        QVERIFY(editor.publish(QStringLiteral("Portuguese")));
        const auto latest = store.reviewRubric();
        QVERIFY(latest.ok() && latest.value());
        QCOMPARE(latest.value()->version, 2);
        QVERIFY(latest.value()->taxonomy(QStringLiteral("language"))->value(QStringLiteral("pt")));
    }
};

QTEST_MAIN(TestAuthoringWindow)
#include "tst_authoringwindow.moc"
