#pragma once

#include <QObject>
#include <QStringList>

class QMainWindow;

namespace verdict {

// Plays a script of keys into a window as a person would type them, for
// tests that drive the real application (VERDICT_TEST_SCRIPT names the file)
// and for the screenshots. One step a line:
//   key SEQUENCE [COUNT]   a key, through the window's shortcuts first ("Ctrl+2", "Shift+Right 5")
//   type TEXT              characters into the focused widget
//   action NAME            triggers the window's action of that object name, as its menu item
//                          would ("about", "settings"); later steps play into a dialog it opens
//   print TEXT             a line on standard output (to tell a watcher where the script is)
// Blank lines and lines starting with # are ignored. Prints "script: done" at the end.
class KeyScript final : public QObject
{
    Q_OBJECT

public:
    KeyScript(QMainWindow *window, const QStringList &lines, QObject *parent = nullptr);
    static KeyScript *fromFile(QMainWindow *window, const QString &path, QObject *parent = nullptr);

    void start();
    // Sends one key as the keyboard would: to a matching shortcut in its
    // context, else to the focused widget.
    static void sendKey(QMainWindow *window, const QKeySequence &key);
    static void typeText(QMainWindow *window, const QString &text);

signals:
    void finished();

private:
    void step();

    QMainWindow *m_window;
    QStringList m_lines;
    qsizetype m_next = 0;
};

} // namespace verdict
