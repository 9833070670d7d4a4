#pragma once
// "Attesten": the pupil's attests (type, the activity's date, staff member, text). Preview and printing
// belong to the letters area: this tab only emits previewRequested() for whoever connects to it.
#include "models/Attest.h"

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class AttestsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit AttestsTab(models::DossierModel *dossier, QWidget *parent = nullptr);

    // Whether someone handles previewRequested() (the letters area); otherwise the button says so.
    void setPreviewAvailable(bool available);

signals:
    void previewRequested(const lars::models::Attest &attest);
    // "New attest…": an attest from an activity of the journal.
    void attestRequested();

private:
    void showAttests();
    void requestPreview();

    models::DossierModel *m_dossier;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_preview;
    QPushButton *m_create;
    bool m_previewAvailable = false;
};

} // namespace lars::ui
