#pragma once

#include "task.h"

#include <nlohmann/json.hpp>

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
    // From a task record that taskjson::fromJson accepted as `task`; moves
    // the texts out of `record` instead of converting them from `task`.
    static TaskRow fromRecord(nlohmann::json &record, const Task &task);
};

} // namespace verdict
