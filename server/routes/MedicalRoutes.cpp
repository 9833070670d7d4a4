#include "server/routes/MedicalRoutes.h"

#include "server/creon/CreonRegistry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

MedicalRoutes::MedicalRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_medical(services.db)
    , m_advice(services.db)
{
    add("GET", "/pupils/{pupilId}/medical", Route::Authenticated | Route::Pupil, &MedicalRoutes::getMedical);
    add("GET", "/pupils/{pupilId}/parent-heights", Route::Authenticated | Route::Pupil,
        &MedicalRoutes::getParentHeights);
    add("PUT", "/pupils/{pupilId}/parent-heights", Route::Authenticated | Route::Pupil | Route::TakesBody,
        &MedicalRoutes::putParentHeights);
    add("GET", "/pupils/{pupilId}/measurements/{measurementId}", Route::Authenticated | Route::Pupil,
        &MedicalRoutes::getMeasurement);
    add("POST", "/pupils/{pupilId}/measurements",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Idempotent,
        &MedicalRoutes::postMeasurement);
    add("PUT", "/pupils/{pupilId}/measurements/{measurementId}",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Replayable,
        &MedicalRoutes::putMeasurement);
    add("DELETE", "/pupils/{pupilId}/measurements/{measurementId}", Route::Authenticated | Route::Pupil,
        &MedicalRoutes::deleteMeasurement);
    add("GET", "/pupils/{pupilId}/measurements/{measurementId}/advice", Route::Authenticated | Route::Pupil,
        &MedicalRoutes::getAdvice);
    add("PUT", "/pupils/{pupilId}/measurements/{measurementId}/advice",
        Route::Authenticated | Route::Pupil | Route::TakesBody, &MedicalRoutes::putAdvice);
}

Response MedicalRoutes::getMedical(Request &r)
{
    const models::Pupil &p = r.pupil;
    QJsonArray measurements;
    const QHash<qint64, models::ConsultAdvice> advice = m_advice.ofPupil(p.id);
    for (auto m : m_medical.measurements(p.id)) {
        m.advice = advice.value(m.id);
        measurements.append(m.toJson());
    }
    const models::ParentHeights heights = m_medical.parentHeights(p.id);
    m_services.audit.record(r, p.id, QStringLiteral("medical.read"), QString());
    return Response::json(200, QJsonObject{{QStringLiteral("measurements"), measurements},
                                           {QStringLiteral("parentHeights"), heights.toJson()}});
}

Response MedicalRoutes::getParentHeights(Request &r)
{
    const models::Pupil &p = r.pupil;
    const models::ParentHeights heights = m_medical.parentHeights(p.id);
    m_services.audit.record(r, p.id, QStringLiteral("parent-heights.read"), QString());
    return Response::json(200, heights.toJson()).withETag(heights.version);
}

