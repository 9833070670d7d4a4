#pragma once
// "Identiteit": who the pupil is (names, birth date, sex, national or BIS number), where (CLB school
// and class) and the language the CLB writes to the parents in.
#include <QWidget>

class QLabel;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class IdentityTab final : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityTab(models::DossierModel *dossier, QWidget *parent = nullptr);

private:
    void showPupil();

    models::DossierModel *m_dossier;
    QLabel *m_name;
    QLabel *m_birthDate;
    QLabel *m_sex;
    QLabel *m_number;
    QLabel *m_school;
    QLabel *m_class;
    QLabel *m_language;
};

} // namespace lars::ui
