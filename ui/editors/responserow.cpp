#include "editors/responserow.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>

namespace verdict {

ResponseRow::ResponseRow(const QString &responseId, const QString &letter, QWidget *parent)
    : QFrame(parent)
    , m_responseId(responseId)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setLineWidth(1);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setAccessibleName(tr("Response %1").arg(letter));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    auto *label = new QLabel(letter, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    layout->addWidget(label);
    m_inputs = new QHBoxLayout;
    m_inputs->setSpacing(3);
    layout->addLayout(m_inputs, 1);
}

ResponseRow *ResponseRow::of(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *row = qobject_cast<ResponseRow *>(w))
            return row;
    }
    return nullptr;
}

void ResponseRow::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        const bool down = event->key() == Qt::Key_Down;
        const QList<ResponseRow *> rows = parentWidget()->findChildren<ResponseRow *>(Qt::FindDirectChildrenOnly);
        const qsizetype at = rows.indexOf(this);
        const qsizetype next = at + (down ? 1 : -1);
        if (next >= 0 && next < rows.size()) {
            rows[next]->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    QFrame::keyPressEvent(event);
}

void ResponseRow::focusInEvent(QFocusEvent *event)
{
    setBackgroundRole(QPalette::Highlight);
    setForegroundRole(QPalette::HighlightedText);
    QFrame::focusInEvent(event);
}

void ResponseRow::focusOutEvent(QFocusEvent *event)
{
    setBackgroundRole(QPalette::Window);
    setForegroundRole(QPalette::WindowText);
    QFrame::focusOutEvent(event);
}

} // namespace verdict
