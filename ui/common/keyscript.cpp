#include "common/keyscript.h"

#include "highlight/codehighlighter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QTimer>

#include <cstdio>

namespace verdict {

namespace {

bool inContext(const QAction *action, const QWidget *focus)
{
    switch (action->shortcutContext()) {
    case Qt::ApplicationShortcut:
        return true;
    case Qt::WindowShortcut:
        // The action belongs to the window that holds it (a window opened
        // from the main one, such as the authoring window, has its own).
        for (QObject *o = action->parent(); o; o = o->parent()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (w && w->isWindow() && !qobject_cast<QMenu *>(w))
                return !focus || w == focus->window();
        }
        return true;
    case Qt::WidgetWithChildrenShortcut:
    case Qt::WidgetShortcut:
        for (QObject *o : action->associatedObjects()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (!w || !focus)
                continue;
            if (w == focus || (action->shortcutContext() == Qt::WidgetWithChildrenShortcut && w->isAncestorOf(focus)))
                return true;
        }
        return false;
    }
    return false;
}

QString textOf(QKeyCombination key)
{
    const int code = int(key.key());
    const Qt::KeyboardModifiers mods = key.keyboardModifiers();
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    if (code >= Qt::Key_A && code <= Qt::Key_Z)
        return QString(QChar(mods & Qt::ShiftModifier ? code : code + 32));
    if (code >= 0x20 && code < 0x7f)
        return QString(QChar(code));
    if (code == Qt::Key_Return || code == Qt::Key_Enter)
        return QStringLiteral("\r");
    return {};
}

// Where typed keys go: the focused widget, else the focus of a modal dialog
// (which under a bare X server may not have been made active), else the window's.
QWidget *keyTarget(QMainWindow *window)
{
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal->focusWidget() ? modal->focusWidget() : modal;
    return window->focusWidget() ? window->focusWidget() : window;
}

bool rowsShow(const QAbstractItemModel *model, const QString &text)
{
    const int rows = std::min(model->rowCount(), 1000);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data(Qt::DisplayRole).toString().contains(text))
                return true;
        }
    }
    return false;
}

// Whether a visible widget of any window shows `text`.
bool showsText(const QString &text)
{
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (const QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        if (w->isWindow() && w->windowTitle().contains(text))
            return true;
        QString shown;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            shown = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            shown = button->text();
        else if (const auto *field = qobject_cast<const QLineEdit *>(w))
            shown = field->text();
        else if (const auto *document = qobject_cast<const QTextEdit *>(w))
            shown = document->toPlainText();
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
            shown = plain->toPlainText();
        else if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
            if (rowsShow(view->model(), text))
                return true;
            continue;
        }
        if (shown.contains(text))
            return true;
    }
    return false;
}

} // namespace

KeyScript::KeyScript(QMainWindow *window, const QStringList &lines, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_lines(lines)
{ }

KeyScript *KeyScript::fromFile(QMainWindow *window, const QString &path, QObject *parent)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return nullptr;
    return new KeyScript(window, QString::fromUtf8(file.readAll()).split(u'\n'), parent);
}

void KeyScript::start()
{
    // Keys go where the focus is: the window must be the active one first
    // (under a bare X server nothing activates it).
    m_window->activateWindow();
    m_window->raise();
    QTimer::singleShot(300, this, &KeyScript::step);
}

void KeyScript::sendKey(QMainWindow *window, const QKeySequence &sequence)
{
    if (sequence.isEmpty())
        return;
    const QKeyCombination key = sequence[0];
    QWidget *focus = keyTarget(window);
    // A focused editor may claim the key for itself, as Qt asks it to.
    QKeyEvent override(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers(), textOf(key));
    override.ignore();
    QApplication::sendEvent(focus, &override);
    if (!override.isAccepted()) {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->isEnabled() && action->shortcuts().contains(QKeySequence(key)) && inContext(action, focus)) {
                action->trigger();
                return;
            }
        }
    }
    QKeyEvent press(QEvent::KeyPress, key.key(), key.keyboardModifiers(), textOf(key));
    QApplication::sendEvent(focus, &press);
    QKeyEvent release(QEvent::KeyRelease, key.key(), key.keyboardModifiers(), textOf(key));
    QApplication::sendEvent(keyTarget(window), &release);
}

