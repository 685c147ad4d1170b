#pragma once

#include "domain/rubric.h"
#include "domain/task.h"

#include <nlohmann/json.hpp>

namespace verdict {

// The letter a response is shown under ("A" for the first); its id when it is not in the task.
QString letterOf(const Task &task, const QString &responseId);

// A one-line, human description of an answer to a criterion, with responses
// named by letter ("B > A = C", "A 4 · B 2", "A: Wrong fact ×2").
QString describeAnswer(const Criterion &criterion, const Task &task, const nlohmann::json &answer);

// The part for one response of a per-response answer ("4", "Wrong fact ×2").
QString describeResponseAnswer(const Criterion &criterion, const nlohmann::json &value);

} // namespace verdict
