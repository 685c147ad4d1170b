#pragma once

#include "result.h"
#include "task.h"

// The task record of the batch format (docs/batch-format.md).
namespace verdict::taskjson {

// Reads and checks a task record. Errors name the field path ("responses[1].content: …").
Result<Task> fromJson(const nlohmann::json &json);

// The task as a record, with "type": "task".
nlohmann::json toJson(const Task &task);

nlohmann::json contextToJson(const QList<Message> &context);
nlohmann::json responsesToJson(const QList<Response> &responses);

} // namespace verdict::taskjson
