#include "ui/login/ClbChooser.h"

#include "ui/widgets/MessageLabel.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

ClbChooser::ClbChooser(QWidget *parent)
    : CardPage(tr("On whose behalf do you work?"), parent)
    , m_greeting(new QLabel(this))
    , m_error(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("clbError"), this))
    , m_buttons(new QVBoxLayout)
{
    setObjectName(QStringLiteral("clbChooser"));
    setCardWidth(480, 560);
    m_greeting->setObjectName(QStringLiteral("clbGreeting"));
    m_greeting->setWordWrap(true);
    auto *note = new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("clbNote"), this);
    note->showMessage(tr("You can switch to another CLB later from the menu under your name, without "
                         "logging in again."));
    auto *logout = new QPushButton(tr("&Log out"), this);
    logout->setObjectName(QStringLiteral("clbLogoutButton"));
    m_logout = logout;
    connect(logout, &QPushButton::clicked, this, &ClbChooser::logoutRequested);

    cardLayout()->addWidget(m_greeting);
    cardLayout()->addLayout(m_buttons);
    cardLayout()->addWidget(m_error);
    cardLayout()->addWidget(note);
    cardLayout()->addWidget(logout, 0, Qt::AlignRight);
}

void ClbChooser::setChoices(const QString &staffName, const QList<Choice> &choices)
{
    m_greeting->setText(
        tr("Welcome, %1. You work for several CLBs: click the CLB you work for now.").arg(staffName));
    qDeleteAll(m_choiceButtons);
    m_choiceButtons.clear();
    m_error->clearMessage();
    QWidget *previous = nullptr;
    for (const Choice &choice : choices) {
        auto *button = new QCommandLinkButton(choice.name, this);
        button->setObjectName(QStringLiteral("clbChoice_%1").arg(choice.id));
        button->setProperty("clbId", choice.id);
        button->setAccessibleDescription(tr("Work on behalf of %1").arg(choice.name));
        button->setMinimumHeight(button->sizeHint().height());
        connect(button, &QCommandLinkButton::clicked, this, [this, id = choice.id] { emit chosen(id); });
        m_buttons->addWidget(button);
        m_choiceButtons.append(button);
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    if (previous)
        setTabOrder(previous, m_logout);
    if (!m_choiceButtons.isEmpty())
        m_choiceButtons.first()->setFocus();
    setBusy(false);
}

void ClbChooser::setBusy(bool busy)
{
    for (QWidget *button : std::as_const(m_choiceButtons))
        button->setEnabled(!busy);
}

void ClbChooser::showError(const QString &message)
{
    m_error->showMessage(message);
}

} // namespace lars::ui
