#include "ui/login/PersonalDataDialog.h"

#include "models/api/AuthClient.h"
#include "models/api/Outbox.h"
#include "models/api/Session.h"
#include "ui/ConflictDialog.h"
#include "ui/letters/DraftedChange.h"
#include "ui/login/ContactValidator.h"
#include "ui/login/LoginController.h"
#include "ui/widgets/DraftOffer.h"
#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
QJsonObject valuesOf(const models::ContactData &c)
{
    return {{QStringLiteral("gsm"), c.gsm},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("email"), c.email}};
}
} // namespace

PersonalDataDialog::PersonalDataDialog(models::AuthClient *auth, models::Session *session,
                                       models::Outbox *outbox, models::Drafts *drafts, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_session(session)
    , m_outbox(outbox)
    , m_clbId(session->clbId())
    , m_gsm(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_gsmError(new ErrorLabel(QStringLiteral("gsmError"), this))
    , m_phoneError(new ErrorLabel(QStringLiteral("phoneError"), this))
    , m_emailError(new ErrorLabel(QStringLiteral("emailError"), this))
    , m_status(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("personalDataStatus"), this))
    , m_draftOffer(new DraftOffer(QStringLiteral("personalData"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_change(new DraftedChange(
          outbox, drafts, QStringLiteral("contact/%1").arg(session->clbId()),
          [this] { return typedValues(); }, this))
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
        connect(edit, &QLineEdit::textEdited, this, &PersonalDataDialog::typed);
    }
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("personalDataSaveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("personalDataCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonalDataDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_change->forget(); // "Cancel" is the user's choice; a lock or a crash is not
        reject();
    });

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
    layout->addWidget(m_draftOffer);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_change, &DraftedChange::draftFound, this,
            [this] { m_draftOffer->offer(tr("Contact data you typed here were not saved. Restore them?")); });
    connect(m_draftOffer, &DraftOffer::restoreChosen, this, [this] {
        if (const auto draft = m_change->draft()) {
            m_gsm->setText(draft->value(QLatin1String("gsm")).toString());
            m_phone->setText(draft->value(QLatin1String("phone")).toString());
            m_email->setText(draft->value(QLatin1String("email")).toString());
            typed();
        }
        m_gsm->setFocus();
    });
    connect(m_draftOffer, &DraftOffer::discardChosen, m_change, &DraftedChange::forget);
    connect(m_change, &DraftedChange::waiting, this, [this] {
        setBusy(false);
        emit waiting(m_clbId);
        QDialog::accept(); // the outbox keeps it, sealed, and sends it when the server is back
    });
    connect(m_outbox, &models::Outbox::accepted, this, [this](const models::PendingChange &change) {
        if (change.id != m_change->key())
            return;
        m_change->saved();
        setBusy(false);
        emit saved(m_clbId);
        QDialog::accept();
    });
    connect(m_outbox, &models::Outbox::needsUser, this, &PersonalDataDialog::onNeedsUser);

    if (const models::SessionClb *clb = session->profile().clb(m_clbId))
        showContact(clb->contact);
    // The values of /me may be old: fetch this CLB's current values (and version) now.
    connect(m_auth, &models::AuthClient::contactReady, this,
            [this](qint64 clbId, const models::ContactData &c) {
                if (clbId == m_clbId)
                    showContact(c);
            });
    connect(m_auth, &models::AuthClient::failed, this,
            [this](models::AuthClient::Operation operation, const models::AuthError &error) {
                if (operation != models::AuthClient::Operation::GetContact)
                    return;
                // Not an error for her: what she saves waits in the outbox until the server is back.
                m_status->setKind(MessageLabel::Kind::Note);
                m_status->showMessage(
                    tr("%1 These are the values known at login; a change is kept and sent later.")
                        .arg(loginErrorText(error)));
            });
    m_auth->fetchContact(m_clbId);
    m_change->lookForDraft();
}

QString PersonalDataDialog::path() const
{
    return QStringLiteral("/api/v1/me/clbs/%1/contact").arg(m_clbId);
}

QJsonObject PersonalDataDialog::typedValues() const
{
    return {{QStringLiteral("gsm"), m_gsm->text()},
            {QStringLiteral("phone"), m_phone->text()},
            {QStringLiteral("email"), m_email->text()}};
}

void PersonalDataDialog::typed()
{
    m_edited = true;
    m_draftOffer->hide();
    m_change->touched();
}

void PersonalDataDialog::showContact(const models::ContactData &contact)
{
    m_contact = contact;
    if (m_edited)
        return;
    m_gsm->setText(contact.gsm);
    m_phone->setText(contact.phone);
    m_email->setText(contact.email);
    showWaitingChange();
}

