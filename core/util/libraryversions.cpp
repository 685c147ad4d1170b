#include "util/libraryversions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace verdict {

QString LibraryVersions::qtRuntime()
{
    return QString::fromLatin1(qVersion());
}

QString LibraryVersions::qtBuild()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString LibraryVersions::sqlite()
{
    const QString name = QStringLiteral("verdict-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString LibraryVersions::jsonLibrary()
{
    return QStringLiteral("nlohmann/json");
}

QString LibraryVersions::jsonLibraryVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(NLOHMANN_JSON_VERSION_MAJOR)
        .arg(NLOHMANN_JSON_VERSION_MINOR)
        .arg(NLOHMANN_JSON_VERSION_PATCH);
}

} // namespace verdict
