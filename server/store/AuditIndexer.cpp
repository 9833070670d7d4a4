#include "server/store/AuditIndexer.h"

#include "server/Logging.h"
#include "server/store/AuditStore.h"

#include <QTimer>

namespace lars::server::store {

namespace {
// A batch shares the per-pupil table's pages between its searches (fewer pages written per search than
// copying each search alone) and is one transaction; on SQLite the requests wait for it, so it stays
// small. One batch per tick: 100 every 20 ms is 5,000 searches a second per process.
constexpr int batchSearches = 100;
constexpr int tickMs = 20;
// A batch that is not full is copied this long after this process queued its first listing.
constexpr int gatherMs = 1000;
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
    if (!m_requestDb.isPostgres()) {
        m_audit = std::make_unique<AuditStore>(m_requestDb);
        m_timer->start();
        return;
    }
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
    } else if (thread() == QThread::currentThread()) {
        m_timer->stop();
    }
}

void AuditIndexer::tick()
{
    const int queued = m_queued.load(std::memory_order_relaxed);
    if (!m_paused.hasExpired() || (queued == 0 && !m_more))
        return;
    if (!m_queuedSince.isValid())
        m_queuedSince.start();
    if (!m_more && queued < batchSearches && !m_queuedSince.hasExpired(gatherMs))
        return;
    try {
        if (!m_audit) {
            QString error;
            m_ownDb = Database::open(m_databaseUrl, QStringLiteral("audit-indexer"), &error);
            if (!m_ownDb)
                throw DbError(error);
            m_audit = std::make_unique<AuditStore>(*m_ownDb);
        }
        QElapsedTimer took;
        took.start();
        const int copied = m_audit->indexListings(batchSearches);
        qCDebug(lcServer) << "audit listings copied:" << copied << "in" << took.nsecsElapsed() / 1000 << "us";
        // A batch that was not full emptied the queue (listings of other processes included); one queued
        // meanwhile waits for this process's next listing, and the trails read it queued meanwhile.
        m_more = copied == batchSearches;
        if (m_more)
            m_queued.fetch_sub(std::min(queued, copied), std::memory_order_relaxed);
        else
            m_queued.store(0, std::memory_order_relaxed);
        m_queuedSince.invalidate();
    } catch (const DbError &e) {
        qCWarning(lcServer) << "copying the audit listings failed:" << e.what();
        if (m_ownDb)
            m_ownDb->reconnectIfLost(); // the request thread's connection: reconnected by its requests
        m_paused.setRemainingTime(pauseAfterErrorMs);
    }
}

} // namespace lars::server::store
