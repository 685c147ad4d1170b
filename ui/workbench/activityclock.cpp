#include "workbench/activityclock.h"

#include <QEvent>
#include <QGuiApplication>

namespace verdict {

ActivityClock::ActivityClock(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void ActivityClock::start()
{
    m_focused = QGuiApplication::applicationState() == Qt::ApplicationActive;
    m_counted = now();
    m_lastInput = now();
    qApp->installEventFilter(this);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
        [this](Qt::ApplicationState state) { setFocused(state == Qt::ApplicationActive, now()); });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const double seconds = take(now());
        if (seconds > 0)
            emit active(seconds);
    });
    m_tick.start();
}

qint64 ActivityClock::activeUntil(qint64 until) const
{
    if (!m_focused || m_lastInput < 0)
        return 0;
    const qint64 end = std::min(until, m_lastInput + m_idleLimit);
    return std::max<qint64>(0, end - m_counted);
}

void ActivityClock::input(qint64 now)
{
    m_pending += activeUntil(now);
    m_counted = now;
    m_lastInput = now;
}

void ActivityClock::setFocused(bool focused, qint64 now)
{
    m_pending += activeUntil(now);
    m_counted = now;
    m_focused = focused;
    if (focused)
        m_lastInput = now; // coming back to the window is activity
}

double ActivityClock::take(qint64 now)
{
    m_pending += activeUntil(now);
    m_counted = now;
    const double seconds = double(m_pending) / 1000.0;
    m_pending = 0;
    return seconds;
}

bool ActivityClock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (watched->isWidgetType())
            input(now());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace verdict
