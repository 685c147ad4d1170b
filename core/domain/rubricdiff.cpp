#include "domain/rubricdiff.h"

#include "codecs/jsonfields.h"
#include "codecs/rubricjson.h"

namespace verdict {

namespace {

using nlohmann::json;

bool isKeyedList(const json &value)
{
    if (!value.is_array() || value.empty())
        return false;
    for (const json &item : value) {
        if (!item.is_object() || !item.contains("key") || !item["key"].is_string())
            return false;
    }
    return true;
}

QString brief(const json &value, qsizetype limit)
{
    if (value.is_null())
        return {};
    QString text = value.is_string() ? fromStd(value.get_ref<const std::string &>()) : fromStd(value.dump());
    text = text.simplified();
    return text.size() > limit ? text.left(limit - 1) + u'…' : text;
}

json keysOf(const json &list)
{
    json keys = json::array();
    for (const json &item : list)
        keys.push_back(item["key"]);
    return keys;
}

void diff(const json &a, const json &b, const QString &path, QList<RubricChange> &out)
{
    if (a == b)
        return;
    if (a.is_object() && b.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString child = fieldPath(path, it.key());
            if (!b.contains(it.key()))
                out << RubricChange{RubricChange::Op::Removed, child, it.value(), nullptr};
            else
                diff(it.value(), b[it.key()], child, out);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                out << RubricChange{RubricChange::Op::Added, fieldPath(path, it.key()), nullptr, it.value()};
        }
        return;
    }
    if (isKeyedList(a) && isKeyedList(b)) {
        json byKey = json::object();
        for (const json &item : b)
            byKey[item["key"].get<std::string>()] = item;
        json seen = json::object();
        for (const json &item : a) {
            const std::string key = item["key"].get<std::string>();
            const QString child = fieldPath(path, key);
            seen[key] = true;
            if (!byKey.contains(key))
                out << RubricChange{RubricChange::Op::Removed, child, item, nullptr};
            else
                diff(item, byKey[key], child, out);
        }
        for (const json &item : b) {
            const std::string key = item["key"].get<std::string>();
            if (!seen.contains(key))
                out << RubricChange{RubricChange::Op::Added, fieldPath(path, key), nullptr, item};
        }
        json common = json::array();
        json commonB = json::array();
        for (const json &k : keysOf(a)) {
            if (byKey.contains(k.get<std::string>()))
                common.push_back(k);
        }
        for (const json &k : keysOf(b)) {
            if (seen.contains(k.get<std::string>()))
                commonB.push_back(k);
        }
        if (common != commonB)
            out << RubricChange{RubricChange::Op::Changed, fieldPath(path, "order"), common, commonB};
        return;
    }
    out << RubricChange{RubricChange::Op::Changed, path, a, b};
}

} // namespace

QString RubricChange::fromText(qsizetype limit) const
{
    return brief(from, limit);
}

QString RubricChange::toText(qsizetype limit) const
{
    return brief(to, limit);
}

QString rubricChangeOpName(RubricChange::Op op)
{
    switch (op) {
    case RubricChange::Op::Added:
        return QStringLiteral("added");
    case RubricChange::Op::Removed:
        return QStringLiteral("removed");
    case RubricChange::Op::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QList<RubricChange> diffRubrics(const Rubric &from, const Rubric &to)
{
    json a = rubricjson::toJson(from);
    json b = rubricjson::toJson(to);
    a.erase("version");
    b.erase("version");
    QList<RubricChange> changes;
    // Document order: identity and text first, then criteria.
    for (const char *key : {"id", "title", "guidelines"}) {
        if (a[key] != b[key])
            changes << RubricChange{RubricChange::Op::Changed, QString::fromLatin1(key), a[key], b[key]};
    }
    diff(a["criteria"], b["criteria"], QStringLiteral("criteria"), changes);
    return changes;
}

} // namespace verdict
