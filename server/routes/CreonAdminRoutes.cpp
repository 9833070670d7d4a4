#include "server/routes/CreonAdminRoutes.h"

#include "server/creon/CreonSchedule.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;
using http::problems::uri;

namespace {

// The administrator routes take an empty JSON object: anything in it is a mistake worth saying.
std::optional<Response> checkEmptyBody(const Request &r)
{
    if (r.json.isEmpty())
        return std::nullopt;
    return Response::validation({{r.json.keys().constFirst().left(64), QStringLiteral("unknown-field"),
                                  QStringLiteral("is not a known field")}});
}

} // namespace

CreonAdminRoutes::CreonAdminRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_outbox(services.db)
    , m_staff(services.db)
{
    add("GET", "/creon/overview", Route::Authenticated, &CreonAdminRoutes::overview);
    add("POST", "/creon/send-now", Route::Authenticated | Route::TakesBody | Route::Idempotent,
        &CreonAdminRoutes::sendNow);
    add("POST", "/creon/outbox/{outboxId}/requeue",
        Route::Authenticated | Route::TakesBody | Route::Idempotent, &CreonAdminRoutes::requeue);
}

std::optional<Response> CreonAdminRoutes::requireLocalAdmin(Request &r)
{
    if (m_staff.isLocalAdmin(r.staffId, r.clbId))
        return std::nullopt;
    r.pendingAudit.append({0, QStringLiteral("denied.not-local-admin"), r.path});
    return Response::problem(403, uri("not-local-admin"),
                             QStringLiteral("Only the CLB's local LARS administrators see this"),
                             QStringLiteral("Ask your CLB's local LARS administrator."));
}

Response CreonAdminRoutes::overview(Request &r)
{
    if (auto denied = requireLocalAdmin(r))
        return *denied;
    const creon::CreonConfig &config = m_services.config.creon;
    const store::CreonOutboxStore::SenderState state = m_outbox.senderState();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const creon::CreonSchedule schedule(config.intervalSeconds, config.dailyTimes);
    const QJsonObject sender{{QStringLiteral("configured"), config.enabled()},
                             {QStringLiteral("active"), state.leaseUntil.isValid() && state.leaseUntil > now},
                             {QStringLiteral("lastPeriod"),
                              state.lastPeriod.isEmpty() ? QJsonValue() : QJsonValue(state.lastPeriod)},
                             {QStringLiteral("nextPeriod"),
                              config.enabled()
                                  ? QJsonValue(schedule.nextPeriodStart(now).toString(Qt::ISODateWithMs))
                                  : QJsonValue()},
                             {QStringLiteral("sendNowPending"), state.sendNowPending}};
    m_services.audit.record(r, 0, QStringLiteral("creon.overview.read"),
                            QStringLiteral("clb %1").arg(r.clbId));
    return Response::json(200, QJsonObject{{QStringLiteral("sender"), sender},
                                           {QStringLiteral("counts"), m_outbox.counts(r.clbId)},
                                           {QStringLiteral("batches"), m_outbox.batches(r.clbId, 20)},
                                           {QStringLiteral("pending"), m_outbox.waiting(r.clbId, 100)},
                                           {QStringLiteral("failed"), m_outbox.failed(r.clbId, 100)}});
}

Response CreonAdminRoutes::sendNow(Request &r)
{
    if (auto denied = requireLocalAdmin(r))
        return *denied;
    if (auto bad = checkEmptyBody(r))
        return *bad;
    if (!m_services.config.creon.enabled())
        return Response::problem(409, uri("creon-not-configured"),
                                 QStringLiteral("This server has no CREON endpoint configured"));
    // Any process may take the request; the one holding the sender's lease acts on it at its next tick.
    const QString now = store::Database::now();
    m_outbox.requestSendNow(now);
    m_services.audit.record(r, 0, QStringLiteral("creon.send-now"), QStringLiteral("clb %1").arg(r.clbId));
    return Response::json(202, QJsonObject{{QStringLiteral("requestedAt"), now}});
}

Response CreonAdminRoutes::requeue(Request &r)
{
    if (auto denied = requireLocalAdmin(r))
        return *denied;
    if (auto bad = checkEmptyBody(r))
        return *bad;
    const qint64 outboxId = r.param(0);
    const auto pupilId = m_outbox.requeueDead(outboxId, r.clbId);
    if (!pupilId)
        return Response::problem(
            404, uri("not-found"), QStringLiteral("No failed record with this number for your CLB"),
            QStringLiteral("Only the newest version of a failed record can be retried."));
    m_services.audit.record(r, *pupilId, QStringLiteral("creon.requeue"),
                            QStringLiteral("outbox %1").arg(outboxId));
    return Response::json(200, QJsonObject{{QStringLiteral("outboxId"), outboxId},
                                           {QStringLiteral("state"), QStringLiteral("pending")}});
}

} // namespace lars::server::routes
