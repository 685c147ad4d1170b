#include "taskrow.h"

#include "jsonfields.h"
#include "taskjson.h"
#include "taskstore.h"

namespace verdict {

using nlohmann::json;

TaskRow TaskRow::fromTask(const Task &task)
{
    TaskRow row;
    row.id = toStd(task.id);
    row.context = taskjson::contextToJson(task.context).dump();
    row.responses = taskjson::responsesToJson(task.responses).dump();
    row.meta = task.meta.dump();
    row.preview = toStd(TaskStore::previewOf(task));
    row.responseCount = int(task.responses.size());
    return row;
}

TaskRow TaskRow::fromRecord(json &record, const Task &task)
{
    const auto take = [](json &object, const char *key) -> json {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? json(std::string()) : std::move(*it);
    };
    TaskRow row;
    row.id = toStd(task.id);
    json context = json::array();
    if (const auto it = record.find("context"); it != record.end() && it->is_array()) {
        for (json &item : *it)
            context.push_back(json{{"role", take(item, "role")}, {"content", take(item, "content")}});
    }
    json responses = json::array();
    for (json &item : record.at("responses"))
        responses.push_back(
            json{{"id", take(item, "id")}, {"model", take(item, "model")}, {"content", take(item, "content")}});
    row.context = context.dump();
    row.responses = responses.dump();
    const auto meta = record.find("meta");
    row.meta = meta == record.end() || meta->is_null() ? std::string("{}") : meta->dump();
    row.preview = toStd(TaskStore::previewOf(task));
    row.responseCount = int(task.responses.size());
    return row;
}

} // namespace verdict
