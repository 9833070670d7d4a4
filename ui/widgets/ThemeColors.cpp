#include "ui/widgets/ThemeColors.h"

#include <cmath>

namespace lars::ui {

namespace {
QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor(ThemeColors::isDark(palette) ? dark : light);
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Each pair keeps a contrast of at least 4.5:1 against the usual light (#efefef) and dark (#2d2d2d)
// window colours.
QColor ThemeColors::error(const QPalette &palette)
{
    return pick(palette, 0xb3261e, 0xf2b8b5);
}

QColor ThemeColors::warning(const QPalette &palette)
{
    return pick(palette, 0x8a5300, 0xffb869);
}

QColor ThemeColors::success(const QPalette &palette)
{
    return pick(palette, 0x2e7d32, 0x81c784);
}

QColor ThemeColors::busy(const QPalette &palette)
{
    return pick(palette, 0x1565c0, 0x90caf9);
}

QColor ThemeColors::neutral(const QPalette &palette)
{
    return pick(palette, 0x757575, 0x9e9e9e);
}

QColor ThemeColors::secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 7 + b * 3) / 10; };
    return QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                  mix(text.blue(), window.blue()));
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace lars::ui
