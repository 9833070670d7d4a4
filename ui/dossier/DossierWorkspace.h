#pragma once
// The page after login: pupil search on the left, the open dossiers as tabs on the right.
//
// Plugging it in (MainWindow): `new DossierWorkspace(api, connection, parent)` once the session's bearer
// token is set on api (the token is scoped to the chosen CLB, so switching CLB = a new workspace or
// resetForNewSession()). connection may be null; when given, a dossier that failed to load is reloaded
// when the server is back online. Ctrl+F focuses the search; Ctrl+W closes, Ctrl+Shift+T reopens a tab;
// Ctrl+P prints from the section on screen. actions() lists them for the window's menu.
// To preview/print attests, connect attestPreviewRequested().
#include "models/Activity.h"
#include "models/Attest.h"
#include "models/Measurement.h"
#include "models/Pupil.h"
#include "models/Referral.h"
#include "models/api/ConnectionMonitor.h"

#include <QWidget>
#include <optional>

class QAction;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace lars::models {
class ApiClient;
class DossierApi;
class DossierNomenclature;
} // namespace lars::models

namespace lars::ui {

class DossierView;
class PupilSearchPanel;

class DossierWorkspace final : public QWidget
{
    Q_OBJECT
public:
    DossierWorkspace(models::ApiClient *api, models::ConnectionMonitor *connection = nullptr,
                     QWidget *parent = nullptr);

    // Opens (or switches to) a pupil's dossier; a pupil the server refuses gets no tab, the search says why.
    void openDossier(qint64 pupilId, const QString &name = {});
    void closeDossier(int index);
    void reopenLastClosed();
    // Closes every dossier and clears the search (CLB switch, logout).
    void resetForNewSession();
    // Ctrl+P: prints from the current dossier's section; false (and a message) when there is nothing.
    bool printCurrent();

    // What the next start restores: the splitter and the open dossiers (pupil ids, current one). Only ids
    // are kept, no names: the dossiers are fetched again, through the server's team check.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    QList<qint64> openPupilIds() const;
    // Find pupil, print, close dossier, reopen closed dossier (shortcuts work anywhere in the window).
    QList<QAction *> actions() const { return m_actions; }

    PupilSearchPanel *searchPanel() const { return m_search; }
    QTabWidget *dossierTabs() const { return m_tabs; }
    DossierView *dossierView(qint64 pupilId) const;
    models::DossierApi *dossierApi() const { return m_dossierApi; }
    models::DossierNomenclature *nomenclature() const { return m_nomenclature; }

signals:
    // The open dossiers changed (opened, closed, moved): a moment to save the state.
    void stateChanged();
    // Connect it to enable "Preview and print…" in the attests tabs (disabled while nobody listens).
    void attestPreviewRequested(const lars::models::Pupil &pupil, const lars::models::Attest &attest);
    // Letters from the medical data and the journal (the letters area answers; see ui/LettersController).
    void parentLetterRequested(const lars::models::Pupil &pupil, const lars::models::Measurement &contact);
    // A referral the server has stored: its letter.
    void referralSaved(const lars::models::Pupil &pupil, const lars::models::Referral &referral);
    void classLettersRequested(const lars::models::Pupil &pupil);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void rememberClosed(qint64 pupilId, const QString &name);
    void updateTabTitles();
    void updateRecentMenu();
    void onConnectionChanged(models::ConnectionMonitor::Status status);
    bool attestPreviewAvailable() const;

    models::DossierApi *m_dossierApi;
    models::DossierNomenclature *m_nomenclature;
    PupilSearchPanel *m_search;
    QTabWidget *m_tabs;
    QToolButton *m_recentButton;
    QSplitter *m_splitter;
    QList<QAction *> m_actions;
    QList<std::pair<qint64, QString>> m_recent; // most recently closed first
};

} // namespace lars::ui
