#pragma once
// Register an activity in the pupil's journal. With the draaischijffunctie three cascading columns appear
// (direction → one of the 7 partner categories → detail), all from the server's nomenclature. A failed
// save keeps everything typed; retrying reuses the idempotency key so the activity is never stored twice.
// What is typed is kept as a draft (DossierApi::drafts()) until it is saved, and offered back when the
// dialog opens again for this pupil after a crash; a save that waits for the server closes the dialog
// (the outbox keeps and sends it). Given an entry of the journal, it corrects that one instead: filled in
// with it, asking why, and saved as its next version (only its author may).
#include "models/Activity.h"
#include "models/api/DossierApi.h"
#include "ui/widgets/UnsavedWork.h"

#include <QDialog>

class QDateEdit;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QTimer;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
} // namespace lars::models

namespace lars::ui {

class MessageLabel;

class ActivityDialog final : public QDialog, public UnsavedWork
{
    Q_OBJECT
public:
    ActivityDialog(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                   QWidget *parent = nullptr, const models::Activity *correcting = nullptr);

    // The activity as filled in so far; hub only for the draaischijffunctie.
    models::Activity activity() const;
    // Empty when the activity can be saved; otherwise what is missing.
    QString missing() const;
    void save();
    QString unsavedWork() const override;

private:
    void fillFunctions();
    void fillThemes();
    void fillCategories();
    void fillDetails();
    void updateState();
    void connectOutbox();
    void offerDraft();
    void keepDraft();
    void restoreDraft(const QJsonObject &draft);
    void forgetDraft();
    QString draftName() const;
    void showCorrected();
    bool isUnchanged() const;

    models::DossierModel *m_dossier;
    models::DossierNomenclature *m_nomenclature;
    QDateEdit *m_date;
    QComboBox *m_function;
    QComboBox *m_theme; // the nomenclature's subject; some feed CREON
    QLabel *m_creonHint;
    QLineEdit *m_subject;
    QSpinBox *m_duration;
    QPlainTextEdit *m_text;
    QGroupBox *m_hubBox;
    QListWidget *m_direction;
    QListWidget *m_category;
    QListWidget *m_detail;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QByteArray m_idempotencyKey;
    QTimer *m_draftTimer;
    QWidget *m_draftOffer;
    MessageLabel *m_draftText;
    std::optional<models::Activity> m_correcting; // the version being corrected
    QLineEdit *m_reason = nullptr;                // why (only when correcting)
    bool m_typed = false;                         // a draft is kept only once the user typed something
    bool m_saving = false;
};

} // namespace lars::ui
