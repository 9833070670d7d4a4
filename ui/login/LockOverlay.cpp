#include "ui/login/LockOverlay.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

LockOverlay::LockOverlay(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_step(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
{
    setObjectName(QStringLiteral("lockOverlay"));
    setAutoFillBackground(true);

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMaximumWidth(560);
    frame->setMinimumWidth(480);
    auto *heading = new QLabel(tr("LARS is locked"), frame);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_text->setObjectName(QStringLiteral("lockText"));
    m_text->setWordWrap(true);
    m_step->setObjectName(QStringLiteral("lockStep"));
    m_step->hide();
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto *logout = new QPushButton(tr("Log out"), frame);
    logout->setObjectName(QStringLiteral("lockLogoutButton"));
    connect(m_unlock, &QPushButton::clicked, this, &LockOverlay::unlockRequested);
    connect(logout, &QPushButton::clicked, this, &LockOverlay::logoutRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(logout);
    buttons->addWidget(m_unlock);
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(24, 20, 24, 20);
    inner->addWidget(heading);
    inner->addWidget(m_text);
    inner->addWidget(m_progress);
    inner->addWidget(m_step);
    inner->addWidget(m_error);
    inner->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // Centred by stretches, not by alignment: an aligned item ignores the height its wrapped labels need.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(frame, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
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
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace lars::ui
