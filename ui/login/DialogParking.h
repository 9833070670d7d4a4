#pragma once
// Hides every open dialog of the window while the session is locked, and gives them back (same objects,
// same typed content, same focus, same modality) once it is unlocked: a lock never closes a dialog.
// Hidden, not covered: a modal dialog left on screen would block the lock page's own buttons.
#include <QList>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace lars::ui {

class DialogParking final : public QObject
{
    Q_OBJECT
public:
    explicit DialogParking(QWidget *window);

    // Hides the window's visible dialogs (a dialog opened from a dialog too), remembering each.
    void park();
    // Shows the parked dialogs again in the order they were opened; the last one gets the focus.
    void restore();
    // The session ended: the parked dialogs are closed (rejected) without being shown.
    void discard();
    QList<QDialog *> parked() const;

private:
    struct Parked
    {
        QPointer<QDialog> dialog;
        Qt::WindowModality modality;
        QPointer<QWidget> focus;
    };
    QWidget *m_window;
    QList<Parked> m_parked;
};

} // namespace lars::ui
