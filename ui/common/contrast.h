#pragma once

#include <QColor>

namespace verdict {

// Colour contrast as WCAG 2.1 defines it: relative luminance of sRGB colours
// and the ratio (L1 + 0.05) / (L2 + 0.05) between two of them. Text needs at
// least 4.5:1 against what is behind it (success criterion 1.4.3, level AA).
class Contrast final
{
public:
    static constexpr double MinimumText = 4.5;

    // 0 for black, 1 for white.
    static double luminance(const QColor &color);
    // From 1 (same luminance) to 21 (black on white); the order does not matter.
    static double ratio(const QColor &a, const QColor &b);
    // `over`, with its alpha, painted on the opaque `under`.
    static QColor blend(const QColor &over, const QColor &under);
    // Black or white, whichever reads better on `background` (never below 4.58:1).
    static QColor textOn(const QColor &background);
    // `color`, darkened or lightened (keeping its hue) until it reaches
    // `minimum` against `background`; unchanged when it already does.
    static QColor readable(const QColor &color, const QColor &background, double minimum = MinimumText);
    // A translucent tint of `label` to lay under `text` on `base`: `alpha` or
    // less, so that the text keeps `minimum` against the tinted background.
    static QColor tint(
        const QColor &label, const QColor &base, const QColor &text, int alpha, double minimum = MinimumText);
};

} // namespace verdict
