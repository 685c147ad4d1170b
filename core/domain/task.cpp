#include "domain/task.h"

#include <algorithm>

namespace verdict {

const Response *Task::response(const QString &responseId) const
{
    const auto it
        = std::find_if(responses.cbegin(), responses.cend(), [&](const Response &r) { return r.id == responseId; });
    return it == responses.cend() ? nullptr : &*it;
}

QStringList Task::responseIds() const
{
    QStringList ids;
    ids.reserve(responses.size());
    for (const Response &r : responses)
        ids << r.id;
    return ids;
}

QString Task::prompt() const
{
    for (auto it = context.crbegin(); it != context.crend(); ++it) {
        if (it->role == u"user")
            return it->content;
    }
    return context.isEmpty() ? QString() : context.constLast().content;
}

bool Task::sameContent(const Task &other) const
{
    return id == other.id && context == other.context && responses == other.responses && meta == other.meta;
}

} // namespace verdict
