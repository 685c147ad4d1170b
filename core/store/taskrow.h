#pragma once

#include "domain/task.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace verdict {

// A task as the task table stores it: UTF-8 column texts, ready to bind. The
// JSON columns are the canonical dumps TaskStore::insert writes, so the same
// task gives the same bytes however it arrived.
struct TaskRow
{
    std::string id;
    std::string context;
    std::string responses;
    std::string meta;
    std::string preview;
    int responseCount = 0;

    static TaskRow fromTask(const Task &task);
    // The row of a task record, straight from its JSON without making a Task:
    // the fast path of imports. It takes only records that are plainly valid
    // (ASCII ids, known fields, responses without earlier turns) and gives
    // nothing for anything else, which then goes through taskjson::fromJson;
    // both give the same row.
    static std::optional<TaskRow> fromPlainRecord(const nlohmann::json &record);
    // The same from the record's text, read in one pass without building the
    // JSON document: faster still. Gives nothing where fromPlainRecord would,
    // and for any text it does not parse (the caller then reads it the slow
    // way, which reports the problem).
    static std::optional<TaskRow> fromPlainText(std::string_view text);
};

} // namespace verdict
