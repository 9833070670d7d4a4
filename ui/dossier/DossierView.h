#pragma once
// One open pupil dossier: a header (name, birth date, school and class), the overbruggingshulp box and
// the section tabs Identity, Medical data, Journal, Attests and CREON.
#include "models/Activity.h"
#include "models/Attest.h"
#include "models/Measurement.h"
#include "models/Referral.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTabWidget;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
struct DossierReply;
} // namespace lars::models

namespace lars::ui {

class MessageLabel;

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
    // Ctrl+P: presses the print button of the section on screen (a button marked with the property
    // kPrintProperty); false when that section has nothing to print.
    bool printCurrentSection();
    static constexpr const char *kPrintProperty = "larsPrintsSection";
    // The tab text: the name, and the birth date too when another open tab has the same name.
    QString tabText(bool withBirthDate) const;
    QString tabToolTip() const;

signals:
    void titleChanged(const QString &title);
    void attestPreviewRequested(const lars::models::Attest &attest);
    void parentLetterRequested(const lars::models::Measurement &contact);
    // A referral the server has stored: its letter.
    void referralSaved(const lars::models::Referral &referral);
    void classLettersRequested();

private:
    void showHeader();
    void showOffline();
    void openReferral(const models::Measurement &consult);
    void openPartnerReferral(const models::Activity &activity);
    void openAttest(qint64 activityId);

    models::DossierModel *m_dossier;
    models::DossierNomenclature *m_nomenclature;
    QLabel *m_header;
    MessageLabel *m_problem;
    MessageLabel *m_offline; // "offline — data of 10:42" while it shows what was read earlier
    QTabWidget *m_sections;
    AttestsTab *m_attests;
};

} // namespace lars::ui
