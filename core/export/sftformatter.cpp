#include "export/sftformatter.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "domain/answers.h"
#include "domain/authoredtask.h"

namespace verdict {

using nlohmann::json;

QString SftFormatter::name() const
{
    return QStringLiteral("sft");
}

void SftFormatter::format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report)
{
    QString reply;
    QString source;
    QList<Message> earlierTurns;
    if (const auto authored = AuthoredTask::fromTask(answered.task)) {
        // An authored example is its own ideal response; a red-team entry is no training example.
        if (authored->kind != AuthoredKind::Sft || authored->response.trimmed().isEmpty()) {
            ++report.skipped;
            return;
        }
        reply = authored->response;
        source = QStringLiteral("authored");
        if (!answered.task.responses.isEmpty())
            earlierTurns = answered.task.responses.constFirst().earlierTurns;
    } else if (const Criterion *c = answeredCriterion(answered, CriterionKind::Rewrite)) {
        const auto rewrite = answers::rewrite(answered.answers[toStd(c->key)]);
        if (rewrite && !rewrite->text.trimmed().isEmpty()) {
            reply = rewrite->text;
            source = QStringLiteral("rewrite");
            // A rewrite of a response that carries several turns replaces its final reply.
            if (const Response *seed = answered.task.response(rewrite->seed))
                earlierTurns = seed->earlierTurns;
        }
    }
    QString responseId;
    if (reply.isEmpty()) {
        if (const Criterion *c = answeredCriterion(answered, CriterionKind::Ranking)) {
            const auto ranking = answers::ranking(answered.answers[toStd(c->key)]);
            if (ranking && !ranking->isEmpty() && ranking->constFirst().size() == 1) {
                if (const Response *best = answered.task.response(ranking->constFirst().constFirst())) {
                    reply = best->content;
                    earlierTurns = best->earlierTurns;
                    responseId = best->id;
                    source = QStringLiteral("top-ranked");
                }
            }
        }
    }
    if (reply.isEmpty()) {
        ++report.skipped;
        return;
    }
    json messages = taskjson::contextToJson(answered.task.context + earlierTurns);
    messages.push_back(json{{"role", "assistant"}, {"content", toStd(reply)}});
    json record = lineage(answered);
    record["messages"] = std::move(messages);
    record["source"] = toStd(source);
    if (!responseId.isEmpty())
        record["response_id"] = toStd(responseId);
    lines.push_back(line(record));
}

} // namespace verdict