Response MedicalRoutes::putParentHeights(Request &r)
{
    const models::Pupil &p = r.pupil;
    const models::ParentHeights current = m_medical.parentHeights(p.id);
    if (auto precondition = RouteSupport::checkIfMatch(r, current.version))
        return *precondition;
    models::FieldErrors errors;
    const auto wanted = models::ParentHeights::parse(r.json, &errors);
    if (!wanted)
        return Response::validation(errors);
    if (!m_medical.writeParentHeights(p.id, current, *wanted, r.staffId, store::Database::now()))
        return *RouteSupport::checkIfMatch(r, current.version + 1);
    const auto text = [](const std::optional<double> &v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    m_services.audit.record(r, p.id, QStringLiteral("parent-heights.update"),
                            QStringLiteral("father %1 -> %2, mother %3 -> %4")
                                .arg(text(current.fatherCm), text(wanted->fatherCm), text(current.motherCm),
                                     text(wanted->motherCm)));
    const models::ParentHeights stored = m_medical.parentHeights(p.id);
    return Response::json(200, stored.toJson()).withETag(stored.version);
}

Response MedicalRoutes::getMeasurement(Request &r)
{
    // With its ETag: a client whose correction got 412 reads it here and sends its choice based on it.
    qint64 version = 0;
    Response response = pupilItem(r, QStringLiteral("measurement.read"), [&](qint64 pupilId, qint64 id) {
        auto m = m_medical.measurement(id, pupilId);
        if (!m)
            return std::optional<QJsonObject>();
        m->advice = m_advice.advice(id);
        version = m->version;
        return std::optional<QJsonObject>(m->toJson());
    });
    return version ? response.withETag(version) : response;
}

Response MedicalRoutes::postMeasurement(Request &r)
{
    const models::Pupil &p = r.pupil;
    models::FieldErrors errors;
    auto m = models::Measurement::parse(r.json, &errors);
    if (!m)
        return Response::validation(errors);
    const QString now = store::Database::now();
    m->id = m_medical.insertMeasurement(*m, p.id, r.staffId, r.clbId, now);
    m->staff = {r.staffId, r.staffName};
    m->version = 1;
    m->createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    // The consult's results are CREON's Zorg en Gezondheid items: derived in this same transaction.
    creon::CreonRegistry(m_db).measurementChanged(m->id, r.staffId);
    m_services.audit.record(r, p.id, QStringLiteral("measurement.create"),
                            QStringLiteral("measurement %1 (%2)").arg(m->id).arg(m->contact));
    return Response::json(201, m->toJson())
        .withETag(m->version)
        .withHeader("Location", RouteSupport::location(p.id, "measurements", m->id));
}

std::optional<Response> MedicalRoutes::checkMeasurement(Request &r, qint64 *version)
{
    const auto current = m_medical.measurementVersion(r.param(1), r.pupil.id);
    if (!current)
        return Response::problem(404, http::problems::uri("not-found"),
                                 QStringLiteral("No such consult result"));
    *version = *current;
    return RouteSupport::checkIfMatch(r, *version);
}

Response MedicalRoutes::putMeasurement(Request &r)
{
    const models::Pupil &p = r.pupil;
    qint64 version = 0;
    if (auto refused = checkMeasurement(r, &version))
        return *refused;
    models::FieldErrors errors;
    auto m = models::Measurement::parse(r.json, &errors);
    if (!m)
        return Response::validation(errors);
    m->id = r.param(1);
    if (!m_medical.correctMeasurement(*m, version))
        return *RouteSupport::checkIfMatch(r, version + 1);
    // A changed result goes to CREON as a correction, a cleared one as a withdrawal of its item.
    creon::CreonRegistry(m_db).measurementChanged(m->id, r.staffId);
    m_services.audit.record(r, p.id, QStringLiteral("measurement.correct"),
                            QStringLiteral("measurement %1").arg(m->id));
    auto stored = m_medical.measurement(m->id, p.id);
    if (!stored)
        throw store::DbError(QStringLiteral("measurement %1 vanished in its own transaction").arg(m->id));
    stored->advice = m_advice.advice(m->id);
    return Response::json(200, stored->toJson()).withETag(stored->version);
}

Response MedicalRoutes::deleteMeasurement(Request &r)
{
    const models::Pupil &p = r.pupil;
    qint64 version = 0;
    if (auto refused = checkMeasurement(r, &version))
        return *refused;
    m_medical.withdrawMeasurement(r.param(1), store::Database::now());
    // Its CREON items are withdrawn (sent as withdrawals when they had already left).
    creon::CreonRegistry(m_db).measurementChanged(r.param(1), r.staffId);
    m_services.audit.record(r, p.id, QStringLiteral("measurement.withdraw"),
                            QStringLiteral("measurement %1").arg(r.param(1)));
    return Response::noContent();
}

Response MedicalRoutes::getAdvice(Request &r)
{
    if (!m_medical.measurementVersion(r.param(1), r.pupil.id)) {
        r.pendingAudit.append({r.pupil.id, QStringLiteral("denied.no-such-item"), r.path});
        return Response::problem(404, http::problems::uri("not-found"),
                                 QStringLiteral("No such consult result"));
    }
    const models::ConsultAdvice advice = m_advice.advice(r.param(1));
    m_services.audit.record(r, r.pupil.id, QStringLiteral("advice.read"),
                            QStringLiteral("measurement %1").arg(r.param(1)));
    return Response::json(200, advice.toJson()).withETag(advice.version);
}

Response MedicalRoutes::refuseAdvice(Request &r, Response answer, const QString &reason)
{
    r.pendingAudit.append(
        {r.pupil.id, QStringLiteral("advice.refused"),
         QStringLiteral("measurement %1: %2 (%3)").arg(r.param(1)).arg(reason).arg(answer.status)});
    return answer;
}

Response MedicalRoutes::putAdvice(Request &r)
{
    const qint64 measurementId = r.param(1);
    if (!m_medical.measurementVersion(measurementId, r.pupil.id))
        return refuseAdvice(r,
                            Response::problem(404, http::problems::uri("not-found"),
                                              QStringLiteral("No such consult result")),
                            QStringLiteral("no such consult"));
    const models::ConsultAdvice current = m_advice.advice(measurementId);
    if (auto precondition = RouteSupport::checkIfMatch(r, current.version))
        return refuseAdvice(r, *precondition,
                            precondition->status == 428 ? QStringLiteral("no If-Match")
                                                        : QStringLiteral("stale"));
    models::FieldErrors errors;
    const auto wanted = models::ConsultAdvice::parse(r.json, &errors);
    if (!wanted)
        return refuseAdvice(r, Response::validation(errors), QStringLiteral("invalid"));
    if (!m_advice.write(measurementId, r.pupil.id, current.version, wanted->text, r.staffId,
                        store::Database::now()))
        return refuseAdvice(r, *RouteSupport::checkIfMatch(r, current.version + 1), QStringLiteral("stale"));
    // The text itself is medical: the trail says who changed which advice, not what it says.
    m_services.audit.record(r, r.pupil.id, QStringLiteral("advice.update"),
                            QStringLiteral("measurement %1: version %2 -> %3, %4 characters")
                                .arg(measurementId)
                                .arg(current.version)
                                .arg(current.version + 1)
                                .arg(wanted->text.size()));
    const models::ConsultAdvice stored = m_advice.advice(measurementId);
    return Response::json(200, stored.toJson()).withETag(stored.version);
}

} // namespace lars::server::routes