void KeyScript::typeText(QMainWindow *window, const QString &text)
{
    for (QChar c : text) {
        QWidget *focus = keyTarget(window);
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(focus, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(focus, &release);
    }
}

void KeyScript::fail(const QString &message)
{
    m_failed = true;
    std::fputs(qPrintable(QStringLiteral("script: failed: %1\n").arg(message)), stderr);
    std::fflush(stderr);
}

bool KeyScript::expect(const QString &what)
{
    // Text may need the event loop to turn a few times (a task loads, a dialog opens).
    constexpr int Interval = 100; // milliseconds
    const QString kind = what.section(u' ', 0, 0);
    const QString argument = what.section(u' ', 1);
    if (kind == u"text") {
        if (showsText(argument))
            return true;
        if (++m_tries * Interval < m_textTimeout) {
            QTimer::singleShot(Interval, this, &KeyScript::step);
            return false;
        }
        fail(QStringLiteral("no window shows \"%1\"").arg(argument));
    } else if (kind == u"highlighter") {
        const QString backend = CodeHighlighter::instance().readyBackendName();
        if (CodeHighlighter::instance().highlight(QStringLiteral("x = 1"), QStringLiteral("python")).isEmpty())
            fail(QStringLiteral("code is not highlighted; highlighter: %1").arg(backend));
        else
            std::fputs(qPrintable(QStringLiteral("script: highlighter: %1\n").arg(backend)), stdout);
    } else if (kind == u"font") {
        if (!QFontDatabase::families().contains(argument, Qt::CaseInsensitive))
            fail(QStringLiteral("the font \"%1\" is not installed").arg(argument));
    } else {
        fail(QStringLiteral("unknown expectation: %1").arg(what));
    }
    return true;
}

void KeyScript::step()
{
    while (m_next < m_lines.size()) {
        const QString line = m_lines[m_next].trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            ++m_next;
            continue;
        }
        const QString command = line.section(u' ', 0, 0);
        const QString rest = line.section(u' ', 1);
        // A dialog that closed (who is working?) leaves no window active under a bare X server.
        if (!QApplication::activeModalWidget() && !QApplication::activeWindow())
            m_window->activateWindow();
        if (command == u"expect") {
            if (!expect(rest))
                return; // tried again later
        } else if (command == u"key") {
            const QString sequence = rest.section(u' ', 0, 0);
            const int count = std::max(1, rest.section(u' ', 1, 1).toInt());
            for (int i = 0; i < count; ++i)
                sendKey(m_window, QKeySequence::fromString(sequence, QKeySequence::PortableText));
        } else if (command == u"type") {
            typeText(m_window, rest);
        } else if (command == u"action") {
            // Queued: a dialog the action opens runs its own loop, and the next steps play into it.
            if (auto *action = m_window->findChild<QAction *>(rest.trimmed()); action && action->isEnabled())
                QTimer::singleShot(0, action, &QAction::trigger);
            else
                std::fputs(qPrintable(QStringLiteral("script: no action %1\n").arg(rest)), stderr);
        } else if (command == u"print") {
            std::fputs(qPrintable(rest + u'\n'), stdout);
            std::fflush(stdout);
        } else if (command == u"quit") {
            std::fputs("script: done\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(m_failed ? 1 : 0);
            return;
        } else {
            std::fputs(qPrintable(QStringLiteral("script: unknown step: %1\n").arg(line)), stderr);
        }
        next();
        return;
    }
    std::fputs("script: done\n", stdout);
    std::fflush(stdout);
    emit finished();
}

void KeyScript::next()
{
    ++m_next;
    m_tries = 0;
    // One step per turn of the event loop, as typing would be.
    QTimer::singleShot(0, this, &KeyScript::step);
}

} // namespace verdict
