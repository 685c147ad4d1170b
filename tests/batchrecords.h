#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>

// Reading batch files back in tests.
namespace verdict::testutil {

// Every record of a JSONL file, parsed; empty when it cannot be read.
inline QList<nlohmann::json> records(const QString &file)
{
    QFile f(file);
    QList<nlohmann::json> list;
    if (!f.open(QIODevice::ReadOnly))
        return list;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.trimmed().isEmpty())
            list << nlohmann::json::parse(line.toStdString());
    }
    return list;
}

// Whether any object in `value`, at any depth, has the key.
inline bool holdsKey(const nlohmann::json &value, const std::string &key)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it.key() == key || holdsKey(it.value(), key))
                return true;
        }
    } else if (value.is_array()) {
        for (const nlohmann::json &item : value) {
            if (holdsKey(item, key))
                return true;
        }
    }
    return false;
}

} // namespace verdict::testutil
