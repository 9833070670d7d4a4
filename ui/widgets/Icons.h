#pragma once
// The client's icons: SVGs (resources/icons) drawn at the screen's pixel ratio, so they stay sharp at
// any scale factor, in the palette's text colour ("currentColor"), so they follow a light or dark system
// theme and show disabled when their button is.
#include <QIcon>

namespace lars::ui {

class Icons final
{
public:
    // name: a file of resources/icons without ".svg" ("edit", "save", "lock", …).
    static QIcon themed(const QString &name);
    // The application's own (coloured) icon.
    static QIcon application();
};

} // namespace lars::ui
