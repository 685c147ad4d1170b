#include "export/answerformatter.h"

#include "codecs/jsonfields.h"

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
    json record{{"task_id", toStd(answered.task.id)}, {"annotators", annotators},
        {"rubric_id", toStd(answered.lineage.rubricId)}, {"rubric_version", answered.lineage.rubricVersion},
        {"batch_ids", batches}};
    if (answered.lineage.sources.is_object()) {
        record["sources"] = answered.lineage.sources;
        json undecided = json::array();
        for (const QString &c : answered.lineage.undecided)
            undecided.push_back(toStd(c));
        record["undecided"] = undecided;
    }
    if (!answered.lineage.authoring.is_null())
        record["authoring"] = answered.lineage.authoring;
    return record;
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
