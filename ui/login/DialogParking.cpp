#include "ui/login/DialogParking.h"

#include "ui/Logging.h"
#include "ui/widgets/UnsavedWork.h"

#include <QDialog>

namespace lars::ui {

DialogParking::DialogParking(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void DialogParking::park()
{
    // findChildren lists a parent before its children: a dialog opened from a dialog comes after it.
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (!dialog->isVisible())
            continue;
        m_parked.append({dialog, dialog->windowModality(), dialog->focusWidget()});
        dialog->setProperty(UnsavedWork::kParkedProperty, true);
        dialog->hide();
    }
    if (!m_parked.isEmpty())
        qCInfo(lcUi) << "locked:" << m_parked.size() << "dialog(s) kept hidden until unlocked";
}

void DialogParking::restore()
{
    const QList<Parked> parked = std::exchange(m_parked, {});
    QDialog *last = nullptr;
    for (const Parked &p : parked) {
        if (!p.dialog)
            continue;
        p.dialog->setProperty(UnsavedWork::kParkedProperty, false);
        p.dialog->setWindowModality(p.modality);
        p.dialog->show();
        if (p.focus)
            p.focus->setFocus();
        last = p.dialog;
    }
    if (last) {
        last->raise();
        last->activateWindow();
    }
}

void DialogParking::discard()
{
    const QList<Parked> parked = std::exchange(m_parked, {});
    for (const Parked &p : parked)
        if (p.dialog) {
            p.dialog->setProperty(UnsavedWork::kParkedProperty, false);
            p.dialog->reject();
        }
}

QList<QDialog *> DialogParking::parked() const
{
    QList<QDialog *> dialogs;
    for (const Parked &p : m_parked)
        if (p.dialog)
            dialogs.append(p.dialog);
    return dialogs;
}

} // namespace lars::ui
