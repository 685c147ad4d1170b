#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace verdict {

namespace {
const QString personKey = QStringLiteral("person/name");
const QString recentKey = QStringLiteral("projects/recent");
constexpr int maxRecent = 10;
} // namespace

QString AppSettings::person()
{
    return QSettings().value(personKey).toString();
}

void AppSettings::setPerson(const QString &name)
{
    QSettings().setValue(personKey, name.trimmed());
}

QStringList AppSettings::recentProjects()
{
    QStringList existing;
    const QStringList stored = QSettings().value(recentKey).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void AppSettings::addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(recentKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecent)
        list.removeLast();
    QSettings().setValue(recentKey, list);
}

} // namespace verdict
