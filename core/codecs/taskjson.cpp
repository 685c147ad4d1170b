#include "codecs/taskjson.h"

#include "codecs/jsonfields.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace verdict::taskjson {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::taskjson", text);
}

bool knownRole(const QString &role)
{
    return role == u"system" || role == u"user" || role == u"assistant" || role == u"tool";
}

// The optional list of turns under `key` (the context, a response's earlier turns).
QList<Message> messages(JsonFields &fields, const json &object, std::string_view key, const QString &base)
{
    QList<Message> list;
    const json *turns = fields.array(object, key, base, JsonFields::Optional);
    if (!turns)
        return list;
    const QString listPath = fieldPath(base, key);
    for (std::size_t i = 0; i < turns->size() && !fields.failed(); ++i) {
        const QString path = indexPath(listPath, i);
        const json *item = fields.object((*turns)[i], path);
        if (!item)
            break;
        Message message;
        message.role = fields.string(*item, "role", path);
        message.content = fields.string(*item, "content", path);
        if (!fields.failed() && !knownRole(message.role))
            fields.fail(fieldPath(path, "role"),
                tr("unknown role \"%1\"; expected system, user, assistant or tool").arg(message.role));
        list << message;
    }
    return list;
}

// The turns as the project stores them: nothing when they are not.
std::optional<QList<Message>> storedMessages(const json &list)
{
    if (!list.is_array())
        return std::nullopt;
    QList<Message> turns;
    turns.reserve(qsizetype(list.size()));
    for (const json &m : list) {
        if (!m.is_object())
            return std::nullopt;
        const auto role = m.find("role");
        const auto content = m.find("content");
        if (role == m.end() || content == m.end() || !role->is_string() || !content->is_string())
            return std::nullopt;
        turns << Message{
            fromStd(role->get_ref<const std::string &>()), fromStd(content->get_ref<const std::string &>())};
    }
    return turns;
}

} // namespace

Result<Task> fromJson(const json &value)
{
    JsonFields fields;
    Task task;
    const json *object = fields.object(value, {});
    if (!object)
        return fields.toError();
    for (auto it = object->begin(); it != object->end(); ++it) {
        const std::string &key = it.key();
        if (key != "type" && key != "id" && key != "context" && key != "responses" && key != "meta") {
            fields.fail(fromStd(key), tr("unknown field"));
            return fields.toError();
        }
    }
    task.id = fields.identifier(*object, "id", {});
    task.context = messages(fields, *object, "context", {});
    if (const json *responses = fields.array(*object, "responses", {})) {
        if (responses->empty())
            fields.fail(QStringLiteral("responses"), tr("must hold at least one response"));
        QSet<QString> ids;
        for (std::size_t i = 0; i < responses->size() && !fields.failed(); ++i) {
            const QString path = indexPath(QStringLiteral("responses"), i);
            const json *item = fields.object((*responses)[i], path);
            if (!item)
                break;
            Response response;
            response.id = fields.identifier(*item, "id", path);
            response.model = fields.string(*item, "model", path, JsonFields::Optional);
            response.content = fields.string(*item, "content", path);
            response.earlierTurns = messages(fields, *item, "earlier_turns", path);
            if (!fields.failed() && ids.contains(response.id))
                fields.fail(fieldPath(path, "id"), tr("\"%1\" is used twice").arg(response.id));
            ids.insert(response.id);
            task.responses << response;
        }
    }
    if (const json *meta = fields.child(*object, "meta", {}, JsonFields::Optional))
        task.meta = *meta;
    if (fields.failed())
        return fields.toError();
    return task;
}

json contextToJson(const QList<Message> &context)
{
    json list = json::array();
    for (const Message &m : context)
        list.push_back(json{{"role", toStd(m.role)}, {"content", toStd(m.content)}});
    return list;
}

json responsesToJson(const QList<Response> &responses)
{
    json list = json::array();
    for (const Response &r : responses) {
        json item{{"id", toStd(r.id)}, {"model", toStd(r.model)}, {"content", toStd(r.content)}};
        // Only when there are any: responses of one turn are written as they always were.
        if (!r.earlierTurns.isEmpty())
            item["earlier_turns"] = contextToJson(r.earlierTurns);
        list.push_back(std::move(item));
    }
    return list;
}

std::optional<QList<Message>> contextFromStored(const json &context)
{
    return storedMessages(context);
}

std::optional<QList<Response>> responsesFromStored(const json &responses)
{
    if (!responses.is_array())
        return std::nullopt;
    QList<Response> list;
    list.reserve(qsizetype(responses.size()));
    for (const json &r : responses) {
        if (!r.is_object())
            return std::nullopt;
        const auto id = r.find("id");
        const auto model = r.find("model");
        const auto content = r.find("content");
        if (id == r.end() || content == r.end() || !id->is_string() || !content->is_string()
            || (model != r.end() && !model->is_string()))
            return std::nullopt;
        Response response{fromStd(id->get_ref<const std::string &>()),
            model == r.end() ? QString() : fromStd(model->get_ref<const std::string &>()),
            fromStd(content->get_ref<const std::string &>())};
        if (const auto earlier = r.find("earlier_turns"); earlier != r.end()) {
            auto turns = storedMessages(*earlier);
            if (!turns)
                return std::nullopt;
            response.earlierTurns = std::move(*turns);
        }
        list << std::move(response);
    }
    return list;
}

json toJson(const Task &task)
{
    return json{{"type", "task"}, {"id", toStd(task.id)}, {"context", contextToJson(task.context)},
        {"responses", responsesToJson(task.responses)}, {"meta", task.meta}};
}

} // namespace verdict::taskjson
