#include "import/openaimapper.h"

#include "codecs/jsonfields.h"
#include "import/foreignrecord.h"

namespace verdict {

using nlohmann::json;

RecordMapper::Policy OpenAiMapper::policy() const
{
    return Policy{true, true, RecordReader::Digest::WholeFile};
}

Result<QList<Message>> OpenAiMapper::messages(const json &list, const QString &path)
{
    if (!list.is_array())
        return fieldError(path, tr("expected a list of messages, found %1").arg(JsonFields::typeName(list)));
    QList<Message> turns;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString itemPath = indexPath(path, i);
        const json &item = list[i];
        if (!item.is_object())
            return fieldError(itemPath, tr("expected a message object, found %1").arg(JsonFields::typeName(item)));
        const auto role = item.find("role");
        if (role == item.end() || !role->is_string())
            return fieldError(fieldPath(itemPath, "role"), tr("missing; expected the speaker's role"));
        QString name = fromStd(role->get_ref<const std::string &>());
        if (name == u"developer")
            name = QStringLiteral("system");
        else if (name == u"function")
            name = QStringLiteral("tool");
        if (name != u"system" && name != u"user" && name != u"assistant" && name != u"tool")
            return fieldError(fieldPath(itemPath, "role"),
                tr("unknown role \"%1\"; expected system, developer, user, assistant or tool").arg(name));
        const auto content = item.find("content");
        auto text = foreign::contentText(content == item.end() ? json() : *content, fieldPath(itemPath, "content"));
        if (!text)
            return text.error();
        turns << Message{name, *text};
    }
    return turns;
}

Result<void> OpenAiMapper::map(json &record, const RecordPlace &place, ImportChunk &out)
{
    if (!record.is_object())
        return fieldError({}, tr("expected a JSON object, found %1").arg(JsonFields::typeName(record)));
    const auto list = record.find("messages");
    if (list == record.end())
        return fieldError(QStringLiteral("messages"), tr("missing; expected the chat messages"));
    auto turns = messages(*list, QStringLiteral("messages"));
    if (!turns)
        return turns.error();
    if (turns->isEmpty() || turns->constLast().role != u"assistant")
        return fieldError(
            QStringLiteral("messages"), tr("the last message must be the assistant's reply, the response to judge"));
    if (turns->constLast().content.isEmpty())
        return fieldError(indexPath(QStringLiteral("messages"), std::size_t(turns->size() - 1)),
            tr("the assistant's reply has no text to judge"));

    Task task;
    const Message reply = turns->takeLast();
    task.context = *turns;
    QString model;
    if (const auto m = record.find("model"); m != record.end() && m->is_string())
        model = fromStd(m->get_ref<const std::string &>());
    task.responses << Response{QStringLiteral("a"), model, reply.content};
    if (const auto meta = record.find("metadata"); meta != record.end() && meta->is_object())
        task.meta = *meta;
    if (const auto tools = record.find("tools"); tools != record.end())
        task.meta["tools"] = *tools;
    // A Verdict export's lineage names the task it came from; the import is a new task.
    if (const auto lineage = record.find("task_id"); lineage != record.end() && lineage->is_string())
        task.meta["source_task_id"] = *lineage;
    const auto id = record.find("id");
    if (id != record.end() && (id->is_string() || id->is_number_integer()))
        task.id = id->is_string() ? fromStd(id->get_ref<const std::string &>()) : fromStd(id->dump());
    else
        task.id = foreign::contentId(QStringLiteral("openai"), json{{"messages", *list}, {"model", toStd(model)}});
    if (auto checked = foreign::identifier(task.id, QStringLiteral("id")); !checked)
        return checked.error();
    foreign::push(out, place, task);
    return {};
}

Result<void> OpenAiMapper::finish(const RecordReader &, ImportChunk &)
{
    return {};
}

} // namespace verdict
