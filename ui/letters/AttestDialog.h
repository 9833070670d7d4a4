#pragma once
// Make an attest from an activity of the journal: its type (server data, e.g. ADBIB) and text; it is dated
// on the activity, never on the day of printing. Saved through the outbox; once the server has it, saved()
// hands it to the letters area for preview, PDF and print. What is typed is kept as a draft.
#include "models/Activity.h"
#include "models/Attest.h"
#include "ui/widgets/UnsavedWork.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
} // namespace lars::models

namespace lars::ui {

class DraftOffer;
class DraftedChange;
class MessageLabel;

class AttestDialog final : public QDialog, public UnsavedWork
{
    Q_OBJECT
public:
    // activityId: the activity it starts from (0: the newest of the journal); another can be chosen.
    AttestDialog(models::DossierModel *dossier, models::DossierNomenclature *nomenclature, qint64 activityId,
                 QWidget *parent = nullptr);

    models::Attest attest() const;
    QString missing() const;
    void save();
    QString unsavedWork() const override;

signals:
    void saved(const lars::models::Attest &attest);

private:
    const models::Activity *selectedActivity() const;
    void fillTypes();
    void activityChosen();
    void updateState();
    void touched();

    models::DossierModel *m_dossier;
    models::DossierNomenclature *m_nomenclature;
    QComboBox *m_activity;
    QComboBox *m_type;
    QLabel *m_date;
    QPlainTextEdit *m_text;
    DraftOffer *m_draftOffer;
    MessageLabel *m_status;
    QDialogButtonBox *m_buttons;
    DraftedChange *m_change;
    bool m_textTyped = false; // the text is the activity's until the user types
};

} // namespace lars::ui
