#include "codecs/jsonfields.h"
#include "common/appsettings.h"
#include "dialogs/shortcutsdialog.h"
#include "editors/flagrow.h"
#include "editors/flagseditor.h"
#include "editors/rewriteeditor.h"
#include "editors/textanswereditor.h"
#include "import/importer.h"
#include "store/pendingjournal.h"
#include "testutil.h"
#include "util/fixedclock.h"
#include "util/textoffsets.h"
#include "util/timeutil.h"
#include "workbench/annotationsession.h"
#include "workbench/guidancepane.h"
#include "workbench/mainwindow.h"
#include "workbench/queuemodel.h"
#include "workbench/responseview.h"
#include "workbench/rubricpanel.h"
#include "workbench/taskview.h"
#include "workbench/workbench.h"
#include "workflow/demo.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>

using namespace verdict;
using nlohmann::json;

// The workbench driven from the keyboard, as a trainer works it.
class TestWorkbenchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-workbench-test"));
        AppSettings::setPerson(QStringLiteral("kim"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("demo-%1.verdict").arg(n++));
        QVERIFY(demo::create(m_path).ok());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-001"));
        QCoreApplication::processEvents(); // the editors just made are shown
    }

    void cleanup() { m_window.reset(); }

    void annotateATaskEntirelyFromTheKeyboard()
    {
        const Task task = m_window->taskView()->task();
        // Rank: B first, A second, each from its own pane.
        key(QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(m_window->taskView()->currentResponse(), 0);
        key(Qt::Key_2);
        key(QKeySequence(Qt::CTRL | Qt::Key_2));
        key(Qt::Key_1);

        // Tag "itertools.islice" in A, selected with Shift+arrows in the rendered Markdown
        // (the source has backticks around it), and the emoji that ends B.
        key(QKeySequence(Qt::CTRL | Qt::Key_1));
        key(QKeySequence(Qt::CTRL | Qt::Key_Home));
        for (int i = 0; i < 4; ++i)
            key(Qt::Key_Right);
        for (int i = 0; i < 16; ++i)
            key(QKeySequence(Qt::SHIFT | Qt::Key_Right));
        key(Qt::Key_W);
        key(QKeySequence(Qt::CTRL | Qt::Key_2));
        key(QKeySequence(Qt::CTRL | Qt::Key_End));
        key(QKeySequence(Qt::SHIFT | Qt::Key_Left));
        key(Qt::Key_H);

        // Scores: the rubric, then down through its criteria.
        key(QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(m_window->rubricPanel()->currentCriterion(), QStringLiteral("overall"));
        key(QKeySequence(Qt::CTRL | Qt::Key_Down));
        QCOMPARE(m_window->rubricPanel()->currentCriterion(), QStringLiteral("helpfulness"));
        QCOMPARE(m_window->guidancePane()->shownSection(), QStringLiteral("Helpfulness"));
        key(Qt::Key_4);
        key(Qt::Key_Down);
        key(Qt::Key_2);
        key(QKeySequence(Qt::CTRL | Qt::Key_Down));
        key(Qt::Key_5);
        key(Qt::Key_Down);
        key(Qt::Key_2);

        // A safety flag on B: category and severity by typing, escalate, a note.
        key(QKeySequence(Qt::CTRL | Qt::Key_2));
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QVERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
        key(Qt::Key_P);
        key(Qt::Key_Tab);
        key(Qt::Key_L);
        key(Qt::Key_Tab);
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ends with an emoji"));

        // Refusal behaviour: option 1 for both.
        key(QKeySequence(Qt::CTRL | Qt::Key_Down));
        QCOMPARE(m_window->rubricPanel()->currentCriterion(), QStringLiteral("refusal"));
        key(Qt::Key_1);
        key(Qt::Key_Tab);
        key(Qt::Key_1);

        // A submit now names what is missing and stores nothing final.
        key(QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(m_window->taskView()->task().id, task.id);
        QVERIFY(m_window->rubricPanel()->problemsText().contains(u"Rationale: not answered"));
        QCOMPARE(m_window->rubricPanel()->currentCriterion(), QStringLiteral("rationale"));

        // The rationale, then submit.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("A handles the short last batch; B drops it."));
        key(QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-002")); // on to the next unfinished

        const auto stored = m_window->workbench().project()->annotations().find(task.id, QStringLiteral("kim"));
        QVERIFY(stored.ok() && stored.value());
        const Annotation &a = *stored.value();
        QCOMPARE(a.status, AnnotationStatus::Submitted);
        QCOMPARE(a.revision, 1);
        QCOMPARE(testutil::jsonText(a.answers["overall"]), QStringLiteral("[[\"b\"],[\"a\"]]"));
        QCOMPARE(testutil::jsonText(a.answers["helpfulness"]), QStringLiteral("{\"a\":4,\"b\":2}"));
        QCOMPARE(testutil::jsonText(a.answers["accuracy"]), QStringLiteral("{\"a\":5,\"b\":2}"));
        QCOMPARE(testutil::jsonText(a.answers["refusal"]),
            QStringLiteral("{\"a\":\"appropriate-answer\",\"b\":\"appropriate-answer\"}"));
        const qsizetype length = text::codePointCount(task.responses[1].content);
        QCOMPARE(length, 423); // one code point for 👍, two UTF-16 units
        QCOMPARE(testutil::jsonText(a.answers["hallucination"]),
            QStringLiteral("{\"a\":[{\"end\":21,\"label\":\"wrong-fact\",\"start\":5}],"
                           "\"b\":[{\"end\":423,\"label\":\"unsupported-claim\",\"start\":422}]}"));
        QCOMPARE(task.responses[0].content.mid(5, 16), QStringLiteral("itertools.islice"));
        QCOMPARE(testutil::jsonText(a.answers["safety"]),
            QStringLiteral("{\"b\":[{\"category\":\"privacy\",\"escalate\":true,\"note\":\"ends with an "
                           "emoji\",\"severity\":\"low\"}]}"));
        QCOMPARE(fromStd(a.answers["rationale"].get<std::string>()),
            QStringLiteral("A handles the short last batch; B drops it."));
        QVERIFY(a.activeSeconds >= 0);
        // The queue shows it done.
        QCOMPARE(m_window->workbench().queue()->index(0, QueueModel::StatusColumn).data().toString(),
            QStringLiteral("Done"));
    }

    void undoAndRedoFromTheKeyboard()
    {
        key(QKeySequence(Qt::CTRL | Qt::Key_1));
        key(Qt::Key_1);
        key(QKeySequence(Qt::CTRL | Qt::Key_R));
        key(QKeySequence(Qt::CTRL | Qt::Key_Down));
        key(Qt::Key_3);
        AnnotationSession *session = m_window->workbench().session();
        QCOMPARE(session->rating(QStringLiteral("helpfulness"), QStringLiteral("a")), std::optional<int>(3));
        QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("Rate Helpfulness: 3"));

        key(QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(session->rating(QStringLiteral("helpfulness"), QStringLiteral("a")), std::nullopt);
        QCOMPARE(session->ranking(QStringLiteral("overall")), Ranking({{QStringLiteral("a")}}));
        key(QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(session->ranking(QStringLiteral("overall")).isEmpty());
        QCOMPARE(testutil::jsonText(storedAnswers()), QStringLiteral("{}"));
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(
            testutil::jsonText(storedAnswers()), QStringLiteral("{\"helpfulness\":{\"a\":3},\"overall\":[[\"a\"]]}"));

        // In the rationale editor Ctrl+Z undoes the annotation's typing word by word.
        m_window->rubricPanel()->focusCriterion(QStringLiteral("rationale"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("too short"));
        key(QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(session->text(QStringLiteral("rationale")), QStringLiteral("too"));
        auto *editor = static_cast<TextAnswerEditor *>(m_window->rubricPanel()->editor(QStringLiteral("rationale")));
        QCOMPARE(editor->editor()->toPlainText(), QStringLiteral("too"));
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(editor->editor()->toPlainText(), QStringLiteral("too short"));

        // Undoing a span removes it from the view too.
        key(QKeySequence(Qt::CTRL | Qt::Key_2));
        ResponseView *b = m_window->taskView()->responseView(1);
        b->selectCodePoints(0, 4);
        key(Qt::Key_P);
        QCOMPARE(b->spans().size(), 1);
        key(QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(b->spans().size(), 0);
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(b->spans().size(), 1);
        // Delete removes the span under the caret; a label key relabels it.
        key(Qt::Key_W);
        QCOMPARE(b->spans().first().label, QStringLiteral("wrong-fact"));
        key(Qt::Key_Delete);
        QCOMPARE(b->spans().size(), 0);
    }

    void overlappingSpansStackAndRawViewIsExact()
    {
        AnnotationSession *session = m_window->workbench().session();
        const QString a = QStringLiteral("a");
        QVERIFY(session->addSpan(QStringLiteral("hallucination"), a, Span{0, 20, QStringLiteral("wrong-fact")}));
        QVERIFY(session->addSpan(QStringLiteral("hallucination"), a, Span{10, 30, QStringLiteral("personal-data")}));
        QVERIFY(session->addSpan(QStringLiteral("hallucination"), a, Span{40, 50, QStringLiteral("wrong-fact")}));
        ResponseView *view = m_window->taskView()->responseView(0);
        QCOMPARE(view->spans().size(), 3);
        QCOMPARE(view->layerOf(Span{0, 20, QStringLiteral("wrong-fact")}), 0);
        QCOMPARE(view->layerOf(Span{10, 30, QStringLiteral("personal-data")}), 1);
        QCOMPARE(view->layerOf(Span{40, 50, QStringLiteral("wrong-fact")}), 0);
        // Inside both: innermost (shortest) first.
        const int inside = view->renderedRange(Span{10, 30, QStringLiteral("personal-data")}).first + 2;
        QCOMPARE(view->spansAt(inside).size(), 2);

        const Task &task = m_window->taskView()->task();
        m_window->action(QStringLiteral("rawText"))->trigger();
        QCOMPARE(
            m_window->taskView()->responseTexts(), QStringList({task.responses[0].content, task.responses[1].content}));
        QCOMPARE(m_window->taskView()->responseView(0)->spans().size(), 3);
        // Selecting in the raw view gives the same offsets as in the rendered one.
        view->selectCodePoints(5, 21);
        QCOMPARE(view->selectionSpan(QStringLiteral("x"))->start, 5);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("itertools.islice"));
        m_window->action(QStringLiteral("rawText"))->trigger();
        view->selectCodePoints(5, 21);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("itertools.islice"));
    }

    void responsesFollowTheFontSize()
    {
        ResponseView *view = m_window->taskView()->responseView(0);
        const QFont before = QApplication::font();
        const qreal larger = before.pointSizeF() + 5;
        QVERIFY(view->document()->defaultFont().pointSizeF() < larger);
        QFont font = before;
        font.setPointSizeF(larger);
        QApplication::setFont(font);
        // Qt passes the new font on to the widgets from its event loop.
        QTRY_COMPARE(view->document()->defaultFont().pointSizeF(), larger);
        // The conversation too.
        QTRY_COMPARE(m_window->taskView()->transcript()->document()->defaultFont().pointSizeF(), larger);
        // Emphasised labels keep their proportion to the new size.
        const auto *ranking = m_window->findChild<QLabel *>(QStringLiteral("rankingSummary"));
        QVERIFY(ranking);
        QCOMPARE(ranking->font().pointSizeF(), larger * 1.35);
        // The raw view too, in a monospaced font of the same size.
        m_window->action(QStringLiteral("rawText"))->trigger();
        view = m_window->taskView()->responseView(0);
        QCOMPARE(view->document()->defaultFont().pointSizeF(), larger);
        QCOMPARE(
            view->document()->defaultFont().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QApplication::setFont(before);
        QTRY_COMPARE(view->document()->defaultFont().pointSizeF(), before.pointSizeF());
    }

    // A response that carries several turns shows them as a conversation
    // above its final reply, which stays the text spans are tagged in.
    void responsesShowTheirEarlierTurns()
    {
        const QString path = m_dir.filePath(QStringLiteral("turns.verdict"));
        {
            auto project = Project::create(path, QStringLiteral("Turns"));
            QVERIFY(project.ok());
            const auto imported
                = Importer(**project).importFile(QStringLiteral(VERDICT_TEST_DATA "/formats/hh/turns.jsonl"), {});
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        }
        QVERIFY(m_window->openProject(path));
        TaskView *view = m_window->taskView();
        const auto show = [&](const QString &prompt) {
            for (int row = 0; row < 5; ++row) {
                m_window->workbench().selectRow(row);
                if (view->task().prompt() == prompt)
                    return true;
            }
            return false;
        };
        QVERIFY(show(QStringLiteral("How far away?")));
        QCoreApplication::processEvents();
        // A: two earlier turns, then "About 384,400 km."; B: one, then "Very far indeed."
        QTextBrowser *earlier = view->earlierTurnsView(0);
        QVERIFY(earlier);
        QVERIFY(earlier->isVisible());
        QCOMPARE(earlier->accessibleName(), QStringLiteral("Response A, earlier turns"));
        const QStringList turns = view->earlierTurnsTexts();
        QCOMPARE(turns.size(), 2);
        QVERIFY2(turns[0].contains(QStringLiteral("Assistant")) && turns[0].contains(QStringLiteral("In which unit?"))
                && turns[0].contains(QStringLiteral("User")) && turns[0].contains(QStringLiteral("Kilometres.")),
            qPrintable(turns[0]));
        QVERIFY(turns[0].indexOf(QStringLiteral("In which unit?")) < turns[0].indexOf(QStringLiteral("Kilometres.")));
        QVERIFY2(turns[1].contains(QStringLiteral("Far.")) && !turns[1].contains(QStringLiteral("Kilometres.")),
            qPrintable(turns[1]));
        QCOMPARE(view->responseTexts(),
            (QStringList{QStringLiteral("About 384,400 km."), QStringLiteral("Very far indeed.")}));
        // Marked as the response's own: captions name the response, in its column.
        QStringList captions;
        for (const QLabel *label : view->findChildren<QLabel *>()) {
            if (label->isVisible())
                captions << label->text();
        }
        QVERIFY2(captions.contains(QStringLiteral("Earlier turns of response A"))
                && captions.contains(QStringLiteral("Final reply of response A")),
            qPrintable(captions.join(u'|')));
        QVERIFY(earlier->parentWidget()->parentWidget()->isAncestorOf(view->responseView(0)));
        QVERIFY(!earlier->parentWidget()->parentWidget()->isAncestorOf(view->responseView(1)));

        // Tab reaches the earlier turns before the reply they lead to.
        view->transcriptView()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), view->transcriptView());
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), earlier);
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->responseView(0));

        // The font size setting and the raw view reach them too.
        const QFont before = QApplication::font();
        const qreal larger = before.pointSizeF() + 5;
        QFont font = before;
        font.setPointSizeF(larger);
        QApplication::setFont(font);
        QTRY_COMPARE(view->earlierTurnsView(0)->document()->defaultFont().pointSizeF(), larger);
        QApplication::setFont(before);
        QTRY_COMPARE(view->earlierTurnsView(0)->document()->defaultFont().pointSizeF(), before.pointSizeF());
        const auto fontOf = [view](const QString &text) {
            return view->earlierTurnsView(0)->document()->find(text).charFormat().font().family();
        };
        const QString fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
        QVERIFY(fontOf(QStringLiteral("Kilometres.")) != fixed);
        m_window->action(QStringLiteral("rawText"))->trigger();
        QVERIFY(view->earlierTurnsTexts()[0].contains(QStringLiteral("Kilometres.")));
        QCOMPARE(fontOf(QStringLiteral("Kilometres.")), fixed);
        m_window->action(QStringLiteral("rawText"))->trigger();

        // A task whose responses are one turn each shows no such part.
        QVERIFY(show(QStringLiteral("2+2?")));
        QCoreApplication::processEvents();
        QVERIFY(!view->earlierTurnsView(0));
        QVERIFY(!view->earlierTurnsView(1));
        QCOMPARE(view->earlierTurnsTexts(), (QStringList{QString(), QString()}));
        for (const QLabel *label : view->findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || !label->text().startsWith(u"Final reply"), qPrintable(label->text()));
    }

    void rewriteStartsFromAResponseAndShowsItsChanges()
    {
        auto *editor = static_cast<RewriteEditor *>(m_window->rubricPanel()->editor(QStringLiteral("ideal")));
        const Task &task = m_window->taskView()->task();
        editor->startFrom(QStringLiteral("b"));
        QCOMPARE(m_window->workbench().session()->rewrite(QStringLiteral("ideal")).text, task.responses[1].content);
        QCOMPARE(editor->editor()->toPlainText(), task.responses[1].content);
        m_window->rubricPanel()->focusCriterion(QStringLiteral("ideal"));
        editor->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->editor(), QStringLiteral(" Also yield the last batch."));
        QCOMPARE(m_window->workbench().session()->rewrite(QStringLiteral("ideal")).seed, QStringLiteral("b"));
        editor->setShowChanges(true);
        QVERIFY(editor->diffView()->isVisible());
        const QString shown = editor->diffView()->toHtml();
        QVERIFY(shown.contains(u"Also yield the last batch."));
        QVERIFY(shown.contains(u"#d3f0d8")); // the insertion is marked
        QVERIFY(!shown.contains(u"#f6d4d4")); // and nothing was deleted
        // Undo the whole rewrite, word by word and then its start.
        while (m_window->undoGroup()->canUndo())
            m_window->undoGroup()->undo();
        QVERIFY(!m_window->workbench().session()->annotation().answers.contains("ideal"));
        QCOMPARE(editor->editor()->toPlainText(), QString());
    }

    void modelNamesOnDemand()
    {
        const Task &task = m_window->taskView()->task();
        for (const QString &title : m_window->taskView()->responseTitles())
            QVERIFY(!title.contains(task.responses.first().model));
        m_window->action(QStringLiteral("showModels"))->trigger();
        QVERIFY(m_window->taskView()->responseTitles().first().contains(task.responses.first().model));
    }

    void skipAndEscalateMoveOn()
    {
        QVERIFY(m_window->skip(QStringLiteral("Not my language")));
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-002"));
        QVERIFY(m_window->escalate(QStringLiteral("Leaks a phone number")));
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-003"));
        auto first
            = m_window->workbench().project()->annotations().find(QStringLiteral("demo-001"), QStringLiteral("kim"));
        QCOMPARE(first.value()->status, AnnotationStatus::Skipped);
        auto second
            = m_window->workbench().project()->annotations().find(QStringLiteral("demo-002"), QStringLiteral("kim"));
        QCOMPARE(second.value()->status, AnnotationStatus::Escalated);
        QCOMPARE(second.value()->note, QStringLiteral("Leaks a phone number"));

        // The status filter: only the skipped one.
        auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(QueueStatus::Skipped)));
        QCOMPARE(m_window->workbench().queue()->rowCount(), 1);
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-001"));
        status->setCurrentIndex(0);
        QCOMPARE(m_window->workbench().queue()->rowCount(), 36);
        // Next and previous.
        key(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-002"));
        key(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-001"));
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
        QCOMPARE(m_window->taskView()->task().id, QStringLiteral("demo-003"));
    }

    // While another program holds the project's write lock, edits and submits
    // wait in order without stalling the window; the status bar says why, and
    // everything lands once the project is free.
    void editsQueueWhileAnotherProgramHoldsTheProject()
    {
        // A message box would stop the test; close any that opens.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(100);
        const auto sample = demo::sampleAnnotations();
        QVERIFY(sample.ok());
        const auto kims = [&](const QString &task) {
            for (const Annotation &a : *sample) {
                if (a.taskId == task && a.annotator == u"kim")
                    return a.answers;
            }
            return json();
        };

        auto other = Project::open(m_path);
        QVERIFY(other.ok());
        auto holding = std::make_unique<Transaction>((*other)->database());
        QVERIFY(holding->ok());

        for (const QString &id : {QStringLiteral("demo-001"), QStringLiteral("demo-003")}) {
            showTask(id);
            const json answers = kims(id);
            for (const auto &[criterion, value] : answers.items())
                m_window->workbench().session()->apply(QString::fromStdString(criterion), {},
                    verdict::answers::fromJson(
                        *m_window->workbench().session()->rubric().criterion(QString::fromStdString(criterion)),
                        value));
            QVERIFY(m_window->submit());
        }
        showTask(QStringLiteral("demo-005"));
        m_window->workbench().session()->setRanking(
            QStringLiteral("overall"), {{QStringLiteral("b")}, {QStringLiteral("a")}});

        // Nothing is stored yet; the status bar says why and what waits.
        auto *busy = m_window->findChild<QLabel *>(QStringLiteral("busyStatus"));
        QVERIFY(busy);
        QVERIFY(busy->isVisible());
        QVERIFY2(busy->text().contains(u"busy"), qPrintable(busy->text()));
        QVERIFY2(
            busy->toolTip().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(busy->toolTip()));
        auto reader = Project::open(m_path);
        QVERIFY(reader.ok());
        QVERIFY(!(*reader)->annotations().find(QStringLiteral("demo-001"), QStringLiteral("kim")).value());
        // What waits is what the window shows: back on a submitted task, it is submitted.
        showTask(QStringLiteral("demo-001"));
        QCOMPARE(m_window->workbench().session()->status(), AnnotationStatus::Submitted);

        holding.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), 20000);
        for (const QString &id : {QStringLiteral("demo-001"), QStringLiteral("demo-003")}) {
            const auto stored = (*reader)->annotations().find(id, QStringLiteral("kim"));
            QVERIFY(stored.ok() && stored.value());
            QCOMPARE(stored.value()->status, AnnotationStatus::Submitted);
            QCOMPARE(stored.value()->revision, 1);
            QCOMPARE(testutil::jsonText(stored.value()->answers), testutil::jsonText(kims(id)));
        }
        const auto draft = (*reader)->annotations().find(QStringLiteral("demo-005"), QStringLiteral("kim"));
        QVERIFY(draft.ok() && draft.value());
        QCOMPARE(draft.value()->status, AnnotationStatus::Draft);
        QCOMPARE(testutil::jsonText(draft.value()->answers["overall"]), QStringLiteral("[[\"b\"],[\"a\"]]"));
        // The submits were recorded in the order they were made.
        QStringList submitted;
        const auto events = (*reader)->audit().recent(20);
        for (const AuditEvent &event : *events) {
            if (event.action == u"submit")
                submitted.prepend(QString::fromStdString(event.detail.value("task", "")));
        }
        QCOMPARE(submitted, (QStringList{QStringLiteral("demo-001"), QStringLiteral("demo-003")}));
    }

    // The writes waiting for a busy project are on disk before the window
    // takes them as made: when the workbench goes without writing them (a
    // crash), the next one to open the project stores every submit, in order,
    // at the time it was made.
    void waitingWritesSurviveACrash()
    {
        const auto closer = closeMessageBoxes();
        auto other = Project::open(m_path);
        QVERIFY(other.ok());
        auto holding = std::make_unique<Transaction>((*other)->database());
        QVERIFY(holding->ok());

        const QDateTime first = parseIsoTime(QStringLiteral("2026-05-04T10:00:00Z"));
        const QDateTime second = parseIsoTime(QStringLiteral("2026-05-04T10:02:30Z"));
        const QDateTime third = parseIsoTime(QStringLiteral("2026-05-04T10:03:00Z"));
        submitAt(QStringLiteral("demo-001"), first);
        submitAt(QStringLiteral("demo-003"), second);
        {
            const FixedClock clock(third);
            showTask(QStringLiteral("demo-005"));
            m_window->workbench().session()->setRanking(
                QStringLiteral("overall"), {{QStringLiteral("b")}, {QStringLiteral("a")}});
        }
        QVERIFY(m_window->workbench().saveQueue()->count() >= 3);
        // On disk already, as the window shows them.
        const auto journal = PendingJournal::read(PendingJournal::pathFor(m_path));
        QVERIFY(journal.ok());
        QStringList kept;
        for (const PendingWrite &write : journal->writes) {
            if (!write.activeSecondsOnly)
                kept << write.annotation.taskId + u' ' + annotationStatusName(write.annotation.status);
        }
        QCOMPARE(kept,
            (QStringList{QStringLiteral("demo-001 draft"), QStringLiteral("demo-001 submitted"),
                QStringLiteral("demo-003 draft"), QStringLiteral("demo-003 submitted"),
                QStringLiteral("demo-005 draft")}));

        // The crash: the window goes while the project is busy, and writes nothing as it goes.
        m_window.reset();
        holding.reset();
        auto reader = Project::open(m_path);
        QVERIFY(reader.ok());
        for (const QString &id : {QStringLiteral("demo-001"), QStringLiteral("demo-003"), QStringLiteral("demo-005")})
            QVERIFY(!(*reader)->annotations().find(id, QStringLiteral("kim")).value());

        reopen();
        for (const auto &[id, time] :
            {std::pair{QStringLiteral("demo-001"), first}, {QStringLiteral("demo-003"), second}}) {
            const auto stored = (*reader)->annotations().find(id, QStringLiteral("kim"));
            QVERIFY(stored.ok() && stored.value());
            QCOMPARE(stored.value()->status, AnnotationStatus::Submitted);
            QCOMPARE(stored.value()->revision, 1);
            QCOMPARE(stored.value()->submittedAt, time);
            QCOMPARE(testutil::jsonText(stored.value()->answers), testutil::jsonText(kimsAnswers(id)));
            QCOMPARE((*reader)->annotations().history(id, QStringLiteral("kim"))->size(), 1);
        }
        const auto draft = (*reader)->annotations().find(QStringLiteral("demo-005"), QStringLiteral("kim"));
        QVERIFY(draft.ok() && draft.value());
        QCOMPARE(draft.value()->status, AnnotationStatus::Draft);
        QCOMPARE(draft.value()->updatedAt, third);
        QCOMPARE(testutil::jsonText(draft.value()->answers["overall"]), QStringLiteral("[[\"b\"],[\"a\"]]"));
        QCOMPARE(submits(**reader), (QStringList{QStringLiteral("demo-001"), QStringLiteral("demo-003")}));
        QVERIFY(PendingJournal::existing(m_path).isEmpty());
        const QString told = m_window->statusBar()->currentMessage();
        QVERIFY2(told.contains(u"Recovered") && told.contains(u"2 submitted") && told.contains(u"saved now"),
            qPrintable(told));
        QCOMPARE(m_window->workbench().saveQueue()->count(), 0);
    }

    // A crash after some waiting writes were stored and before the journal
    // went: those are not stored twice (a submit would count twice), the rest is.
    void writesStoredBeforeTheCrashAreNotDoubled()
    {
        const auto closer = closeMessageBoxes();
        auto other = Project::open(m_path);
        QVERIFY(other.ok());
        auto holding = std::make_unique<Transaction>((*other)->database());
        QVERIFY(holding->ok());
        const QDateTime first = parseIsoTime(QStringLiteral("2026-05-04T10:00:00Z"));
        const QDateTime second = parseIsoTime(QStringLiteral("2026-05-04T10:00:20Z"));
        submitAt(QStringLiteral("demo-001"), first);
        submitAt(QStringLiteral("demo-003"), second);
        m_window.reset();
        holding.reset();
        const QString path = PendingJournal::pathFor(m_path);
        const QByteArray journal = readAll(path);
        QVERIFY(!journal.isEmpty());

        // As the queue stores them: demo-001 is in the project when the crash comes.
        auto project = Project::open(m_path);
        QVERIFY(project.ok());
        const auto kept = PendingJournal::read(path);
        QVERIFY(kept.ok());
        for (const PendingWrite &write : kept->writes) {
            if (write.annotation.taskId != u"demo-001" || write.activeSecondsOnly)
                continue;
            const FixedClock clock(write.at);
            Annotation annotation = write.annotation;
            QVERIFY((*project)->annotations().save(annotation).ok());
        }
        QCOMPARE(submits(**project), QStringList{QStringLiteral("demo-001")});

        reopen();
        QCOMPARE(submits(**project), (QStringList{QStringLiteral("demo-001"), QStringLiteral("demo-003")}));
        for (const QString &id : {QStringLiteral("demo-001"), QStringLiteral("demo-003")}) {
            QCOMPARE((*project)->annotations().find(id, QStringLiteral("kim"))->value().revision, 1);
            QCOMPARE((*project)->annotations().history(id, QStringLiteral("kim"))->size(), 1);
        }
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"1 submitted"));

        // Everything stored, only the journal left behind: nothing is stored again.
        m_window.reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(journal), journal.size());
        file.close();
        reopen();
        QCOMPARE(submits(**project), (QStringList{QStringLiteral("demo-001"), QStringLiteral("demo-003")}));
        for (const QString &id : {QStringLiteral("demo-001"), QStringLiteral("demo-003")})
            QCOMPARE((*project)->annotations().history(id, QStringLiteral("kim"))->size(), 1);
        QVERIFY(PendingJournal::existing(m_path).isEmpty());
        QVERIFY(!m_window->statusBar()->currentMessage().contains(u"Recovered"));
    }

    void shortcutsAreListedFromTheActions()
    {
        const auto entries = ShortcutsDialog::collect(m_window.get());
        const auto find = [&](const QString &action) -> QString {
            for (const auto &e : entries) {
                if (e.action == action)
                    return e.keys;
            }
            return {};
        };
        QCOMPARE(find(QStringLiteral("Submit")),
            QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText) + QStringLiteral(", ")
                + QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::KeypadModifier, Qt::Key_Enter))
                      .toString(QKeySequence::NativeText));
        QCOMPARE(find(QStringLiteral("Tag as Wrong fact")), QStringLiteral("W"));
        QCOMPARE(find(QStringLiteral("4 — Helpful")), QStringLiteral("4"));
        // The keys each criterion editor makes for itself, of every kind.
        QCOMPARE(find(QStringLiteral("Rank the response at place 9")), QStringLiteral("9"));
        QCOMPARE(find(QStringLiteral("Tie with the response above, or untie")), QStringLiteral("="));
        QCOMPARE(find(QStringLiteral("Take the response out of the ranking")), QStringLiteral("0"));
        QCOMPARE(find(QStringLiteral("Remove the current span")),
            QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText));
        QCOMPARE(find(QStringLiteral("Harmful compliance")), QStringLiteral("4"));
        QCOMPARE(find(QStringLiteral("Tick or untick Tone")), QStringLiteral("7"));
        QCOMPARE(find(QStringLiteral("Undo")), QKeySequence(Qt::CTRL | Qt::Key_Z).toString(QKeySequence::NativeText));
        // Every action in a menu has a key, apart from lists (recent files) and About.
        for (QAction *top : m_window->menuBar()->actions()) {
            for (QAction *a : top->menu()->actions()) {
                if (a->isSeparator() || a->menu() || a->text().contains(u"About"))
                    continue;
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            }
        }
    }

