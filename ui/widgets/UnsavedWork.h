#pragma once
// Implemented by a dialog or editor that holds what the user typed and the server does not have yet, so
// that a logout or a CLB switch can first say exactly what would be lost.
#include <QStringList>

class QObject;

namespace lars::ui {

class UnsavedWork
{
public:
    virtual ~UnsavedWork() = default;
    // One line naming the typed work (e.g. the dialog's title); empty when nothing typed is unsaved.
    virtual QString unsavedWork() const = 0;

    // The unsaved work of root and everything under it: in shown windows and in dialogs a lock hid.
    static QStringList collect(const QObject *root);
    // Set on a dialog while a lock hides it: its work still counts.
    static constexpr const char *kParkedProperty = "larsParked";
};

} // namespace lars::ui
