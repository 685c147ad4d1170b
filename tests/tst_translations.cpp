#include "authoring/authoringwindow.h"
#include "common/appsettings.h"
#include "common/languages.h"
#include "everywindow.h"
#include "lead/adjudicationwindow.h"
#include "workbench/mainwindow.h"
#include "workbench/workbench.h"
#include "workflow/demo.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace verdict;

namespace {

QStringList titles(QMenuBar *bar)
{
    QStringList result;
    for (QAction *a : bar->actions())
        result << a->text();
    return result;
}

// The texts seen per Alt+letter mnemonic, and the letters more than one uses.
class Mnemonics
{
public:
    void note(const QString &text)
    {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            m_seen[QChar(mnemonic[0].key()).toLower()] << text;
    }

    // "where: letter in A, B" for every letter that clashes.
    QStringList clashes(const QString &where) const
    {
        QStringList problems;
        for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
            if (it.value().size() > 1)
                problems << QStringLiteral("%1: %2 in %3").arg(where, it.key(), it.value().join(u", "));
        }
        return problems;
    }

private:
    QHash<QChar, QStringList> m_seen;
};

// Menus whose keyboard accelerators (&) clash, submenus included.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList problems;
    Mnemonics mnemonics;
    for (QAction *a : actions) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        mnemonics.note(a->text());
        if (a->menu())
            problems << clashes(where + u" → " + a->text(), a->menu()->actions());
    }
    return problems << mnemonics.clashes(where);
}

// Alt+letter mnemonics that clash among what a person sees at once in
// `window`: its menu bar's titles, buttons, labels that lead to a field, group
// boxes and tabs. Qt would only cycle between the clashing controls.
QStringList widgetClashes(QWidget *window)
{
    Mnemonics mnemonics;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions())
            mnemonics.note(a->text());
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window) || w->objectName().startsWith(u"qt_"))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            mnemonics.note(button->text());
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                mnemonics.note(label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            mnemonics.note(box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    mnemonics.note(tabs->tabText(i));
            }
        }
    }
    const QString title = window->windowTitle().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                                          : window->windowTitle();
    return mnemonics.clashes(title);
}

// widgetClashes() on every page of every tab widget in turn.
QStringList widgetClashesOnEveryPage(QWidget *window)
{
    QStringList problems = widgetClashes(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems << widgetClashes(window);
        }
        tabs->setCurrentIndex(shown);
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

// The interface in German and Spanish, chosen in the settings.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-translations-test"));
        AppSettings::setPerson(QStringLiteral("kim"));
    }

    void cleanupTestCase() { Languages::install(QStringLiteral("en")); }

    void startsInGerman()
    {
        AppSettings::setLanguage(QStringLiteral("de"));
        QCOMPARE(Languages::install(AppSettings::language()), QStringLiteral("de"));
        MainWindow window;
        const QStringList menus = titles(window.menuBar());
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u", ")));
        QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u", ")));
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u", ")));
        QCOMPARE(window.action(QStringLiteral("submit"))->text(), QStringLiteral("&Abschicken"));
        // Qt's own buttons follow where Debian's qt6-translations-l10n is installed.
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm";
        if (QFileInfo::exists(qtbase)) {
            QDialogButtonBox buttons(QDialogButtonBox::Cancel);
            QCOMPARE(buttons.buttons().first()->text().remove(u'&'), QStringLiteral("Abbrechen"));
        }
    }

    void startsInSpanish()
    {
        QCOMPARE(Languages::install(QStringLiteral("es")), QStringLiteral("es"));
        MainWindow window;
        const QStringList menus = titles(window.menuBar());
        QVERIFY2(menus.contains(QStringLiteral("&Archivo")), qPrintable(menus.join(u", ")));
        QVERIFY2(menus.contains(QStringLiteral("Ay&uda")), qPrintable(menus.join(u", ")));
    }

    void englishIsTheSource()
    {
        QCOMPARE(Languages::install(QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window;
        QVERIFY(titles(window.menuBar()).contains(QStringLiteral("&File")));
    }

    void acceleratorsAreUniquePerMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void acceleratorsAreUniquePerMenu()
    {
        QFETCH(QString, language);
        Languages::install(language);
        MainWindow window;
        QStringList problems = clashes(QStringLiteral("menu bar"), window.menuBar()->actions());
        // The adjudication and authoring windows have menus of their own.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.verdict"));
        QVERIFY(demo::create(path).ok());
        QVERIFY(window.openProject(path));
        AdjudicationWindow adjudication(window.workbench().project(), QStringLiteral("kim"));
        problems << clashes(QStringLiteral("adjudication"), adjudication.menuBar()->actions());
        AuthoringWindow authoring(path, QStringLiteral("kim"));
        problems << clashes(QStringLiteral("authoring"), authoring.menuBar()->actions());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mnemonicsAreUniquePerWindow_data() { acceleratorsAreUniquePerMenu_data(); }

    void mnemonicsAreUniquePerWindow()
    {
        QFETCH(QString, language);
        Languages::install(language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.verdict"));
        QVERIFY(demo::create(path).ok());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QCoreApplication::processEvents();
        QStringList problems = widgetClashesOnEveryPage(&window);
        for (const auto &w : test::everyWindow(window, path)) {
            w->show();
            QCoreApplication::processEvents();
            problems << widgetClashesOnEveryPage(w.get());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
