#pragma once
// Covers the window while the eID is out of the reader (Settings::cardRemoval = lock): nothing of the
// dossiers stays visible. The same card and its PIN unlock; another card logs out.
#include "ui/widgets/CardPage.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace lars::ui {

class MessageLabel;

class LockOverlay final : public CardPage
{
    Q_OBJECT
public:
    explicit LockOverlay(QWidget *parent = nullptr);

    void setStaffName(const QString &name);
    void setCardPresent(bool present);
    void setBusy(bool busy, const QString &step = {});
    void showError(const QString &message);

signals:
    void unlockRequested();
    void logoutRequested();

private:
    QLabel *m_text;
    QLabel *m_step;
    MessageLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_unlock;
    bool m_cardPresent = false;
    bool m_busy = false;
};

} // namespace lars::ui
