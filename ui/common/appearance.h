#pragma once

#include "common/appsettings.h"

#include <QPalette>

class QWidget;

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
    // Gives `widget` its parent's font scaled by `scale`, bold when asked,
    // and keeps it in proportion when the font size setting changes (a font
    // set by hand would keep its old size).
    static void setRelativeFont(QWidget *widget, qreal scale, bool bold = false);
};

} // namespace verdict