private:
    // A message box would stop the test: closes any that opens while the result lives.
    std::unique_ptr<QTimer> closeMessageBoxes()
    {
        auto closer = std::make_unique<QTimer>();
        connect(closer.get(), &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer->start(100);
        return closer;
    }

    json kimsAnswers(const QString &task)
    {
        const auto sample = demo::sampleAnnotations();
        for (const Annotation &a : *sample) {
            if (a.taskId == task && a.annotator == u"kim")
                return a.answers;
        }
        return json();
    }

    // Answers the task as kim did in the demo's sample work and submits it, as made at `time`.
    void submitAt(const QString &task, const QDateTime &time)
    {
        const FixedClock clock(time);
        showTask(task);
        const json answers = kimsAnswers(task);
        for (const auto &[criterion, value] : answers.items())
            m_window->workbench().session()->apply(QString::fromStdString(criterion), {},
                verdict::answers::fromJson(
                    *m_window->workbench().session()->rubric().criterion(QString::fromStdString(criterion)), value));
        QVERIFY(m_window->submit());
    }

    // A new window opening the project, as after a restart.
    void reopen()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openProject(m_path));
    }

    // The tasks submitted, in the order the audit trail recorded them.
    static QStringList submits(Project &project)
    {
        QStringList tasks;
        const auto events = project.audit().recent(100);
        for (const AuditEvent &event : *events) {
            if (event.action == u"submit")
                tasks.prepend(QString::fromStdString(event.detail.value("task", "")));
        }
        return tasks;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void key(const QKeySequence &sequence)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keySequence(target, sequence);
        QCoreApplication::processEvents();
    }
    void key(Qt::Key k) { key(QKeySequence(k)); }

    void showTask(const QString &id)
    {
        QueueModel *queue = m_window->workbench().queue();
        for (int row = 0; row < queue->rowCount(); ++row) {
            if (queue->index(row, QueueModel::IdColumn).data().toString() == id) {
                m_window->workbench().selectRow(row);
                QCOMPARE(m_window->taskView()->task().id, id);
                return;
            }
        }
        QFAIL(qPrintable(id));
    }

    json storedAnswers() const
    {
        const auto stored = m_window->workbench().project()->annotations().find(
            m_window->taskView()->task().id, QStringLiteral("kim"));
        return stored.ok() && stored.value() ? stored.value()->answers : json();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWorkbenchWindow)
#include "tst_workbenchwindow.moc"
