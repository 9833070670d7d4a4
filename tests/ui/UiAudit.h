#pragma once
// Generic checks of whatever a window shows, for every page and dialog of the client (and the ones
// added later): no word cut off, every control reachable by Tab and named for a screen reader in Dutch.
// Each returns the problems found as sentences naming the widget (empty = fine).
#include <QSet>
#include <QStringList>

class QWidget;

namespace lars::test {

class UiAudit final
{
public:
    // Every visible label's text fits its label (wrapped labels get the height they need; nothing is
    // clipped by a parent), every button shows its whole text, a dialog's title fits its title bar, the
    // window fits the screen it is on.
    static QStringList layoutProblems(QWidget *window);

    // Walks the focus chain with the Tab key from the window's focus widget: every visible, enabled
    // interactive widget must be reached, none may keep the Tab key (a keyboard trap), and each must
    // have an accessible name (its own, its text, or a label's buddy) that is not an untranslated English
    // source string. The window must be active.
    static QStringList accessibilityProblems(QWidget *window, const QSet<QString> &untranslated);

    // The interactive widgets of a window a keyboard user must be able to reach.
    static QList<QWidget *> interactiveWidgets(QWidget *window);
    static QString describe(const QWidget *widget);
    static QString accessibleName(QWidget *widget);
};

} // namespace lars::test
