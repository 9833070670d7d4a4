#pragma once
// "Personal data" from the menu under one's name: GSM, phone and e-mail for the current CLB (they are
// kept per CLB), checked before saving. What is typed is kept as a draft (offered back after a crash) and
// saved through the outbox with an idempotency key and the version it was based on (If-Match): without a
// server it waits there and the dialog closes; a conflict opens the side-by-side choice, a refusal shows
// under its field. Opened with open().
#include "models/ContactData.h"
#include "ui/widgets/UnsavedWork.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lars::models {
class AuthClient;
class Drafts;
class Outbox;
struct PendingChange;
class Session;
} // namespace lars::models

namespace lars::ui {

class DraftOffer;
class DraftedChange;
class MessageLabel;

class PersonalDataDialog final : public QDialog, public UnsavedWork
{
    Q_OBJECT
public:
    PersonalDataDialog(models::AuthClient *auth, models::Session *session, models::Outbox *outbox,
                       models::Drafts *drafts, QWidget *parent = nullptr);

    qint64 clbId() const { return m_clbId; }
    // True when the typed values pass the checks; shows the reasons next to the fields.
    bool validate();
    QString unsavedWork() const override;

signals:
    void saved(qint64 clbId);
    // The server could not be reached: the change waits in the outbox (the dialog closes).
    void waiting(qint64 clbId);

protected:
    void accept() override;

private:
    void showContact(const models::ContactData &contact);
    void showWaitingChange();
    void typed();
    void setBusy(bool busy);
    QJsonObject typedValues() const;
    void onNeedsUser(const models::PendingChange &change);
    void showConflict(const models::PendingChange &change);
    void showRefusal(const models::PendingChange &change);
    QString path() const;

    models::AuthClient *m_auth;
    models::Session *m_session;
    models::Outbox *m_outbox;
    qint64 m_clbId = 0;
    models::ContactData m_contact;
    bool m_edited = false; // typed by the user: a late answer of the server must not overwrite it
    QLineEdit *m_gsm;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    MessageLabel *m_gsmError;
    MessageLabel *m_phoneError;
    MessageLabel *m_emailError;
    MessageLabel *m_status;
    DraftOffer *m_draftOffer;
    QDialogButtonBox *m_buttons;
    DraftedChange *m_change;
};

} // namespace lars::ui
