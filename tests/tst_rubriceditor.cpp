#include "lead/optiontable.h"
#include "lead/rubriceditor.h"
#include "lead/taxonomyeditor.h"
#include "workflow/demo.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace verdict;

namespace {

template<typename T>
T *named(QWidget *root, const QString &accessibleName)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

} // namespace

class TestRubricEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto project = demo::create(m_dir.filePath(QStringLiteral("p%1.verdict").arg(m_count++)));
        QVERIFY(project.ok());
        m_project = std::move(project).value();
    }
    void cleanup() { m_project.reset(); }

    void editPublishAndCompareFromTheKeyboard()
    {
        RubricEditor editor(m_project.get(), QStringLiteral("helpful-safe"), QStringLiteral("lead-ana"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.criteriaList()->count(), 9);
        QVERIFY(editor.problem().isEmpty());

        // Down to the second criterion (helpfulness) and retitle it.
        editor.criteriaList()->setFocus();
        QTest::keyClick(editor.criteriaList(), Qt::Key_Down);
        QCOMPARE(editor.criteriaList()->currentRow(), 1);
        typeInto(named<QLineEdit>(&editor, QStringLiteral("Criterion title")), QStringLiteral("Usefulness"));
        QCOMPARE(editor.rubric().criteria[1].title, QStringLiteral("Usefulness"));
        QVERIFY(editor.criteriaList()->currentItem()->text().startsWith(u"Usefulness"));

        // Widen its scale with the arrow key.
        QSpinBox *highest = named<QSpinBox>(&editor, QStringLiteral("Highest point"));
        highest->setFocus();
        QTest::keyClick(highest, Qt::Key_Up);
        QCOMPARE(editor.rubric().criteria[1].scaleMax, 6);

        // A key that is not a slug is a problem, named by its field path.
        QLineEdit *key = named<QLineEdit>(&editor, QStringLiteral("Criterion key"));
        typeInto(key, QStringLiteral("Bad Key"));
        QVERIFY2(editor.problem().startsWith(u"criteria[1].key: "), qPrintable(editor.problem()));
        typeInto(key, QStringLiteral("usefulness"));
        QVERIFY(editor.problem().isEmpty());

        // A new choice criterion with an option typed into its table.
        editor.addCriterion(CriterionKind::Choice);
        QCOMPARE(editor.criteriaList()->count(), 10);
        QCOMPARE(editor.criteriaList()->currentRow(), 2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Tone"));
        auto *options = named<QTableWidget>(&editor, QStringLiteral("Options"));
        options->setFocus();
        options->setCurrentCell(1, 1);
        QTest::keyClick(options, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Rude"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The item view commits an editor's data on the next turn of the event loop.
        QTRY_COMPARE(options->item(1, 1)->text(), QStringLiteral("Rude"));
        const Rubric edited = editor.rubric();
        const Criterion &tone = edited.criteria[2];
        QCOMPARE(tone.title, QStringLiteral("Tone"));
        QCOMPARE(tone.options[1].name, QStringLiteral("Rude"));

        // Guidelines with a live preview.
        editor.tabs()->setCurrentIndex(1);
        auto *guidelines = named<QPlainTextEdit>(&editor, QStringLiteral("Guidelines (Markdown)"));
        guidelines->setFocus();
        QTest::keyClick(guidelines, Qt::Key_End, Qt::ControlModifier);
        for (const QString &line : {QString(), QStringLiteral("## Tone"), QString(), QStringLiteral("Be **kind**.")}) {
            QTest::keyClick(guidelines, Qt::Key_Return);
            QTest::keyClicks(guidelines, line);
        }
        QVERIFY(
            named<QTextBrowser>(&editor, QStringLiteral("Guidelines preview"))->toPlainText().contains(u"Be kind."));

        // Edits are kept as a draft without asking.
        QTRY_VERIFY(m_project->rubrics().draft(QStringLiteral("helpful-safe"))->has_value());
        QCOMPARE(m_project->rubrics().draft(QStringLiteral("helpful-safe"))->value().criteria[2].title,
            QStringLiteral("Tone"));

        QVERIFY(editor.publish(QStringLiteral("Usefulness on a 1–6 scale; tone")));
        const auto latest = m_project->rubrics().latest(QStringLiteral("helpful-safe"));
        QCOMPARE(latest->value().version, 2);
        QCOMPARE(latest->value().changelog, QStringLiteral("Usefulness on a 1–6 scale; tone"));
        QVERIFY(!m_project->rubrics().draft(QStringLiteral("helpful-safe"))->has_value());

        const QStringList changes = editor.differences(1, 2);
        // The key changed too, so helpfulness went and usefulness came.
        QVERIFY(changes.join(u'\n').contains(u"- criteria.helpfulness:"));
        QVERIFY(changes.join(u'\n').contains(u"+ criteria.usefulness:"));
        QVERIFY(changes.join(u'\n').contains(u"+ criteria.criterion-10:"));
        QVERIFY(changes.join(u'\n').contains(u"~ guidelines:"));
        QVERIFY(editor.differences(2, 2).isEmpty());
    }

    void everyEditIsUndoneAndRedone()
    {
        RubricEditor editor(m_project.get(), QStringLiteral("helpful-safe"), QStringLiteral("lead-ana"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QAction *undo = editor.findChild<QAction *>(QStringLiteral("undo"));
        QAction *redo = editor.findChild<QAction *>(QStringLiteral("redo"));
        QVERIFY(undo && redo);
        QVERIFY(editor.findChild<QMenuBar *>()->actions().first()->menu()->actions().contains(undo));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!editor.isModified());
        QVERIFY(!editor.isWindowModified());

        // Typing in a field is one step per word.
        editor.selectCriterion(1);
        auto *title = named<QLineEdit>(&editor, QStringLiteral("Criterion title"));
        const QString before = title->text();
        typeInto(title, QStringLiteral("Very useful"));
        QCOMPARE(editor.rubric().criteria[1].title, QStringLiteral("Very useful"));
        QCOMPARE(editor.undoStack()->count(), 2);
        QVERIFY(editor.isModified());
        QVERIFY(editor.isWindowModified());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Edit the criterion title"));
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QStringLiteral("Very"));
        QCOMPARE(editor.rubric().criteria[1].title, QStringLiteral("Very"));
        undo->trigger();
        QCOMPARE(title->text(), before);
        QCOMPARE(editor.rubric().criteria[1].title, before);
        QVERIFY(editor.criteriaList()->item(1)->text().startsWith(before));
        QVERIFY(!editor.isModified());
        QVERIFY(!editor.isWindowModified());
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        redo->trigger();
        QCOMPARE(editor.rubric().criteria[1].title, QStringLiteral("Very useful"));
        QVERIFY(editor.isModified());

        // Undo goes back to where the edit was made: the criterion, the tab.
        editor.selectCriterion(0);
        editor.tabs()->setCurrentIndex(1);
        undo->trigger();
        QCOMPARE(editor.criteriaList()->currentRow(), 1);
        QCOMPARE(editor.tabs()->currentIndex(), 0);
        QCOMPARE(title->text(), QStringLiteral("Very"));
        redo->trigger();

        // Other fields: the kind, a new criterion, a removed one, the guidelines, a taxonomy.
        auto *kind = named<QComboBox>(&editor, QStringLiteral("Criterion kind"));
        kind->setCurrentIndex(kind->findData(int(CriterionKind::Choice)));
        QCOMPARE(editor.rubric().criteria[1].kind, CriterionKind::Choice);
        undo->trigger();
        QCOMPARE(editor.rubric().criteria[1].kind, CriterionKind::Rating);
        QCOMPARE(kind->currentData().toInt(), int(CriterionKind::Rating));
        QCOMPARE(editor.rubric().criteria[1].scaleMax, 5);
        editor.addCriterion(CriterionKind::Text);
        QCOMPARE(editor.criteriaList()->count(), 10);
        undo->trigger();
        QCOMPARE(editor.criteriaList()->count(), 9);
        QCOMPARE(editor.criteriaList()->currentRow(), 1);
        editor.removeCriterion();
        QCOMPARE(editor.criteriaList()->count(), 8);
        undo->trigger();
        QCOMPARE(editor.criteriaList()->count(), 9);
        QCOMPARE(editor.rubric().criteria[1].title, QStringLiteral("Very useful"));
        editor.tabs()->setCurrentIndex(1);
        auto *guidelines = named<QPlainTextEdit>(&editor, QStringLiteral("Guidelines (Markdown)"));
        const QString guidelinesBefore = guidelines->toPlainText();
        guidelines->setFocus();
        QTest::keyClick(guidelines, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(guidelines, QStringLiteral(" Be kind."));
        QVERIFY(editor.rubric().guidelines.endsWith(u"Be kind."));
        undo->trigger();
        undo->trigger();
        QCOMPARE(guidelines->toPlainText(), guidelinesBefore);
        QCOMPARE(editor.rubric().guidelines, guidelinesBefore);
        const qsizetype taxonomies = editor.rubric().taxonomies.size();
        editor.taxonomyEditor()->addTaxonomy();
        QCOMPARE(editor.rubric().taxonomies.size(), taxonomies + 1);
        undo->trigger();
        QCOMPARE(editor.rubric().taxonomies.size(), taxonomies);
        QCOMPARE(editor.taxonomyEditor()->list()->count(), taxonomies);
        redo->trigger();
        QCOMPARE(editor.taxonomyEditor()->list()->count(), taxonomies + 1);

        // Saving the draft is the clean state: "modified" follows the stack.
        QVERIFY(editor.saveDraft());
        QVERIFY(!editor.isModified());
        QVERIFY(!editor.isWindowModified());
        undo->trigger();
        QVERIFY(editor.isModified());
        // An edit undone is kept as the draft too.
        QTRY_VERIFY(!editor.isModified());
        QCOMPARE(m_project->rubrics().draft(QStringLiteral("helpful-safe"))->value().taxonomies.size(), taxonomies);
        redo->trigger();
        QVERIFY(editor.isModified());

        // Publishing starts afresh.
        QVERIFY(editor.publish(QStringLiteral("Very useful")));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!editor.isModified());
    }

    void emptyIdStartsANewRubric()
    {
        RubricEditor editor(m_project.get(), QString(), QStringLiteral("lead-ana"));
        QCOMPARE(editor.rubric().id, QStringLiteral("new-rubric"));
        QCOMPARE(editor.criteriaList()->count(), 1);
        QVERIFY(editor.problem().isEmpty());
        editor.removeCriterion(); // the last criterion stays: a rubric needs one
        QCOMPARE(editor.criteriaList()->count(), 1);
        QVERIFY(editor.publish(QStringLiteral("First")));
        QCOMPARE(m_project->rubrics().latest(QStringLiteral("new-rubric"))->value().version, 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_count = 0;
};

QTEST_MAIN(TestRubricEditor)
#include "tst_rubriceditor.moc"
