#pragma once

#include "domain/task.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QVBoxLayout;

namespace verdict {

// The turns of a conversation, each a role and its text, edited from the
// keyboard: Ctrl+T adds a turn after the focused one (the other role of the
// user/assistant pair), Ctrl+Shift+Delete removes it, Alt+Shift+Up/Down move it.
// Ctrl+Z in a turn's text reaches the window's Undo.
class TurnListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TurnListEditor(QWidget *parent = nullptr);

    // Shows `turns`, keeping the rows there are (and so the focus) where it can.
    void setTurns(const QList<Message> &turns);
    QList<Message> turns() const;
    int count() const { return int(m_rows.size()); }

    // Adds a turn after `after` (-1: at the end) and focuses its text.
    void addTurn(int after = -1);
    void removeTurn(int index);
    void moveTurn(int index, int delta);
    // The turn that holds the keyboard focus, or -1.
    int focusedTurn() const;
    void focusTurn(int index);

    QPlainTextEdit *textEdit(int index) const;
    QComboBox *roleBox(int index) const;

signals:
    // The turns were edited: `undoText` says how, `typedIn` is the text typed
    // in (null for other edits).
    void changed(const QString &undoText, QWidget *typedIn);

private:
    struct Row
    {
        QWidget *frame = nullptr;
        QComboBox *role = nullptr;
        QPlainTextEdit *text = nullptr;
    };
    Row makeRow(const Message &message);
    int indexOf(const QWidget *frame) const;
    void relabel();

    QVBoxLayout *m_layout = nullptr;
    QList<Row> m_rows;
};

} // namespace verdict
