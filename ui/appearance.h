#pragma once

#include "appsettings.h"

#include <QPalette>

namespace verdict {

// Applies the theme and font size of the settings to the whole application:
// a palette for every window (the desktop's, or Verdict's light or dark one)
// and one font size. Windows follow at once through Qt's palette and font
// change events.
class Appearance final
{
public:
    // Applies what AppSettings holds; call once the QApplication exists.
    static void applySettings();
    static void apply(AppSettings::Theme theme, int fontSize);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether the application's palette is a dark one.
    static bool isDark();
};

} // namespace verdict
