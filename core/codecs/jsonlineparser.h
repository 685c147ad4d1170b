#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <string_view>

namespace verdict {

// Parses one JSON value from a record of a JSONL file, refusing what
// nlohmann/json would let through silently or crash on: a NUL byte (it ends
// the input early), duplicate keys (the last would win), nesting deeper than
// MaxDepth (unbounded depth can exhaust the stack later), and invalid UTF-8.
// On failure problemOffset() is the byte offset of the problem in the text.
class JsonLineParser final
{
    Q_DECLARE_TR_FUNCTIONS(JsonLineParser)

public:
    static constexpr int MaxDepth = 64;

    bool parse(std::string_view text, nlohmann::json &out);

    std::size_t problemOffset() const { return m_offset; }
    const QString &problemMessage() const { return m_message; }

    // The offset of the first byte that is not valid UTF-8, or npos.
    static std::size_t invalidUtf8Offset(std::string_view text);

private:
    void fail(std::size_t offset, QString message);

    std::size_t m_offset = 0;
    QString m_message;
};

} // namespace verdict
