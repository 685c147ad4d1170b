#include "common/appsettings.h"
#include "editors/criterioneditor.h"
#include "everywindow.h"
#include "workbench/issuespanel.h"
#include "workbench/mainwindow.h"
#include "workbench/responseview.h"
#include "workbench/rubricpanel.h"
#include "workbench/taskview.h"
#include "workflow/demo.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace verdict;

namespace {

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || (qobject_cast<const QAbstractItemView *>(w) && !qobject_cast<const QHeaderView *>(w))
        || qobject_cast<const QSlider *>(w);
}

// Parts Qt builds inside its own controls, named by those controls: a spin
// box's or combo box's editor, a tab bar's scroll arrows, a line edit's clear
// button, a dock's title buttons.
bool isQtInternal(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return w->objectName().startsWith(u"qt_") || w->inherits("QTableCornerButton")
        || w->window()->inherits("QComboBoxPrivateContainer") || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QComboBox *>(parent) || qobject_cast<const QTabBar *>(parent)
        || (qobject_cast<const QLineEdit *>(parent) && qobject_cast<const QAbstractButton *>(w));
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    return path.join(u'/')
        + (button ? QStringLiteral(" (text \"%1\", tooltip \"%2\")").arg(button->text(), button->toolTip())
                  : QString());
}

// Every interactive control under `root` whose accessible name or description is empty.
QStringList unnamed(QWidget *root)
{
    QStringList missing;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : all) {
        if (!isInteractive(w) || isQtInternal(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("no name: ") + describe(w);
        else if (iface->text(QAccessible::Description).trimmed().isEmpty())
            missing << QStringLiteral("no description: ") + describe(w) + u" named " + iface->text(QAccessible::Name);
    }
    return missing;
}

} // namespace

// Screen readers name every control; Tab goes through the workbench in reading order.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-a11y-test"));
        AppSettings::setPerson(QStringLiteral("kim"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.verdict"));
        QVERIFY(demo::create(m_path).ok());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
        QCoreApplication::processEvents();
    }

    void cleanup() { m_window.reset(); }

    void everyControlOfTheWorkbenchHasANameAndADescription()
    {
        // Every kind of criterion editor is on the demo rubric's first task.
        QVERIFY(m_window->rubricPanel()->editors().size() >= 6);
        const QStringList missing = unnamed(m_window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void everyControlOfEveryDialogHasANameAndADescription()
    {
        const auto windows = test::everyWindow(*m_window, m_path);
        QStringList missing;
        for (const auto &w : windows) {
            w->show();
            QCoreApplication::processEvents();
            missing << unnamed(w.get());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void tabGoesFromTheQueueThroughTheResponsesAndTheRubricToSubmit()
    {
        QWidget *queue = m_window->queueView();
        queue->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), queue);
        const QList<CriterionEditor *> editors = m_window->rubricPanel()->editors();
        const int responses = m_window->taskView()->responseCount();
        QVERIFY(responses >= 2);

        // Where each Tab lands: a response's index, an editor's index after them, or Submit.
        QList<int> path;
        QStringList visited;
        int submitAt = -1;
        for (int press = 0; press < 200 && submitAt < 0; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            visited << describe(focus);
            if (focus->objectName() == u"submitButton") {
                submitAt = int(path.size());
                break;
            }
            int place = -1;
            for (int i = 0; i < responses; ++i) {
                if (focus == m_window->taskView()->responseView(i))
                    place = i;
            }
            for (qsizetype e = 0; e < editors.size() && place < 0; ++e) {
                if (editors[e] == focus || editors[e]->isAncestorOf(focus))
                    place = responses + int(e);
            }
            if (place >= 0 && (path.isEmpty() || path.last() != place))
                path << place;
        }
        QVERIFY2(submitAt >= 0, qPrintable(visited.join(u'\n')));
        // Every response, then every criterion, each once and in order.
        QList<int> expected;
        for (int i = 0; i < responses + int(editors.size()); ++i)
            expected << i;
        QStringList places;
        for (int p : path)
            places << QString::number(p);
        QVERIFY2(path == expected, qPrintable(places.join(u' ') + u'\n' + visited.join(u'\n')));
    }

    void theSpanLabelNameIsShownNotOnlyItsColour()
    {
        // The current span carries its label's name on a chip of its colour.
        ResponseView *view = m_window->taskView()->responseView(0);
        QVERIFY(view);
        const Span span{0, 5, QStringLiteral("x")};
        const QColor yellow(0xff, 0xff, 0x00);
        view->setSpans({span},
            {{QStringLiteral("x"), SpanStyle{QStringLiteral("Unsupported claim"), yellow, QStringLiteral("U")}}});
        const auto count = [view, &yellow] {
            const QImage image = view->viewport()->grab().toImage();
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == yellow ? 1 : 0;
            }
            return n;
        };
        const int underlineOnly = count();
        view->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(view->hasFocus());
        view->selectSpan(span);
        const int withName = count();
        // The chip is as wide as "Unsupported claim" and a line high: far more than a 3-pixel underline.
        QVERIFY2(
            withName > underlineOnly + 300, qPrintable(QStringLiteral("%1 vs %2").arg(withName).arg(underlineOnly)));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
