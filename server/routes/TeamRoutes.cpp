#include "server/routes/TeamRoutes.h"

#include "server/http/Cursor.h"

#include <limits>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

TeamRoutes::TeamRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
{
    add("GET", "/teams/{teamId}/audit", Route::Authenticated, &TeamRoutes::getAudit,
        {QStringLiteral("limit"), QStringLiteral("cursor"), QStringLiteral("pupil")});
}

Response TeamRoutes::getAudit(Request &r)
{
    Response error;
    const auto limit = RouteSupport::pageLimit(r, m_services.config.maxPageSize, &error);
    if (!limit)
        return error;
    // A search's entry names many pupils: the position is the entry and the pupil.
    store::AuditStore::TeamPosition before{std::numeric_limits<qint64>::max(),
                                           std::numeric_limits<qint64>::max()};
    if (r.query.contains(QStringLiteral("cursor"))) {
        const auto c = http::Cursor::decode(r.query.value(QStringLiteral("cursor")), 2);
        if (!c || !c->at(0).isDouble() || !c->at(1).isDouble())
            return RouteSupport::invalidCursor();
        before = {c->at(0).toInteger(), c->at(1).toInteger()};
    }
    qint64 pupil = 0;
    if (r.query.contains(QStringLiteral("pupil"))) {
        const auto id = http::Router::parseId(r.query.value(QStringLiteral("pupil")));
        if (!id)
            return Response::validation({{QStringLiteral("pupil"), QStringLiteral("format"),
                                          QStringLiteral("pupil must be a pupil id")}});
        pupil = *id;
    }
    const qint64 teamId = r.param(0);
    const bool member =
        m_db.run(QStringLiteral("SELECT 1 FROM team_members m JOIN teams t ON t.id = m.team_id "
                                "WHERE m.team_id = ? AND m.staff_id = ? AND t.clb_id = ?"),
                 {teamId, r.staffId, r.clbId})
            .next();
    if (!member) {
        // Not a member, or no such team: the same answer, so that team ids cannot be probed.
        r.pendingAudit.append({0, QStringLiteral("denied.not-in-team"), r.path});
        return Response::problem(403, http::problems::uri("not-in-team"),
                                 QStringLiteral("Only the team's members see its audit trail"));
    }
    m_services.audit.record(r, 0, QStringLiteral("audit.team.read"), QStringLiteral("team %1").arg(teamId));

    QJsonArray items = m_services.audit.ofTeam(teamId, pupil, before, *limit + 1);
    QJsonValue next;
    if (items.size() > *limit) {
        items.removeLast();
        const auto last = store::AuditStore::positionOf(items.last().toObject());
        next = http::Cursor::encode({last.id, last.pupilId});
    }
    return Response::json(200, QJsonObject{{QStringLiteral("teamId"), teamId},
                                           {QStringLiteral("items"), items},
                                           {QStringLiteral("nextCursor"), next}});
}

} // namespace lars::server::routes
