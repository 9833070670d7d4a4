#include "ui/login/ClbChooser.h"

#include <QCommandLinkButton>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

ClbChooser::ClbChooser(QWidget *parent)
    : QWidget(parent)
    , m_greeting(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QVBoxLayout)
{
    setObjectName(QStringLiteral("clbChooser"));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMaximumWidth(560);
    frame->setMinimumWidth(480);

    auto *heading = new QLabel(tr("On whose behalf do you work?"), frame);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_greeting->setObjectName(QStringLiteral("clbGreeting"));
    m_greeting->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("clbError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto *note = new QLabel(tr("You can switch to another CLB later from the menu under your name, without "
                               "logging in again."),
                            frame);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    auto *logout = new QPushButton(tr("Log out"), frame);
    logout->setObjectName(QStringLiteral("clbLogoutButton"));
    connect(logout, &QPushButton::clicked, this, &ClbChooser::logoutRequested);

    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(24, 20, 24, 20);
    inner->addWidget(heading);
    inner->addWidget(m_greeting);
    inner->addLayout(m_buttons);
    inner->addWidget(m_error);
    inner->addWidget(note);
    inner->addWidget(logout, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // Centred by stretches, not by alignment: an aligned item ignores the height its wrapped labels need.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(frame, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void ClbChooser::setChoices(const QString &staffName, const QList<Choice> &choices)
{
    m_greeting->setText(
        tr("Welcome, %1. You work for several CLBs: click the CLB you work for now.").arg(staffName));
    qDeleteAll(m_choiceButtons);
    m_choiceButtons.clear();
    m_error->hide();
    for (const Choice &choice : choices) {
        auto *button = new QCommandLinkButton(choice.name, this);
        button->setObjectName(QStringLiteral("clbChoice_%1").arg(choice.id));
        button->setProperty("clbId", choice.id);
        button->setMinimumHeight(button->sizeHint().height());
        connect(button, &QCommandLinkButton::clicked, this, [this, id = choice.id] { emit chosen(id); });
        m_buttons->addWidget(button);
        m_choiceButtons.append(button);
    }
    setBusy(false);
}

void ClbChooser::setBusy(bool busy)
{
    for (QWidget *button : std::as_const(m_choiceButtons))
        button->setEnabled(!busy);
}

void ClbChooser::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace lars::ui
