#include "codecs/jsonfields.h"

#include <cmath>

namespace verdict {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

std::optional<qint64> wholeNumber(const nlohmann::json &value)
{
    if (value.is_number_unsigned()) {
        const auto v = value.get<quint64>();
        if (v > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(v);
    }
    if (value.is_number_integer())
        return value.get<qint64>();
    if (value.is_number_float()) {
        // 2^53: beyond it a double no longer holds every whole number.
        const double d = value.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) <= 9007199254740992.0)
            return qint64(d);
    }
    return std::nullopt;
}

QString fieldPath(const QString &base, std::string_view key)
{
    const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
    return base.isEmpty() ? name : base + u'.' + name;
}

QString indexPath(const QString &base, std::size_t index)
{
    return base + u'[' + QString::number(index) + u']';
}

void JsonFields::fail(const QString &path, const QString &message)
{
    if (failed())
        return;
    m_errorPath = path;
    m_errorMessage = message;
}

QString JsonFields::error() const
{
    return m_errorPath.isEmpty() ? m_errorMessage : m_errorPath + u": " + m_errorMessage;
}

Error JsonFields::toError() const
{
    Error e = makeError(m_errorMessage);
    e.field = m_errorPath;
    return e;
}

QString JsonFields::typeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return tr("null");
    case nlohmann::json::value_t::boolean:
        return tr("a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return tr("an integer");
    case nlohmann::json::value_t::number_float:
        return tr("a number");
    case nlohmann::json::value_t::string:
        return tr("a string");
    case nlohmann::json::value_t::array:
        return tr("an array");
    case nlohmann::json::value_t::object:
        return tr("an object");
    default:
        return tr("a value");
    }
}

const nlohmann::json *JsonFields::object(const nlohmann::json &value, const QString &path)
{
    if (failed())
        return nullptr;
    if (!value.is_object()) {
        fail(path, tr("expected an object, found %1").arg(typeName(value)));
        return nullptr;
    }
    return &value;
}

const nlohmann::json *JsonFields::find(
    const nlohmann::json &object, std::string_view key, const QString &path, Need need, const char *expected)
{
    if (failed() || !object.is_object())
        return nullptr;
    const auto it = object.find(key);
    if (it == object.end() || (it->is_null() && need == Optional)) {
        if (need == Required)
            fail(path, tr("missing; expected %1").arg(tr(expected)));
        return nullptr;
    }
    return &*it;
}

QString JsonFields::string(
    const nlohmann::json &object, std::string_view key, const QString &base, Need need, const QString &fallback)
{
    const QString path = fieldPath(base, key);
    const nlohmann::json *value = find(object, key, path, need, QT_TR_NOOP("a string"));
    if (!value)
        return fallback;
    if (!value->is_string()) {
        fail(path, tr("expected a string, found %1").arg(typeName(*value)));
        return fallback;
    }
    return fromStd(value->get_ref<const std::string &>());
}

QString JsonFields::identifier(const nlohmann::json &object, std::string_view key, const QString &base, Need need,
    IdentifierKind kind, bool mayBeEmpty)
{
    const QString value = string(object, key, base, need);
    if (failed() || value.isNull() || (mayBeEmpty && value.isEmpty()))
        return value;
    if (const QString problem = identifierProblem(value, kind); !problem.isEmpty()) {
        fail(fieldPath(base, key), problem);
        return {};
    }
    return value;
}

qint64 JsonFields::integer(const nlohmann::json &object, std::string_view key, const QString &base, Need need,
    qint64 fallback, qint64 min, qint64 max)
{
    const QString path = fieldPath(base, key);
    const nlohmann::json *value = find(object, key, path, need, QT_TR_NOOP("an integer"));
    if (!value)
        return fallback;
    if (!value->is_number()) {
        fail(path, tr("expected an integer, found %1").arg(typeName(*value)));
        return fallback;
    }
    const std::optional<qint64> whole = wholeNumber(*value);
    const bool fraction = value->is_number_float() && !whole && std::isfinite(value->get<double>())
        && value->get<double>() != std::floor(value->get<double>());
    if (fraction) {
        fail(path, tr("expected a whole number, found %1").arg(fromStd(value->dump())));
        return fallback;
    }
    if (!whole || *whole < min || *whole > max) {
        const QString found = fromStd(value->dump());
        if (min == std::numeric_limits<qint64>::min() && max == std::numeric_limits<qint64>::max())
            fail(path, tr("expected a whole number that fits in 64 bits, found %1").arg(found));
        else if (max == std::numeric_limits<qint64>::max())
            fail(path, tr("expected a whole number of at least %1, found %2").arg(min).arg(found));
        else
            fail(path, tr("expected a whole number from %1 to %2, found %3").arg(min).arg(max).arg(found));
        return fallback;
    }
    return *whole;
}

double JsonFields::number(
    const nlohmann::json &object, std::string_view key, const QString &base, Need need, double fallback)
{
    const QString path = fieldPath(base, key);
    const nlohmann::json *value = find(object, key, path, need, QT_TR_NOOP("a number"));
    if (!value)
        return fallback;
    if (!value->is_number()) {
        fail(path, tr("expected a number, found %1").arg(typeName(*value)));
        return fallback;
    }
    return value->get<double>();
}

bool JsonFields::boolean(
    const nlohmann::json &object, std::string_view key, const QString &base, Need need, bool fallback)
{
    const QString path = fieldPath(base, key);
    const nlohmann::json *value = find(object, key, path, need, QT_TR_NOOP("true or false"));
    if (!value)
        return fallback;
    if (!value->is_boolean()) {
        fail(path, tr("expected true or false, found %1").arg(typeName(*value)));
        return fallback;
    }
    return value->get<bool>();
}

const nlohmann::json *JsonFields::array(
    const nlohmann::json &object, std::string_view key, const QString &base, Need need)
{
    const QString path = fieldPath(base, key);
    const nlohmann::json *value = find(object, key, path, need, QT_TR_NOOP("an array"));
    if (!value)
        return nullptr;
    if (!value->is_array()) {
        fail(path, tr("expected an array, found %1").arg(typeName(*value)));
        return nullptr;
    }
    return value;
}

const nlohmann::json *JsonFields::child(
    const nlohmann::json &object, std::string_view key, const QString &base, Need need)
{
    const QString path = fieldPath(base, key);
    const nlohmann::json *value = find(object, key, path, need, QT_TR_NOOP("an object"));
    if (!value)
        return nullptr;
    if (!value->is_object()) {
        fail(path, tr("expected an object, found %1").arg(typeName(*value)));
        return nullptr;
    }
    return value;
}

} // namespace verdict
