#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace verdict {

// The languages of the interface and their loading: Verdict's own
// translations (built into the program from translations/*.ts) and Qt's
// translations of its standard dialogs and buttons where the system has them
// (Debian: qt6-translations-l10n).
class Languages final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::Languages)

public:
    struct Language
    {
        QString code; // "en", "de", "es"
        QString name; // in its own language: "Deutsch"
    };
    // Every language Verdict is translated into, English first.
    static QList<Language> available();

    // Installs the translators for `code` (empty: the first of the system's
    // languages that Verdict has, else English) into the application and
    // returns the language code now in effect. Call before making windows.
    static QString install(const QString &code);
    // The language that install() would pick for the system's settings.
    static QString systemLanguage();
};

} // namespace verdict
