#include "server/Api.h"

#include "models/ContactData.h"
#include "models/JsonReader.h"
#include "server/Logging.h"

#include <QJsonArray>

namespace lars::server {

using models::JsonReader;

namespace {
QString apiPath(const char *tail)
{
    return QStringLiteral("/api/v1") + QLatin1String(tail);
}
} // namespace

Api::Api(ApiServer &server)
    : m_server(server)
    , m_db(server.db())
{
    addRoutes();
}

void Api::addRoutes()
{
    using R = Route;
    const auto add = [this](const char *method, const char *path, int flags,
                            Response (Api::*handler)(Request &)) {
        m_server.addRoute(method, apiPath(path), flags,
                          [this, handler](Request &r) { return (this->*handler)(r); });
    };
    add("GET", "/health", 0, &Api::health);
    if (m_server.config().enableTestTokens)
        add("POST", "/test/tokens", R::TakesBody, &Api::testToken);
    add("GET", "/me", R::Authenticated, &Api::me);
    add("GET", "/me/clbs/{clbId}/contact", R::Authenticated, &Api::getContact);
    add("PUT", "/me/clbs/{clbId}/contact", R::Authenticated | R::TakesBody, &Api::putContact);
    add("POST", "/auth/switch-clb", R::Authenticated | R::TakesBody, &Api::switchClb);
    add("POST", "/auth/logout", R::Authenticated, &Api::logout);

    add("GET", "/pupils", R::Authenticated, &Api::searchPupils);
    add("GET", "/pupils/{pupilId}", R::Authenticated, &Api::getPupil);
    add("PUT", "/pupils/{pupilId}/attributes", R::Authenticated | R::TakesBody, &Api::putAttributes);
    add("GET", "/pupils/{pupilId}/medical", R::Authenticated, &Api::getMedical);
    add("GET", "/pupils/{pupilId}/parent-heights", R::Authenticated, &Api::getParentHeights);
    add("PUT", "/pupils/{pupilId}/parent-heights", R::Authenticated | R::TakesBody, &Api::putParentHeights);
    add("POST", "/pupils/{pupilId}/measurements", R::Authenticated | R::TakesBody | R::Idempotent,
        &Api::postMeasurement);
    add("GET", "/pupils/{pupilId}/journal", R::Authenticated, &Api::getJournal);
    add("POST", "/pupils/{pupilId}/activities", R::Authenticated | R::TakesBody | R::Idempotent,
        &Api::postActivity);
    add("GET", "/pupils/{pupilId}/attests", R::Authenticated, &Api::getAttests);
    add("POST", "/pupils/{pupilId}/attests", R::Authenticated | R::TakesBody | R::Idempotent,
        &Api::postAttest);
    add("PUT", "/pupils/{pupilId}/measurements/{measurementId}", R::Authenticated | R::TakesBody,
        &Api::putMeasurement);
    add("DELETE", "/pupils/{pupilId}/measurements/{measurementId}", R::Authenticated,
        &Api::deleteMeasurement);
    add("GET", "/pupils/{pupilId}/creon-registrations", R::Authenticated, &Api::getCreonRegistrations);
    add("POST", "/pupils/{pupilId}/creon-registrations", R::Authenticated | R::TakesBody | R::Idempotent,
        &Api::postCreonRegistration);
    add("PUT", "/pupils/{pupilId}/creon-registrations/{registrationId}", R::Authenticated | R::TakesBody,
        &Api::putCreonRegistration);
    add("DELETE", "/pupils/{pupilId}/creon-registrations/{registrationId}", R::Authenticated,
        &Api::deleteCreonRegistration);
    add("POST", "/pupils/{pupilId}/creon-registrations/{registrationId}/resubmit",
        R::Authenticated | R::TakesBody | R::Idempotent, &Api::resubmitCreonRegistration);
    add("GET", "/pupils/{pupilId}/audit", R::Authenticated, &Api::getAudit);
    add("GET", "/classes/{classId}/medical", R::Authenticated, &Api::getClassMedical);

    add("GET", "/nomenclature/activity-functions", R::Authenticated, &Api::activityFunctions);
    add("GET", "/nomenclature/draaischijf", R::Authenticated, &Api::draaischijf);
    add("GET", "/branding", R::Authenticated, &Api::branding);
    add("GET", "/creon/items", R::Authenticated, &Api::creonItems);
    add("GET", "/nomenclature/activity-subjects", R::Authenticated, &Api::activitySubjects);
    add("GET", "/creon/overview", R::Authenticated, &Api::creonOverview);
    add("POST", "/creon/send-now", R::Authenticated | R::TakesBody | R::Idempotent, &Api::creonSendNow);
    add("POST", "/creon/outbox/{outboxId}/requeue", R::Authenticated | R::TakesBody | R::Idempotent,
        &Api::creonRequeue);
}

// ---- helpers ------------------------------------------------------------------------------------------

std::optional<Response> Api::checkIfMatch(const Request &r, qint64 currentVersion)
{
    QByteArray ifMatch = r.header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Response::problem(428, problems::uri("precondition-required"),
                                 QStringLiteral("If-Match is required"),
                                 QStringLiteral("Send the ETag of the version you edited in If-Match."));
    if (ifMatch.startsWith("W/"))
        ifMatch = ifMatch.mid(2);
    if (ifMatch != '"' + QByteArray::number(currentVersion) + '"')
        return Response::problem(412, problems::uri("stale"),
                                 QStringLiteral("Someone else changed this in the meantime"),
                                 QStringLiteral("Reload to see the current version; nothing was changed."))
            .withETag(currentVersion);
    return std::nullopt;
}

std::optional<Response> Api::checkQuery(const Request &r, const QStringList &known)
{
    models::FieldErrors errors;
    for (auto it = r.query.constBegin(); it != r.query.constEnd(); ++it)
        if (!known.contains(it.key()))
            errors.append({it.key().left(64), QStringLiteral("unknown-parameter"),
                           QStringLiteral("is not a known query parameter")});
    if (errors.isEmpty())
        return std::nullopt;
    return Response::problem(400, problems::uri("unknown-parameter"),
                             QStringLiteral("Unknown query parameter"), {}, errors);
}

std::optional<int> Api::pageLimit(const Request &r, Response *error)
{
    if (!r.query.contains(QStringLiteral("limit")))
        return std::min(50, m_server.config().maxPageSize);
    bool ok = false;
    const int limit = r.query.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > m_server.config().maxPageSize) {
        *error = Response::validation(
            {{QStringLiteral("limit"), QStringLiteral("range"),
              QStringLiteral("must be between 1 and %1").arg(m_server.config().maxPageSize)}});
        return std::nullopt;
    }
    return limit;
}

