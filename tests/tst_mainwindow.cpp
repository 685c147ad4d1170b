#include "authoring/authoringwindow.h"
#include "common/appsettings.h"
#include "lead/adjudicationwindow.h"
#include "workbench/mainwindow.h"
#include "workbench/queuemodel.h"
#include "workbench/taskview.h"
#include "workbench/workbench.h"
#include "workflow/demo.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <pwd.h>
#include <unistd.h>

using namespace verdict;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-test"));
        AppSettings::setPerson(QStringLiteral("kim"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.verdict"));
        QVERIFY(demo::create(m_path).ok());
    }

    void opensTheDemoAndShowsSelectedTasks()
    {
        const auto tasks = demo::tasks();
        QVERIFY(tasks.ok());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        QCOMPARE(window.workbench().person(), QStringLiteral("kim"));
        QCOMPARE(window.workbench().queue()->rowCount(), int(tasks->size()));
        QVERIFY(window.windowTitle().startsWith(u"Verdict demo"));

        // The first task is selected on opening.
        const Task &first = tasks->first();
        QCOMPARE(window.taskView()->task().id, first.id);
        QVERIFY(window.taskView()->transcriptText().contains(first.prompt().left(40)));
        QCOMPARE(window.taskView()->responseTexts().size(), first.responses.size());
        QCOMPARE(window.taskView()->responseTitles().first(), QStringLiteral("Response A"));

        // Keyboard down the queue shows the next task.
        window.queueView()->setFocus();
        QTest::keyClick(window.queueView(), Qt::Key_Down);
        const Task &second = tasks->at(1);
        QCOMPARE(window.taskView()->task().id, second.id);

        // A task with code: the rendered Markdown keeps the code text.
        for (int row = 0; row < tasks->size(); ++row) {
            const Task &task = tasks->at(row);
            if (task.responses.size() < 3)
                continue;
            window.workbench().selectRow(row);
            QCOMPARE(window.taskView()->task().id, task.id);
            const QStringList titles = window.taskView()->responseTitles();
            QCOMPARE(titles.size(), task.responses.size());
            QCOMPARE(titles.at(2), QStringLiteral("Response C"));
            // Model names stay hidden until asked for.
            for (const QString &title : titles)
                QVERIFY(!title.contains(task.responses.first().model));
            window.taskView()->setModelNamesVisible(true);
            QVERIFY(window.taskView()->responseTitles().first().contains(task.responses.first().model));
            window.taskView()->setModelNamesVisible(false);
            break;
        }
    }

    void filterNarrowsTheQueue()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        auto *filter = window.findChild<QLineEdit *>();
        QVERIFY(filter);
        const QString id = demo::tasks()->at(5).id;
        QTest::keyClicks(filter, id);
        QCOMPARE(window.workbench().queue()->rowCount(), 1);
        QCOMPARE(window.taskView()->task().id, id);
    }

    void refusesWhatIsNotAProjectAndKeepsTheOpenOne()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        const QString bad = m_dir.filePath(QStringLiteral("notes.verdict"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        // The warning box is closed by the next event loop turn.
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.openProject(bad));
        QVERIFY(window.workbench().project());
        QCOMPARE(window.workbench().project()->path(), m_path);
    }

    // Every "Menu → Item" the documentation names is an item of that menu in
    // one of the workbench's windows, as a reader would look for it.
    void theDocumentationNamesRealMenus()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        AdjudicationWindow adjudication(window.workbench().project(), QStringLiteral("kim"));
        AuthoringWindow authoring(m_path, QStringLiteral("kim"));
        const auto plain = [](QString text) { return text.remove(u'&'); };
        QHash<QString, QStringList> menus; // title -> item texts, of every window
        for (QMainWindow *each : std::initializer_list<QMainWindow *>{&window, &adjudication, &authoring}) {
            for (QAction *top : each->menuBar()->actions()) {
                if (!top->menu())
                    continue;
                QStringList &items = menus[plain(top->text())];
                for (QAction *item : top->menu()->actions()) {
                    if (!item->isSeparator())
                        items << plain(item->text());
                }
            }
        }
        QVERIFY(menus.contains(QStringLiteral("Lead")));
        QStringList pages{QStringLiteral(VERDICT_SOURCE_DIR "/README.md")};
        const QDir docs(QStringLiteral(VERDICT_SOURCE_DIR "/docs"));
        for (const QString &name : docs.entryList({QStringLiteral("*.md")}, QDir::Files))
            pages << docs.filePath(name);
        const QRegularExpression reference(QStringLiteral("(?<![\\w`])([A-Z][a-z]+) (?:→|▸) (.{1,60})"));
        int checked = 0;
        for (const QString &page : pages) {
            QFile file(page);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll()).simplified();
            for (auto it = reference.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                const QString menu = match.captured(1);
                const QString rest = match.captured(2);
                const QString where = QFileInfo(page).fileName() + u": " + menu + u" → " + rest;
                QVERIFY2(menus.contains(menu), qPrintable(u"no menu " + menu + u" in the workbench; " + where));
                const QStringList &items = menus[menu];
                const bool found = std::any_of(items.cbegin(), items.cend(), [&rest](const QString &item) {
                    return rest.startsWith(item)
                        && (rest.size() == item.size() || !rest[item.size()].isLetterOrNumber());
                });
                QVERIFY2(found, qPrintable(u"no such item in the menu; " + where));
                ++checked;
            }
        }
        QVERIFY(checked >= 20);
    }

    // The first time, the workbench asks who is working and offers the name
    // the command line would record: with neither $USER nor $USERNAME set,
    // the login name.
    void asksForTheNameOfferingTheLoginName()
    {
        const passwd *entry = getpwuid(getuid());
        QVERIFY(entry && entry->pw_name && *entry->pw_name);
        const QString login = QString::fromLocal8Bit(entry->pw_name);
        QStringList saved;
        const QList<const char *> variables{"USER", "USERNAME", "VERDICT_PERSON"};
        for (const char *variable : variables) {
            saved << qEnvironmentVariable(variable);
            qunsetenv(variable);
        }
        AppSettings::setPerson({});

        QString offered = QStringLiteral("<not asked>");
        QTimer::singleShot(0, this, [&offered] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                offered = dialog->textValue();
                dialog->setTextValue(QStringLiteral("lee"));
                dialog->accept();
            }
        });
        MainWindow window;
        const bool opened = window.openProject(m_path);
        for (qsizetype i = 0; i < variables.size(); ++i) {
            if (!saved[i].isEmpty())
                qputenv(variables[i], saved[i].toLocal8Bit());
        }
        const QString chosen = AppSettings::person();
        AppSettings::setPerson(QStringLiteral("kim"));
        QVERIFY(opened);
        QCOMPARE(offered, login);
        QCOMPARE(window.workbench().person(), QStringLiteral("lee"));
        QCOMPARE(chosen, QStringLiteral("lee"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
