#pragma once

#include <QDateTime>
#include <QString>

namespace verdict {

// UTC, to the second, as in the batch format: "2026-11-22T10:00:00Z". Empty for an invalid time.
QString isoTime(const QDateTime &time);
// Reads ISO 8601 with or without fractions and offsets; invalid on anything else.
QDateTime parseIsoTime(const QString &text);
// Now, in UTC, to the second.
QDateTime nowUtc();

} // namespace verdict
