#include "server/auth/TeamAccess.h"

#include <algorithm>

namespace lars::server::auth {

using http::Response;
using http::problems::uri;

TeamAccess::TeamAccess(store::Database &db)
    : m_pupils(db)
{}

bool TeamAccess::covers(const http::Request &r, qint64 schoolId)
{
    return std::binary_search(r.teamSchools.cbegin(), r.teamSchools.cend(), schoolId);
}

std::optional<Response> TeamAccess::requireTeam(http::Request &r)
{
    if (r.inTeam)
        return std::nullopt;
    r.pendingAudit.append({r.param(0), QStringLiteral("denied.not-in-team"), r.path});
    return Response::problem(
        403, uri("not-in-team"), QStringLiteral("You are not in a team of this CLB"),
        QStringLiteral("Without a team you cannot see pupil dossiers. Ask the local LARS "
                       "administrator of your CLB to add you to a team."));
}

std::optional<Response> TeamAccess::checkPupil(http::Request &r, models::Pupil *pupil)
{
    if (auto denied = requireTeam(r))
        return denied;
    const auto p = m_pupils.find(r.param(0));
    if (!p) {
        r.pendingAudit.append({r.param(0), QStringLiteral("denied.no-such-pupil"), r.path});
        return Response::problem(404, uri("not-found"), QStringLiteral("No such pupil"));
    }
    if (!covers(r, p->schoolId)) {
        r.pendingAudit.append({p->id, QStringLiteral("denied.pupil-not-in-your-teams"), r.path});
        return Response::problem(
            403, uri("pupil-not-in-your-teams"), QStringLiteral("This pupil is not followed by your teams"),
            QStringLiteral("Only the teams that cover the pupil's school in this CLB see the dossier."));
    }
    *pupil = *p;
    return std::nullopt;
}

std::optional<Response> TeamAccess::checkSchool(http::Request &r, qint64 schoolId)
{
    if (covers(r, schoolId))
        return std::nullopt;
    r.pendingAudit.append({0, QStringLiteral("denied.class-not-in-your-teams"), r.path});
    return Response::problem(
        403, uri("pupil-not-in-your-teams"), QStringLiteral("This class is not followed by your teams"),
        QStringLiteral("Only the teams that cover the class's school in this CLB see its pupils."));
}

} // namespace lars::server::auth
