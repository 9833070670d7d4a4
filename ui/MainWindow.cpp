#include "ui/MainWindow.h"

#include "local/SessionStore.h"
#include "models/api/ApiClient.h"
#include "models/api/AuthClient.h"
#include "models/api/DossierApi.h"
#include "models/api/Outbox.h"
#include "models/api/Session.h"
#include "smartcard/CertificateCache.h"
#include "smartcard/EidSession.h"
#include "ui/CreonAdminDialog.h"
#include "ui/LocalWork.h"
#include "ui/Logging.h"
#include "ui/OutboxIndicator.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/StartPage.h"
#include "ui/StatusIndicator.h"
#include "ui/StatusTexts.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/letters/LettersController.h"
#include "ui/login/ClbChooser.h"
#include "ui/login/DialogParking.h"
#include "ui/login/LeaveGuard.h"
#include "ui/login/LockOverlay.h"
#include "ui/login/LoginController.h"
#include "ui/login/LoginPanel.h"
#include "ui/login/NoTeamPage.h"
#include "ui/login/OidcLoginController.h"
#include "ui/login/PersonalDataDialog.h"
#include "ui/login/PinDialog.h"
#include "ui/login/SessionController.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/WindowTitleFit.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace lars::ui {

MainWindow::MainWindow(models::ApiClient *api, models::ConnectionMonitor *connection,
                       smartcard::ReaderMonitor *reader, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_connection(connection)
    , m_reader(reader)
    , m_store(new local::SessionStore(this))
    , m_auth(new models::AuthClient(api, this))
    , m_session(new models::Session(api, this))
    , m_sessions(new SessionController(api, m_auth, m_session, m_store, this))
    , m_eid(new smartcard::EidSession(this))
    , m_certificates(
          std::make_shared<smartcard::CertificateCache>(smartcard::CertificateCache::defaultDirectory()))
    , m_login(new LoginController(m_auth, m_session, m_eid, reader, this))
    , m_oidc(new OidcLoginController(api, m_session, this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_clbChooser(new ClbChooser(this))
    , m_noTeamPage(new NoTeamPage(this))
    , m_lockOverlay(new LockOverlay(this))
    , m_parking(new DialogParking(this))
    , m_leaveGuard(new LeaveGuard(this))
    , m_localWork(new LocalWork(api, m_session, this))
    , m_userButton(new QToolButton(this))
    , m_userMenu(new QMenu(this))
    , m_clbMenu(new QMenu(tr("Work on behalf of"), this))
    , m_connectionIndicator(new StatusIndicator(this))
    , m_cardIndicator(new StatusIndicator(this))
    , m_keychainNotice(new MessageLabel(MessageLabel::Kind::Warning, QStringLiteral("keychainNotice"), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LARS"));
    setWindowIcon(Icons::application());
    WindowTitleFit::install();
    restoreWindowGeometry();

    m_eid->setCertificateCache(m_certificates);
    m_eid->setReaderName(Settings::preferredReader());

    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_clbChooser);
    m_pages->addWidget(m_noTeamPage);
    m_pages->addWidget(m_lockOverlay);
    setCentralWidget(m_pages);
    m_letters = new LettersController(api, this, this);
    m_letters->setSession(m_session);
    createMenus();

    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_userButton->setText(tr("Not logged in"));
    m_userButton->setIcon(Icons::themed(QStringLiteral("user")));
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_userButton->setPopupMode(QToolButton::InstantPopup);
    m_userButton->setEnabled(false);
    m_userButton->setMenu(m_userMenu);
    m_userMenu->setObjectName(QStringLiteral("userMenu"));
    m_clbMenu->setObjectName(QStringLiteral("clbMenu"));
    menuBar()->setCornerWidget(m_userButton, Qt::TopRightCorner);

    m_connectionIndicator->setObjectName(QStringLiteral("connectionIndicator"));
    m_cardIndicator->setObjectName(QStringLiteral("cardIndicator"));
    m_keychainNotice->setWordWrap(false);
    statusBar()->addPermanentWidget(new OutboxIndicator(m_localWork->outbox(), this));
    statusBar()->addPermanentWidget(m_keychainNotice);
    m_leaveGuard->setPendingChanges([this] { return int(m_localWork->outbox()->changes().size()); });
    connect(m_localWork->dataKey(), &local::DataKey::ready, this, &MainWindow::showKeychainMode);
    statusBar()->addPermanentWidget(m_cardIndicator);
    statusBar()->addPermanentWidget(m_connectionIndicator);

    LoginPanel *panel = m_startPage->loginPanel();
    connect(panel, &LoginPanel::loginRequested, this, &MainWindow::startLogin);
    connect(panel, &LoginPanel::readerChosen, this, [this](const QString &name) {
        Settings::setPreferredReader(name);
        m_eid->setReaderName(name);
    });
    connect(m_reader, &smartcard::ReaderMonitor::readersChanged, this,
            [panel](const QStringList &readers) { panel->setReaders(readers, Settings::preferredReader()); });
    panel->setReaders(m_reader->readers(), Settings::preferredReader());
    m_oidc->setUrlOpener([this](const QUrl &url) { return m_openUrl(url); });
    m_oidc->setLoopbackPort(Settings::loginLoopbackPort());
    m_oidc->attach(panel);

    connect(m_login, &LoginController::pinRequested, this, &MainWindow::askPin);
    connect(m_login, &LoginController::stepChanged, this, &MainWindow::showLoginStep);
    connect(m_login, &LoginController::failed, this, &MainWindow::showLoginFailure);
    connect(m_login, &LoginController::differentCard, m_sessions, &SessionController::differentCardUsed);
    connect(m_sessions, &SessionController::ended, this, &MainWindow::showSessionEnded);
    connect(m_sessions, &SessionController::resumeStateChanged, this, &MainWindow::showResumeState);
    connect(m_sessions, &SessionController::unlockWanted, this, [this] {
        if (!m_login->isBusy())
            m_login->start(true);
    });
    m_sessions->setLockOnCardRemoval(Settings::cardRemoval() == Settings::CardRemoval::Lock);
    connect(this, &MainWindow::settingsChanged, m_sessions, [this] {
        m_sessions->setLockOnCardRemoval(Settings::cardRemoval() == Settings::CardRemoval::Lock);
    });

    connect(m_session, &models::Session::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &models::Session::profileChanged, this, &MainWindow::updateTitle);
    connect(m_session, &models::Session::clbChanged, this, [this] {
        if (m_workspace) {
            m_workspace->resetForNewSession();
            m_workspace->restoreState(
                Settings::workspaceState(m_session->profile().staffId, m_session->clbId()));
        }
        updateTitle();
        if (m_session->state() == models::Session::State::Active)
            showSessionPage();
    });
    connect(m_auth, &models::AuthClient::clbSwitched, this, [this](const models::LoginGrant &grant) {
        m_switchingClb = false;
        m_clbChooser->setBusy(false);
        m_session->replaceToken(grant.token, grant.expiresAt, grant.clbId);
    });
    connect(m_auth, &models::AuthClient::adminLinkReady, this, [this](const QUrl &url) {
        qCInfo(lcUi) << "opening the web administration";
        if (!m_openUrl(url))
            statusBar()->showMessage(tr("The web browser could not be started."), 10000);
    });
    connect(m_auth, &models::AuthClient::failed, this,
            [this](models::AuthClient::Operation operation, const models::AuthError &error) {
                using O = models::AuthClient::Operation;
                if (operation == O::SwitchClb) {
                    m_switchingClb = false;
                    m_clbChooser->setBusy(false);
                    m_clbChooser->showError(loginErrorText(error));
                    statusBar()->showMessage(loginErrorText(error), 10000);
                } else if (operation == O::AdminLink) {
                    statusBar()->showMessage(loginErrorText(error), 10000);
                }
            });
    connect(m_clbChooser, &ClbChooser::chosen, this, &MainWindow::chooseClb);
    connect(m_clbChooser, &ClbChooser::logoutRequested, this, &MainWindow::logout);
    connect(m_lockOverlay, &LockOverlay::unlockRequested, this, [this] {
        if (!m_login->isBusy())
            m_login->start(true);
    });
    connect(m_lockOverlay, &LockOverlay::logoutRequested, this, &MainWindow::logout);

    connect(m_store, &local::SessionStore::modeChanged, this, &MainWindow::showKeychainMode);

    connect(m_connection, &models::ConnectionMonitor::statusChanged, this,
            [this](models::ConnectionMonitor::Status status) {
                showConnectionStatus(status);
                if (status == models::ConnectionMonitor::Status::Online) {
                    m_sessions->serverReachable();
                    m_localWork->outbox()->retryNow();
                }
            });
    connect(m_reader, &smartcard::ReaderMonitor::stateChanged, this,
            [this](smartcard::ReaderState state) { showCardState(state); });
    showConnectionStatus(m_connection->status());
    showCardState(m_reader->state());
    createUserMenu();
    // A session kept from an earlier run continues (an eID session once its card is in the reader).
    m_sessions->start();
}

MainWindow::~MainWindow()
{
    m_login->cancel();
}

void MainWindow::restoreWindowGeometry()
{
    if (restoreGeometry(Settings::windowGeometry()))
        return;
    // First start: a comfortable size that still fits a 1366×768 (or 1280×800) laptop screen.
    QSize size(1100, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    saveWorkspaceState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWorkspaceState()
{
    if (m_workspace && m_session->state() == models::Session::State::Active)
        Settings::setWorkspaceState(m_session->profile().staffId, m_session->clbId(),
                                    m_workspace->saveState());
}

void MainWindow::lockNow()
{
    m_sessions->lockNow();
}

void MainWindow::updateDossierActions()
{
    const bool on = m_workspace && m_pages->currentWidget() == m_workspace &&
                    m_session->state() == models::Session::State::Active;
    m_dossierMenu->setEnabled(on);
    for (QAction *action : m_dossierMenu->actions())
        action->setEnabled(on);
    using S = models::Session::State;
    m_lockAction->setEnabled(m_session->state() == S::Active || m_session->state() == S::ChoosingClb);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *branding = file->addAction(tr("&Colours and logos of letters…"), this, [this] {
        if (m_session->state() == models::Session::State::Active)
            m_letters->editBranding();
        else
            statusBar()->showMessage(tr("Log in first: letters use the colours and logos of your CLB."),
                                     8000);
    });
    branding->setObjectName(QStringLiteral("actionLetterBranding"));
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock LARS"), this, &MainWindow::lockNow);
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setIcon(Icons::themed(QStringLiteral("lock")));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lockAction->setToolTip(tr("Hide your work until you unlock with your eID and PIN"));
    m_lockAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_dossierMenu = menuBar()->addMenu(tr("&Dossier"));
    m_dossierMenu->setObjectName(QStringLiteral("dossierMenu"));
    m_dossierMenu->setEnabled(false);

    QMenu *admin = menuBar()->addMenu(tr("&Administrative"));
    m_webAdministration =
        admin->addAction(tr("Open the web administration…"), this, &MainWindow::openWebAdministration);
    m_webAdministration->setObjectName(QStringLiteral("actionWebAdministration"));
    m_webAdministration->setToolTip(
        tr("Dossier management, teams and groups are done in the web application. It opens in your browser "
           "without a new login."));
    m_webAdministration->setEnabled(false);
    m_creonDelivery = admin->addAction(tr("&CREON delivery…"), this, [this] {
        auto *dialog = new CreonAdminDialog(m_api, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_creonDelivery->setObjectName(QStringLiteral("actionCreonDelivery"));
    m_creonDelivery->setVisible(false); // local administrators only, like the server's routes

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LARS"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::createUserMenu()
{
    m_userMenu->clear();
    m_clbMenu->clear();
    const models::SessionProfile &profile = m_session->profile();
    if (!profile.isValid())
        return;
    QAction *name = m_userMenu->addAction(profile.displayName());
    name->setEnabled(false);
    QAction *personal = m_userMenu->addAction(tr("&Personal data…"), this, &MainWindow::openPersonalData);
    personal->setObjectName(QStringLiteral("actionPersonalData"));
    if (profile.clbs.size() > 1) {
        m_userMenu->addMenu(m_clbMenu);
        for (const models::SessionClb &clb : profile.clbs) {
            QAction *action = m_clbMenu->addAction(clb.name, this, [this, id = clb.id] { chooseClb(id); });
            action->setObjectName(QStringLiteral("actionClb_%1").arg(clb.id));
            action->setCheckable(true);
            action->setChecked(clb.id == m_session->clbId());
        }
    }
    m_userMenu->addSeparator();
    m_userMenu->addAction(tr("&Log out"), this, &MainWindow::logout)
        ->setObjectName(QStringLiteral("actionLogout"));
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::settingsChanged);
    dialog->open();
}

void MainWindow::openPersonalData()
{
    if (m_session->state() != models::Session::State::Active)
        return;
    auto *dialog =
        new PersonalDataDialog(m_auth, m_session, m_localWork->outbox(), m_localWork->drafts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonalDataDialog::saved, this,
            [this] { statusBar()->showMessage(tr("Your contact data were saved."), 5000); });
    connect(dialog, &PersonalDataDialog::waiting, this, [this] {
        statusBar()->showMessage(tr("Your contact data are sent as soon as the server can be reached."),
                                 8000);
    });
    dialog->open();
}

void MainWindow::openWebAdministration()
{
    if (m_session->state() == models::Session::State::Active)
        m_auth->requestAdminLink();
}

void MainWindow::logout()
{
    m_leaveGuard->confirm(LeaveGuard::Leaving::Logout, [this] { m_sessions->logout(); });
}

void MainWindow::showConnectionStatus(models::ConnectionMonitor::Status status)
{
    const StatusText text = connectionStatusText(status, m_api->baseUrl().host());
    m_connectionIndicator->setStatus(text.level, text.text, text.advice);
    m_startPage->showServerStatus(text);
}

void MainWindow::showCardState(smartcard::ReaderState state)
{
    using R = smartcard::ReaderState;
    const StatusText text = cardStatusText(state);
    m_cardIndicator->setStatus(text.level, text.text, text.advice);
    m_startPage->showCardStatus(text);
    m_startPage->loginPanel()->setLoginPossible(state == R::EidPresent);
    m_lockOverlay->setCardPresent(state == R::EidPresent);
    // The session rules (lock, another card, resume, unlock) decide; the pages follow the session.
    m_sessions->cardStateChanged(state, m_reader->currentCard().serial);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LARS"),
                       tr("<b>LARS</b> %1<br>Pupil guidance dossiers for the CLBs of Flanders.")
                           .arg(QStringLiteral(LARS_VERSION)));
}

void MainWindow::startLogin()
{
    if (m_login->isBusy() || m_session->isLoggedIn())
        return;
    m_eid->setReaderName(m_startPage->loginPanel()->chosenReader());
    m_login->start(false);
}

void MainWindow::askPin(int triesLeft, bool pinpad)
{
    if (m_pinDialog)
        m_pinDialog->deleteLater();
    auto *dialog = new PinDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTriesLeft(triesLeft);
    dialog->setPinpad(pinpad);
    connect(dialog, &PinDialog::pinEntered, m_login, &LoginController::submitPin);
    connect(dialog, &QDialog::rejected, m_login, [this] { m_login->cancel(); });
    m_pinDialog = dialog;
    dialog->open();
}

void MainWindow::showLoginStep()
{
    const bool busy = m_login->isBusy() && m_login->step() != LoginController::Step::WaitingForPin;
    if (m_login->isUnlocking())
        m_lockOverlay->setBusy(busy, m_login->stepText());
    else
        m_startPage->loginPanel()->setBusy(busy, m_login->stepText());
    if (!m_login->isBusy()) {
        m_lockOverlay->setBusy(false);
        m_startPage->loginPanel()->setBusy(false);
    }
}

void MainWindow::showLoginFailure(const QString &message)
{
    if (m_pinDialog)
        m_pinDialog->reject();
    if (m_session->state() == models::Session::State::Locked)
        m_lockOverlay->showError(message);
    else
        m_startPage->loginPanel()->showError(message);
}

void MainWindow::onSessionState()
{
    using S = models::Session::State;
    const S state = m_session->state();
    m_webAdministration->setEnabled(state == S::Active);
    const models::SessionClb *active = m_session->profile().activeClb();
    m_creonDelivery->setVisible(state == S::Active && active && active->localAdmin);
    m_userButton->setEnabled(state == S::Active || state == S::ChoosingClb);
    switch (state) {
    case S::LoggedOut:
        m_parking->discard();
        if (m_workspace) {
            m_pages->removeWidget(m_workspace);
            m_workspace->deleteLater();
            m_workspace = nullptr;
        }
        m_pages->setCurrentWidget(m_startPage);
        break;
    case S::ChoosingClb: {
        QList<ClbChooser::Choice> choices;
        for (const models::SessionClb &clb : m_session->profile().clbs)
            choices.append({clb.id, clb.name});
        m_clbChooser->setChoices(m_session->profile().displayName(), choices);
        m_pages->setCurrentWidget(m_clbChooser);
        break;
    }
    case S::Active:
        showSessionPage();
        m_parking->restore();
        break;
    case S::Locked:
        m_parking->park();
        m_lockOverlay->showError({});
        m_lockOverlay->setStaffName(m_session->profile().displayName());
        m_lockOverlay->setCardPresent(m_reader->state() == smartcard::ReaderState::EidPresent);
        m_pages->setCurrentWidget(m_lockOverlay);
        m_lockOverlay->setFocus();
        break;
    }
    updateDossierActions();
    updateTitle();
}

void MainWindow::showSessionPage()
{
    const models::SessionProfile &profile = m_session->profile();
    if (!profile.activeClbHasTeam()) {
        const models::SessionClb *clb = profile.activeClb();
        m_noTeamPage->setClb(profile.displayName(), m_session->clbName(),
                             clb ? clb->administrator : models::LocalAdministrator());
        m_pages->setCurrentWidget(m_noTeamPage);
        updateDossierActions();
        return;
    }
    const bool created = !m_workspace;
    if (created) {
        m_workspace = new DossierWorkspace(m_api, m_connection, this);
        m_workspace->dossierApi()->setOutbox(m_localWork->outbox());
        m_workspace->dossierApi()->setDrafts(m_localWork->drafts());
        m_letters->attach(m_workspace);
        m_pages->addWidget(m_workspace);
        m_dossierMenu->addActions(m_workspace->actions());
        connect(m_workspace, &DossierWorkspace::stateChanged, this, &MainWindow::saveWorkspaceState);
    }
    m_workspace->dossierApi()->setStaffId(profile.staffId);
    const bool wasShown = m_pages->currentWidget() == m_workspace;
    m_pages->setCurrentWidget(m_workspace);
    updateDossierActions();
    if (created || !wasShown)
        m_workspace->setFocus();
    if (created)
        m_workspace->restoreState(Settings::workspaceState(profile.staffId, m_session->clbId()));
}

void MainWindow::chooseClb(qint64 clbId)
{
    if (m_switchingClb)
        return;
    if (clbId == m_session->clbId() && m_session->state() == models::Session::State::Active) {
        createUserMenu();
        return;
    }
    m_leaveGuard->confirm(LeaveGuard::Leaving::SwitchClb, [this, clbId] {
        if (m_switchingClb)
            return;
        m_switchingClb = true;
        m_clbChooser->setBusy(true);
        m_clbChooser->showError({});
        m_auth->switchClb(clbId);
    });
}

void MainWindow::showSessionEnded(const QString &message)
{
    if (m_pinDialog)
        m_pinDialog->reject();
    m_login->cancel();
    m_startPage->loginPanel()->showError(message);
}

void MainWindow::showResumeState()
{
    using R = SessionController::Resume;
    switch (m_sessions->resumeState()) {
    case R::None:
    case R::Loading:
        m_startPage->loginPanel()->setResumeNote({});
        m_startPage->loginPanel()->setBusy(false);
        break;
    case R::WaitingForCard:
        m_startPage->loginPanel()->setResumeNote(
            tr("Insert the eID you logged in with to continue your session, or log in again."));
        m_startPage->loginPanel()->setBusy(false);
        break;
    case R::Checking:
        m_startPage->loginPanel()->setResumeNote({});
        m_startPage->loginPanel()->setBusy(true, tr("Continuing your session…"));
        break;
    case R::WaitingForServer:
        m_startPage->loginPanel()->setBusy(false);
        m_startPage->loginPanel()->setResumeNote(
            tr("Your session continues as soon as the server can be reached."));
        break;
    }
}

void MainWindow::updateTitle()
{
    const QString clb = m_session->clbName();
    const bool showClb = m_session->isLoggedIn() && m_session->state() != models::Session::State::ChoosingClb;
    // Ends with the application's name, so that no platform appends it a second time.
    setWindowTitle(showClb && !clb.isEmpty() ? tr("%1 — LARS").arg(clb) : tr("LARS"));
    if (!m_session->isLoggedIn())
        m_userButton->setText(tr("Not logged in"));
    else if (showClb)
        m_userButton->setText(tr("%1 · %2").arg(m_session->profile().displayName(), clb));
    else
        m_userButton->setText(m_session->profile().displayName());
    // QMenuBar lays out its corner widget when the widget is shown, not when its text grows.
    m_userButton->hide();
    m_userButton->show();
    createUserMenu();
}

void MainWindow::showKeychainMode()
{
    const bool memoryOnly = m_store->mode() == local::SessionStore::Mode::MemoryOnly ||
                            m_localWork->dataKey()->mode() == local::DataKey::Mode::MemoryOnly;
    m_keychainNotice->showMessage(
        memoryOnly ? tr("No keychain: your session, drafts and waiting changes are kept in memory only")
                   : QString());
    m_keychainNotice->setToolTip(tr("LARS found no keychain on this computer (%1). Your login is kept in "
                                    "memory only and ends when LARS "
                                    "closes. Nothing is written to disk.")
                                     .arg(m_store->keychainError()));
}

} // namespace lars::ui
