#pragma once
// Colours that QPalette has no role for (error, warning, success, busy), derived from the palette in use
// so that they stay readable on a light and on a dark system theme. Widgets take their colours from here
// or from palette roles; no widget hard-codes a colour or sets a style sheet.
#include <QColor>
#include <QPalette>

namespace lars::ui {

class ThemeColors final
{
public:
    // True when the palette's window colour is dark (a dark system theme).
    static bool isDark(const QPalette &palette);
    static QColor error(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    static QColor success(const QPalette &palette);
    static QColor busy(const QPalette &palette);
    static QColor neutral(const QPalette &palette);
    // Secondary text (notes, hints): the text colour softened towards the window, still above 4.5:1.
    static QColor secondaryText(const QPalette &palette);
    // WCAG 2 contrast ratio of two colours (1 … 21); text needs at least 4.5.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace lars::ui
