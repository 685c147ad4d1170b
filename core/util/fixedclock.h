#pragma once

#include <QDateTime>

#include <optional>

namespace verdict {

// Makes nowUtc() on this thread return a fixed time while it lives, for data
// that must come out the same on every run (the demo's example batches) or
// carry the time it was made rather than stored (writes that waited for a
// busy project).
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
