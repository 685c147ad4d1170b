#include "lead/optiontable.h"
#include "lead/rubriceditor.h"
#include "workflow/demo.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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
