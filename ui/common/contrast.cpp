#include "common/contrast.h"

#include <algorithm>
#include <cmath>

namespace verdict {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double Contrast::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::blend(const QColor &over, const QColor &under)
{
    const QColor o = over.toRgb();
    const QColor u = under.toRgb();
    const double a = o.alphaF();
    return QColor::fromRgbF(float(o.redF() * a + u.redF() * (1 - a)), float(o.greenF() * a + u.greenF() * (1 - a)),
        float(o.blueF() * a + u.blueF() * (1 - a)));
}

QColor Contrast::textOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return ratio(black, background) >= ratio(white, background) ? black : white;
}

QColor Contrast::readable(const QColor &color, const QColor &background, double minimum)
{
    if (ratio(color, background) >= minimum)
        return color;
    // Towards white on dark backgrounds, towards black on light ones, in small steps of lightness.
    const bool lighten = luminance(background) < 0.18;
    QColor c = color.toHsl();
    for (int step = 0; step < 100 && ratio(c, background) < minimum; ++step) {
        const int lightness = lighten ? std::min(255, c.lightness() + 6) : std::max(0, c.lightness() - 6);
        c.setHsl(c.hslHue(), c.hslSaturation(), lightness, c.alpha());
        if (lightness == 0 || lightness == 255)
            break;
    }
    return c.toRgb();
}

QColor Contrast::tint(const QColor &label, const QColor &base, const QColor &text, int alpha, double minimum)
{
    QColor tinted = label.toRgb();
    // Fainter until the text reads; with no tint at all it is the palette's own contrast.
    for (int a = std::clamp(alpha, 0, 255); a > 0; a -= 4) {
        tinted.setAlpha(a);
        if (ratio(text, blend(tinted, base)) >= minimum)
            return tinted;
    }
    tinted.setAlpha(0);
    return tinted;
}

} // namespace verdict
