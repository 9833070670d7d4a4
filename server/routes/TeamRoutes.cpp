#include "server/routes/TeamRoutes.h"

#include "models/StaffRef.h"
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
    qint64 before = std::numeric_limits<qint64>::max();
    if (r.query.contains(QStringLiteral("cursor"))) {
        const auto c = http::Cursor::decode(r.query.value(QStringLiteral("cursor")), 1);
        if (!c || !c->at(0).isDouble())
            return RouteSupport::invalidCursor();
        before = c->at(0).toInteger();
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

    QSqlQuery q =
        m_db.run(QStringLiteral(
                     "SELECT a.id, a.at, a.staff_id, s.first_name || ' ' || s.last_name, a.clb_id, a.action, "
                     "a.detail, p.id, p.first_name || ' ' || p.last_name FROM audit_log a "
                     "JOIN pupils p ON p.id = a.pupil_id "
                     "JOIN team_schools ts ON ts.school_id = p.school_id AND ts.team_id = ? "
                     "LEFT JOIN staff s ON s.id = a.staff_id "
                     "WHERE a.id < ? AND (? = 0 OR a.pupil_id = ?) ORDER BY a.id DESC LIMIT ?"),
                 {teamId, before, pupil, pupil, *limit + 1});
    QJsonArray items;
    while (q.next())
        items.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("at"), q.value(1).toString()},
            {QStringLiteral("staff"),
             models::StaffRef{q.value(2).toLongLong(), q.value(3).toString()}.toJson()},
            {QStringLiteral("clbId"), q.value(4).toLongLong()},
            {QStringLiteral("action"), q.value(5).toString()},
            {QStringLiteral("detail"), q.value(6).toString()},
            {QStringLiteral("pupil"), QJsonObject{{QStringLiteral("id"), q.value(7).toLongLong()},
                                                  {QStringLiteral("name"), q.value(8).toString()}}}});
    QJsonValue next;
    if (items.size() > *limit) {
        items.removeLast();
        next = http::Cursor::encode({items.last().toObject().value(QLatin1String("id")).toInteger()});
    }
    return Response::json(200, QJsonObject{{QStringLiteral("teamId"), teamId},
                                           {QStringLiteral("items"), items},
                                           {QStringLiteral("nextCursor"), next}});
}

} // namespace lars::server::routes
