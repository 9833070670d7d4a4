#include "server/store/AuditIndexer.h"

#include "server/Logging.h"
#include "server/store/AuditStore.h"

#include <QElapsedTimer>
#include <QTimer>

namespace lars::server::store {

namespace {
// A merge every 200 ms takes a few hundred searches' ids per process: each pupil's posting list is
// written once for all of them, and the pending list the trails read besides the index stays short.
constexpr int tickMs = 200;
// After a failure (the database is down or restarting): one try and one warning per pause.
constexpr int pauseAfterErrorMs = 1000;
} // namespace

AuditIndexer::AuditIndexer(Database &requestDb, QString databaseUrl)
    : m_requestDb(requestDb)
    , m_databaseUrl(std::move(databaseUrl))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(tickMs);
    connect(m_timer, &QTimer::timeout, this, &AuditIndexer::tick);
}

AuditIndexer::~AuditIndexer()
{
    stop();
}

void AuditIndexer::start()
{
    if (!m_requestDb.isPostgres())
        return;
    moveToThread(&m_thread);
    // Both run on m_thread: the connection belongs to the thread that opens it.
    connect(&m_thread, &QThread::started, this, [this] { m_timer->start(); });
    connect(
        &m_thread, &QThread::finished, this,
        [this] {
            m_timer->stop();
            m_audit.reset();
            m_ownDb.reset();
        },
        Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("audit-indexer"));
    m_thread.start();
}

void AuditIndexer::stop()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

void AuditIndexer::tick()
{
    const int recorded = m_recorded.load(std::memory_order_relaxed);
    if (!m_paused.hasExpired() || recorded == 0)
        return;
    try {
        if (!m_audit) {
            QString error;
            m_ownDb = Database::open(m_databaseUrl, QStringLiteral("audit-indexer"), &error);
            if (!m_ownDb)
                throw DbError(error);
            m_audit = std::make_unique<AuditStore>(*m_ownDb);
        }
        // What is recorded during the merge waits for the next tick (or another process's merge).
        m_recorded.fetch_sub(recorded, std::memory_order_relaxed);
        QElapsedTimer took;
        took.start();
        const bool merged = m_audit->mergePendingListings();
        qCDebug(lcServer) << "audit listings merged:" << merged << "after" << recorded << "in"
                          << took.nsecsElapsed() / 1000 << "us";
    } catch (const DbError &e) {
        qCWarning(lcServer) << "merging the audit listings' pending list failed:" << e.what();
        m_recorded.fetch_add(recorded, std::memory_order_relaxed);
        if (m_ownDb)
            m_ownDb->reconnectIfLost(); // the request thread's connection: reconnected by its requests
        m_paused.setRemainingTime(pauseAfterErrorMs);
    }
}

} // namespace lars::server::store
