#pragma once

#include "domain/rubric.h"

#include <nlohmann/json.hpp>

namespace verdict {

struct RubricChange
{
    enum class Op { Added, Removed, Changed };
    Op op = Op::Changed;
    QString path; // "title", "criteria.helpfulness.scale.max"; criteria and options are keyed by their key
    nlohmann::json from; // absent (null) for Added
    nlohmann::json to; // absent (null) for Removed

    // `from` and `to` as one line for a person: a string as it is, any other
    // value as JSON, with whitespace simplified and cut to `limit` characters
    // (the last an ellipsis); empty when absent.
    QString fromText(qsizetype limit) const;
    QString toText(qsizetype limit) const;
};

QString rubricChangeOpName(RubricChange::Op op);

// What changed from `from` to `to`, in document order. Lists of keyed
// objects (criteria, options, labels…) are compared by key, not by position;
// a change of order shows as a change of the "order" of that list.
QList<RubricChange> diffRubrics(const Rubric &from, const Rubric &to);

} // namespace verdict
