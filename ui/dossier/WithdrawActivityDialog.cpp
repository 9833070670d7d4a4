#include "ui/dossier/WithdrawActivityDialog.h"

#include "models/ActivityCorrection.h"
#include "models/api/DossierModel.h"
#include "models/api/Outbox.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

WithdrawActivityDialog::WithdrawActivityDialog(models::DossierModel *dossier,
                                               const models::Activity &activity, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_activity(activity)
    , m_changeId(models::DossierApi::newIdempotencyKey())
    , m_reason(new QLineEdit(this))
    , m_status(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("withdrawStatus"), this))
{
    setObjectName(QStringLiteral("withdrawActivityDialog"));
    setWindowTitle(
        tr("Withdraw activity — %1 %2").arg(dossier->pupil().firstName, dossier->pupil().lastName));
    setWindowModality(Qt::WindowModal);
    auto *intro =
        new QLabel(tr("Withdraw “%1” of %2? It stays in the journal, marked as withdrawn, and its "
                      "history keeps every version.")
                       .arg(activity.subject, QLocale().toString(activity.date, QLocale::ShortFormat)),
                   this);
    intro->setObjectName(QStringLiteral("withdrawIntro"));
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("withdrawReason"));
    m_reason->setMaxLength(models::ActivityCorrection::maxReasonLength);
    auto *form = new QFormLayout;
    form->addRow(tr("&Why withdrawn:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_withdraw = buttons->addButton(tr("&Withdraw"), QDialogButtonBox::AcceptRole);
    m_withdraw->setObjectName(QStringLiteral("withdrawConfirm"));
    m_withdraw->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_withdraw->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_withdraw, &QPushButton::clicked, this, &WithdrawActivityDialog::withdraw);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    // The outbox keeps the withdrawal before it is sent: once kept it is safe, and what the server says
    // of it reaches her in the list of waiting changes, as for every change.
    if (models::Outbox *outbox = m_dossier->api()->outbox()) {
        connect(outbox, &models::Outbox::stored, this, [this](const QByteArray &id) {
            if (id == m_changeId)
                accept();
        });
    } else {
        connect(m_dossier, &models::DossierModel::activityCorrected, this, &QDialog::accept);
        connect(m_dossier, &models::DossierModel::activityCorrectFailed, this,
                [this](const models::DossierReply &r) {
                    m_withdraw->setEnabled(true);
                    m_status->showMessage(tr("Not withdrawn. %1").arg(DossierTexts::problem(r)));
                });
    }
}

void WithdrawActivityDialog::withdraw()
{
    m_withdraw->setEnabled(false);
    m_status->clearMessage();
    m_dossier->correctActivity(m_activity, {m_activity, true, m_reason->text().trimmed()}, m_changeId);
}

} // namespace lars::ui
