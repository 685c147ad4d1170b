#include "util/fixedclock.h"

namespace verdict {

namespace {

thread_local std::optional<QDateTime> fixedTime;

} // namespace

FixedClock::FixedClock(const QDateTime &time)
    : m_previous(fixedTime)
{
    fixedTime = time.toUTC();
}

FixedClock::~FixedClock()
{
    fixedTime = m_previous;
}

std::optional<QDateTime> FixedClock::now()
{
    return fixedTime;
}

} // namespace verdict
