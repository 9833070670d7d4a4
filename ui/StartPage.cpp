#include "ui/StartPage.h"

#include "ui/login/LoginPanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lars::ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_cardState(new QLabel(this))
    , m_cardAdvice(new QLabel(this))
    , m_serverState(new QLabel(this))
    , m_loginPanel(new LoginPanel(this))
{
    setObjectName(QStringLiteral("startPage"));

    auto *title = new QLabel(tr("LARS"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Pupil guidance dossiers of the CLB"), this);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(560);
    auto *heading = new QLabel(tr("Log in with your eID"), card);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_cardState->setObjectName(QStringLiteral("cardState"));
    QFont stateFont = m_cardState->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.15);
    m_cardState->setFont(stateFont);
    m_cardAdvice->setObjectName(QStringLiteral("cardAdvice"));
    m_cardAdvice->setWordWrap(true);
    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_serverState->setWordWrap(true);

    auto *federalToken = new QLabel(
        tr("Looking for the federal token? It is no longer accepted: log in with your eID and card reader."),
        card);
    federalToken->setObjectName(QStringLiteral("federalTokenNote"));
    federalToken->setWordWrap(true);
    federalToken->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(heading);
    cardLayout->addWidget(m_cardState);
    cardLayout->addWidget(m_cardAdvice);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_loginPanel);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_serverState);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(federalToken);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(subtitle, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    // Centred by stretches, not by alignment: an aligned item ignores the height its wrapped labels need.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
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
