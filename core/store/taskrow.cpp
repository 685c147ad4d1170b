#include "store/taskrow.h"

#include "codecs/jsonescape.h"
#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "store/taskstore.h"

#include <algorithm>
#include <cstring>

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

namespace {

// An id taskjson would surely accept: printable ASCII, not only spaces.
// Printable ASCII, not blank, within the id length limit: anything else
// takes the full path, which names the problem.
bool plainId(const std::string &id)
{
    if (qsizetype(id.size()) > maxIdentifierLength(IdentifierKind::Id))
        return false;
    bool letter = false;
    for (const char c : id) {
        if (c < 0x20 || c > 0x7E)
            return false;
        letter = letter || c != ' ';
    }
    return letter;
}

const std::string *stringMember(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? &it->get_ref<const std::string &>() : nullptr;
}

// TaskStore::previewOf on a prompt: simplified(), then left(160). ASCII text
// (the usual case) is done on bytes; anything else through QString.
std::string previewOf(const std::string &prompt)
{
    constexpr std::size_t limit = 160;
    const bool ascii
        = std::none_of(prompt.begin(), prompt.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (!ascii)
        return toStd(fromStd(prompt).simplified().left(qsizetype(limit)));
    std::string out;
    bool pendingSpace = false;
    for (const char c : prompt) {
        if (out.size() == limit)
            break;
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
            if (out.size() == limit)
                break;
        }
        out += c;
    }
    return out;
}

} // namespace

std::optional<TaskRow> TaskRow::fromPlainRecord(const json &record)
{
    if (!record.is_object())
        return std::nullopt;
    for (auto it = record.begin(); it != record.end(); ++it) {
        const std::string &key = it.key();
        if (key != "type" && key != "id" && key != "context" && key != "responses" && key != "meta")
            return std::nullopt;
    }
    const std::string *id = stringMember(record, "id");
    if (!id || !plainId(*id))
        return std::nullopt;
    TaskRow row;
    row.id = *id;

    const std::string *prompt = nullptr;
    const std::string *lastTurn = nullptr;
    row.context = "[";
    if (const auto context = record.find("context"); context != record.end() && !context->is_null()) {
        if (!context->is_array())
            return std::nullopt;
        for (const json &item : *context) {
            if (!item.is_object())
                return std::nullopt;
            const std::string *role = stringMember(item, "role");
            const std::string *content = stringMember(item, "content");
            if (!role || !content || (*role != "system" && *role != "user" && *role != "assistant" && *role != "tool"))
                return std::nullopt;
            if (row.context.size() > 1)
                row.context += ',';
            row.context += "{\"content\":";
            jsonescape::appendString(row.context, *content);
            row.context += ",\"role\":";
            jsonescape::appendString(row.context, *role);
            row.context += '}';
            if (*role == "user")
                prompt = content;
            lastTurn = content;
        }
    }
    row.context += ']';

    const auto responses = record.find("responses");
    if (responses == record.end() || !responses->is_array() || responses->empty())
        return std::nullopt;
    std::vector<const std::string *> ids;
    row.responses = "[";
    for (const json &item : *responses) {
        if (!item.is_object())
            return std::nullopt;
        const std::string *responseId = stringMember(item, "id");
        const std::string *content = stringMember(item, "content");
        const auto model = item.find("model");
        // Earlier turns take the slow path, which checks and writes them.
        if (!responseId || !content || !plainId(*responseId)
            || (model != item.end() && !model->is_null() && !model->is_string()) || item.contains("earlier_turns"))
            return std::nullopt;
        for (const std::string *other : ids) {
            if (*other == *responseId)
                return std::nullopt;
        }
        ids.push_back(responseId);
        if (row.responses.size() > 1)
            row.responses += ',';
        row.responses += "{\"content\":";
        jsonescape::appendString(row.responses, *content);
        row.responses += ",\"id\":";
        jsonescape::appendString(row.responses, *responseId);
        row.responses += ",\"model\":";
        jsonescape::appendString(row.responses,
            model != item.end() && model->is_string() ? std::string_view(model->get_ref<const std::string &>())
                                                      : std::string_view());
        row.responses += '}';
    }
    row.responses += ']';
    row.responseCount = int(ids.size());

    const auto meta = record.find("meta");
    if (meta == record.end() || meta->is_null())
        row.meta = "{}";
    else if (meta->is_object())
        row.meta = meta->dump();
    else
        return std::nullopt;

    // As TaskStore::previewOf: the last user turn, or the last turn of any role.
    const std::string *shown = prompt ? prompt : lastTurn;
    row.preview = shown ? previewOf(*shown) : std::string();
    return row;
}

