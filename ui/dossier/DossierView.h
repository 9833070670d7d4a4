#pragma once
// One open pupil dossier: a header (name, birth date, school and class), the overbruggingshulp box and
// the section tabs Identity, Medical data, Journal, Attests and CREON.
#include "models/Attest.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
struct DossierReply;
} // namespace lars::models

namespace lars::ui {

class IdentityTab;
class MedicalTab;
class JournalTab;
class AttestsTab;
class CreonTab;

class DossierView final : public QWidget
{
    Q_OBJECT
public:
    enum Section
    {
        Identity,
        Medical,
        Journal,
        Attests,
        Creon
    };

    // Takes ownership of dossier.
    DossierView(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                QWidget *parent = nullptr);

    models::DossierModel *dossier() const { return m_dossier; }
    void showSection(Section section);
    QString title() const;
    void setAttestPreviewAvailable(bool available);

signals:
    void titleChanged(const QString &title);
    void attestPreviewRequested(const lars::models::Attest &attest);

private:
    void showHeader();

    models::DossierModel *m_dossier;
    QLabel *m_header;
    QLabel *m_problem;
    QTabWidget *m_sections;
    AttestsTab *m_attests;
};

} // namespace lars::ui
