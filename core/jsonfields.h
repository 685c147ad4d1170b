#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string_view>

namespace verdict {

QString fromStd(const std::string &text);
std::string toStd(const QString &text);

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
    // A string that is not empty and holds no control characters.
    QString identifier(const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required);
    qint64 integer(const nlohmann::json &object, std::string_view key, const QString &base, Need need = Required,
        qint64 fallback = 0);
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
    // What is wrong with `value` as an id or a name (empty, control
    // characters), or nothing: the rule identifier() applies.
    static QString identifierProblem(const QString &value);

private:
    const nlohmann::json *find(
        const nlohmann::json &object, std::string_view key, const QString &path, Need need, const char *expected);

    QString m_errorPath;
    QString m_errorMessage;
};

} // namespace verdict
