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
//   expect text TEXT       some visible window shows TEXT (a label, button, field, document, list row
//                          or window title); waits up to 15 seconds for it
//   expect highlighter     code highlighting works (the helper program started and answered)
//   expect font FAMILY     the font family is installed ("Noto Color Emoji")
//   quit                   ends the application: status 0, or 1 when an expectation failed
// Blank lines and lines starting with # are ignored. Prints "script: done" at the end. A failed
// expectation prints "script: failed: …" on standard error and the script goes on.
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

    // Whether an expectation has failed so far.
    bool failed() const { return m_failed; }
    // How long `expect text` waits for its text (15 seconds unless set).
    void setTextTimeout(int milliseconds) { m_textTimeout = milliseconds; }

signals:
    void finished();

private:
    void step();
    void next();
    // Checks an `expect` step; false when it should be tried again later.
    bool expect(const QString &what);
    void fail(const QString &message);

    QMainWindow *m_window;
    QStringList m_lines;
    qsizetype m_next = 0;
    int m_tries = 0; // of the current step
    int m_textTimeout = 15000;
    bool m_failed = false;
};

} // namespace verdict
