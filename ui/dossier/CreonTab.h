#pragma once
// "CREON": what of this pupil's data goes to the ministry, where each item comes from (which consult or
// activity) and how far its delivery is (te verzenden, verzonden op …, aanvaard, geweigerd: reden). Staff
// do nothing here unless something was refused: then they correct it or send it again.
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
struct DossierReply;
} // namespace lars::models

namespace lars::ui {

class CreonCorrectionDialog;

class CreonTab final : public QWidget
{
    Q_OBJECT
public:
    CreonTab(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
             QWidget *parent = nullptr);

signals:
    // Test hook: the correction dialog was opened (it is modal).
    void correctionDialogShown(lars::ui::CreonCorrectionDialog *dialog);

private:
    void showRegistrations();
    void updateButtons();
    void correctSelected();
    void resubmitSelected();
    void showFailure(const lars::models::DossierReply &reply);
    QJsonObject selected() const;

    models::DossierModel *m_dossier;
    models::DossierNomenclature *m_nomenclature;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_correct;
    QPushButton *m_resubmit;
    QLabel *m_message;
};

} // namespace lars::ui
