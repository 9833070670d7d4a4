#pragma once
// The main window composes the pages (start/login, workspace), the menus and the status bar;
// the pages and dialogs do the work.
#include "models/api/ConnectionMonitor.h"
#include "smartcard/ReaderMonitor.h"

#include <QMainWindow>

class QStackedWidget;
class QToolButton;

namespace lars::models {
class ApiClient;
}

namespace lars::ui {

class StartPage;
class StatusIndicator;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(models::ApiClient *api, models::ConnectionMonitor *connection, smartcard::ReaderMonitor *reader,
               QWidget *parent = nullptr);

    void openSettings();

signals:
    void settingsChanged();

private:
    void createMenus();
    void showConnectionStatus(models::ConnectionMonitor::Status status);
    void showCardState(smartcard::ReaderState state);
    void showAbout();

    models::ApiClient *m_api;
    models::ConnectionMonitor *m_connection;
    smartcard::ReaderMonitor *m_reader;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    QToolButton *m_userButton;
    StatusIndicator *m_connectionIndicator;
    StatusIndicator *m_cardIndicator;
};

} // namespace lars::ui
