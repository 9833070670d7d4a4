#pragma once
// PostgreSQL: merges the search listings' GIN pending list into the index (AuditStore::mergePendingListings)
// on a thread of its own with its own connection, a few times a second while this process records
// listings. Left to PostgreSQL, the insert that finds the list over gin_pending_list_limit (4 MB, some
// thousands of searches) merges it, and that search's request waits for all of it. On SQLite there is
// nothing to do: the per-pupil index is complete when the search commits.
#include <QDeadlineTimer>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

class QTimer;

namespace lars::server::store {

class AuditStore;
class Database;

class AuditIndexer final : public QObject
{
    Q_OBJECT
public:
    AuditIndexer(Database &requestDb, QString databaseUrl);
    ~AuditIndexer() override; // stops

    void start();
    // Lets a merge under way finish (it is one transaction either way) and ends the thread.
    void stop();
    // A listing this process recorded (called on the request thread). Counted instead of asking the
    // database: a query every tick would be most of the round trips of an idle process.
    void listingRecorded() { m_recorded.fetch_add(1, std::memory_order_relaxed); }

private:
    void tick();

    Database &m_requestDb;
    QString m_databaseUrl;
    std::unique_ptr<Database> m_ownDb; // opened and closed on m_thread
    std::unique_ptr<AuditStore> m_audit;
    QTimer *m_timer;
    QThread m_thread;
    QDeadlineTimer m_paused{0};
    std::atomic<int> m_recorded{0}; // listings this process recorded since the last merge
};

} // namespace lars::server::store
