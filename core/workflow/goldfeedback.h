#pragma once

#include "domain/annotation.h"
#include "domain/answers.h"
#include "domain/rubric.h"

#include <QList>
#include <QMap>

#include <optional>

namespace verdict {

// How a trainer's answer to one criterion compares with the gold answer,
// shown right after a submit in a calibration round.
struct GoldFeedbackItem
{
    const Criterion *criterion = nullptr; // in the rubric given to goldFeedback
    AnswerValue yours; // null when unanswered
    AnswerValue gold;
    bool same = false; // as sameAnswer judges: tie order and list order do not count
    // Ratings: your value minus gold's; per response (by response id) for a
    // per-response rating, under the empty key for a rating of the task.
    QMap<QString, int> ratingDifference;
    // Per-response criteria: the responses (by id) whose answers differ from gold's.
    QStringList differingResponses;
};

// The criteria the gold answer covers, in rubric order.
QList<GoldFeedbackItem> goldFeedback(const Rubric &rubric, const Annotation &yours, const GoldAnswer &gold);

} // namespace verdict
