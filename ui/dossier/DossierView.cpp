#include "ui/dossier/DossierView.h"

#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "ui/dossier/AttestsTab.h"
#include "ui/dossier/CreonTab.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/dossier/IdentityTab.h"
#include "ui/dossier/JournalTab.h"
#include "ui/dossier/MedicalTab.h"
#include "ui/dossier/OverbruggingshulpBox.h"
#include "ui/letters/AttestDialog.h"
#include "ui/letters/ReferralDialog.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace lars::ui {

DossierView::DossierView(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                         QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_nomenclature(nomenclature)
    , m_header(new QLabel(this))
    , m_problem(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("dossierProblem"), this))
    , m_offline(new MessageLabel(MessageLabel::Kind::Warning, QStringLiteral("dossierOffline"), this))
    , m_sections(new QTabWidget(this))
    , m_attests(new AttestsTab(dossier, m_sections))
{
    dossier->setParent(this);
    setObjectName(QStringLiteral("dossierView"));
    m_header->setObjectName(QStringLiteral("dossierHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_sections->setObjectName(QStringLiteral("dossierSections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(new IdentityTab(dossier, m_sections), tr("Identity"));
    auto *medical = new MedicalTab(dossier, m_sections);
    m_sections->addTab(medical, tr("Medical data"));
    connect(medical, &MedicalTab::parentLetterRequested, this, &DossierView::parentLetterRequested);
    connect(medical, &MedicalTab::referralRequested, this, &DossierView::openReferral);
    connect(medical, &MedicalTab::classLettersRequested, this, &DossierView::classLettersRequested);
    auto *journal = new JournalTab(dossier, nomenclature, m_sections);
    m_sections->addTab(journal, tr("Journal"));
    connect(journal, &JournalTab::referralRequested, this, &DossierView::openPartnerReferral);
    connect(journal, &JournalTab::attestRequested, this, &DossierView::openAttest);
    connect(m_attests, &AttestsTab::attestRequested, this, [this] { openAttest(0); });
    m_sections->addTab(m_attests, tr("Attests"));
    m_sections->addTab(new CreonTab(dossier, nomenclature, m_sections), tr("CREON"));
    connect(m_attests, &AttestsTab::previewRequested, this, &DossierView::attestPreviewRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_offline);
    layout->addWidget(new OverbruggingshulpBox(dossier, this));
    layout->addWidget(m_problem);
    layout->addWidget(m_sections, 1);

    connect(dossier, &models::DossierModel::pupilLoaded, this, &DossierView::showHeader);
    connect(dossier, &models::DossierModel::loadFailed, this, [this](const models::DossierReply &reply) {
        m_problem->showMessage(DossierTexts::problem(reply));
    });
    connect(dossier, &models::DossierModel::fullyLoaded, m_problem, &QWidget::hide);
    connect(dossier, &models::DossierModel::fullyLoaded, this, &DossierView::showOffline);
    connect(dossier, &models::DossierModel::journalLoaded, this, &DossierView::showOffline);
    showHeader();
}

void DossierView::showOffline()
{
    const QDateTime at = m_dossier->offlineDataTime();
    if (!at.isValid())
        return m_offline->clearMessage();
    const QLocale locale;
    const QString when = at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                           : locale.toString(at, QLocale::ShortFormat);
    m_offline->showMessage(tr("offline — data of %1").arg(when));
}

bool DossierView::printCurrentSection()
{
    const QWidget *section = m_sections->currentWidget();
    if (!section)
        return false;
    for (QAbstractButton *button : section->findChildren<QAbstractButton *>())
        if (button->property(kPrintProperty).toBool() && button->isEnabled() && button->isVisibleTo(this)) {
            button->click();
            return true;
        }
    return false;
}

QString DossierView::tabText(bool withBirthDate) const
{
    const auto &p = m_dossier->pupil();
    if (!withBirthDate || !p.birthDate.isValid())
        return title();
    return tr("%1 (%2)").arg(title(), QLocale().toString(p.birthDate, QLocale::ShortFormat));
}

QString DossierView::tabToolTip() const
{
    const auto &p = m_dossier->pupil();
    if (!m_dossier->isPupilLoaded())
        return title();
    return tr("%1, born %2, %3 %4")
        .arg(title(), QLocale().toString(p.birthDate, QLocale::LongFormat), p.schoolName, p.className);
}

void DossierView::showSection(Section section)
{
    m_sections->setCurrentIndex(section);
}

void DossierView::setAttestPreviewAvailable(bool available)
{
    m_attests->setPreviewAvailable(available);
}

QString DossierView::title() const
{
    const auto &p = m_dossier->pupil();
    if (!m_dossier->isPupilLoaded())
        return tr("Loading…");
    return QStringLiteral("%1 %2").arg(p.firstName, p.lastName);
}

void DossierView::showHeader()
{
    const auto &p = m_dossier->pupil();
    if (!m_dossier->isPupilLoaded()) {
        m_header->setText(tr("Loading the dossier…"));
        return;
    }
    const QLocale locale;
    m_header->setText(QStringLiteral("<b style='font-size:large'>%1 %2</b> &nbsp; %3 &nbsp;·&nbsp; %4, %5")
                          .arg(p.firstName.toHtmlEscaped(), p.lastName.toHtmlEscaped(),
                               tr("born %1").arg(locale.toString(p.birthDate, QLocale::ShortFormat)),
                               p.schoolName.toHtmlEscaped(), p.className.toHtmlEscaped()));
    emit titleChanged(title());
}

void DossierView::openReferral(const models::Measurement &consult)
{
    auto *dialog = new ReferralDialog(m_dossier, consult, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::saved, this, &DossierView::referralSaved);
    dialog->open();
}

void DossierView::openPartnerReferral(const models::Activity &activity)
{
    if (!activity.hub)
        return;
    // Results may go along on purpose: those of the latest systematic contact.
    const auto &consults = m_dossier->measurements();
    const auto latest = std::max_element(consults.begin(), consults.end(),
                                         [](const auto &a, const auto &b) { return a.date < b.date; });
    auto *dialog = new ReferralDialog(
        m_dossier, activity, m_nomenclature->detailName(activity.hub->category, activity.hub->detail),
        latest == consults.end() ? std::nullopt : std::optional<models::Measurement>(*latest), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::saved, this, &DossierView::referralSaved);
    dialog->open();
}

void DossierView::openAttest(qint64 activityId)
{
    auto *dialog = new AttestDialog(m_dossier, m_nomenclature, activityId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttestDialog::saved, this, &DossierView::attestPreviewRequested);
    dialog->open();
}

} // namespace lars::ui
