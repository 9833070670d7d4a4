#pragma once
// Before a logout or a CLB switch: when typed work (an open dialog, an editor) or changes waiting for the
// server would be lost, asks first and names them; otherwise goes ahead at once.
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <functional>

namespace lars::ui {

class LeaveGuard final : public QObject
{
    Q_OBJECT
public:
    enum class Leaving
    {
        Logout,
        SwitchClb
    };

    explicit LeaveGuard(QWidget *window);

    // How many changes wait to be sent and would not be sent once the session is gone.
    void setPendingChanges(std::function<int()> count) { m_pendingChanges = std::move(count); }
    // Runs proceed now when nothing would be lost, else after the user confirms (never when cancelled).
    void confirm(Leaving leaving, std::function<void()> proceed);
    // The question while it is shown (tests answer it).
    QMessageBox *question() const { return m_question; }

private:
    QWidget *m_window;
    std::function<int()> m_pendingChanges;
    QPointer<QMessageBox> m_question;
};

} // namespace lars::ui
