#include "ui/login/PersonalDataDialog.h"

#include "models/api/AuthClient.h"
#include "models/api/Session.h"
#include "ui/login/ContactValidator.h"
#include "ui/login/LoginController.h"
#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

PersonalDataDialog::PersonalDataDialog(models::AuthClient *auth, models::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_session(session)
    , m_clbId(session->clbId())
    , m_gsm(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_gsmError(new ErrorLabel(QStringLiteral("gsmError"), this))
    , m_phoneError(new ErrorLabel(QStringLiteral("phoneError"), this))
    , m_emailError(new ErrorLabel(QStringLiteral("emailError"), this))
    , m_status(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("personalDataStatus"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personalDataDialog"));
    setWindowTitle(tr("Personal data"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(440);

    auto *intro = new QLabel(
        tr("<b>%1</b><br>Your contact data for <b>%2</b>. Each CLB you work for keeps its own; "
           "letters of this CLB show these.")
            .arg(session->profile().displayName().toHtmlEscaped(), session->clbName().toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("personalDataIntro"));
    intro->setWordWrap(true);
    m_gsm->setObjectName(QStringLiteral("gsmEdit"));
    m_gsm->setPlaceholderText(tr("e.g. 0470 12 34 56"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("e.g. 03 123 45 67"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("e.g. name@clb.be"));
    for (QLineEdit *edit : {m_gsm, m_phone, m_email}) {
        edit->setMaxLength(edit == m_email ? 254 : 32);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    }
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("personalDataSaveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("personalDataCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonalDataDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonalDataDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&GSM:"), m_gsm);
    form->addRow(QString(), m_gsmError);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneError);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_emailError);
    auto *layout = new QVBoxLayout(this);
    // The dialog grows when a message appears under a field instead of squeezing (and cutting) it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    if (const models::SessionClb *clb = session->profile().clb(m_clbId))
        showContact(clb->contact);
    // The values of /me may be old: fetch this CLB's current values (and version) now.
    connect(m_auth, &models::AuthClient::contactReady, this,
            [this](qint64 clbId, const models::ContactData &c) {
                if (clbId == m_clbId)
                    showContact(c);
            });
    connect(m_auth, &models::AuthClient::contactSaved, this,
            [this](qint64 clbId, const models::ContactData &c) {
                if (clbId != m_clbId)
                    return;
                m_session->updateContact(clbId, c);
                setBusy(false);
                emit saved(clbId);
                QDialog::accept();
            });
    connect(m_auth, &models::AuthClient::failed, this,
            [this](models::AuthClient::Operation operation, const models::AuthError &error,
                   const QList<models::FieldError> &fields) {
                using O = models::AuthClient::Operation;
                if (operation != O::PutContact && operation != O::GetContact)
                    return;
                setBusy(false);
                if (error.kind == models::AuthError::Kind::Conflict)
                    m_auth->fetchContact(m_clbId);
                QString message = loginErrorText(error);
                for (const models::FieldError &f : fields)
                    message += u'\n' + f.field + QStringLiteral(": ") + f.message;
                m_status->showMessage(message);
            });
    m_auth->fetchContact(m_clbId);
}

void PersonalDataDialog::showContact(const models::ContactData &contact)
{
    m_contact = contact;
    if (m_edited)
        return;
    m_gsm->setText(contact.gsm);
    m_phone->setText(contact.phone);
    m_email->setText(contact.email);
}

void PersonalDataDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy) {
        m_status->setKind(MessageLabel::Kind::Note);
        m_status->showMessage(tr("Saving…"));
    } else {
        m_status->setKind(MessageLabel::Kind::Error);
    }
}

QString PersonalDataDialog::unsavedWork() const
{
    return m_edited && result() != QDialog::Accepted ? windowTitle() : QString();
}

bool PersonalDataDialog::validate()
{
    // A value the server already keeps is accepted as it is, even in an older format: only what the user
    // changes is checked, so changing the e-mail never fails on a number typed years ago.
    const auto check = [](QLineEdit *edit, MessageLabel *error, const QString &stored,
                          const ContactValidator::Result &result) {
        if (edit->text().trimmed() == stored.trimmed()) {
            error->clearMessage();
            return true;
        }
        error->showMessage(result.message);
        if (result.ok)
            edit->setText(result.value);
        return result.ok;
    };
    bool ok = check(m_gsm, m_gsmError, m_contact.gsm, ContactValidator::phone(m_gsm->text(), true));
    ok = check(m_phone, m_phoneError, m_contact.phone, ContactValidator::phone(m_phone->text(), false)) && ok;
    ok = check(m_email, m_emailError, m_contact.email, ContactValidator::email(m_email->text())) && ok;
    return ok;
}

void PersonalDataDialog::accept()
{
    if (!validate()) {
        m_status->showMessage(tr("Check the fields with a message under them."));
        return;
    }
    models::ContactData contact = m_contact;
    contact.gsm = m_gsm->text();
    contact.phone = m_phone->text();
    contact.email = m_email->text();
    setBusy(true);
    m_auth->saveContact(m_clbId, contact);
}

} // namespace lars::ui
