#pragma once

#include "domain/annotation.h"
#include "domain/answers.h"
#include "domain/consensus.h"
#include "domain/rubric.h"
#include "domain/task.h"
#include "domain/validation.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace verdict {

class Project;

// Whether two answers to a criterion say the same: rankings ignore the order
// inside a tie, span and flag lists ignore their order.
bool sameAnswer(const Criterion &criterion, const nlohmann::json &a, const nlohmann::json &b);
bool sameAnswer(const Criterion &criterion, const AnswerValue &a, const AnswerValue &b);

// The answer more than half the submitted annotators gave, if any.
std::optional<AnswerValue> majorityAnswer(
    const Rubric &rubric, const Task &task, const QList<Annotation> &annotations, const QString &criterion);

// The union of several annotators' answers to a spans criterion (per
// response), without duplicates, in text order.
AnswerValue mergeSpans(const Criterion &criterion, const QList<AnswerValue> &chosen);

// Checks a decision's answer: the criterion is the rubric version's, and the
// answer is complete and valid for it, as a submitted annotation's would be
// (without the task, the checks that need its responses are left out). A
// problem's field is the answer's path from the criterion ("overall",
// "helpfulness.b"). A decision without a criterion resolves an escalation
// and has nothing to check here.
Result<void> checkDecisionAnswer(const Rubric &rubric, const TaskShape *task, const Adjudication &decision);

// Checks a lead's decision before it is recorded: the answer is complete and
// valid for the criterion, and a decision that overrides the majority
// carries a rationale.
Result<void> checkDecision(
    const Rubric &rubric, const Task &task, const QList<Annotation> &annotations, const Adjudication &decision);

// The decisions marked as examples, grouped by criterion under the
// criterion's guidance, as Markdown to paste into the guidelines.
Result<QString> edgeCaseCatalogue(Project &project);

// The task's final answers (decisions, else consensus) as its gold answer.
Result<GoldAnswer> goldFromFinal(
    Project &project, const Task &task, const ConsensusRule &rule, const QString &author, const QString &rationale);

} // namespace verdict
