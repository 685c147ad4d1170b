#pragma once

#include "result.h"
#include "rubric.h"
#include "task.h"

#include <nlohmann/json.hpp>

namespace verdict {

enum class Completeness {
    Draft, // shapes and ranges only: work in progress may leave things out
    Submit, // also every required criterion answered in full
};

// Checks answers against the rubric version they were made under and the
// task they are about. Each problem names the answer's path in `field`
// ("helpfulness.b", "hallucination.a[0].end") and says what is wrong.
QList<Error> validateAnswers(
    const Rubric &rubric, const Task &task, const nlohmann::json &answers, Completeness completeness);

} // namespace verdict
