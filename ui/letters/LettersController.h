#pragma once
// Brings the letters area to the dossier: fetches what a letter needs (the CLB's branding and letterhead,
// the staff member's contact data for the current CLB, the pupil's or class's medical data) and opens the
// preview/print/save dialog, the class batch with its progress bar, or the branding editor — never a
// nested event loop: every step is a reply callback, every dialog is open()ed.
#include "models/Activity.h"
#include "models/Attest.h"
#include "models/Measurement.h"
#include "models/Pupil.h"
#include "models/api/SessionProfile.h"
#include "reports/Branding.h"
#include "reports/LetterData.h"
#include "ui/letters/ClassBatchDialog.h"
#include "ui/letters/ClassLettersDialog.h"
#include "ui/letters/LetterPreviewDialog.h"

#include <QDialog>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QWidget;

namespace lars::models {
class ApiClient;
class DossierApi;
class DossierModel;
class Session;
struct DossierReply;
} // namespace lars::models

namespace lars::ui {

class DossierWorkspace;

class LettersController final : public QObject
{
    Q_OBJECT
public:
    // window: the parent of the dialogs.
    LettersController(models::ApiClient *api, QWidget *window, QObject *parent = nullptr);

    // The staff member (name, function, contact data per CLB) and the CLB come from the session and follow
    // its CLB switches; without a session they come from GET /api/v1/me.
    void setSession(models::Session *session);

    // Serves the letter requests of the dossier workspace (attests, parent and referral letters, class).
    void attach(DossierWorkspace *workspace);

    // Forgets the CLB's branding and profile (a CLB switch, a new login); the next letter loads them again.
    void reset();
    // Loads the CLB's branding (and the profile without a session) now; ready() when done.
    void load();
    bool isReady() const { return m_brandingLoaded && m_profile.isValid(); }

    // ADBIB (or other) attest of an activity: dated on the activity.
    void previewAttest(const models::Pupil &pupil, const models::Attest &attest);
    // Parent letter of an open dossier after its systematic contact consultId (the latest for 0), composed
    // by reports::DossierLetters as lars-render --server does; a refusal (no advice for a deviating
    // result) is shown with its reason instead.
    void previewParentLetter(models::DossierModel *dossier, qint64 consultId = 0);
    // The letter of a stored referral of an open dossier: to its recipient, with exactly the ticked results
    // (reports::DossierLetters, the composition lars-render --server uses).
    void previewReferralLetter(models::DossierModel *dossier, qint64 referralId);
    // The parent letters of the pupil's class for one consult the user picks (ClassLettersDialog), into
    // one PDF.
    void printClassLetters(const models::Pupil &pupil);
    // Colours and logos: the branding editor with a live preview; saved as this computer's override.
    void editBranding();

    reports::ClbInfo clbInfo() const { return m_clb; }
    reports::StaffInfo staffInfo() const;
    // The CLB's branding from the server, and the one letters use (the local override on top).
    reports::Branding clbBranding() const { return m_clbBranding; }
    reports::Branding branding() const;

    // Test hook: the next class letters are saved here instead of asking with a file dialog (empty = cancel).
    static void setNextBatchFileName(const std::optional<QString> &path);

signals:
    void ready();
    void previewOpened(lars::ui::LetterPreviewDialog *dialog);
    void classLettersOpened(lars::ui::ClassLettersDialog *dialog);
    void batchOpened(lars::ui::ClassBatchDialog *dialog);
    void brandingEditorOpened(QDialog *dialog);
    // Why a letter could not be made (also shown to the user).
    void failed(const QString &message);

private:
    // Runs action once the branding and the profile are known.
    void whenReady(std::function<void()> action);
    void brandingArrived(const models::DossierReply &reply);
    void profileArrived(const models::DossierReply &reply);
    void checkReady();
    void fail(const QString &message);
    void failRequest(const models::DossierReply &reply, const QString &what);
    void openPreview(const QList<reports::AnyLetter> &letters);
    void startBatch(const QList<reports::AnyLetter> &letters, const QString &path);

    models::DossierApi *m_api;
    QPointer<QWidget> m_window;
    QPointer<models::Session> m_session;
    models::SessionProfile m_profile;
    reports::ClbInfo m_clb;
    reports::Branding m_clbBranding = reports::Branding::defaults();
    bool m_brandingLoaded = false;
    bool m_loading = false;
    QList<std::function<void()>> m_pending;
};

} // namespace lars::ui
