#include "adjudicationwindow.h"
#include "appsettings.h"
#include "demo.h"
#include "languages.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
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

// Menus whose keyboard accelerators (&) clash: "menu: letter in A, B".
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList problems;
    QHash<QChar, QStringList> seen;
    for (QAction *a : actions) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        const QKeySequence mnemonic = QKeySequence::mnemonic(a->text());
        if (!mnemonic.isEmpty())
            seen[QChar(mnemonic[0].key()).toLower()] << a->text();
        if (a->menu())
            problems << clashes(where + u" → " + a->text(), a->menu()->actions());
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: %2 in %3").arg(where, it.key(), it.value().join(u", "));
    }
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
        // The adjudication window has menus of its own.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.verdict"));
        QVERIFY(demo::create(path).ok());
        QVERIFY(window.openProject(path));
        AdjudicationWindow adjudication(window.project(), QStringLiteral("kim"));
        problems << clashes(QStringLiteral("adjudication"), adjudication.menuBar()->actions());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
