#pragma once
// "CREON": what of this pupil's registrations goes to the government's data collection, and whether it
// has been sent. Staff do nothing here; the server sends at the agreed times.
#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
} // namespace lars::models

namespace lars::ui {

class CreonTab final : public QWidget
{
    Q_OBJECT
public:
    CreonTab(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
             QWidget *parent = nullptr);

private:
    void showRegistrations();

    models::DossierModel *m_dossier;
    models::DossierNomenclature *m_nomenclature;
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace lars::ui
