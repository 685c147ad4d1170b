#pragma once

#include "domain/task.h"
#include "util/result.h"

#include <optional>

// The task record of the batch format (docs/batch-format.md).
namespace verdict::taskjson {

// Reads and checks a task record. Errors name the field path ("responses[1].content: …").
Result<Task> fromJson(const nlohmann::json &json);

// The task as a record, with "type": "task".
nlohmann::json toJson(const Task &task);

nlohmann::json contextToJson(const QList<Message> &context);
// Each response as {"id", "model", "content"}, with "earlier_turns" only when it has any.
nlohmann::json responsesToJson(const QList<Response> &responses);

// The context and responses as the project stores them (the dumps of the two
// functions above); nothing when the stored value does not have that shape.
std::optional<QList<Message>> contextFromStored(const nlohmann::json &context);
std::optional<QList<Response>> responsesFromStored(const nlohmann::json &responses);

} // namespace verdict::taskjson
