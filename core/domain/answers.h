#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

// Typed views of the answers an annotation holds, one JSON value per
// criterion in the shapes of docs/batch-format.md.
namespace verdict {

// Groups of response ids, best first; ids in one group tie.
using Ranking = QList<QStringList>;

// A labelled stretch of a response, in code points, end exclusive.
struct Span
{
    qint64 start = 0;
    qint64 end = 0;
    QString label;
    auto operator<=>(const Span &) const = default;
};

struct Flag
{
    QString category;
    QString severity;
    QString note;
    bool escalate = false;
    bool operator==(const Flag &) const = default;
};

// An ideal response, seeded from one of the responses (or written from scratch).
struct Rewrite
{
    QString seed; // response id, or empty
    QString text;
    bool operator==(const Rewrite &) const = default;
};

namespace answers {

// These return nothing when the value does not have the expected shape.
std::optional<Ranking> ranking(const nlohmann::json &value);
std::optional<QList<Span>> spans(const nlohmann::json &value);
std::optional<QList<Flag>> flags(const nlohmann::json &value);
std::optional<Rewrite> rewrite(const nlohmann::json &value);

nlohmann::json toJson(const Ranking &ranking);
nlohmann::json toJson(const QList<Span> &spans);
nlohmann::json toJson(const QList<Flag> &flags);
nlohmann::json toJson(const Rewrite &rewrite);

// The part of a per-response answer that belongs to one response, or null.
const nlohmann::json *forResponse(const nlohmann::json &answer, const QString &responseId);

// The place (0 = best) of each response in a ranking; ties share a place.
QHash<QString, int> places(const Ranking &ranking);

} // namespace answers
} // namespace verdict
