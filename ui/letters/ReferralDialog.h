#pragma once
// Make a referral: to a doctor after a consult (GP, paediatrician, specialist: name and address typed) or
// to the non-medical partner a draaischijf activity names (e.g. the youth court). The staff member types
// the finding and the question, ticks exactly the results that go along (none by default) and records the
// parents' consent (given, refused or not asked, with its date). Saved through the outbox; once the server
// has it, saved() hands the referral to the letters area. What is typed is kept as a draft.
#include "models/Activity.h"
#include "models/Measurement.h"
#include "models/Referral.h"
#include "ui/widgets/UnsavedWork.h"

#include <QDialog>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QWidget;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class DraftOffer;
class DraftedChange;
class MessageLabel;

class ReferralDialog final : public QDialog, public UnsavedWork
{
    Q_OBJECT
public:
    // A medical referral after consult.
    ReferralDialog(models::DossierModel *dossier, const models::Measurement &consult,
                   QWidget *parent = nullptr);
    // A referral to the partner of a draaischijf activity (partnerName: its detail, e.g. "jeugdrechtbank");
    // consult: the results that may be added on purpose (the latest consult), none when there is none.
    ReferralDialog(models::DossierModel *dossier, const models::Activity &activity,
                   const QString &partnerName, const std::optional<models::Measurement> &consult,
                   QWidget *parent = nullptr);

    models::Referral referral() const;
    // Empty when the referral can be saved; otherwise what is missing, in words.
    QString missing() const;
    void save();
    QString unsavedWork() const override;
    // A result of a consult as the list shows it, e.g. "Lengte: 121,5 cm".
    static QString resultText(const models::Measurement &consult, const QString &item);

signals:
    void saved(const lars::models::Referral &referral);

private:
    ReferralDialog(models::DossierModel *dossier, const std::optional<models::Measurement> &consult,
                   QWidget *parent);
    void build(const QString &partnerLine);
    void fillItems();
    void updateState();
    void restore(const QJsonObject &draft);
    void touched();

    models::DossierModel *m_dossier;
    std::optional<models::Measurement> m_consult;
    std::optional<models::Activity> m_activity;
    QComboBox *m_recipientKind = nullptr; // medical only
    QLineEdit *m_recipientName = nullptr; // medical only
    QPlainTextEdit *m_address;
    QPlainTextEdit *m_finding;
    QPlainTextEdit *m_question;
    QListWidget *m_items;
    QButtonGroup *m_consent;
    QDateEdit *m_consentDate;
    DraftOffer *m_draftOffer;
    MessageLabel *m_status;
    QDialogButtonBox *m_buttons;
    DraftedChange *m_change;
};

} // namespace lars::ui
