#include "taskjson.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QSet>

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
    if (const json *context = fields.array(*object, "context", {}, JsonFields::Optional)) {
        for (std::size_t i = 0; i < context->size() && !fields.failed(); ++i) {
            const QString path = indexPath(QStringLiteral("context"), i);
            const json *item = fields.object((*context)[i], path);
            if (!item)
                break;
            Message message;
            message.role = fields.string(*item, "role", path);
            message.content = fields.string(*item, "content", path);
            if (!fields.failed() && !knownRole(message.role))
                fields.fail(fieldPath(path, "role"),
                    tr("unknown role \"%1\"; expected system, user, assistant or tool").arg(message.role));
            task.context << message;
        }
    }
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
    for (const Response &r : responses)
        list.push_back(json{{"id", toStd(r.id)}, {"model", toStd(r.model)}, {"content", toStd(r.content)}});
    return list;
}

json toJson(const Task &task)
{
    return json{{"type", "task"}, {"id", toStd(task.id)}, {"context", contextToJson(task.context)},
        {"responses", responsesToJson(task.responses)}, {"meta", task.meta}};
}

} // namespace verdict::taskjson
