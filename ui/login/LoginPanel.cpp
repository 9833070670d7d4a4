#include "ui/login/LoginPanel.h"

#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

LoginPanel::LoginPanel(QWidget *parent)
    : QWidget(parent)
    , m_readerRow(new QWidget(this))
    , m_readers(new QComboBox(m_readerRow))
    , m_login(new QPushButton(tr("Log in with eID"), this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_error(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("loginError"), this))
    , m_resumeNote(new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("resumeNote"), this))
    , m_browserLogin(new QPushButton(tr("Log in with itsme, SMS security code or mobile app"), this))
    , m_browserWaiting(new QWidget(this))
    , m_browserStep(new QLabel(m_browserWaiting))
{
    setObjectName(QStringLiteral("loginPanel"));
    // Word-wrapped labels inside a centred card get squeezed without a width to wrap at.
    setMinimumWidth(460);
    m_readers->setObjectName(QStringLiteral("readerCombo"));
    auto *readerLabel = new QLabel(tr("Card &reader:"), m_readerRow);
    readerLabel->setBuddy(m_readers);
    auto *readerLayout = new QHBoxLayout(m_readerRow);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(readerLabel);
    readerLayout->addWidget(m_readers, 1);
    m_readerRow->hide();
    connect(m_readers, &QComboBox::activated, this, [this] { emit readerChosen(chosenReader()); });

    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_login->setMinimumHeight(36);
    m_login->setAccessibleDescription(tr("Asks the PIN of the eID in the card reader"));
    connect(m_login, &QPushButton::clicked, this, &LoginPanel::loginRequested);

    m_progress->setObjectName(QStringLiteral("loginProgress"));
    m_progress->setRange(0, 0); // busy: the card and the server give no percentage
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Logging in"));
    m_progress->hide();
    m_step->setObjectName(QStringLiteral("loginStep"));
    m_step->hide();

    auto *otherKeys = new QGroupBox(tr("Other digital keys"), this);
    otherKeys->setObjectName(QStringLiteral("otherKeys"));
    m_browserLogin->setObjectName(QStringLiteral("oidcLoginButton"));
    m_browserLogin->setMinimumHeight(36);
    m_browserLogin->setAccessibleDescription(tr("Opens the government login in your web browser"));
    connect(m_browserLogin, &QPushButton::clicked, this, &LoginPanel::browserLoginRequested);
    auto *browserNote =
        new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("otherKeysNote"), otherKeys);
    browserNote->showMessage(
        tr("Opens the government login in your web browser; come back here afterwards."));

    m_browserWaiting->setObjectName(QStringLiteral("oidcWaiting"));
    auto *browserProgress = new QProgressBar(m_browserWaiting);
    browserProgress->setRange(0, 0);
    browserProgress->setTextVisible(false);
    browserProgress->setMaximumHeight(8);
    browserProgress->setAccessibleName(tr("Waiting for the web browser"));
    m_browserStep->setObjectName(QStringLiteral("oidcStep"));
    // Short texts; a word-wrapped label here made the layout reserve height for many lines.
    m_browserStep->setWordWrap(false);
    auto *again = new QPushButton(tr("Open the browser again"), m_browserWaiting);
    again->setObjectName(QStringLiteral("oidcAgainButton"));
    again->setAccessibleDescription(
        tr("Starts the login in the web browser anew; the earlier attempt stops"));
    connect(again, &QPushButton::clicked, this, &LoginPanel::browserLoginRequested);
    auto *cancel = new QPushButton(tr("Cancel"), m_browserWaiting);
    cancel->setObjectName(QStringLiteral("oidcCancelButton"));
    cancel->setAccessibleDescription(tr("Stops waiting for the login in the web browser"));
    connect(cancel, &QPushButton::clicked, this, &LoginPanel::browserLoginCancelled);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(again);
    buttonRow->addWidget(cancel);
    auto *waitingLayout = new QVBoxLayout(m_browserWaiting);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(browserProgress);
    waitingLayout->addWidget(m_browserStep);
    waitingLayout->addLayout(buttonRow);
    m_browserWaiting->hide();

    auto *keysLayout = new QVBoxLayout(otherKeys);
    keysLayout->addWidget(m_browserLogin);
    keysLayout->addWidget(m_browserWaiting);
    keysLayout->addWidget(browserNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resumeNote);
    layout->addWidget(m_readerRow);
    layout->addWidget(m_login);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(otherKeys);
    updateButton();
}

void LoginPanel::setReaders(const QStringList &readers, const QString &preferred)
{
    m_readers->clear();
    m_readers->addItem(tr("Automatic (the reader with a card)"), QString());
    for (const QString &reader : readers)
        m_readers->addItem(reader, reader);
    const int index = m_readers->findData(preferred);
    m_readers->setCurrentIndex(index < 0 ? 0 : index);
    m_readerRow->setVisible(readers.size() > 1);
}

QString LoginPanel::chosenReader() const
{
    return m_readers->currentData().toString();
}

void LoginPanel::setLoginPossible(bool possible)
{
    m_possible = possible;
    updateButton();
}

void LoginPanel::setBusy(bool busy, const QString &step)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_step->setVisible(busy && !step.isEmpty());
    m_step->setText(step);
    if (busy)
        showError({});
    updateButton();
}

void LoginPanel::showError(const QString &message)
{
    m_error->showMessage(message);
}

void LoginPanel::setResumeNote(const QString &note)
{
    m_resumeNote->setText(note);
    m_resumeNote->setVisible(!note.isEmpty());
}

QString LoginPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginPanel::setBrowserWaiting(bool waiting, const QString &step)
{
    const bool focusCancel = waiting && !m_waitingForBrowser;
    m_waitingForBrowser = waiting;
    m_browserStep->setText(step);
    m_browserWaiting->setVisible(waiting);
    m_browserLogin->setVisible(!waiting);
    if (waiting)
        showError({});
    updateButton();
    if (focusCancel)
        m_browserWaiting->findChild<QPushButton *>(QStringLiteral("oidcCancelButton"))->setFocus();
}

void LoginPanel::updateButton()
{
    m_login->setEnabled(m_possible && !m_busy && !m_waitingForBrowser);
    m_browserLogin->setEnabled(!m_busy && !m_waitingForBrowser);
}

} // namespace lars::ui
