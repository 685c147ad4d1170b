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

    // The colours of the application: the desktop's, or Verdict's own light or dark palette.
    enum class Theme { System, Light, Dark };
    static Theme theme();
    static void setTheme(Theme theme);

    // The font size in points for the whole application; 0 keeps the desktop's size.
    static int fontSize();
    static void setFontSize(int points);
    static constexpr int MinFontSize = 6;
    static constexpr int MaxFontSize = 32;

    // The language of the interface: a language code ("de", "es", "en"), or
    // empty to follow the system. Read at start-up.
    static QString language();
    static void setLanguage(const QString &code);
};

} // namespace verdict