void PersonalDataDialog::showWaitingChange()
{
    // A change saved earlier that has not reached the server yet is what she last chose: shown, not lost.
    const models::PendingChange *waiting = nullptr;
    bool undecided = false;
    for (const models::PendingChange &c : m_outbox->changes()) {
        if (c.kind != QLatin1String("contact") || c.path != path())
            continue;
        if (c.state == models::PendingChange::State::Waiting)
            waiting = &c;
        else
            undecided = true;
    }
    if (!waiting) {
        // "Decide later" after a conflict (or a refusal seen in the list): her values are in the list of
        // changes, which is where she chooses; the fields show the server's.
        if (undecided) {
            m_status->setKind(MessageLabel::Kind::Note);
            m_status->showMessage(tr("A change you saved earlier waits for your choice in the list of "
                                     "changes (at the bottom of the window)."));
        }
        return;
    }
    m_gsm->setText(waiting->body.value(QLatin1String("gsm")).toString());
    m_phone->setText(waiting->body.value(QLatin1String("phone")).toString());
    m_email->setText(waiting->body.value(QLatin1String("email")).toString());
    m_status->setKind(MessageLabel::Kind::Note);
    m_status->showMessage(tr("Your last change is still waiting for the server; it is shown here."));
}

void PersonalDataDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy) {
        m_status->setKind(MessageLabel::Kind::Note);
        m_status->showMessage(tr("Saving…"));
    } else {
        m_status->setKind(MessageLabel::Kind::Error);
        m_status->clearMessage();
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
        m_status->setKind(MessageLabel::Kind::Error);
        m_status->showMessage(tr("Check the fields with a message under them."));
        return;
    }
    models::PendingChange change =
        models::PendingChange::make(QStringLiteral("contact"), "PUT", path(), typedValues());
    change.id = m_change->key();
    change.ifMatch = '"' + QByteArray::number(m_contact.version) + '"';
    change.base = valuesOf(m_contact);
    change.clbId = m_clbId;
    change.summary = tr("Personal data — %1").arg(m_session->clbName());
    m_change->startSaving();
    setBusy(true);
    m_outbox->submit(change);
}

void PersonalDataDialog::onNeedsUser(const models::PendingChange &change)
{
    if (change.id != m_change->key() || !m_change->isSaving())
        return; // not this dialog's, or it waits in the list (the dialog no longer holds it)
    setBusy(false);
    if (change.state == models::PendingChange::State::Conflict)
        showConflict(change);
    else
        showRefusal(change);
}

void PersonalDataDialog::showConflict(const models::PendingChange &change)
{
    auto *conflict = new ConflictDialog(change, this);
    conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(conflict, &ConflictDialog::sendMerged, this,
            [this](const QByteArray &id, const QJsonObject &body) {
                setBusy(true);
                m_outbox->keepMine(id, body);
            });
    const models::ContactData theirs = models::ContactData::fromJson(change.theirs);
    connect(conflict, &ConflictDialog::keepTheirs, this, [this, theirs] {
        m_change->refused(); // out of the outbox; a new save is a new request
        m_change->forget();
        m_edited = false;
        showContact(theirs);
        m_status->setKind(MessageLabel::Kind::Note);
        m_status->showMessage(tr("The values saved elsewhere are kept."));
    });
    // "Decide later": the choice waits in the list of changes (the status bar says so).
    connect(conflict, &QDialog::rejected, this, [this] {
        emit waiting(m_clbId);
        QDialog::accept();
    });
    conflict->open();
}

void PersonalDataDialog::showRefusal(const models::PendingChange &change)
{
    m_change->refused(); // seen here with the text still there; a corrected save is a new request
    const QHash<QString, MessageLabel *> labels{{QStringLiteral("gsm"), m_gsmError},
                                                {QStringLiteral("phone"), m_phoneError},
                                                {QStringLiteral("email"), m_emailError}};
    bool marked = false;
    for (const QJsonValue &e : change.theirs.value(QLatin1String("errors")).toArray()) {
        if (MessageLabel *label = labels.value(e[QLatin1String("field")].toString())) {
            label->showMessage(tr("The server does not accept this value."));
            marked = true;
        }
    }
    m_status->setKind(MessageLabel::Kind::Error);
    if (marked)
        m_status->showMessage(tr("Not saved: correct the fields with a message under them."));
    else if (change.status == 404 || change.status == 403)
        m_status->showMessage(tr("Not saved: you no longer work for this CLB."));
    else
        m_status->showMessage(tr("Not saved: %1").arg(change.lastError));
}

} // namespace lars::ui
