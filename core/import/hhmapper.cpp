#include "import/hhmapper.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "import/foreignrecord.h"
#include "import/trlmapper.h"

#include <QRegularExpression>

namespace verdict {

using nlohmann::json;

HhMapper::HhMapper(const QString &annotator)
    : m_annotator(annotator)
{ }

RecordMapper::Policy HhMapper::policy() const
{
    return Policy{true, true, RecordReader::Digest::WholeFile};
}

std::optional<QList<Message>> HhMapper::transcript(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\n\n(Human|Assistant): ?"));
    QList<Message> turns;
    qsizetype from = 0;
    QString role;
    auto match = marker.match(text);
    if (!match.hasMatch() || !text.left(match.capturedStart()).trimmed().isEmpty())
        return std::nullopt;
    while (match.hasMatch()) {
        if (!role.isEmpty())
            turns << Message{role, text.mid(from, match.capturedStart() - from)};
        role = match.captured(1) == u"Human" ? QStringLiteral("user") : QStringLiteral("assistant");
        from = match.capturedEnd();
        match = marker.match(text, from);
    }
    turns << Message{role, text.mid(from)};
    return turns;
}

Result<void> HhMapper::map(json &record, const RecordPlace &place, ImportChunk &out)
{
    if (!record.is_object())
        return fieldError({}, tr("expected a JSON object, found %1").arg(JsonFields::typeName(record)));
    QList<Message> sides[2];
    const char *names[2] = {"chosen", "rejected"};
    for (int i = 0; i < 2; ++i) {
        const auto it = record.find(names[i]);
        const QString name = QString::fromLatin1(names[i]);
        if (it == record.end() || !it->is_string())
            return fieldError(name, tr("missing; expected the %1 transcript").arg(name));
        const auto turns = transcript(fromStd(it->get_ref<const std::string &>()));
        if (!turns)
            return fieldError(name, tr("expected a transcript of \"\\n\\nHuman: …\" and \"\\n\\nAssistant: …\" turns"));
        if (turns->constLast().role != u"assistant")
            return fieldError(name, tr("the transcript must end with an assistant turn"));
        sides[i] = *turns;
    }
    if (sides[0] == sides[1])
        return fieldError(QStringLiteral("rejected"), tr("the rejected response is the same text as the chosen one"));
    const auto split = HhMapper::split(sides[0], sides[1]);
    if (!split)
        return fieldError(QStringLiteral("rejected"),
            tr("chosen and rejected share no human turn that both answer with an assistant turn, so there is no "
               "common prompt to judge the two replies on"));

    Response responses[2];
    for (int i = 0; i < 2; ++i) {
        QList<Message> remainder = sides[i].mid(*split);
        responses[i].content = remainder.takeLast().content;
        responses[i].earlierTurns = std::move(remainder);
    }
    const foreign::Pair pair = foreign::pair(responses[0], responses[1]);
    Task task;
    task.context = sides[0].mid(0, *split);
    task.responses = pair.responses;
    task.id = foreign::contentId(
        QStringLiteral("hh"), json{taskjson::contextToJson(task.context), taskjson::responsesToJson(task.responses)});
    foreign::push(out, place, task);
    json answers{{toStd(TrlMapper::Criterion),
        json::array({json::array({toStd(pair.chosen)}), json::array({toStd(pair.rejected)})})}};
    foreign::push(out, place,
        foreign::annotation(
            task.id, foreign::annotator({}, m_annotator, QStringLiteral("hh")), TrlMapper::RubricId, answers));
    m_any = true;
    return {};
}

std::optional<qsizetype> HhMapper::split(const QList<Message> &chosen, const QList<Message> &rejected)
{
    qsizetype shared = 0;
    while (shared < chosen.size() && shared < rejected.size() && chosen.at(shared) == rejected.at(shared))
        ++shared;
    // The longest shared beginning that ends with a human turn and after which
    // each side goes on with an assistant turn.
    for (qsizetype cut = shared; cut > 0; --cut) {
        if (chosen.at(cut - 1).role == u"user" && cut < chosen.size() && cut < rejected.size()
            && chosen.at(cut).role == u"assistant" && rejected.at(cut).role == u"assistant")
            return cut;
    }
    return std::nullopt;
}

Result<void> HhMapper::finish(const RecordReader &, ImportChunk &out)
{
    if (m_any)
        out.items.push_back(ImportItem{0, 1, ImportRubric{TrlMapper::preferenceRubric().rubric(), true}});
    return {};
}

} // namespace verdict
