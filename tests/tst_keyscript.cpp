#include "common/keyscript.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace verdict;

// The key scripts that drive the real application in CI's smoke check and
// the screenshots: what they type goes where a person's keys would, and
// their expectations fail when the window does not show what they expect.
class TestKeyScript : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_window = std::make_unique<QMainWindow>();
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        m_label = new QLabel(QStringLiteral("Task demo-001 of 36"));
        layout->addWidget(m_label);
        m_list = new QListWidget;
        m_list->addItems({QStringLiteral("t-apple"), QStringLiteral("t-banana")});
        layout->addWidget(m_list);
        m_window->setCentralWidget(central);
        m_window->setWindowTitle(QStringLiteral("Helpdesk eval — Verdict"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void expectations_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("failed");

        QTest::newRow("a label") << QStringList{QStringLiteral("expect text demo-001")} << false;
        QTest::newRow("a list row") << QStringList{QStringLiteral("expect text t-banana")} << false;
        QTest::newRow("the window title") << QStringList{QStringLiteral("expect text Helpdesk eval")} << false;
        QTest::newRow("code highlighting") << QStringList{QStringLiteral("expect highlighter")} << false;
        QTest::newRow("text nowhere") << QStringList{QStringLiteral("expect text demo-002")} << true;
        QTest::newRow("a font that is not installed")
            << QStringList{QStringLiteral("expect font No Such Family 7")} << true;
        QTest::newRow("an unknown expectation") << QStringList{QStringLiteral("expect miracles")} << true;
        QTest::newRow("one failure among passes") << QStringList{QStringLiteral("expect text demo-001"),
            QStringLiteral("expect text nothing like it"), QStringLiteral("expect text t-apple")}
                                                  << true;
    }

    void expectations()
    {
        QFETCH(QStringList, lines);
        QFETCH(bool, failed);
        KeyScript script(m_window.get(), lines);
        script.setTextTimeout(300);
        QSignalSpy finished(&script, &KeyScript::finished);
        script.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(script.failed(), failed);
    }

    void textThatAppearsLaterIsWaitedFor()
    {
        QTimer::singleShot(400, m_label, [this] { m_label->setText(QStringLiteral("Task demo-002 of 36")); });
        KeyScript script(m_window.get(), {QStringLiteral("expect text demo-002")});
        script.setTextTimeout(5000);
        QSignalSpy finished(&script, &KeyScript::finished);
        script.start();
        QVERIFY(finished.wait(8000));
        QVERIFY(!script.failed());
    }

    void keysAnswerAModalDialog()
    {
        // As opening a project asks who is working: the dialog runs its own loop,
        // and the script types into it.
        QString answer;
        QTimer::singleShot(0, m_window.get(), [&] {
            answer = QInputDialog::getText(m_window.get(), QStringLiteral("Who is working?"),
                QStringLiteral("Your name:"), QLineEdit::Normal, QStringLiteral("root"));
        });
        auto *action = new QAction(m_window.get());
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+J")));
        m_window->addAction(action);
        QSignalSpy triggered(action, &QAction::triggered);
        KeyScript script(m_window.get(),
            {QStringLiteral("expect text Your name:"), QStringLiteral("key Ctrl+A"), QStringLiteral("type ana"),
                QStringLiteral("key Return"), QStringLiteral("expect text demo-001"), QStringLiteral("key Ctrl+J")});
        script.setTextTimeout(3000);
        QSignalSpy finished(&script, &KeyScript::finished);
        script.start();
        QVERIFY(finished.wait(8000));
        QVERIFY(!script.failed());
        QTRY_COMPARE(answer, QStringLiteral("ana"));
        // Once the dialog is gone, keys reach the window's shortcuts again.
        QCOMPARE(triggered.count(), 1);
    }

    void quitEndsTheApplicationWithTheOutcome_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("status");
        QTest::newRow("all met") << QStringList{QStringLiteral("expect text demo-001"), QStringLiteral("quit")} << 0;
        QTest::newRow("one failed") << QStringList{QStringLiteral("expect text demo-999"), QStringLiteral("quit")} << 1;
    }

    void quitEndsTheApplicationWithTheOutcome()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, status);
        KeyScript script(m_window.get(), lines);
        script.setTextTimeout(300);
        script.start();
        QCOMPARE(QCoreApplication::exec(), status);
    }

    void keysReachTheWindowsShortcuts()
    {
        auto *action = new QAction(m_window.get());
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+J")));
        m_window->addAction(action);
        QSignalSpy triggered(action, &QAction::triggered);
        KeyScript script(m_window.get(), {QStringLiteral("key Ctrl+J 3")});
        QSignalSpy finished(&script, &KeyScript::finished);
        script.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(triggered.count(), 3);
    }

private:
    std::unique_ptr<QMainWindow> m_window;
    QLabel *m_label = nullptr;
    QListWidget *m_list = nullptr;
};

QTEST_MAIN(TestKeyScript)
#include "tst_keyscript.moc"
