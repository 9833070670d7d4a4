#pragma once
// "Withdraw…" on one's own journal entry: asks why, then withdraws it as its next version through the
// outbox. The entry is not deleted: the journal shows it as withdrawn and its history keeps every version.
#include "models/Activity.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class MessageLabel;

class WithdrawActivityDialog final : public QDialog
{
    Q_OBJECT
public:
    WithdrawActivityDialog(models::DossierModel *dossier, const models::Activity &activity,
                           QWidget *parent = nullptr);

private:
    void withdraw();

    models::DossierModel *m_dossier;
    models::Activity m_activity;
    QByteArray m_changeId;
    QLineEdit *m_reason;
    QPushButton *m_withdraw;
    MessageLabel *m_status;
};

} // namespace lars::ui
