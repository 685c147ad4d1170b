#include "keyscript.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
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
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget()
        : window->focusWidget()                  ? window->focusWidget()
                                                 : window;
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
    QApplication::sendEvent(QApplication::focusWidget() ? QApplication::focusWidget() : window, &release);
}

void KeyScript::typeText(QMainWindow *window, const QString &text)
{
    for (QChar c : text) {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(focus, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(focus, &release);
    }
}

void KeyScript::step()
{
    while (m_next < m_lines.size()) {
        const QString line = m_lines[m_next++].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString command = line.section(u' ', 0, 0);
        const QString rest = line.section(u' ', 1);
        if (command == u"key") {
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
        } else {
            std::fputs(qPrintable(QStringLiteral("script: unknown step: %1\n").arg(line)), stderr);
        }
        // One step per turn of the event loop, as typing would be.
        QTimer::singleShot(0, this, &KeyScript::step);
        return;
    }
    std::fputs("script: done\n", stdout);
    std::fflush(stdout);
    emit finished();
}

} // namespace verdict
