#pragma once
// Correcting a refused CREON registration where its data live: a consult result is corrected in the
// consult (the registration follows as its next version), a manual one in itself; one from an activity
// is corrected in the journal, so the dialog only explains. Shows the ministry's reason first.
// Like every change: what is typed is kept as a draft (offered back after a crash) and saved through the
// outbox with an idempotency key and the version it started from (If-Match); without a server it waits
// there and the dialog closes (waiting()); a conflict opens the side-by-side choice, a refusal shows under
// its field. Opened with open().
#include "models/Measurement.h"
#include "ui/widgets/UnsavedWork.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QDialogButtonBox;
class QFormLayout;

namespace lars::models {
class DossierModel;
struct PendingChange;
} // namespace lars::models

namespace lars::ui {

class DraftOffer;
class DraftedChange;
class MessageLabel;

class CreonCorrectionDialog final : public QDialog, public UnsavedWork
{
    Q_OBJECT
public:
    // consult: the consult the registration comes from (for registrations from a consult).
    CreonCorrectionDialog(models::DossierModel *dossier, const QJsonObject &registration,
                          const QString &itemName, const std::optional<models::Measurement> &consult,
                          QWidget *parent = nullptr);

    bool correctsConsult() const { return m_consult.has_value(); }
    models::Measurement correctedConsult() const;
    QDate correctedDate() const;
    QJsonValue correctedValue() const;
    QString unsavedWork() const override;

signals:
    // The server could not be reached (or the choice after a conflict was left for later): the correction
    // waits in the outbox and the dialog closes.
    void waiting();

protected:
    void accept() override;

private:
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QStringList &serverFields);
    void showValues();
    void typed();
    void setBusy(bool busy);
    QJsonObject typedValues() const;
    void restoreDraft();
    void onNeedsUser(const models::PendingChange &change);
    void showConflict(const models::PendingChange &change);
    void showRefusal(const models::PendingChange &change);

    models::DossierModel *m_dossier;
    QJsonObject m_registration;
    QString m_itemName;
    std::optional<models::Measurement> m_consult;
    QString m_field;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_quantity = nullptr;
    QDoubleSpinBox *m_left = nullptr;
    QDoubleSpinBox *m_right = nullptr;
    QLineEdit *m_text = nullptr;
    QHash<QString, MessageLabel *> m_errors; // by the server's field name
    MessageLabel *m_status;
    DraftOffer *m_draftOffer;
    QDialogButtonBox *m_buttons;
    DraftedChange *m_change;
    bool m_showing = false; // values set by the dialog, not typed
};

} // namespace lars::ui
