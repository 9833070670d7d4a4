#include "ui/login/PinDialog.h"

#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace lars::ui {

PinDialog::PinDialog(QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_tries(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("pinTriesLabel"), this))
    , m_edit(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("eID PIN"));
    setWindowModality(Qt::WindowModal);

    m_prompt->setObjectName(QStringLiteral("pinPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setText(tr("Enter the PIN code of your eID."));
    QFont triesFont = m_tries->font();
    triesFont.setBold(true);
    m_tries->setFont(triesFont);

    m_edit->setObjectName(QStringLiteral("pinEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMaxLength(12);
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_edit));
    // No copy, paste history or input method may keep the PIN anywhere.
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_edit->setPlaceholderText(tr("4 to 12 digits"));
    m_edit->setAccessibleName(tr("PIN code"));

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pinOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pinCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &PinDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_tries);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    updateOk();
    m_edit->setFocus();
}

PinDialog::~PinDialog()
{
    wipeField();
}

bool PinDialog::isAcceptablePin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

void PinDialog::setTriesLeft(int triesLeft)
{
    if (triesLeft == 1)
        m_tries->showMessage(tr("Wrong PIN. One try left: after one more wrong PIN the card is blocked."));
    else if (triesLeft >= 0)
        m_tries->showMessage(tr("Wrong PIN. %n tries left.", nullptr, triesLeft));
    else
        m_tries->clearMessage();
}

void PinDialog::setPinpad(bool pinpad)
{
    m_pinpad = pinpad;
    m_edit->setVisible(!pinpad);
    m_prompt->setText(
        pinpad ? tr("Your card reader has its own keypad. Press Continue, then type your PIN on the "
                    "card reader.")
               : tr("Enter the PIN code of your eID."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(pinpad ? tr("Continue") : tr("Log in"));
    updateOk();
}

void PinDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_pinpad || isAcceptablePin(m_edit->text()));
}

void PinDialog::wipeField()
{
    // Overwrite before clearing so the line edit's buffer does not keep the digits.
    m_edit->setText(QString(m_edit->text().size(), u'0'));
    m_edit->clear();
}

void PinDialog::accept()
{
    if (!m_pinpad && !isAcceptablePin(m_edit->text()))
        return;
    QString text = m_edit->text();
    smartcard::SecureBytes pin =
        m_pinpad ? smartcard::SecureBytes() : smartcard::SecureBytes::fromString(text);
    text.fill(u'0');
    wipeField();
    QDialog::accept();
    emit pinEntered(pin);
}

void PinDialog::done(int result)
{
    wipeField();
    QDialog::done(result);
}

} // namespace lars::ui
