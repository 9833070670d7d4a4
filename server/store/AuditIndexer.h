#pragma once
// The copier of search listings into the per-pupil audit table (AuditStore::indexListings). On
// PostgreSQL it runs on a thread of its own with its own connection, so a copy never holds up a request
// (it did, for the whole batch, on the request thread). On SQLite it stays on the request thread and its
// connection: a second connection in the process waits for the write lock that every search's audit rows
// take, and each commit of one connection empties the other's page cache; measured, that was slower
// (docs/benchmarks.md).
#include <QDeadlineTimer>
#include <QElapsedTimer>
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
    // Lets a copy under way finish (it is one transaction either way) and ends the thread.
    void stop();
    // A listing this process queued (called on the request thread). The indexer counts them instead of
    // asking the database what is queued: a query every tick would be most of the round trips of an idle
    // process (and of the statements bench/server/run counts per search).
    void listingQueued() { m_queued.fetch_add(1, std::memory_order_relaxed); }

private:
    void tick();

    Database &m_requestDb;
    QString m_databaseUrl;
    std::unique_ptr<Database> m_ownDb; // PostgreSQL: opened and closed on m_thread
    std::unique_ptr<AuditStore> m_audit;
    QTimer *m_timer;
    QThread m_thread;
    QDeadlineTimer m_paused{0};
    std::atomic<int> m_queued{0}; // listings this process queued that no copy has taken yet
    QElapsedTimer m_queuedSince;
    bool m_more = false; // the last batch was full: more may be queued
};

} // namespace lars::server::store
