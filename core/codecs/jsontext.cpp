#include "codecs/jsontext.h"

#include <QStringList>

#include <string>
#include <variant>
#include <vector>

namespace verdict::jsontext {

namespace {

using Step = std::variant<std::string, std::size_t>;

std::vector<Step> parsePath(const QString &path)
{
    std::vector<Step> steps;
    const QByteArray utf8 = path.toUtf8();
    std::string current;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '.' || c == '[') {
            if (!current.empty())
                steps.emplace_back(std::move(current));
            current.clear();
            if (c == '[') {
                std::size_t index = 0;
                ++i;
                while (i < utf8.size() && utf8[i] != ']')
                    index = index * 10 + std::size_t(utf8[i++] - '0');
                steps.emplace_back(index);
            }
        } else {
            current += c;
        }
    }
    if (!current.empty())
        steps.emplace_back(std::move(current));
    return steps;
}

// A scanner over JSON text that is known to be valid.
class Scanner
{
public:
    Scanner(std::string_view text, const std::vector<Step> &target)
        : m_text(text)
        , m_target(target)
    { }

    std::size_t run()
    {
        skipSpace();
        value(0);
        return m_best;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    std::string string()
    {
        std::string out;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\') {
                out += m_text[m_pos++];
            }
            if (m_pos < m_text.size())
                out += m_text[m_pos++];
        }
        ++m_pos; // closing quote
        return out;
    }

    // `depth` steps of the target have matched up to this value.
    void value(std::size_t depth)
    {
        if (depth > 0 && m_matching)
            m_best = m_pos;
        if (m_pos >= m_text.size())
            return;
        const char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            skipSpace();
            while (m_pos < m_text.size() && m_text[m_pos] != '}') {
                const std::string key = string();
                skipSpace();
                ++m_pos; // colon
                skipSpace();
                const bool was = m_matching;
                m_matching = was && depth < m_target.size() && m_target[depth] == Step(key);
                value(depth + 1);
                m_matching = was;
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            std::size_t index = 0;
            while (m_pos < m_text.size() && m_text[m_pos] != ']') {
                const bool was = m_matching;
                m_matching = was && depth < m_target.size() && m_target[depth] == Step(index);
                value(depth + 1);
                m_matching = was;
                ++index;
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' && m_text[m_pos] != ']'
                && m_text[m_pos] != ' ' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r' && m_text[m_pos] != '\t')
                ++m_pos;
        }
    }

    std::string_view m_text;
    const std::vector<Step> &m_target;
    std::size_t m_pos = 0;
    std::size_t m_best = 0;
    bool m_matching = true;
};

} // namespace

Position positionOf(std::string_view text, std::size_t byteOffset)
{
    Position position{1, 1};
    const std::size_t end = std::min(byteOffset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not continuation bytes
            ++position.column;
        }
    }
    return position;
}

std::size_t locate(std::string_view text, const QString &path)
{
    const std::vector<Step> steps = parsePath(path);
    Scanner scanner(text, steps);
    return scanner.run();
}

} // namespace verdict::jsontext
