#pragma once

#include <QString>
#include <QStringList>

namespace verdict {

// The settings a person keeps between sessions (QSettings underneath).
class AppSettings final
{
public:
    static QString person();
    static void setPerson(const QString &name);

    // Most recent first, at most ten, only files that still exist.
    static QStringList recentProjects();
    static void addRecentProject(const QString &path);
};

} // namespace verdict
