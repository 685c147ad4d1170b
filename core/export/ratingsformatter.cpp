#include "export/ratingsformatter.h"

#include "codecs/jsonfields.h"
#include "domain/answers.h"

namespace verdict {

using nlohmann::json;

QString RatingsFormatter::name() const
{
    return QStringLiteral("ratings");
}

void RatingsFormatter::format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report)
{
    for (const Response &response : answered.task.responses) {
        json scores = json::object();
        json choices = json::object();
        for (const Criterion &c : answered.rubric.criteria) {
            if (c.per != Scope::Response)
                continue;
            const auto it = answered.answers.find(toStd(c.key));
            const json *value = it == answered.answers.end() ? nullptr : answers::forResponse(*it, response.id);
            if (!value)
                continue;
            if (c.kind == CriterionKind::Rating && value->is_number_integer())
                scores[toStd(c.key)] = *value;
            else if (c.kind == CriterionKind::Choice || c.kind == CriterionKind::MultiChoice)
                choices[toStd(c.key)] = *value;
        }
        if (scores.empty() && choices.empty()) {
            ++report.skipped;
            continue;
        }
        json record = lineage(answered);
        record["response_id"] = toStd(response.id);
        record["model"] = toStd(response.model);
        record["scores"] = std::move(scores);
        record["choices"] = std::move(choices);
        lines.push_back(line(record));
    }
}

} // namespace verdict
