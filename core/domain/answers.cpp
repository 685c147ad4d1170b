#include "domain/answers.h"

#include "codecs/jsonfields.h"

namespace verdict::answers {

using nlohmann::json;

std::optional<Ranking> ranking(const json &value)
{
    if (!value.is_array())
        return std::nullopt;
    Ranking result;
    for (const json &group : value) {
        if (!group.is_array())
            return std::nullopt;
        QStringList ids;
        for (const json &id : group) {
            if (!id.is_string())
                return std::nullopt;
            ids << fromStd(id.get_ref<const std::string &>());
        }
        result << ids;
    }
    return result;
}

std::optional<QList<Span>> spans(const json &value)
{
    if (!value.is_array())
        return std::nullopt;
    QList<Span> result;
    for (const json &item : value) {
        if (!item.is_object())
            return std::nullopt;
        const auto start = item.find("start");
        const auto end = item.find("end");
        const auto label = item.find("label");
        if (start == item.end() || end == item.end() || label == item.end() || !start->is_number_integer()
            || !end->is_number_integer() || !label->is_string())
            return std::nullopt;
        const auto from = wholeNumber(*start);
        const auto to = wholeNumber(*end);
        if (!from || !to)
            return std::nullopt;
        result << Span{*from, *to, fromStd(label->get_ref<const std::string &>())};
    }
    return result;
}

std::optional<QList<Flag>> flags(const json &value)
{
    if (!value.is_array())
        return std::nullopt;
    QList<Flag> result;
    for (const json &item : value) {
        if (!item.is_object())
            return std::nullopt;
        Flag flag;
        const auto category = item.find("category");
        const auto severity = item.find("severity");
        if (category == item.end() || severity == item.end() || !category->is_string() || !severity->is_string())
            return std::nullopt;
        flag.category = fromStd(category->get_ref<const std::string &>());
        flag.severity = fromStd(severity->get_ref<const std::string &>());
        if (const auto note = item.find("note"); note != item.end()) {
            if (!note->is_string())
                return std::nullopt;
            flag.note = fromStd(note->get_ref<const std::string &>());
        }
        if (const auto escalate = item.find("escalate"); escalate != item.end()) {
            if (!escalate->is_boolean())
                return std::nullopt;
            flag.escalate = escalate->get<bool>();
        }
        result << flag;
    }
    return result;
}

std::optional<Rewrite> rewrite(const json &value)
{
    if (!value.is_object())
        return std::nullopt;
    const auto text = value.find("text");
    if (text == value.end() || !text->is_string())
        return std::nullopt;
    Rewrite result;
    result.text = fromStd(text->get_ref<const std::string &>());
    if (const auto seed = value.find("seed"); seed != value.end() && !seed->is_null()) {
        if (!seed->is_string())
            return std::nullopt;
        result.seed = fromStd(seed->get_ref<const std::string &>());
    }
    return result;
}

json toJson(const Ranking &ranking)
{
    json result = json::array();
    for (const QStringList &group : ranking) {
        json ids = json::array();
        for (const QString &id : group)
            ids.push_back(toStd(id));
        result.push_back(std::move(ids));
    }
    return result;
}

json toJson(const QList<Span> &spans)
{
    json result = json::array();
    for (const Span &span : spans)
        result.push_back(json{{"start", span.start}, {"end", span.end}, {"label", toStd(span.label)}});
    return result;
}

json toJson(const QList<Flag> &flags)
{
    json result = json::array();
    for (const Flag &flag : flags) {
        json item{{"category", toStd(flag.category)}, {"severity", toStd(flag.severity)}, {"escalate", flag.escalate}};
        if (!flag.note.isEmpty())
            item["note"] = toStd(flag.note);
        result.push_back(std::move(item));
    }
    return result;
}

json toJson(const Rewrite &rewrite)
{
    json result{{"text", toStd(rewrite.text)}};
    if (!rewrite.seed.isEmpty())
        result["seed"] = toStd(rewrite.seed);
    return result;
}

const json *forResponse(const json &answer, const QString &responseId)
{
    if (!answer.is_object())
        return nullptr;
    const auto it = answer.find(toStd(responseId));
    return it == answer.end() ? nullptr : &*it;
}

QHash<QString, int> places(const Ranking &ranking)
{
    QHash<QString, int> result;
    for (qsizetype place = 0; place < ranking.size(); ++place) {
        for (const QString &id : ranking[place])
            result.insert(id, int(place));
    }
    return result;
}

} // namespace verdict::answers
