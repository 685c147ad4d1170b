#include "codecs/jsonlineparser.h"

#include <cstring>
#include <set>
#include <vector>

namespace verdict {

namespace {

using nlohmann::json;

// Builds the document like nlohmann's own DOM parser, but stops on a
// duplicate key or on nesting deeper than the limit.
class DomBuilder
{
public:
    enum class Stop { None, DuplicateKey, TooDeep };

    explicit DomBuilder(json &root)
        : m_root(root)
    { }

    bool null() { return place(json(nullptr)); }
    bool boolean(bool value) { return place(json(value)); }
    bool number_integer(json::number_integer_t value) { return place(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return place(json(value)); }
    bool number_float(json::number_float_t value, const json::string_t &) { return place(json(value)); }
    bool string(json::string_t &value) { return place(json(std::move(value))); }
    bool binary(json::binary_t &) { return false; }

    bool start_object(std::size_t)
    {
        if (m_stack.size() >= std::size_t(JsonLineParser::MaxDepth)) {
            m_stop = Stop::TooDeep;
            return false;
        }
        json *value = insert(json(json::value_t::object));
        m_stack.push_back(value);
        return true;
    }

    bool key(json::string_t &name)
    {
        auto &object = m_stack.back()->get_ref<json::object_t &>();
        auto [it, inserted] = object.emplace(std::move(name), nullptr);
        if (!inserted) {
            m_stop = Stop::DuplicateKey;
            m_key = it->first;
            return false;
        }
        m_slot = &it->second;
        return true;
    }

    bool end_object()
    {
        m_stack.pop_back();
        return true;
    }

    bool start_array(std::size_t)
    {
        if (m_stack.size() >= std::size_t(JsonLineParser::MaxDepth)) {
            m_stop = Stop::TooDeep;
            return false;
        }
        json *value = insert(json(json::value_t::array));
        m_stack.push_back(value);
        return true;
    }

    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &error)
    {
        m_errorPosition = position;
        m_errorText = error.what();
        return false;
    }

    Stop stop() const { return m_stop; }
    const std::string &duplicateKey() const { return m_key; }
    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string &errorText() const { return m_errorText; }

private:
    json *insert(json &&value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json *top = m_stack.back();
        if (top->is_array()) {
            auto &array = top->get_ref<json::array_t &>();
            array.push_back(std::move(value));
            return &array.back();
        }
        *m_slot = std::move(value);
        return m_slot;
    }

    bool place(json &&value)
    {
        insert(std::move(value));
        return true;
    }

    json &m_root;
    std::vector<json *> m_stack;
    json *m_slot = nullptr;
    Stop m_stop = Stop::None;
    std::string m_key;
    std::size_t m_errorPosition = 0;
    std::string m_errorText;
};

// A scanner over the start of JSON text, for the offsets of the rare problems
// the builder stops on.
class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    { }

    // The offset of the bracket that opens level `limit` + 1.
    std::size_t tooDeep(int limit)
    {
        int depth = 0;
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos) {
            const char c = m_text[m_pos];
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                if (++depth > limit)
                    return m_pos;
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
        return 0;
    }

    // The offset of the opening quote of the first key repeated in one object.
    std::size_t duplicateKey()
    {
        // For each open container: whether it is an object, and its keys.
        std::vector<std::pair<bool, std::set<std::string>>> stack;
        bool expectKey = false;
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos) {
            const char c = m_text[m_pos];
            if (c == '"') {
                const std::size_t start = m_pos;
                skipString();
                if (expectKey && !stack.empty() && stack.back().first) {
                    const std::string raw(m_text.substr(start, m_pos - start + 1));
                    const json name = json::parse(raw, nullptr, false);
                    const std::string key = name.is_string() ? name.get<std::string>() : raw;
                    if (!stack.back().second.insert(key).second)
                        return start;
                }
                expectKey = false;
            } else if (c == '{') {
                stack.emplace_back(true, std::set<std::string>());
                expectKey = true;
            } else if (c == '[') {
                stack.emplace_back(false, std::set<std::string>());
            } else if (c == '}' || c == ']') {
                if (!stack.empty())
                    stack.pop_back();
            } else if (c == ',') {
                expectKey = !stack.empty() && stack.back().first;
            }
        }
        return 0;
    }

private:
    // From an opening quote to its closing quote.
    void skipString()
    {
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            if (m_text[m_pos] == '\\')
                ++m_pos;
            else if (m_text[m_pos] == '"')
                return;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

// "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error while parsing …" → "syntax error …"
QString parserMessage(const std::string &what)
{
    const std::size_t colon = what.find(": ");
    const std::string rest = colon == std::string::npos ? what : what.substr(colon + 2);
    return QString::fromUtf8(rest.data(), qsizetype(rest.size()));
}

} // namespace

std::size_t JsonLineParser::invalidUtf8Offset(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned int codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond U+10FFFF.
        if ((length == 3 && codePoint < 0x800) || (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return std::string_view::npos;
}

void JsonLineParser::fail(std::size_t offset, QString message)
{
    m_offset = offset;
    m_message = std::move(message);
}

bool JsonLineParser::parse(std::string_view text, nlohmann::json &out)
{
    // nlohmann/json reads a NUL outside a string as the end of the input.
    if (const void *nul = std::memchr(text.data(), 0, text.size())) {
        fail(std::size_t(static_cast<const char *>(nul) - text.data()),
            tr("NUL byte in the input (a JSON text can only hold one escaped as \\u0000)"));
        return false;
    }
    DomBuilder builder(out);
    if (json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true, false))
        return true;
    out = json();
    switch (builder.stop()) {
    case DomBuilder::Stop::DuplicateKey:
        fail(Scanner(text).duplicateKey(),
            tr("duplicate key \"%1\" in one object").arg(QString::fromUtf8(builder.duplicateKey().c_str())));
        return false;
    case DomBuilder::Stop::TooDeep:
        fail(Scanner(text).tooDeep(MaxDepth), tr("nested deeper than %1 levels").arg(MaxDepth));
        return false;
    case DomBuilder::Stop::None:
        break;
    }
    if (const std::size_t bad = invalidUtf8Offset(text); bad != std::string_view::npos) {
        const QString byte = QString::number(static_cast<unsigned char>(text[bad]), 16).toUpper();
        fail(bad, tr("invalid UTF-8 (byte 0x%1); the file must be encoded as UTF-8").arg(byte));
        return false;
    }
    // nlohmann counts characters read; the offending one is the last of them.
    const std::size_t position = builder.errorPosition();
    fail(position > 0 ? std::min(position - 1, text.size()) : 0,
        tr("invalid JSON: %1").arg(parserMessage(builder.errorText())));
    return false;
}

} // namespace verdict
