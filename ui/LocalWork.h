#pragma once
// The staff member's work kept on this computer: the data key (keychain), the sealed file in the user's
// data folder, the outbox every change goes through and the drafts of the dialogs. Opened for the person
// who logs in, sending only while the session has a token, closed (memory cleared, file kept) at logout.
#include "local/DataKey.h"

#include <QObject>
#include <functional>
#include <memory>

namespace lars::local {
class SealedStore;
}
namespace lars::models {
class ApiClient;
class Drafts;
class Outbox;
class Session;
} // namespace lars::models

namespace lars::ui {

class LocalWork final : public QObject
{
    Q_OBJECT
public:
    LocalWork(models::ApiClient *api, models::Session *session, QObject *parent = nullptr);
    ~LocalWork() override;

    models::Outbox *outbox() const { return m_outbox; }
    models::Drafts *drafts() const { return m_drafts; }
    local::DataKey *dataKey() const { return m_key; }
    // The sealed file of the person logged in (empty before login, or in memory only).
    QString filePath() const;
    // done runs once everything kept so far is on disk (at once when no file is open).
    void whenWritten(QObject *context, std::function<void()> done);
    // Default: the application's local data folder.
    void setDataDirectory(const QString &dir) { m_dir = dir; }

signals:
    // The file of the person logged in was read: restored drafts and changes are known.
    void opened();

private:
    void onSessionState();
    void open();
    void close();

    models::ApiClient *m_api;
    models::Session *m_session;
    local::DataKey *m_key;
    models::Outbox *m_outbox;
    models::Drafts *m_drafts;
    std::unique_ptr<local::SealedStore> m_store;
    QString m_dir;
    qint64 m_openFor = 0; // staff id whose file is open
};

} // namespace lars::ui