namespace {

// SAX events of one task record turned straight into a TaskRow. Any event
// outside the plain shape makes it give up (returns false), and the caller
// parses the record the slow way.
class PlainTaskReader
{
public:
    bool null()
    {
        if (m_at == At::Top && (m_key == Key::Context || m_key == Key::Meta)) {
            if (m_key == Key::Meta)
                m_row.meta = "{}";
            return true;
        }
        if (m_at == At::ResponseItem && m_key == Key::Model) {
            m_model.clear();
            return true;
        }
        return metaValue(json(nullptr));
    }
    bool boolean(bool value) { return metaValue(json(value)); }
    bool number_integer(json::number_integer_t value) { return metaValue(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return metaValue(json(value)); }
    bool number_float(json::number_float_t value, const std::string &) { return metaValue(json(value)); }
    bool binary(json::binary_t &) { return false; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

    bool string(std::string &value)
    {
        switch (m_at) {
        case At::Top:
            if (m_key == Key::Type)
                return value == "task";
            if (m_key == Key::Id && plainId(value)) {
                m_row.id = std::move(value);
                return true;
            }
            return false;
        case At::ContextItem:
        case At::ResponseItem:
            if (m_key == Key::Role)
                m_role = std::move(value);
            else if (m_key == Key::Content)
                m_content = std::move(value);
            else if (m_key == Key::Id)
                m_responseId = std::move(value);
            else if (m_key == Key::Model)
                m_model = std::move(value);
            else
                return false;
            return true;
        case At::Meta:
            return metaValue(json(std::move(value)));
        default:
            return false;
        }
    }

    bool start_object(std::size_t)
    {
        switch (m_at) {
        case At::Start:
            m_at = At::Top;
            return true;
        case At::Top:
            if (m_key != Key::Meta)
                return false;
            m_at = At::Meta;
            m_meta = json::object();
            m_metaStack.push_back(&m_meta);
            return true;
        case At::Context:
            m_at = At::ContextItem;
            m_seen = 0;
            return true;
        case At::Responses:
            m_at = At::ResponseItem;
            m_seen = 0;
            m_model.clear();
            return true;
        case At::Meta:
            return metaOpen(json(json::value_t::object));
        default:
            return false;
        }
    }

    bool end_object()
    {
        switch (m_at) {
        case At::Top:
            m_at = At::Done;
            return true;
        case At::ContextItem:
            m_at = At::Context;
            return closeTurn();
        case At::ResponseItem:
            m_at = At::Responses;
            return closeResponse();
        case At::Meta:
            m_metaStack.pop_back();
            if (m_metaStack.empty()) {
                m_at = At::Top;
                m_row.meta = m_meta.dump();
            }
            return true;
        default:
            return false;
        }
    }

    bool start_array(std::size_t)
    {
        if (m_at == At::Top && m_key == Key::Context) {
            m_at = At::Context;
            return true;
        }
        if (m_at == At::Top && m_key == Key::Responses) {
            m_at = At::Responses;
            return true;
        }
        return m_at == At::Meta && metaOpen(json(json::value_t::array));
    }

    bool end_array()
    {
        if (m_at == At::Context || m_at == At::Responses) {
            m_at = At::Top;
            return true;
        }
        if (m_at == At::Meta) {
            m_metaStack.pop_back();
            return true;
        }
        return false;
    }

    bool key(std::string &name)
    {
        if (m_at == At::Meta) {
            auto [it, inserted] = m_metaStack.back()->get_ref<json::object_t &>().emplace(std::move(name), nullptr);
            m_metaSlot = &it->second;
            return inserted;
        }
        Key k = Key::Other;
        if (m_at == At::Top) {
            k = name == "type"        ? Key::Type
                : name == "id"        ? Key::Id
                : name == "context"   ? Key::Context
                : name == "responses" ? Key::Responses
                : name == "meta"      ? Key::Meta
                                      : Key::Other;
        } else if (m_at == At::ContextItem) {
            k = name == "role" ? Key::Role : name == "content" ? Key::Content : Key::Other;
        } else if (m_at == At::ResponseItem) {
            k = name == "id" ? Key::Id : name == "model" ? Key::Model : name == "content" ? Key::Content : Key::Other;
        }
        const unsigned bit = 1u << unsigned(k);
        if (k == Key::Other || (m_seen & bit))
            return false;
        m_seen |= bit;
        if (m_at == At::Top)
            m_topSeen = m_seen;
        m_key = k;
        return true;
    }

    std::optional<TaskRow> finish()
    {
        const unsigned needed
            = (1u << unsigned(Key::Type)) | (1u << unsigned(Key::Id)) | (1u << unsigned(Key::Responses));
        if (m_at != At::Done || (m_topSeen & needed) != needed || m_ids.empty())
            return std::nullopt;
        m_row.context += m_row.context.empty() ? "[]" : "]";
        m_row.responses += ']';
        if (m_row.meta.empty())
            m_row.meta = "{}";
        m_row.responseCount = int(m_ids.size());
        const std::string &shown = m_hasPrompt ? m_prompt : m_lastTurn;
        m_row.preview = previewOf(shown);
        return std::move(m_row);
    }

private:
    enum class At { Start, Top, Context, ContextItem, Responses, ResponseItem, Meta, Done };
    enum class Key : unsigned { Type, Id, Context, Responses, Meta, Role, Content, Model, Other };

    bool closeTurn()
    {
        const unsigned both = (1u << unsigned(Key::Role)) | (1u << unsigned(Key::Content));
        if ((m_seen & both) != both
            || (m_role != "system" && m_role != "user" && m_role != "assistant" && m_role != "tool"))
            return false;
        reserveFor(m_row.context, m_role.size());
        m_row.context += "{\"content\":";
        jsonescape::appendString(m_row.context, m_content);
        m_row.context += ",\"role\":";
        jsonescape::appendString(m_row.context, m_role);
        m_row.context += '}';
        if (m_role == "user") {
            m_prompt = enoughForPreview(m_content);
            m_hasPrompt = true;
        } else if (!m_hasPrompt) {
            m_lastTurn = enoughForPreview(m_content);
        }
        if (m_hasPrompt)
            m_lastTurn.clear();
        m_content = std::string(); // a long text is held once, in the row
        m_seen = m_topSeen;
        return true;
    }

    bool closeResponse()
    {
        const unsigned both = (1u << unsigned(Key::Id)) | (1u << unsigned(Key::Content));
        if ((m_seen & both) != both || !plainId(m_responseId))
            return false;
        for (const std::string &id : m_ids) {
            if (id == m_responseId)
                return false;
        }
        reserveFor(m_row.responses, m_responseId.size() + m_model.size());
        m_row.responses += "{\"content\":";
        jsonescape::appendString(m_row.responses, m_content);
        m_row.responses += ",\"id\":";
        jsonescape::appendString(m_row.responses, m_responseId);
        m_row.responses += ",\"model\":";
        jsonescape::appendString(m_row.responses, m_model);
        m_row.responses += '}';
        m_content = std::string(); // a long text is held once, in the row
        m_ids.push_back(std::move(m_responseId));
        m_seen = m_topSeen;
        return true;
    }

    // Opens the next item of a list of turns or responses, with room for its
    // content at once: a long text is not copied again as the list grows.
    void reserveFor(std::string &list, std::size_t other)
    {
        list.reserve(list.size() + m_content.size() + other + 64);
        list += list.empty() ? '[' : ',';
    }

    // As much of a turn as its preview needs (previewOf: simplified, then the
    // first 160 characters): the text itself when short, else its first 64 KiB
    // when they hold more than that (the preview is then the same).
    static std::string enoughForPreview(const std::string &text)
    {
        constexpr std::size_t head = 64 << 10;
        if (text.size() <= head)
            return text;
        std::size_t cut = head;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        std::string start = text.substr(0, cut);
        return fromStd(start).simplified().size() > 160 ? start : text;
    }

    bool metaOpen(json &&value)
    {
        if (m_metaStack.size() >= 60)
            return false;
        json *slot = place(std::move(value));
        m_metaStack.push_back(slot);
        return true;
    }

    bool metaValue(json &&value)
    {
        if (m_at != At::Meta)
            return false;
        place(std::move(value));
        return true;
    }

    json *place(json &&value)
    {
        json *top = m_metaStack.back();
        if (top->is_array()) {
            auto &array = top->get_ref<json::array_t &>();
            array.push_back(std::move(value));
            return &array.back();
        }
        *m_metaSlot = std::move(value);
        return m_metaSlot;
    }

    TaskRow m_row;
    At m_at = At::Start;
    Key m_key = Key::Other;
    unsigned m_seen = 0;
    unsigned m_topSeen = 0;
    std::string m_role;
    std::string m_content;
    std::string m_responseId;
    std::string m_model;
    std::vector<std::string> m_ids;
    std::string m_prompt;
    std::string m_lastTurn;
    bool m_hasPrompt = false;
    json m_meta;
    std::vector<json *> m_metaStack;
    json *m_metaSlot = nullptr;
};

} // namespace

std::optional<TaskRow> TaskRow::fromPlainText(std::string_view text)
{
    if (std::memchr(text.data(), 0, text.size()))
        return std::nullopt;
    PlainTaskReader reader;
    if (!json::sax_parse(text.begin(), text.end(), &reader, json::input_format_t::json, true, false))
        return std::nullopt;
    return reader.finish();
}

} // namespace verdict