std::optional<Response> Api::requireTeam(Request &r)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT COUNT(*) FROM team_members tm JOIN teams t ON t.id = tm.team_id "
                                "WHERE tm.staff_id = ? AND t.clb_id = ?"),
                 {r.staffId, r.clbId});
    if (q.next() && q.value(0).toLongLong() > 0)
        return std::nullopt;
    r.pendingAudit.append({r.params.value(0), QStringLiteral("denied.not-in-team"), r.path});
    return Response::problem(
        403, problems::uri("not-in-team"), QStringLiteral("You are not in a team of this CLB"),
        QStringLiteral("Without a team you cannot see pupil dossiers. Ask the local LARS "
                       "administrator of your CLB to add you to a team."));
}

std::optional<models::Pupil> Api::loadPupil(qint64 id)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT p.id, p.national_number, p.bis_number, p.first_name, p.last_name, p.birth_date, p.sex, "
            "p.school_id, sc.name, p.class_id, c.name, p.bridging_help, p.version, sc.clb_id FROM pupils p "
            "JOIN schools sc ON sc.id = p.school_id LEFT JOIN classes c ON c.id = p.class_id WHERE p.id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    models::Pupil p;
    p.id = q.value(0).toLongLong();
    p.nationalNumber = q.value(1).toString();
    p.bisNumber = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.lastName = q.value(4).toString();
    p.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.sex = q.value(6).toString();
    p.schoolId = q.value(7).toLongLong();
    p.schoolName = q.value(8).toString();
    p.classId = q.value(9).toLongLong();
    p.className = q.value(10).toString();
    p.bridgingHelp = q.value(11).toInt() != 0;
    p.version = q.value(12).toLongLong();
    p.clbId = q.value(13).toLongLong();
    return p;
}

