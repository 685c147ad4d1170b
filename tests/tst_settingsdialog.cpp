#include "common/appearance.h"
#include "common/appsettings.h"
#include "dialogs/settingsdialog.h"
#include "workbench/mainwindow.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace verdict;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-settings-test"));
        m_systemFont = QApplication::font().pointSize();
    }

    void init()
    {
        AppSettings::setPerson(QStringLiteral("kim"));
        AppSettings::setTheme(AppSettings::Theme::System);
        AppSettings::setFontSize(0);
        AppSettings::setLanguage(QString());
        Appearance::applySettings();
    }

    void cleanup() { init(); }

    void everySettingFromTheKeyboard()
    {
        SettingsDialog dialog;
        QSignalSpy person(&dialog, &SettingsDialog::personChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog.nameEdit());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("kim"));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ana"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.themeBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(dialog.themeBox()->currentData().toInt(), int(AppSettings::Theme::Dark));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.fontSizeBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("15"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.languageBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // English
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Deutsch
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Deutsch"));
        // The dialog says when a new language takes effect.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))->text().contains(u"started again"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(person.count(), 1);
        QCOMPARE(person.first().first().toString(), QStringLiteral("ana"));
        QCOMPARE(AppSettings::person(), QStringLiteral("ana"));
        QCOMPARE(AppSettings::theme(), AppSettings::Theme::Dark);
        QCOMPARE(AppSettings::fontSize(), 15);
        QCOMPARE(AppSettings::language(), QStringLiteral("de"));
        // Applied at once, to the whole application.
        QVERIFY(Appearance::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
        QCOMPARE(QApplication::font().pointSize(), 15);
    }

    void theDialogShowsWhatIsStored()
    {
        AppSettings::setTheme(AppSettings::Theme::Light);
        AppSettings::setFontSize(12);
        AppSettings::setLanguage(QStringLiteral("es"));
        SettingsDialog dialog;
        QCOMPARE(dialog.themeBox()->currentData().toInt(), int(AppSettings::Theme::Light));
        QCOMPARE(dialog.fontSizeBox()->value(), 12);
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Español"));
        // The smallest value of the spin box is the desktop's size, shown in words.
        dialog.fontSizeBox()->setValue(dialog.fontSizeBox()->minimum());
        dialog.apply();
        QCOMPARE(AppSettings::fontSize(), 0);
        QCOMPARE(QApplication::font().pointSize(), m_systemFont);
        QVERIFY(!Appearance::isDark());
    }

    void escapeChangesNothingAndANameCannotBeEmptied()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog.nameEdit());
        QTest::keyClick(dialog.nameEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Delete);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("lee"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(AppSettings::person(), QStringLiteral("kim"));
    }

    void theWorkbenchOpensItAndWorksOnAsTheNewPerson()
    {
        MainWindow window;
        QAction *settings = window.action(QStringLiteral("settings"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog) {
                dialog->nameEdit()->setText(QStringLiteral("ana"));
                dialog->apply();
                dialog->accept();
            }
        });
        settings->trigger();
        QVERIFY(opened);
        QCOMPARE(window.workbench().person(), QStringLiteral("ana"));
        window.setPerson(QStringLiteral("  lee "));
        QCOMPARE(window.workbench().person(), QStringLiteral("lee"));
        QCOMPARE(AppSettings::person(), QStringLiteral("lee"));
    }

private:
    int m_systemFont = 0;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
