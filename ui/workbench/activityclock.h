#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace verdict {

// Counts active time: while the application has the focus and the person has
// pressed a key or moved the mouse within the idle limit. Time after the last
// input counts up to the limit, so a minute spent reading is kept and a
// coffee break is not. The accounting takes times as arguments so it can be
// checked without waiting.
class ActivityClock final : public QObject
{
    Q_OBJECT

public:
    explicit ActivityClock(QObject *parent = nullptr);

    // Watches the application's input and focus and reports every second.
    void start();
    void setIdleLimit(qint64 milliseconds) { m_idleLimit = milliseconds; }
    qint64 idleLimit() const { return m_idleLimit; }

    // The accounting, in milliseconds of any monotonic clock.
    void input(qint64 now);
    void setFocused(bool focused, qint64 now);
    // Adds what passed since the last call and returns it (in seconds).
    double take(qint64 now);
    // take() at the clock's own now.
    double takeNow() { return take(now()); }

signals:
    // Active seconds since the last report.
    void active(double seconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 now() const { return m_clock.elapsed(); }
    // Active milliseconds in [m_counted, until).
    qint64 activeUntil(qint64 until) const;

    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_idleLimit = 60 * 1000;
    qint64 m_lastInput = -1;
    qint64 m_counted = 0;
    qint64 m_pending = 0;
    bool m_focused = false;
};

} // namespace verdict
