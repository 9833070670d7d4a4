#pragma once
// Keeps every dialog wide enough to show its whole title in the title bar (a window manager elides a
// title that does not fit: "eID-pi…"). Installed once on the application; it widens a dialog as it is
// shown. requiredWidth() is the width the tests hold every dialog to.
#include <QObject>

class QWidget;

namespace lars::ui {

class WindowTitleFit final : public QObject
{
    Q_OBJECT
public:
    explicit WindowTitleFit(QObject *parent = nullptr);
    // Installs one instance on the application (idempotent).
    static void install();
    // The window width at which the title bar shows title in full: the title in the title-bar font plus
    // the room of the window icon and the close button.
    static int requiredWidth(const QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace lars::ui
