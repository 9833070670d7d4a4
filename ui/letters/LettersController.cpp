#include "ui/letters/LettersController.h"

#include "models/ClassMedical.h"
#include "models/api/DossierApi.h"
#include "models/api/DossierModel.h"
#include "models/api/Session.h"
#include "reports/DossierLetters.h"
#include "reports/LetterOutput.h"
#include "reports/ModelLetters.h"
#include "ui/Logging.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/letters/BrandingDialog.h"
#include "ui/letters/ClassBatchDialog.h"
#include "ui/letters/ClassLettersDialog.h"
#include "ui/letters/LetterPreviewDialog.h"

#include <QMessageBox>

namespace lars::ui {

LettersController::LettersController(models::ApiClient *api, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_api(new models::DossierApi(api, this))
    , m_window(window)
{
    setObjectName(QStringLiteral("lettersController"));
}

void LettersController::setNextBatchFileName(const std::optional<QString> &path)
{
    ClassLettersDialog::setNextSaveFileName(path);
}

void LettersController::attach(DossierWorkspace *workspace)
{
    connect(workspace, &DossierWorkspace::attestPreviewRequested, this, &LettersController::previewAttest);
    connect(workspace, &DossierWorkspace::parentLetterRequested, this,
            [this, workspace](const models::Pupil &pupil, const models::Measurement &contact) {
                // The open dossier's own models: no second fetch, and the composition lars-render uses.
                if (DossierView *view = workspace->dossierView(pupil.id))
                    previewParentLetter(view->dossier(), contact.id);
            });
    connect(workspace, &DossierWorkspace::referralSaved, this,
            [this, workspace](const models::Pupil &pupil, const models::Referral &referral) {
                if (DossierView *view = workspace->dossierView(pupil.id))
                    previewReferralLetter(view->dossier(), referral.id);
            });
    connect(workspace, &DossierWorkspace::classLettersRequested, this, &LettersController::printClassLetters);
}

void LettersController::setSession(models::Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    reset();
    if (!session)
        return;
    connect(session, &models::Session::clbChanged, this, &LettersController::reset);
    connect(session, &models::Session::stateChanged, this, [this](models::Session::State state) {
        if (state == models::Session::State::LoggedOut)
            reset();
    });
    connect(session, &models::Session::profileChanged, this, [this] {
        if (m_session && m_session->profile().isValid())
            m_profile = m_session->profile();
    });
}

void LettersController::reset()
{
    m_brandingLoaded = false;
    m_clbBranding = reports::Branding::defaults();
    m_clb = {};
    m_profile = m_session ? m_session->profile() : models::SessionProfile();
}

reports::StaffInfo LettersController::staffInfo() const
{
    const models::SessionClb *clb = m_profile.activeClb();
    return reports::staffInfo(m_profile.displayName().trimmed(), m_profile.profession,
                              clb ? clb->contact : models::ContactData());
}

reports::Branding LettersController::branding() const
{
    return LetterPreviewDialog::effectiveBranding(m_clbBranding);
}

void LettersController::load()
{
    if (m_loading)
        return;
    if (isReady()) {
        checkReady();
        return;
    }
    m_loading = true;
    if (!m_brandingLoaded)
        m_api->get(QStringLiteral("/api/v1/branding"), {}, this,
                   [this](const models::DossierReply &reply) { brandingArrived(reply); });
    if (!m_profile.isValid())
        m_api->get(QStringLiteral("/api/v1/me"), {}, this,
                   [this](const models::DossierReply &reply) { profileArrived(reply); });
}

void LettersController::brandingArrived(const models::DossierReply &reply)
{
    if (reply.ok()) {
        m_clbBranding = reports::brandingFromServer(reply.body);
        m_clb = reports::clbInfo(reply.body);
    } else if (reply.httpStatus == 404) {
        // A server without CLB branding: the default look, the CLB's name from the session.
        m_clbBranding = reports::Branding::defaults();
        if (const models::SessionClb *clb = m_profile.activeClb())
            m_clb.name = clb->name;
    } else {
        m_loading = false;
        failRequest(reply, tr("the CLB's letterhead"));
        return;
    }
    m_brandingLoaded = true;
    checkReady();
}

void LettersController::profileArrived(const models::DossierReply &reply)
{
    if (!reply.ok()) {
        m_loading = false;
        failRequest(reply, tr("your contact data"));
        return;
    }
    m_profile = models::SessionProfile::fromJson(reply.body);
    checkReady();
}

void LettersController::checkReady()
{
    if (!isReady())
        return;
    m_loading = false;
    if (m_clb.name.isEmpty())
        if (const models::SessionClb *clb = m_profile.activeClb())
            m_clb.name = clb->name;
    emit ready();
    const auto pending = std::exchange(m_pending, {});
    for (const auto &action : pending)
        action();
}

void LettersController::whenReady(std::function<void()> action)
{
    if (isReady()) {
        action();
        return;
    }
    m_pending.append(std::move(action));
    load();
}

void LettersController::fail(const QString &message)
{
    qCWarning(lcUi).noquote() << "letters:" << message;
    m_pending.clear();
    emit failed(message);
    if (!m_window)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Letters"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("lettersMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LettersController::failRequest(const models::DossierReply &reply, const QString &what)
{
    if (reply.isNetworkFailure())
        fail(
            tr("LARS could not reach the server to fetch %1. Check the connection and try again.").arg(what));
    else if (!reply.problemDetail.isEmpty())
        fail(reply.problemTitle + u'\n' + reply.problemDetail);
    else
        fail(tr("The server could not give %1 (%2).").arg(what).arg(reply.httpStatus));
}

void LettersController::openPreview(const QList<reports::AnyLetter> &letters)
{
    auto *dialog = new LetterPreviewDialog(letters, branding(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit previewOpened(dialog);
}

void LettersController::previewAttest(const models::Pupil &pupil, const models::Attest &attest)
{
    whenReady(
        [this, pupil, attest] { openPreview({reports::attestLetter(pupil, attest, m_clb, staffInfo())}); });
}

void LettersController::previewParentLetter(models::DossierModel *dossier, qint64 consultId)
{
    whenReady([this, dossier = QPointer<models::DossierModel>(dossier), consultId] {
        if (!dossier)
            return;
        const reports::ComposedLetter composed =
            reports::DossierLetters(*dossier, m_clb, staffInfo()).parentLetter(consultId);
        // Refused (e.g. a deviating result without a typed advice): the reason, never a contradicting letter.
        if (!composed.ok())
            return fail(composed.refusal);
        openPreview({*composed.letter});
    });
}

void LettersController::previewReferralLetter(models::DossierModel *dossier, qint64 referralId)
{
    whenReady([this, dossier = QPointer<models::DossierModel>(dossier), referralId] {
        if (!dossier)
            return;
        const reports::ComposedLetter composed =
            reports::DossierLetters(*dossier, m_clb, staffInfo()).referralLetter(referralId);
        if (!composed.ok())
            return fail(composed.refusal);
        openPreview({*composed.letter});
    });
}

void LettersController::printClassLetters(const models::Pupil &pupil)
{
    if (pupil.classId == 0) {
        fail(tr("%1 is not in a class: there is no class to print letters for.").arg(pupil.firstName));
        return;
    }
    whenReady([this, classId = pupil.classId] {
        m_api->get(
            QStringLiteral("/api/v1/classes/%1/medical").arg(classId), {}, this,
            [this](const models::DossierReply &reply) {
                if (!reply.ok()) {
                    failRequest(reply, tr("the medical data of the class"));
                    return;
                }
                const auto data = models::ClassMedical::fromJson(reply.body);
                if (data.consults().isEmpty()) {
                    fail(tr("No pupil of class %1 has had a systematic contact yet.").arg(data.className));
                    return;
                }
                auto *dialog = new ClassLettersDialog(data, m_clb, staffInfo(), branding(), m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &ClassLettersDialog::saveRequested, this, &LettersController::startBatch);
                dialog->open();
                emit classLettersOpened(dialog);
            });
    });
}

void LettersController::startBatch(const QList<reports::AnyLetter> &letters, const QString &path)
{
    auto *dialog = new ClassBatchDialog(letters, branding(), path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
    emit batchOpened(dialog);
}

void LettersController::editBranding()
{
    whenReady([this] {
        auto *dialog = new BrandingDialog(reports::sampleLetter(m_clb, staffInfo()), m_clbBranding,
                                          branding(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        emit brandingEditorOpened(dialog);
    });
}

} // namespace lars::ui
