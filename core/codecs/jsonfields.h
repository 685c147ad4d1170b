#pragma once

#include "domain/validation.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <limits>
#include <optional>
#include <string_view>

namespace verdict {

QString fromStd(std::string_view text);
std::string toStd(const QString &text);

// A JSON number as a 64-bit whole number, exactly: nothing for anything
// else, for a fraction, and for a number beyond the 64-bit range (which
// nlohmann/json's get<qint64>() would wrap around). A number written with
// a fraction part of zero ("3.0") counts when a double holds it exactly.
std::optional<qint64> wholeNumber(const nlohmann::json &value);

// Joins a field path: "responses[1]" + "content" -> "responses[1].content".
QString fieldPath(const QString &base, std::string_view key);
QString indexPath(const QString &base, std::size_t index);

// Reads typed fields out of parsed JSON and remembers the first problem as
// "path: expected …". Reads after a failure return defaults, so a reader can
// read a whole record and check failed() once.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    enum Need { Required, Optional };

    bool failed() const { return !m_errorMessage.isEmpty(); }
    // "path: message"
    QString error() const;
    const QString &errorPath() const { return m_errorPath; }
    const QString &errorMessage() const { return m_errorMessage; }
    // The first problem as an Error with its field set.
    Error toError() const;
    void fail(const QString &path, const QString &message);

    // The object at `value`, or null (with a failure) if it is not one.
    const nlohmann::json *object(const nlohmann::json &value, const QString &path);

    QString string(const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required,
        const QString &fallback = {});
    // A string that is a valid identifier of `kind` (validation.h): not
    // empty, no control characters, not too long. `mayBeEmpty` lets an empty
    // string through for fields that can be blank.
    QString identifier(const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required,
        IdentifierKind kind = IdentifierKind::Id, bool mayBeEmpty = false);
    // A whole number from `min` to `max`; a fraction, a number outside the
    // range and one beyond 64 bits fail, naming the range.
    qint64 integer(const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required,
        qint64 fallback = 0, qint64 min = std::numeric_limits<qint64>::min(),
        qint64 max = std::numeric_limits<qint64>::max());
    double number(const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required,
        double fallback = 0);
    bool boolean(const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required,
        bool fallback = false);
    // The array or object under `key`, or null when absent and optional or on a failure.
    const nlohmann::json *array(
        const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required);
    const nlohmann::json *child(
        const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required);

    static QString typeName(const nlohmann::json &value);

private:
    const nlohmann::json *find(
        const nlohmann::json &object, std::string_view key, const QString &path, Need need, const char *expected);

    QString m_errorPath;
    QString m_errorMessage;
};

} // namespace verdict
