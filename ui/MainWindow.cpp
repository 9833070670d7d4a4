#include "ui/MainWindow.h"

#include "models/api/ApiClient.h"
#include "ui/SettingsDialog.h"
#include "ui/StartPage.h"
#include "ui/StatusIndicator.h"
#include "ui/StatusTexts.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
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
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_userButton(new QToolButton(this))
    , m_connectionIndicator(new StatusIndicator(this))
    , m_cardIndicator(new StatusIndicator(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LARS"));
    resize(1100, 720);

    m_pages->addWidget(m_startPage);
    setCentralWidget(m_pages);
    createMenus();

    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_userButton->setText(tr("Not logged in"));
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_userButton->setEnabled(false);
    menuBar()->setCornerWidget(m_userButton, Qt::TopRightCorner);

    m_connectionIndicator->setObjectName(QStringLiteral("connectionIndicator"));
    m_cardIndicator->setObjectName(QStringLiteral("cardIndicator"));
    statusBar()->addPermanentWidget(m_cardIndicator);
    statusBar()->addPermanentWidget(m_connectionIndicator);

    connect(m_connection, &models::ConnectionMonitor::statusChanged, this,
            [this](models::ConnectionMonitor::Status status) { showConnectionStatus(status); });
    connect(m_reader, &smartcard::ReaderMonitor::stateChanged, this,
            [this](smartcard::ReaderState state) { showCardState(state); });
    showConnectionStatus(m_connection->status());
    showCardState(m_reader->state());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *admin = menuBar()->addMenu(tr("&Administrative"));
    QAction *web = admin->addAction(tr("Open the web administration…"));
    web->setObjectName(QStringLiteral("actionWebAdministration"));
    web->setToolTip(tr("Dossier management, teams and groups are done in the web application."));
    web->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LARS"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::settingsChanged);
    dialog->open();
}

void MainWindow::showConnectionStatus(models::ConnectionMonitor::Status status)
{
    const StatusText text = connectionStatusText(status, m_api->baseUrl().host());
    m_connectionIndicator->setStatus(text.level, text.text, text.advice);
    m_startPage->showServerStatus(text);
}

void MainWindow::showCardState(smartcard::ReaderState state)
{
    const StatusText text = cardStatusText(state);
    m_cardIndicator->setStatus(text.level, text.text, text.advice);
    m_startPage->showCardStatus(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LARS"),
                       tr("<b>LARS</b> %1<br>Pupil guidance dossiers for the CLBs of Flanders.")
                           .arg(QStringLiteral(LARS_VERSION)));
}

} // namespace lars::ui
