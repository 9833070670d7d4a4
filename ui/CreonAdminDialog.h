#pragma once
// For the CLB's local LARS administrators: CREON delivery at a glance — the last batches, what waits and
// what failed (pupils by number and school), "send now", and retrying a record that kept failing.
#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace lars::models {
class ApiClient;
class DossierApi;
} // namespace lars::models

namespace lars::ui {

class CreonAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CreonAdminDialog(models::ApiClient *client, QWidget *parent = nullptr);

    void reload();

signals:
    void loaded();

private:
    void present(const QJsonObject &overview);
    void sendNow();
    void retrySelected();

    models::DossierApi *m_api;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QStandardItemModel *m_batches;
    QStandardItemModel *m_pending;
    QStandardItemModel *m_failed;
    QTableView *m_failedView;
    QPushButton *m_sendNow;
    QPushButton *m_retry;
    QLabel *m_message;
};

} // namespace lars::ui
