#include "ui/StartPage.h"

#include "ui/login/LoginPanel.h"
#include "ui/widgets/MessageLabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lars::ui {

StartPage::StartPage(QWidget *parent)
    : CardPage(tr("Log in"), parent)
    , m_cardState(new QLabel(this))
    , m_cardAdvice(new QLabel(this))
    , m_serverState(new QLabel(this))
    , m_loginPanel(new LoginPanel(this))
{
    setObjectName(QStringLiteral("startPage"));
    setCardWidth(480, 560);

    QLabel *title = makeHeading(tr("LARS"), this, 2.2);
    title->setObjectName(QStringLiteral("startTitle"));
    title->setAlignment(Qt::AlignHCenter);
    auto *subtitle = new QLabel(tr("Pupil guidance dossiers of the CLB"), this);
    subtitle->setAlignment(Qt::AlignHCenter);
    aboveCardLayout()->addWidget(title);
    aboveCardLayout()->addWidget(subtitle);
    aboveCardLayout()->addSpacing(24);

    m_cardState->setObjectName(QStringLiteral("cardState"));
    m_cardState->setWordWrap(true);
    QFont stateFont = m_cardState->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.15);
    m_cardState->setFont(stateFont);
    m_cardAdvice->setObjectName(QStringLiteral("cardAdvice"));
    m_cardAdvice->setWordWrap(true);
    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_serverState->setWordWrap(true);

    auto *federalToken = new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("federalTokenNote"), this);
    federalToken->showMessage(
        tr("Looking for the federal token? It is no longer accepted: log in with your eID and card reader, "
           "or with itsme, an SMS security code or the mobile app."));

    cardLayout()->addWidget(m_cardState);
    cardLayout()->addWidget(m_cardAdvice);
    cardLayout()->addSpacing(8);
    cardLayout()->addWidget(m_loginPanel);
    cardLayout()->addSpacing(8);
    cardLayout()->addWidget(m_serverState);
    cardLayout()->addSpacing(8);
    cardLayout()->addWidget(federalToken);
    setFocusProxy(m_loginPanel);
}

void StartPage::showCardStatus(const StatusText &status)
{
    m_cardState->setText(status.text);
    m_cardAdvice->setText(status.advice);
}

void StartPage::showServerStatus(const StatusText &status)
{
    m_serverState->setText(status.advice.isEmpty() ? status.text : status.advice);
}

} // namespace lars::ui
