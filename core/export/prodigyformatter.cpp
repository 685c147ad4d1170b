#include "export/prodigyformatter.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "domain/answers.h"

namespace verdict {

using nlohmann::json;

QString ProdigyFormatter::name() const
{
    return QStringLiteral("prodigy");
}

void ProdigyFormatter::format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report)
{
    // Rubrics made by a foreign import keep the source's label in the name.
    const bool sourceLabels = answered.rubric.id.startsWith(u"import-");
    const auto choice = [&](const char *key) -> QString {
        const Criterion *c = answered.rubric.criterion(QString::fromLatin1(key));
        const auto it = answered.answers.find(key);
        if (!c || c->kind != CriterionKind::Choice || it == answered.answers.end() || !it->is_string())
            return {};
        const QString value = fromStd(it->get_ref<const std::string &>());
        const Option *option = c->option(value);
        return sourceLabels && option ? option->name : value;
    };
    const QString answer = choice("answer");
    const QString label = choice("label");
    bool any = false;
    for (const Response &response : answered.task.responses) {
        QList<Span> spans;
        for (const Criterion &c : answered.rubric.criteria) {
            if (c.kind != CriterionKind::Spans)
                continue;
            const auto it = answered.answers.find(toStd(c.key));
            if (it == answered.answers.end())
                continue;
            const json *part = answers::forResponse(*it, response.id);
            const auto list = part ? answers::spans(*part) : std::nullopt;
            if (!list)
                continue;
            for (Span span : *list) {
                if (sourceLabels) {
                    if (const Option *option = c.label(span.label))
                        span.label = option->name;
                }
                spans << span;
            }
        }
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
            return std::tie(a.start, a.end, a.label) < std::tie(b.start, b.end, b.label);
        });
        json meta = answered.task.meta.is_object() ? answered.task.meta : json::object();
        meta.update(lineage(answered));
        meta["response_id"] = toStd(response.id);
        meta["model"] = toStd(response.model);
        // Prodigy's record holds one text, the final reply the spans are on; the turns before it ride along.
        if (!response.earlierTurns.isEmpty())
            meta["earlier_turns"] = taskjson::contextToJson(response.earlierTurns);
        json record{{"text", toStd(response.content)}, {"spans", answers::toJson(spans)},
            {"answer", answer.isEmpty() ? std::string("accept") : toStd(answer)}, {"meta", meta}};
        if (!label.isEmpty())
            record["label"] = toStd(label);
        if (answered.lineage.annotators.size() == 1)
            record["_annotator_id"] = toStd(answered.lineage.annotators.constFirst());
        lines.push_back(line(record));
        any = true;
    }
    if (!any)
        ++report.skipped;
}

} // namespace verdict