std::optional<Response> Api::checkPupil(Request &r, models::Pupil *pupil)
{
    if (auto denied = requireTeam(r))
        return denied;
    const auto p = loadPupil(r.params.value(0));
    if (!p)
        return Response::problem(404, problems::uri("not-found"), QStringLiteral("No such pupil"));
    QSqlQuery q = m_db.run(QStringLiteral("SELECT 1 FROM team_members tm JOIN teams t ON t.id = tm.team_id "
                                          "JOIN team_schools ts ON ts.team_id = t.id "
                                          "WHERE tm.staff_id = ? AND t.clb_id = ? AND ts.school_id = ?"),
                           {r.staffId, r.clbId, p->schoolId});
    if (!q.next()) {
        r.pendingAudit.append({p->id, QStringLiteral("denied.pupil-not-in-your-teams"), r.path});
        return Response::problem(
            403, problems::uri("pupil-not-in-your-teams"),
            QStringLiteral("This pupil is not followed by your teams"),
            QStringLiteral("Only the teams that cover the pupil's school in this CLB see the dossier."));
    }
    *pupil = *p;
    return std::nullopt;
}

// ---- health, session, profile -----------------------------------------------------------------------------

Response Api::health(Request &)
{
    const int version = m_db.schemaVersion();
    if (version == 0)
        return Response::problem(503, problems::uri("service-unavailable"),
                                 QStringLiteral("The database is not reachable"));
    return Response::json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QStringLiteral(LARS_VERSION)},
                         {QStringLiteral("schemaVersion"), version},
                         {QStringLiteral("database"),
                          m_db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                         {QStringLiteral("time"), Database::now()}});
}

Response Api::testToken(Request &r)
{
    JsonReader reader(r.json);
    const auto nn = reader.string(QStringLiteral("nationalNumber"), JsonReader::Required, 11);
    const auto clbId = reader.integer(QStringLiteral("clbId"), JsonReader::Required, 1, qint64(1) << 53);
    if (const auto errors = reader.finish(); !errors.isEmpty())
        return Response::validation(errors);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id FROM staff WHERE national_number = ?"), {*nn});
    if (!q.next())
        return Response::problem(404, problems::uri("unknown-staff"),
                                 QStringLiteral("No staff member with this national number"));
    const qint64 staffId = q.value(0).toLongLong();
    QSqlQuery member = m_db.run(QStringLiteral("SELECT 1 FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"),
                                {staffId, *clbId});
    if (!member.next())
        return Response::problem(403, problems::uri("not-staff-of-clb"),
                                 QStringLiteral("Not a staff member of this CLB"));
    const int ttl = m_server.config().tokenTtlMinutes;
    const QString token = m_server.tokens().mint(staffId, *clbId, QStringLiteral("test"), ttl);
    qCInfo(lcServer) << "minted a test token for staff" << staffId << "clb" << *clbId;
    return Response::json(
        201,
        QJsonObject{{QStringLiteral("token"), token},
                    {QStringLiteral("staffId"), staffId},
                    {QStringLiteral("clbId"), *clbId},
                    {QStringLiteral("expiresAt"),
                     QDateTime::currentDateTimeUtc().addSecs(qint64(ttl) * 60).toString(Qt::ISODateWithMs)}});
}

