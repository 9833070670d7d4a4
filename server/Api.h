#pragma once
// The /api/v1 routes of lars-server and their handlers: profile, pupil search and dossier, medical
// data, journal, attests, CREON, nomenclature, branding, audit. Registers itself on an ApiServer.
#include "models/Pupil.h"
#include "server/ApiServer.h"

#include <optional>

namespace lars::server {

class Api final
{
public:
    explicit Api(ApiServer &server);

private:
    void addRoutes();

    // Profile and session.
    Response health(Request &r);
    Response testToken(Request &r);
    Response me(Request &r);
    Response getContact(Request &r);
    Response putContact(Request &r);
    Response switchClb(Request &r);
    Response logout(Request &r);

    // Pupils.
    Response searchPupils(Request &r);
    Response getPupil(Request &r);
    Response putAttributes(Request &r);
    Response getMedical(Request &r);
    Response getParentHeights(Request &r);
    Response putParentHeights(Request &r);
    Response postMeasurement(Request &r);
    Response getJournal(Request &r);
    Response postActivity(Request &r);
    Response getAttests(Request &r);
    Response postAttest(Request &r);
    Response getAudit(Request &r);

    // Corrections of consult results (ApiMeasurements.cpp).
    Response putMeasurement(Request &r);
    Response deleteMeasurement(Request &r);
    std::optional<Response> checkMeasurement(Request &r, models::Pupil *p, qint64 *version);

    // CREON (ApiCreon.cpp, ApiCreonAdmin.cpp).
    Response getCreonRegistrations(Request &r);
    Response postCreonRegistration(Request &r);
    Response putCreonRegistration(Request &r);
    Response deleteCreonRegistration(Request &r);
    Response resubmitCreonRegistration(Request &r);
    Response changeCreonRegistration(Request &r, bool withdraw);
    Response creonRegistrationOf(Request &r, const models::Pupil &p, QSqlQuery *row);
    Response creonItems(Request &r);
    Response activitySubjects(Request &r);
    Response creonOverview(Request &r);
    Response creonSendNow(Request &r);
    Response creonRequeue(Request &r);
    std::optional<Response> requireLocalAdmin(Request &r);

    // Classes (ApiClasses.cpp).
    Response getClassMedical(Request &r);

    // Reference data.
    Response activityFunctions(Request &r);
    Response draaischijf(Request &r);
    Response branding(Request &r);

    // Access to pupil r.params[0]: nullopt when allowed (pupil filled in), else the 403/404 answer.
    std::optional<Response> checkPupil(Request &r, models::Pupil *pupil);
    std::optional<Response> requireTeam(Request &r);
    std::optional<models::Pupil> loadPupil(qint64 id);
    // If-Match against the current version: nullopt when it matches, else 428 or 412.
    static std::optional<Response> checkIfMatch(const Request &r, qint64 currentVersion);
    std::optional<Response> checkQuery(const Request &r, const QStringList &known);
    std::optional<int> pageLimit(const Request &r, Response *error);

    ApiServer &m_server;
    Database &m_db;
};

} // namespace lars::server
