#include "common/accentcolor.h"

#include "common/contrast.h"

#include <QEvent>
#include <QWidget>

namespace verdict {

AccentColor::AccentColor(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    widget->installEventFilter(this);
}

void AccentColor::apply(QWidget *widget, const QColor &color)
{
    auto *accent = widget->findChild<AccentColor *>(QString(), Qt::FindDirectChildrenOnly);
    if (!accent)
        accent = new AccentColor(widget);
    accent->m_color = color;
    accent->update();
}

void AccentColor::update()
{
    const QColor wanted = Contrast::readable(m_color, m_widget->palette().color(m_widget->backgroundRole()));
    if (m_widget->palette().color(QPalette::WindowText) == wanted)
        return; // also ends the palette change this sends
    QPalette palette = m_widget->palette();
    palette.setColor(QPalette::WindowText, wanted);
    m_widget->setPalette(palette);
}

bool AccentColor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::PaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace verdict