Response Api::me(Request &r)
{
    QSqlQuery s = m_db.run(
        QStringLiteral("SELECT national_number, first_name, last_name, profession FROM staff WHERE id = ?"),
        {r.staffId});
    if (!s.next())
        throw DbError(QStringLiteral("staff of a valid token vanished"));
    QJsonArray clbs;
    QSqlQuery c = m_db.run(
        QStringLiteral(
            "SELECT c.id, c.name, sc.gsm, sc.phone, sc.email, sc.version, sc.local_admin FROM staff_clbs sc "
            "JOIN clbs c ON c.id = sc.clb_id WHERE sc.staff_id = ? ORDER BY c.name"),
        {r.staffId});
    bool activeHasTeam = false;
    while (c.next()) {
        const qint64 clbId = c.value(0).toLongLong();
        QJsonArray teams;
        QSqlQuery t = m_db.run(
            QStringLiteral("SELECT t.id, t.name FROM teams t JOIN team_members tm ON tm.team_id = t.id "
                           "WHERE tm.staff_id = ? AND t.clb_id = ? ORDER BY t.name"),
            {r.staffId, clbId});
        while (t.next())
            teams.append(QJsonObject{{QStringLiteral("id"), t.value(0).toLongLong()},
                                     {QStringLiteral("name"), t.value(1).toString()}});
        if (clbId == r.clbId)
            activeHasTeam = !teams.isEmpty();
        const models::ContactData contact{c.value(2).toString(), c.value(3).toString(), c.value(4).toString(),
                                          c.value(5).toLongLong()};
        clbs.append(QJsonObject{{QStringLiteral("id"), clbId},
                                {QStringLiteral("name"), c.value(1).toString()},
                                {QStringLiteral("contact"), contact.toJson()},
                                {QStringLiteral("localAdmin"), c.value(6).toInt() != 0},
                                {QStringLiteral("teams"), teams}});
    }
    return Response::json(200, QJsonObject{{QStringLiteral("id"), r.staffId},
                                           {QStringLiteral("nationalNumber"), s.value(0).toString()},
                                           {QStringLiteral("firstName"), s.value(1).toString()},
                                           {QStringLiteral("lastName"), s.value(2).toString()},
                                           {QStringLiteral("profession"), s.value(3).toString()},
                                           {QStringLiteral("activeClbId"), r.clbId},
                                           {QStringLiteral("activeClbHasTeam"), activeHasTeam},
                                           {QStringLiteral("clbs"), clbs}});
}

Response Api::getContact(Request &r)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT gsm, phone, email, version FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"),
        {r.staffId, r.params.value(0)});
    if (!q.next())
        return Response::problem(404, problems::uri("not-found"),
                                 QStringLiteral("You do not work for this CLB"));
    const models::ContactData c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong()};
    return Response::json(200, c.toJson()).withETag(c.version);
}

Response Api::putContact(Request &r)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT version FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"),
                           {r.staffId, r.params.value(0)});
    if (!q.next())
        return Response::problem(404, problems::uri("not-found"),
                                 QStringLiteral("You do not work for this CLB"));
    const qint64 version = q.value(0).toLongLong();
    if (auto precondition = checkIfMatch(r, version))
        return *precondition;
    models::FieldErrors errors;
    auto contact = models::ContactData::parse(r.json, &errors);
    if (!contact)
        return Response::validation(errors);
    QSqlQuery u =
        m_db.run(QStringLiteral("UPDATE staff_clbs SET gsm = ?, phone = ?, email = ?, version = version + 1 "
                                "WHERE staff_id = ? AND clb_id = ? AND version = ?"),
                 {contact->gsm, contact->phone, contact->email, r.staffId, r.params.value(0), version});
    if (u.numRowsAffected() != 1)
        return *checkIfMatch(r, version + 1);
    contact->version = version + 1;
    m_server.audit(r, 0, QStringLiteral("contact.update"), QStringLiteral("clb %1").arg(r.params.value(0)));
    return Response::json(200, contact->toJson()).withETag(contact->version);
}

Response Api::switchClb(Request &r)
{
    JsonReader reader(r.json);
    const auto clbId = reader.integer(QStringLiteral("clbId"), JsonReader::Required, 1, qint64(1) << 53);
    if (const auto errors = reader.finish(); !errors.isEmpty())
        return Response::validation(errors);
    QSqlQuery member = m_db.run(QStringLiteral("SELECT 1 FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"),
                                {r.staffId, *clbId});
    if (!member.next())
        return Response::problem(403, problems::uri("not-staff-of-clb"),
                                 QStringLiteral("You do not work for this CLB"));
    QSqlQuery origin = m_db.run(QStringLiteral("SELECT origin FROM auth_tokens WHERE token_hash = ?"),
                                {TokenStore::hash(r.header("authorization").trimmed().mid(7).trimmed())});
    const QString originName = origin.next() ? origin.value(0).toString() : QStringLiteral("switch");
    const int ttl = m_server.config().tokenTtlMinutes;
    const QString token = m_server.tokens().mint(r.staffId, *clbId, originName, ttl);
    m_server.tokens().revoke(r.header("authorization"));
    m_server.audit(r, 0, QStringLiteral("session.switch-clb"), QStringLiteral("to clb %1").arg(*clbId));
    return Response::json(
        200,
        QJsonObject{{QStringLiteral("token"), token},
                    {QStringLiteral("staffId"), r.staffId},
                    {QStringLiteral("clbId"), *clbId},
                    {QStringLiteral("expiresAt"),
                     QDateTime::currentDateTimeUtc().addSecs(qint64(ttl) * 60).toString(Qt::ISODateWithMs)}});
}

