#include "domain/answers.h"

#include "codecs/jsonfields.h"

namespace verdict {

namespace answers {

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

AnswerValue fromJson(const Criterion &criterion, const json &value)
{
    if (criterion.per != Scope::Response || !value.is_object())
        return valueFromJson(criterion.kind, value);
    AnswerValue result;
    result.m_kind = criterion.kind;
    result.m_perResponse = true;
    for (auto it = value.begin(); it != value.end(); ++it)
        result.m_responses.insert(fromStd(it.key()), valueFromJson(criterion.kind, it.value()));
    return result;
}

AnswerValue valueFromJson(CriterionKind kind, const json &value)
{
    AnswerValue result;
    result.m_kind = kind;
    if (value.is_null())
        return result;
    switch (kind) {
    case CriterionKind::Ranking:
        if (auto r = ranking(value))
            result.m_form = std::move(*r);
        break;
    case CriterionKind::Rating:
        if (value.is_number_integer())
            result.m_form = value.get<int>();
        break;
    case CriterionKind::Choice:
    case CriterionKind::Text:
        if (value.is_string())
            result.m_form = fromStd(value.get_ref<const std::string &>());
        break;
    case CriterionKind::MultiChoice:
        if (value.is_array()) {
            QStringList options;
            for (const json &item : value) {
                if (item.is_string())
                    options << fromStd(item.get_ref<const std::string &>());
            }
            result.m_form = std::move(options);
        }
        break;
    case CriterionKind::Spans:
        if (auto s = spans(value))
            result.m_form = std::move(*s);
        break;
    case CriterionKind::Flags:
        if (auto f = flags(value))
            result.m_form = std::move(*f);
        break;
    case CriterionKind::Rewrite:
        if (auto r = rewrite(value))
            result.m_form = std::move(*r);
        break;
    }
    if (std::holds_alternative<std::monostate>(result.m_form) || toJson(result) != value)
        result.m_read = value;
    return result;
}

json toJson(const AnswerValue &value)
{
    if (value.m_read)
        return *value.m_read;
    if (value.m_perResponse) {
        json result = json::object();
        for (auto it = value.m_responses.cbegin(); it != value.m_responses.cend(); ++it)
            result[toStd(it.key())] = toJson(it.value());
        return result;
    }
    return std::visit(
        [](const auto &form) -> json {
            using T = std::decay_t<decltype(form)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return nullptr;
            } else if constexpr (std::is_same_v<T, int>) {
                return form;
            } else if constexpr (std::is_same_v<T, QString>) {
                return toStd(form);
            } else if constexpr (std::is_same_v<T, QStringList>) {
                json list = json::array();
                for (const QString &option : form)
                    list.push_back(toStd(option));
                return list;
            } else {
                return toJson(form);
            }
        },
        value.m_form);
}

AnswerValue get(const Annotation &annotation, const Criterion &criterion, const QString &responseId)
{
    if (!annotation.answers.is_object())
        return {};
    const auto it = annotation.answers.find(toStd(criterion.key));
    if (it == annotation.answers.end())
        return {};
    if (responseId.isEmpty())
        return fromJson(criterion, *it);
    const json *part = forResponse(*it, responseId);
    return part ? valueFromJson(criterion.kind, *part) : AnswerValue();
}

void set(Annotation &annotation, const QString &criterion, const QString &responseId, const AnswerValue &value)
{
    json &answers = annotation.answers;
    if (!answers.is_object())
        answers = json::object();
    const std::string key = toStd(criterion);
    if (responseId.isEmpty()) {
        if (value.isNull())
            answers.erase(key);
        else
            answers[key] = toJson(value);
        return;
    }
    json &perResponse = answers[key];
    if (!perResponse.is_object())
        perResponse = json::object();
    if (value.isNull())
        perResponse.erase(toStd(responseId));
    else
        perResponse[toStd(responseId)] = toJson(value);
    if (perResponse.empty())
        answers.erase(key);
}

bool contains(const Annotation &annotation, const QString &criterion)
{
    return annotation.answers.is_object() && annotation.answers.contains(toStd(criterion));
}

AnswerValue get(const Adjudication &decision, const Criterion &criterion)
{
    return fromJson(criterion, decision.answer);
}

void set(Adjudication &decision, const AnswerValue &value)
{
    decision.answer = toJson(value);
}

} // namespace answers

AnswerValue AnswerValue::single(CriterionKind kind, Form form)
{
    AnswerValue value;
    value.m_kind = kind;
    value.m_form = std::move(form);
    return value;
}

AnswerValue AnswerValue::ofRanking(const Ranking &ranking)
{
    return single(CriterionKind::Ranking, ranking);
}

AnswerValue AnswerValue::ofRating(int rating)
{
    return single(CriterionKind::Rating, rating);
}

AnswerValue AnswerValue::ofChoice(const QString &option)
{
    return single(CriterionKind::Choice, option);
}

AnswerValue AnswerValue::ofOptions(const QStringList &options)
{
    return single(CriterionKind::MultiChoice, options);
}

AnswerValue AnswerValue::ofSpans(const QList<Span> &spans)
{
    return single(CriterionKind::Spans, spans);
}

AnswerValue AnswerValue::ofFlags(const QList<Flag> &flags)
{
    return single(CriterionKind::Flags, flags);
}

AnswerValue AnswerValue::ofText(const QString &text)
{
    return single(CriterionKind::Text, text);
}

AnswerValue AnswerValue::ofRewrite(const Rewrite &rewrite)
{
    return single(CriterionKind::Rewrite, rewrite);
}

AnswerValue AnswerValue::ofResponses(CriterionKind kind, const QMap<QString, AnswerValue> &values)
{
    AnswerValue value;
    value.m_kind = kind;
    value.m_perResponse = true;
    value.m_responses = values;
    return value;
}

bool AnswerValue::isNull() const
{
    return !m_perResponse && !m_read && std::holds_alternative<std::monostate>(m_form);
}

template<typename T>
std::optional<T> AnswerValue::form(CriterionKind kind) const
{
    if (m_kind != kind)
        return std::nullopt;
    if (const T *value = std::get_if<T>(&m_form))
        return *value;
    return std::nullopt;
}

std::optional<Ranking> AnswerValue::ranking() const
{
    return form<Ranking>(CriterionKind::Ranking);
}

std::optional<int> AnswerValue::rating() const
{
    return form<int>(CriterionKind::Rating);
}

std::optional<QString> AnswerValue::choice() const
{
    return form<QString>(CriterionKind::Choice);
}

std::optional<QStringList> AnswerValue::options() const
{
    return form<QStringList>(CriterionKind::MultiChoice);
}

std::optional<QList<Span>> AnswerValue::spans() const
{
    return form<QList<Span>>(CriterionKind::Spans);
}

std::optional<QList<Flag>> AnswerValue::flags() const
{
    return form<QList<Flag>>(CriterionKind::Flags);
}

std::optional<QString> AnswerValue::text() const
{
    return form<QString>(CriterionKind::Text);
}

std::optional<Rewrite> AnswerValue::rewrite() const
{
    return form<Rewrite>(CriterionKind::Rewrite);
}

QString AnswerValue::jsonText() const
{
    return fromStd(answers::toJson(*this).dump());
}

bool AnswerValue::operator==(const AnswerValue &other) const
{
    return answers::toJson(*this) == answers::toJson(other);
}

} // namespace verdict
