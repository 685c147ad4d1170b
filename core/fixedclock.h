#pragma once

#include <QDateTime>

#include <optional>

namespace verdict {

// Makes nowUtc() on this thread return a fixed time while it lives, for data
// that must come out the same on every run (the demo's example batches).
class FixedClock final
{
public:
    explicit FixedClock(const QDateTime &time);
    ~FixedClock();
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;

    // The fixed time on this thread, if one is set.
    static std::optional<QDateTime> now();

private:
    std::optional<QDateTime> m_previous;
};

} // namespace verdict
