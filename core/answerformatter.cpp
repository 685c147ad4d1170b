#include "answerformatter.h"

#include "jsonfields.h"

namespace verdict {

using nlohmann::json;

json AnswerFormatter::lineage(const AnsweredTask &answered)
{
    json annotators = json::array();
    for (const QString &a : answered.lineage.annotators)
        annotators.push_back(toStd(a));
    json batches = json::array();
    for (const QString &b : answered.lineage.batchIds)
        batches.push_back(toStd(b));
    json result{{"task_id", toStd(answered.task.id)}, {"annotators", annotators},
        {"rubric_id", toStd(answered.lineage.rubricId)}, {"rubric_version", answered.lineage.rubricVersion},
        {"batch_ids", batches}};
    if (!answered.lineage.authoring.is_null())
        result["authoring"] = answered.lineage.authoring;
    return result;
}

const Criterion *AnswerFormatter::answeredCriterion(const AnsweredTask &answered, CriterionKind kind)
{
    for (const Criterion &c : answered.rubric.criteria) {
        if (c.kind != kind)
            continue;
        const auto it = answered.answers.find(toStd(c.key));
        if (it != answered.answers.end() && !it->is_null())
            return &c;
    }
    return nullptr;
}

std::string AnswerFormatter::line(const json &record)
{
    std::string text = record.dump();
    text += '\n';
    return text;
}

} // namespace verdict
