#include "export/trlformatter.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "domain/answers.h"

namespace verdict {

using nlohmann::json;

TrlFormatter::TrlFormatter(Pairs pairs, Style style)
    : m_pairs(pairs)
    , m_style(style)
{ }

QString TrlFormatter::name() const
{
    return QStringLiteral("trl");
}

QString TrlFormatter::plainPrompt(const QList<Message> &context)
{
    if (context.size() == 1 && context.constFirst().role == u"user")
        return context.constFirst().content;
    return transcript(context);
}

QString TrlFormatter::plainSide(const Response &response)
{
    if (response.earlierTurns.isEmpty())
        return response.content;
    return transcript(response.earlierTurns + QList<Message>{Message{QStringLiteral("assistant"), response.content}});
}

QString TrlFormatter::transcript(const QList<Message> &turns)
{
    QStringList paragraphs;
    for (const Message &m : turns) {
        const QString role = m.role == u"user" ? QStringLiteral("Human")
            : m.role == u"assistant"           ? QStringLiteral("Assistant")
            : m.role == u"system"              ? QStringLiteral("System")
                                               : QStringLiteral("Tool");
        paragraphs << role + QStringLiteral(": ") + m.content;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

void TrlFormatter::format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report)
{
    const Criterion *criterion = answeredCriterion(answered, CriterionKind::Ranking);
    const auto ranking = criterion ? answers::ranking(answered.answers[toStd(criterion->key)]) : std::nullopt;
    if (!ranking || ranking->size() < 2) {
        ++report.skipped;
        return;
    }
    const json base = lineage(answered);
    const auto side = [&](const Response &r) -> json {
        if (m_style == Style::Plain)
            return toStd(plainSide(r));
        json messages = taskjson::contextToJson(r.earlierTurns);
        messages.push_back(json{{"role", "assistant"}, {"content", toStd(r.content)}});
        return messages;
    };
    const json prompt = m_style == Style::Plain ? json(toStd(plainPrompt(answered.task.context)))
                                                : taskjson::contextToJson(answered.task.context);
    const qsizetype lastBetter = m_pairs == Pairs::All ? ranking->size() - 1 : 1;
    for (qsizetype better = 0; better < lastBetter; ++better) {
        for (qsizetype worse = better + 1; worse < ranking->size(); ++worse) {
            for (const QString &chosenId : ranking->at(better)) {
                for (const QString &rejectedId : ranking->at(worse)) {
                    const Response *chosen = answered.task.response(chosenId);
                    const Response *rejected = answered.task.response(rejectedId);
                    if (!chosen || !rejected)
                        continue;
                    json record = base;
                    record["prompt"] = prompt;
                    record["chosen"] = side(*chosen);
                    record["rejected"] = side(*rejected);
                    record["chosen_response"] = toStd(chosen->id);
                    record["rejected_response"] = toStd(rejected->id);
                    record["chosen_model"] = toStd(chosen->model);
                    record["rejected_model"] = toStd(rejected->model);
                    lines.push_back(line(record));
                }
            }
        }
    }
}

} // namespace verdict
