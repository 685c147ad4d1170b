#include "common/appsettings.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/guidewindow.h"
#include "workbench/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace verdict;

// Help → About Verdict and Help → User Guide.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-about-test"));
        QCoreApplication::setApplicationVersion(QStringLiteral("7.8.9"));
        AppSettings::setPerson(QStringLiteral("kim"));
    }

    void listsTheVersionOfEachLibrary()
    {
        AboutDialog dialog;
        const QString text = dialog.versionText();
        QVERIFY2(text.startsWith(u"Verdict 7.8.9\n"), qPrintable(text));
        // Each checked against the library itself, not against what the dialog asked.
        QVERIFY2(text.contains(u"Qt (running): " + QLatin1StringView(qVersion()) + u'\n'), qPrintable(text));
        QVERIFY2(text.contains(u"Qt (built with): " QT_VERSION_STR "\n"), qPrintable(text));
        QVERIFY2(text.contains(u"SQLite: " + QLatin1StringView(sqlite3_libversion()) + u'\n'), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("nlohmann/json: %1.%2.%3\n")
                                   .arg(NLOHMANN_JSON_VERSION_MAJOR)
                                   .arg(NLOHMANN_JSON_VERSION_MINOR)
                                   .arg(NLOHMANN_JSON_VERSION_PATCH)),
            qPrintable(text));
#ifdef VERDICT_KSYNTAX_VERSION
        QVERIFY2(
            text.contains(u"KDE Syntax Highlighting: KSyntaxHighlighting " VERDICT_KSYNTAX_VERSION), qPrintable(text));
#endif
        QCOMPARE(dialog.versions()->topLevelItemCount(), 5);

        // Copy Versions puts the same text on the clipboard.
        QApplication::clipboard()->clear();
        dialog.findChild<QPushButton *>(QStringLiteral("copyVersions"))->click();
        QCOMPARE(QApplication::clipboard()->text(), text);
    }

    void theHelpMenuOpensIt()
    {
        MainWindow window;
        QAction *about = window.action(QStringLiteral("about"));
        QVERIFY(about);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                shown = dialog->versionText();
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY(shown.contains(u"SQLite: "));
    }

    void theGuideIsFoundInTheBuildTreeAndShownOffline()
    {
        // The build copies docs/ to share/verdict/guide beside the bin folders, as installed.
        const QString expected = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/verdict/guide");
        QCOMPARE(GuideWindow::candidateDirs().first(), expected);
        QCOMPARE(GuideWindow::locate(), expected);

        GuideWindow window;
        QVERIFY(window.showGuide());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.guidePath(), QString(expected + u"/user-guide.md"));
        QTextBrowser *browser = window.browser();
        // Rendered from Markdown: headings are text, not "## …".
        const QString text = browser->toPlainText();
        QVERIFY(text.contains(u"The trainer's path"));
        QVERIFY(!text.contains(u"## The trainer's path"));
        QVERIFY(browser->document()->toMarkdown().contains(u"screenshots/annotating.png"));
        // The screenshots come from the installed folder and fit the window.
        const QVariant image
            = browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshots/annotating.png")));
        QVERIFY(!QImage::fromData(image.toByteArray()).isNull() || !image.value<QImage>().isNull());
        QTextCursor cursor(browser->document());
        bool sawImage = false;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat()) {
                    sawImage = true;
                    // The screenshots are wider than the window: each takes most of its width.
                    QVERIFY(format.toImageFormat().width() <= browser->viewport()->width());
                    QVERIFY2(format.toImageFormat().width() >= browser->viewport()->width() / 2,
                        qPrintable(QString::number(format.toImageFormat().width())));
                }
            }
        }
        QVERIFY(sawImage);

        // A link to another page of the docs is followed; one to the network is not.
        const QUrl before = browser->source();
        emit browser->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
        QCOMPARE(browser->source(), before);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("guideStatus"))->text().contains(u"example.org"));
        emit browser->anchorClicked(QUrl(QStringLiteral("cli.md")));
        QVERIFY(browser->source().toLocalFile().endsWith(u"/cli.md"));
        QVERIFY(browser->toPlainText().contains(u"Command line"));
        QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier); // the Back button's key
        QTRY_COMPARE(browser->source(), before);
    }

    void theHelpMenuOpensTheGuide()
    {
        MainWindow window;
        QAction *guide = window.action(QStringLiteral("userGuide"));
        QVERIFY(guide);
        guide->trigger();
        auto *shown = window.findChild<GuideWindow *>();
        QVERIFY(shown);
        QVERIFY(shown->isVisible());
        QVERIFY(!shown->guidePath().isEmpty());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
