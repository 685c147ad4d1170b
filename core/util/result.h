#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace verdict {

// A problem with a location. `line` and `column` are 1-based; 0 means unknown.
struct Error
{
    QString message;
    QString file;
    int line = 0;
    int column = 0;
    QString field; // the path of the field the message is about ("responses[1].content"), if any
    // The database refused a value (a constraint failed): a problem with what
    // was being stored, which a reader of files turns into a message about
    // the record; the message itself is the database's.
    bool refusedValue = false;
    bool busy = false; // another program held the project's write lock: trying again later may work

    // "FILE:LINE:COLUMN: field: message", leaving out the parts that are unknown.
    QString toString() const;
};

// The value of an operation that can fail, or the error that stopped it.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString file = {}, int line = 0, int column = 0)
{
    return Error{std::move(message), std::move(file), line, column, {}, false};
}

// An error about one field of a record (its JSON path), placed by the caller.
inline Error fieldError(const QString &field, const QString &message)
{
    Error e = makeError(message);
    e.field = field;
    return e;
}

} // namespace verdict
