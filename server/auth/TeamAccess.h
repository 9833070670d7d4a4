#pragma once
// Authorisation by team: a staff member sees a pupil's dossier only when one of their teams in the CLB
// they act for covers the pupil's school. Every refusal is answered as problem+json and queued for the
// audit log.
#include "models/Pupil.h"
#include "server/http/Request.h"
#include "server/http/Response.h"
#include "server/store/PupilStore.h"

#include <optional>

namespace lars::server::auth {

class TeamAccess final
{
public:
    explicit TeamAccess(store::Database &db);

    // nullopt when the caller is in a team of their CLB, else the 403 answer.
    std::optional<http::Response> requireTeam(http::Request &r);
    // Access to pupil r.param(0): nullopt when allowed (pupil filled in), else the 403/404 answer.
    std::optional<http::Response> checkPupil(http::Request &r, models::Pupil *pupil);
    // Access to the pupils of a school (a class list): nullopt when allowed, else the 403 answer.
    std::optional<http::Response> checkSchool(http::Request &r, qint64 schoolId);

private:
    // The caller's schools come with their verified token (store::TokenScope): no query per check.
    static bool covers(const http::Request &r, qint64 schoolId);
    store::PupilStore m_pupils;
};

} // namespace lars::server::auth
