#include "authoring/turnlisteditor.h"

#include "common/fieldtext.h"
#include "workbench/texteditfilter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace verdict {

TurnListEditor::TurnListEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Conversation turns"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_layout = new QVBoxLayout;
    m_layout->setSpacing(4);
    outer->addLayout(m_layout);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(tr("Add Turn (Ctrl+T)"));
    add->setAccessibleName(tr("Add a turn"));
    add->setAccessibleDescription(tr("Adds a turn after the one with the focus"));
    connect(add, &QToolButton::clicked, this, [this] { addTurn(focusedTurn()); });
    buttons->addWidget(add);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    const auto shortcut = [this](const QString &name, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(name, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(tr("Add Turn"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { addTurn(focusedTurn()); });
    shortcut(
        tr("Remove Turn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] { removeTurn(focusedTurn()); });
    shortcut(
        tr("Move Turn Up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), [this] { moveTurn(focusedTurn(), -1); });
    shortcut(
        tr("Move Turn Down"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this] { moveTurn(focusedTurn(), 1); });
}

TurnListEditor::Row TurnListEditor::makeRow(const Message &message)
{
    Row row;
    row.frame = new QWidget(this);
    auto *layout = new QHBoxLayout(row.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *side = new QVBoxLayout;
    row.role = new QComboBox(row.frame);
    for (const char *role : {"user", "assistant", "tool"})
        row.role->addItem(QString::fromLatin1(role), QString::fromLatin1(role));
    row.role->setItemText(0, tr("User"));
    row.role->setItemText(1, tr("Assistant"));
    row.role->setItemText(2, tr("Tool"));
    const int index = row.role->findData(message.role);
    row.role->setCurrentIndex(index < 0 ? 0 : index);
    row.role->setAccessibleName(tr("Role of this turn"));
    row.role->setAccessibleDescription(tr("Who speaks in this turn: user, assistant or tool"));
    side->addWidget(row.role);
    auto *remove = new QToolButton(row.frame);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove this turn"));
    remove->setAccessibleDescription(tr("Removes the turn (Ctrl+Shift+Delete)"));
    remove->setFocusPolicy(Qt::NoFocus); // Ctrl+Shift+Delete from the keyboard
    side->addWidget(remove);
    auto *up = new QToolButton(row.frame);
    up->setArrowType(Qt::UpArrow);
    up->setFocusPolicy(Qt::NoFocus);
    up->setToolTip(tr("Move up (Alt+Shift+Up)"));
    up->setAccessibleName(tr("Move this turn up"));
    up->setAccessibleDescription(up->toolTip());
    auto *down = new QToolButton(row.frame);
    down->setArrowType(Qt::DownArrow);
    down->setFocusPolicy(Qt::NoFocus);
    down->setToolTip(tr("Move down (Alt+Shift+Down)"));
    down->setAccessibleName(tr("Move this turn down"));
    down->setAccessibleDescription(down->toolTip());
    auto *arrows = new QHBoxLayout;
    arrows->addWidget(up);
    arrows->addWidget(down);
    side->addLayout(arrows);
    side->addStretch(1);
    layout->addLayout(side);
    row.text = new QPlainTextEdit(row.frame);
    row.text->setPlainText(message.content);
    row.text->setTabChangesFocus(true);
    row.text->setAccessibleName(tr("Text of this turn"));
    row.text->setAccessibleDescription(tr("What is said in this turn; Tab moves on"));
    row.text->setMinimumHeight(48);
    row.text->setMaximumHeight(96);
    TextEditFilter::install(row.text);
    layout->addWidget(row.text, 1);

    QWidget *frame = row.frame;
    QPlainTextEdit *text = row.text;
    connect(remove, &QToolButton::clicked, this, [this, frame] { removeTurn(indexOf(frame)); });
    connect(up, &QToolButton::clicked, this, [this, frame] { moveTurn(indexOf(frame), -1); });
    connect(down, &QToolButton::clicked, this, [this, frame] { moveTurn(indexOf(frame), 1); });
    connect(row.role, &QComboBox::currentIndexChanged, this, [this, frame] {
        relabel();
        emit changed(tr("Change the role of turn %1").arg(indexOf(frame) + 1), nullptr);
    });
    connect(row.text, &QPlainTextEdit::textChanged, this,
        [this, frame, text] { emit changed(tr("Edit turn %1").arg(indexOf(frame) + 1), text); });
    return row;
}

int TurnListEditor::indexOf(const QWidget *frame) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].frame == frame)
            return i;
    }
    return -1;
}

void TurnListEditor::relabel()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString role = m_rows[i].role->currentText();
        m_rows[i].role->setAccessibleName(tr("Role of turn %1").arg(i + 1));
        m_rows[i].text->setAccessibleName(tr("Turn %1 (%2)").arg(i + 1).arg(role));
        m_rows[i].text->setPlaceholderText(tr("Turn %1: what the %2 says").arg(i + 1).arg(role.toLower()));
    }
}

void TurnListEditor::setTurns(const QList<Message> &turns)
{
    const QSignalBlocker blocker(this);
    while (m_rows.size() > turns.size())
        delete m_rows.takeLast().frame;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        if (i == m_rows.size()) {
            Row row = makeRow(turns[i]);
            m_layout->addWidget(row.frame);
            m_rows << row;
            continue;
        }
        const int role = m_rows[i].role->findData(turns[i].role);
        m_rows[i].role->setCurrentIndex(role < 0 ? 0 : role);
        setFieldText(m_rows[i].text, turns[i].content);
    }
    relabel();
}

QList<Message> TurnListEditor::turns() const
{
    QList<Message> list;
    for (const Row &row : m_rows)
        list << Message{row.role->currentData().toString(), row.text->toPlainText()};
    return list;
}

void TurnListEditor::addTurn(int after)
{
    const int at = after < 0 || after >= m_rows.size() ? int(m_rows.size()) : after + 1;
    // Turns alternate: after a user turn comes the assistant's, and the other way round.
    QString role = QStringLiteral("user");
    if (at > 0 && m_rows[at - 1].role->currentData().toString() == u"user")
        role = QStringLiteral("assistant");
    Row row = makeRow(Message{role, {}});
    m_layout->insertWidget(at, row.frame);
    m_rows.insert(at, row);
    relabel();
    row.text->setFocus();
    emit changed(tr("Add a turn"), nullptr);
}

void TurnListEditor::removeTurn(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    row.frame->deleteLater();
    row.frame->hide();
    relabel();
    if (!m_rows.isEmpty())
        focusTurn(std::min(index, int(m_rows.size()) - 1));
    emit changed(tr("Remove a turn"), nullptr);
}

void TurnListEditor::moveTurn(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= m_rows.size() || to < 0 || to >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    m_rows.insert(to, row);
    m_layout->removeWidget(row.frame);
    m_layout->insertWidget(to, row.frame);
    relabel();
    focusTurn(to);
    emit changed(tr("Move a turn"), nullptr);
}

int TurnListEditor::focusedTurn() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].frame->isAncestorOf(QApplication::focusWidget()))
            return i;
    }
    return -1;
}

void TurnListEditor::focusTurn(int index)
{
    if (index >= 0 && index < m_rows.size())
        m_rows[index].text->setFocus();
}

QPlainTextEdit *TurnListEditor::textEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows[index].text : nullptr;
}

QComboBox *TurnListEditor::roleBox(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows[index].role : nullptr;
}

} // namespace verdict
