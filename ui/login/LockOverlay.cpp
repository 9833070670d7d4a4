#include "ui/login/LockOverlay.h"

#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

LockOverlay::LockOverlay(QWidget *parent)
    : CardPage(tr("LARS is locked"), parent)
    , m_text(new QLabel(this))
    , m_step(new QLabel(this))
    , m_error(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("lockError"), this))
    , m_progress(new QProgressBar(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockOverlay"));
    setAutoFillBackground(true);
    setCardWidth(480, 560);

    m_text->setObjectName(QStringLiteral("lockText"));
    m_text->setWordWrap(true);
    m_step->setObjectName(QStringLiteral("lockStep"));
    m_step->setWordWrap(true);
    m_step->hide();
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Unlocking"));
    m_progress->hide();
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setIcon(Icons::themed(QStringLiteral("lock")));
    m_unlock->setAccessibleDescription(tr("Asks the PIN of the eID in the card reader"));
    auto *logout = new QPushButton(tr("&Log out"), this);
    logout->setObjectName(QStringLiteral("lockLogoutButton"));
    connect(m_unlock, &QPushButton::clicked, this, &LockOverlay::unlockRequested);
    connect(logout, &QPushButton::clicked, this, &LockOverlay::logoutRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(logout);
    buttons->addWidget(m_unlock);
    cardLayout()->addWidget(m_text);
    cardLayout()->addWidget(m_progress);
    cardLayout()->addWidget(m_step);
    cardLayout()->addWidget(m_error);
    cardLayout()->addLayout(buttons);
    setTabOrder(m_unlock, logout);
    setStaffName({});
}

void LockOverlay::setStaffName(const QString &name)
{
    m_text->setText(
        (name.isEmpty() ? QString() : tr("Logged in as %1.").arg(name) + u' ') +
        tr("Your eID was taken out of the card reader, so LARS hid your work. Insert the same eID and enter "
           "your PIN to continue. Another card logs you out."));
}

void LockOverlay::setCardPresent(bool present)
{
    m_cardPresent = present;
    m_unlock->setEnabled(m_cardPresent && !m_busy);
}

void LockOverlay::setBusy(bool busy, const QString &step)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_step->setVisible(busy && !step.isEmpty());
    m_step->setText(step);
    if (busy)
        showError({});
    m_unlock->setEnabled(m_cardPresent && !m_busy);
}

void LockOverlay::showError(const QString &message)
{
    m_error->showMessage(message);
}

} // namespace lars::ui
