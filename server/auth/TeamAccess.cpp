#include "server/auth/TeamAccess.h"

namespace lars::server::auth {

using http::Response;
using http::problems::uri;

TeamAccess::TeamAccess(store::Database &db)
    : m_pupils(db)
    , m_staff(db)
{}

std::optional<Response> TeamAccess::requireTeam(http::Request &r)
{
    if (m_staff.hasTeam(r.staffId, r.clbId))
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
    if (!m_staff.teamCoversSchool(r.staffId, r.clbId, p->schoolId)) {
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
    if (m_staff.teamCoversSchool(r.staffId, r.clbId, schoolId))
        return std::nullopt;
    r.pendingAudit.append({0, QStringLiteral("denied.class-not-in-your-teams"), r.path});
    return Response::problem(
        403, uri("pupil-not-in-your-teams"), QStringLiteral("This class is not followed by your teams"),
        QStringLiteral("Only the teams that cover the class's school in this CLB see its pupils."));
}

} // namespace lars::server::auth
