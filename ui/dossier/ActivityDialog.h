#pragma once
// Register an activity in the pupil's journal. With the draaischijffunctie three cascading columns appear
// (direction → one of the 7 partner categories → detail), all from the server's nomenclature. A failed
// save keeps everything typed; retrying reuses the idempotency key so the activity is never stored twice.
#include "models/Activity.h"
#include "models/api/DossierApi.h"

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

namespace lars::models {
class DossierModel;
class DossierNomenclature;
} // namespace lars::models

namespace lars::ui {

class ActivityDialog final : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                   QWidget *parent = nullptr);

    // The activity as filled in so far; hub only for the draaischijffunctie.
    models::Activity activity() const;
    // Empty when the activity can be saved; otherwise what is missing.
    QString missing() const;
    void save();

private:
    void fillFunctions();
    void fillThemes();
    void fillCategories();
    void fillDetails();
    void updateState();

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
    bool m_saving = false;
};

} // namespace lars::ui
