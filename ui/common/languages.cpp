#include "common/languages.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace verdict {

namespace {

// Owned by the application once installed; removed when another language is installed.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool isAvailable(const QString &code)
{
    const QList<Languages::Language> all = Languages::available();
    return std::any_of(all.cbegin(), all.cend(), [&code](const Languages::Language &l) { return l.code == code; });
}

} // namespace

QList<Languages::Language> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString Languages::systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Languages::install(const QString &code)
{
    for (QTranslator *old : installed()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed().clear();

    const bool chosen = isAvailable(code);
    const QString language = chosen ? code : systemLanguage();
    if (chosen) // else the system's locale stays, region and all
        QLocale::setDefault(QLocale(language));
    if (language == u"en")
        return language;

    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/verdict_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    return language;
}

} // namespace verdict
