#pragma once

#include "domain/answers.h"
#include "domain/rubric.h"
#include "domain/task.h"

namespace verdict {

// The letter a response is shown under ("A" for the first); its id when it is not in the task.
QString letterOf(const Task &task, const QString &responseId);

// A one-line, human description of an answer to a criterion, with responses
// named by letter ("B > A = C", "A 4 · B 2", "A: Wrong fact ×2").
QString describeAnswer(const Criterion &criterion, const Task &task, const AnswerValue &answer);

// The part for one response of a per-response answer ("4", "Wrong fact ×2").
QString describeResponseAnswer(const Criterion &criterion, const AnswerValue &value);

} // namespace verdict
