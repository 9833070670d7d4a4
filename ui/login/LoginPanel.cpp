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
    auto *keyRow = new QHBoxLayout;
    for (const auto &[name, label] :
         {std::pair{"itsme", QT_TR_NOOP("itsme")}, std::pair{"sms", QT_TR_NOOP("SMS code")},
          std::pair{"app", QT_TR_NOOP("Mobile app")}}) {
        auto *button = new QPushButton(tr(label), otherKeys);
        button->setObjectName(QStringLiteral("otherKey_%1").arg(QLatin1String(name)));
        button->setEnabled(false);
        button->setToolTip(tr("Coming later: this key will open the government login in your web browser."));
        keyRow->addWidget(button);
    }
    auto *later = new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("otherKeysNote"), otherKeys);
    later->showMessage(tr("Coming later, through the government login in your web browser."));
    auto *keysLayout = new QVBoxLayout(otherKeys);
    keysLayout->addLayout(keyRow);
    keysLayout->addWidget(later);

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

void LoginPanel::updateButton()
{
    m_login->setEnabled(m_possible && !m_busy);
}

} // namespace lars::ui
