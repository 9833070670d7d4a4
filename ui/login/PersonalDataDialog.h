#pragma once
// "Personal data" from the menu under one's name: GSM, phone and e-mail for the current CLB (they are
// kept per CLB), checked before saving and saved to the server with If-Match. Opened with open().
#include "models/ContactData.h"
#include "ui/widgets/UnsavedWork.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lars::models {
class AuthClient;
class Session;
} // namespace lars::models

namespace lars::ui {

class MessageLabel;

class PersonalDataDialog final : public QDialog, public UnsavedWork
{
    Q_OBJECT
public:
    PersonalDataDialog(models::AuthClient *auth, models::Session *session, QWidget *parent = nullptr);

    qint64 clbId() const { return m_clbId; }
    // True when the typed values pass the checks; shows the reasons next to the fields.
    bool validate();
    QString unsavedWork() const override;

signals:
    void saved(qint64 clbId);

protected:
    void accept() override;

private:
    void showContact(const models::ContactData &contact);
    void setBusy(bool busy);

    models::AuthClient *m_auth;
    models::Session *m_session;
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
    QDialogButtonBox *m_buttons;
};

} // namespace lars::ui
