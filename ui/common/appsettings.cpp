#include "common/appsettings.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace verdict {

namespace {
const QString personKey = QStringLiteral("person/name");
const QString recentKey = QStringLiteral("projects/recent");
const QString themeKey = QStringLiteral("appearance/theme");
const QString fontSizeKey = QStringLiteral("appearance/fontSize");
const QString languageKey = QStringLiteral("interface/language");
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

AppSettings::Theme AppSettings::theme()
{
    const QString value = QSettings().value(themeKey).toString();
    if (value == u"light")
        return Theme::Light;
    if (value == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    switch (theme) {
    case Theme::System:
        QSettings().remove(themeKey);
        break;
    case Theme::Light:
        QSettings().setValue(themeKey, QStringLiteral("light"));
        break;
    case Theme::Dark:
        QSettings().setValue(themeKey, QStringLiteral("dark"));
        break;
    }
}

int AppSettings::fontSize()
{
    const int points = QSettings().value(fontSizeKey, 0).toInt();
    return points == 0 ? 0 : std::clamp(points, MinFontSize, MaxFontSize);
}

void AppSettings::setFontSize(int points)
{
    if (points <= 0)
        QSettings().remove(fontSizeKey);
    else
        QSettings().setValue(fontSizeKey, std::clamp(points, MinFontSize, MaxFontSize));
}

QString AppSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, code);
}

} // namespace verdict
