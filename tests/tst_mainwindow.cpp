#include "appsettings.h"
#include "demo.h"
#include "mainwindow.h"
#include "queuemodel.h"
#include "taskview.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
        QCOMPARE(window.person(), QStringLiteral("kim"));
        QCOMPARE(window.queueModel()->rowCount(), int(tasks->size()));
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
            window.selectRow(row);
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
        QCOMPARE(window.queueModel()->rowCount(), 1);
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
        QVERIFY(window.project());
        QCOMPARE(window.project()->path(), m_path);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
