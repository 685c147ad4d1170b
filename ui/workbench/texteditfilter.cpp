#include "workbench/texteditfilter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace verdict {

TextEditFilter::TextEditFilter(QObject *parent)
    : QObject(parent)
{ }

void TextEditFilter::install(QObject *editor)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setUndoRedoEnabled(false);
    editor->installEventFilter(new TextEditFilter(editor));
}

bool TextEditFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        const bool ctrl = combination.keyboardModifiers().testFlag(Qt::ControlModifier);
        const bool window = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || (ctrl && (combination.key() == Qt::Key_Return || combination.key() == Qt::Key_Enter))
            || (ctrl && (combination.key() == Qt::Key_Up || combination.key() == Qt::Key_Down))
            || (ctrl && (combination.key() == Qt::Key_Z || combination.key() == Qt::Key_D));
        if (window) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace verdict
