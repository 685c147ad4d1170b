#include "workbench/activityclock.h"

#include <QTest>

using namespace verdict;

class TestActivityClock : public QObject
{
    Q_OBJECT

private slots:
    void countsWhileFocusedAndNotIdle()
    {
        ActivityClock clock;
        clock.setIdleLimit(60'000);
        clock.setFocused(true, 0);
        clock.input(1'000);
        QCOMPARE(clock.take(11'000), 11.0); // focus at 0 counts as activity
        // Reading for 50 s without touching anything still counts.
        QCOMPARE(clock.take(61'000), 50.0);
        // A 5-minute break counts only up to a minute after the last input.
        clock.input(61'000);
        QCOMPARE(clock.take(361'000), 60.0);
        clock.input(400'000);
        QCOMPARE(clock.take(410'000), 10.0);
    }

    void stopsWithoutFocus()
    {
        ActivityClock clock;
        clock.setFocused(true, 0);
        clock.input(0);
        clock.setFocused(false, 20'000);
        QCOMPARE(clock.take(50'000), 20.0);
        clock.input(55'000); // input in another window does not reach us, but if it did: still unfocused
        QCOMPARE(clock.take(60'000), 0.0);
        clock.setFocused(true, 70'000);
        QCOMPARE(clock.take(75'000), 5.0);
    }
};

QTEST_MAIN(TestActivityClock)
#include "tst_activityclock.moc"
