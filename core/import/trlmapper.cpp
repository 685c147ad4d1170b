#include "import/trlmapper.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "import/foreignrecord.h"
#include "import/openaimapper.h"

namespace verdict {

using nlohmann::json;

TrlMapper::TrlMapper(const QString &annotator)
    : m_annotator(annotator)
{ }

RecordMapper::Policy TrlMapper::policy() const
{
    return Policy{true, true, RecordReader::Digest::WholeFile};
}

RubricBuilder TrlMapper::preferenceRubric()
{
    RubricBuilder builder(RubricId, tr("Imported preferences"),
        tr("Made by Verdict for preference pairs imported from TRL and Anthropic HH files: the chosen response "
           "ranks above the rejected one."));
    builder.addCriterion(Criterion, CriterionKind::Ranking, Scope::Task, tr("Preference"));
    return builder;
}

Result<void> TrlMapper::map(json &record, const RecordPlace &place, ImportChunk &out)
{
    if (!record.is_object())
        return fieldError({}, tr("expected a JSON object, found %1").arg(JsonFields::typeName(record)));
    for (const char *key : {"chosen", "rejected"}) {
        if (!record.contains(key))
            return fieldError(
                QString::fromLatin1(key), tr("missing; expected the %1 response").arg(QLatin1StringView(key)));
    }
    const json &chosen = record["chosen"];
    const json &rejected = record["rejected"];
    QList<Message> context;
    Response sides[2];
    if (chosen.is_string() != rejected.is_string())
        return fieldError(QStringLiteral("rejected"), tr("chosen and rejected must both be text or both be messages"));

    const auto prompt = record.find("prompt");
    if (chosen.is_string()) {
        // Plain: the prompt is the user's text.
        sides[0].content = fromStd(chosen.get_ref<const std::string &>());
        sides[1].content = fromStd(rejected.get_ref<const std::string &>());
        if (prompt != record.end()) {
            if (!prompt->is_string())
                return fieldError(QStringLiteral("prompt"), tr("expected text, like chosen and rejected"));
            context << Message{QStringLiteral("user"), fromStd(prompt->get_ref<const std::string &>())};
        }
    } else {
        // Conversational: the prompt's turns, then each side's turns, the last the assistant's reply.
        auto chosenTurns = OpenAiMapper::messages(chosen, QStringLiteral("chosen"));
        if (!chosenTurns)
            return chosenTurns.error();
        auto rejectedTurns = OpenAiMapper::messages(rejected, QStringLiteral("rejected"));
        if (!rejectedTurns)
            return rejectedTurns.error();
        if (prompt != record.end()) {
            auto promptTurns = OpenAiMapper::messages(*prompt, QStringLiteral("prompt"));
            if (!promptTurns)
                return promptTurns.error();
            context = *promptTurns;
        } else {
            // An implicit prompt: the turns both sides share.
            while (chosenTurns->size() > 1 && rejectedTurns->size() > 1
                && chosenTurns->constFirst() == rejectedTurns->constFirst()) {
                context << chosenTurns->takeFirst();
                rejectedTurns->removeFirst();
            }
        }
        int i = 0;
        for (const auto &[turns, name] : {std::pair{&*chosenTurns, QStringLiteral("chosen")},
                 std::pair{&*rejectedTurns, QStringLiteral("rejected")}}) {
            if (turns->isEmpty() || turns->constLast().role != u"assistant")
                return fieldError(name, tr("expected messages after the prompt that end with an assistant message"));
            sides[i].content = turns->takeLast().content;
            sides[i].earlierTurns = *turns;
            ++i;
        }
    }
    if (sides[0] == sides[1])
        return fieldError(QStringLiteral("rejected"), tr("the rejected response is the same text as the chosen one"));

    const foreign::Pair pair = foreign::pair(sides[0], sides[1]);
    Task task;
    task.context = context;
    task.responses = pair.responses;
    // Lineage a Verdict export wrote: kept as metadata, models matched by text.
    for (const char *key : {"task_id", "rubric_id", "rubric_version"}) {
        if (const auto it = record.find(key); it != record.end())
            task.meta[std::string("source_") + key] = *it;
    }
    for (const auto &[key, id] : {std::pair{"chosen_model", pair.chosen}, std::pair{"rejected_model", pair.rejected}}) {
        if (const auto it = record.find(key); it != record.end() && it->is_string()) {
            for (Response &r : task.responses) {
                if (r.id == id)
                    r.model = fromStd(it->get_ref<const std::string &>());
            }
        }
    }
    task.id = foreign::contentId(QStringLiteral("trl"),
        json{taskjson::contextToJson(task.context), taskjson::responsesToJson(task.responses), task.meta});
    QString own;
    if (const auto annotators = record.find("annotators");
        annotators != record.end() && annotators->is_array() && annotators->size() == 1 && (*annotators)[0].is_string())
        own = fromStd((*annotators)[0].get_ref<const std::string &>());
    if (!own.trimmed().isEmpty()) {
        if (auto checked = foreign::identifier(own.trimmed(), QStringLiteral("annotators[0]"), IdentifierKind::Name);
            !checked)
            return checked.error();
    }
    foreign::push(out, place, task);
    json answers{
        {toStd(Criterion), json::array({json::array({toStd(pair.chosen)}), json::array({toStd(pair.rejected)})})}};
    foreign::push(out, place,
        foreign::annotation(task.id, foreign::annotator(own, m_annotator, QStringLiteral("trl")), RubricId, answers));
    m_any = true;
    return {};
}

Result<void> TrlMapper::finish(const RecordReader &, ImportChunk &out)
{
    if (m_any)
        out.items.push_back(ImportItem{0, 1, ImportRubric{preferenceRubric().rubric(), true}});
    return {};
}

} // namespace verdict