Response Api::logout(Request &r)
{
    m_server.tokens().revoke(r.header("authorization"));
    return Response::noContent();
}

// ---- reference data
// -----------------------------------------------------------------------------------------

Response Api::activityFunctions(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    QJsonArray items;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT code, label FROM activity_functions WHERE active = 1 ORDER BY sort, code"));
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                 {QStringLiteral("label"), q.value(1).toString()}});
    return Response::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response Api::draaischijf(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    QJsonArray categories;
    QSqlQuery c = m_db.run(
        QStringLiteral("SELECT code, label FROM hub_categories WHERE active = 1 ORDER BY sort, code"));
    while (c.next()) {
        QJsonArray details;
        QSqlQuery d = m_db.run(
            QStringLiteral("SELECT code, label FROM hub_details WHERE category_code = ? AND active = 1 "
                           "ORDER BY sort, code"),
            {c.value(0)});
        while (d.next())
            details.append(QJsonObject{{QStringLiteral("code"), d.value(0).toString()},
                                       {QStringLiteral("label"), d.value(1).toString()}});
        categories.append(QJsonObject{{QStringLiteral("code"), c.value(0).toString()},
                                      {QStringLiteral("label"), c.value(1).toString()},
                                      {QStringLiteral("details"), details}});
    }
    const QJsonArray directions{
        QJsonObject{{QStringLiteral("code"), QStringLiteral("referral-to")},
                    {QStringLiteral("label"), QStringLiteral("doorverwijzing naar")}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("feedback-from")},
                    {QStringLiteral("label"), QStringLiteral("terugkoppeling vanuit")}}};
    return Response::json(200, QJsonObject{{QStringLiteral("directions"), directions},
                                           {QStringLiteral("categories"), categories}});
}

Response Api::branding(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    QSqlQuery c = m_db.run(
        QStringLiteral("SELECT c.name, c.address, c.phone, c.email, c.website, b.primary_colour, "
                       "b.accent_colour, b.version FROM clbs c LEFT JOIN clb_branding b ON b.clb_id = c.id "
                       "WHERE c.id = ?"),
        {r.clbId});
    if (!c.next())
        return Response::problem(404, problems::uri("not-found"), QStringLiteral("No such CLB"));
    QJsonArray logos;
    QSqlQuery l = m_db.run(
        QStringLiteral("SELECT id, name, mime_type, data FROM clb_logos WHERE clb_id = ? ORDER BY id"),
        {r.clbId});
    while (l.next())
        logos.append(
            QJsonObject{{QStringLiteral("id"), l.value(0).toLongLong()},
                        {QStringLiteral("name"), l.value(1).toString()},
                        {QStringLiteral("mimeType"), l.value(2).toString()},
                        {QStringLiteral("data"), QString::fromLatin1(l.value(3).toByteArray().toBase64())}});
    const qint64 version = c.value(7).toLongLong();
    return Response::json(
               200,
               QJsonObject{
                   {QStringLiteral("clbId"), r.clbId},
                   {QStringLiteral("name"), c.value(0).toString()},
                   {QStringLiteral("address"), c.value(1).toString()},
                   {QStringLiteral("phone"), c.value(2).toString()},
                   {QStringLiteral("email"), c.value(3).toString()},
                   {QStringLiteral("website"), c.value(4).toString()},
                   {QStringLiteral("colours"),
                    QJsonObject{{QStringLiteral("primary"),
                                 c.value(5).isNull() ? QStringLiteral("#1F4E79") : c.value(5).toString()},
                                {QStringLiteral("accent"),
                                 c.value(6).isNull() ? QStringLiteral("#5B9BD5") : c.value(6).toString()}}},
                   {QStringLiteral("logos"), logos},
                   {QStringLiteral("version"), version}})
        .withETag(version);
}

} // namespace lars::server
