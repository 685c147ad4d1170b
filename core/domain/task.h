#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace verdict {

// One turn of the conversation that led to the responses.
struct Message
{
    QString role; // system, user, assistant, tool
    QString content;
    bool operator==(const Message &) const = default;
};

// One model output to judge. `id` is short and stable within the task ("a", "b").
// `content` is the final reply, the text spans, rewrites and metrics work on.
// A response that carries several turns (a preference pair whose sides part
// before their last reply) keeps the turns of its side before that reply in
// `earlierTurns`, oldest first; they follow the task's context.
struct Response
{
    QString id;
    QString model;
    QString content;
    QList<Message> earlierTurns = {};
    bool operator==(const Response &) const = default;
};

// One prompt with the responses to judge.
struct Task
{
    qint64 rowId = 0; // the store's key; 0 until stored
    QString id; // stable external id
    QList<Message> context;
    QList<Response> responses;
    nlohmann::json meta = nlohmann::json::object(); // free metadata: source, language, intent…

    const Response *response(const QString &responseId) const;
    QStringList responseIds() const;
    // The last user turn, or the last turn of any role when there is none.
    QString prompt() const;
    // The task's content without the store key.
    bool sameContent(const Task &other) const;
};

} // namespace verdict
