// Corrections of a consult's results (PUT) and their withdrawal (DELETE), with If-Match; CREON follows in the
// same transaction (a changed result is sent as a correction, a withdrawn consult withdraws its items).
#include "models/Measurement.h"
#include "server/Api.h"
#include "server/creon/CreonRegistry.h"

namespace lars::server {

namespace {
QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

std::optional<Response> Api::checkMeasurement(Request &r, models::Pupil *p, qint64 *version)
{
    if (auto denied = checkPupil(r, p))
        return denied;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT version FROM measurements WHERE id = ? AND pupil_id = ? AND "
                                "withdrawn_at IS NULL"),
                 {r.params.value(1), p->id});
    if (!q.next())
        return Response::problem(404, problems::uri("not-found"), QStringLiteral("No such consult result"));
    *version = q.value(0).toLongLong();
    return checkIfMatch(r, *version);
}

Response Api::putMeasurement(Request &r)
{
    models::Pupil p;
    qint64 version = 0;
    if (auto refused = checkMeasurement(r, &p, &version))
        return *refused;
    models::FieldErrors errors;
    auto m = models::Measurement::parse(r.json, &errors);
    if (!m)
        return Response::validation(errors);
    m->id = r.params.value(1);
    QSqlQuery u = m_db.run(
        QStringLiteral(
            "UPDATE measurements SET contact = ?, measured_on = ?, height_cm = ?, weight_kg = ?, "
            "far_vision_left = ?, far_vision_right = ?, eye_alignment = ?, depth_vision = ?, colour_vision "
            "= ?, hearing_audiometry = ?, hearing_speech_in_noise = ?, puberty_stage = ?, "
            "vaccination_status = ?, oral_health = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {m->contact, m->date.toString(Qt::ISODate), nullable(m->heightCm), nullable(m->weightKg),
         nullable(m->farVisionLeft), nullable(m->farVisionRight), nullableText(m->eyeAlignment),
         nullableText(m->depthVision), nullableText(m->colourVision), nullableText(m->hearingAudiometry),
         nullableText(m->hearingSpeechInNoise), nullableText(m->pubertyStage),
         nullableText(m->vaccinationStatus), nullableText(m->oralHealth), m->id, version});
    if (u.numRowsAffected() != 1)
        return *checkIfMatch(r, version + 1);
    creon::CreonRegistry(m_db).measurementChanged(m->id, r.staffId);
    m_server.audit(r, p.id, QStringLiteral("measurement.correct"),
                   QStringLiteral("measurement %1").arg(m->id));
    m->version = version + 1;
    m->staff = {r.staffId, r.staffName};
    return Response::json(200, m->toJson()).withETag(m->version);
}

Response Api::deleteMeasurement(Request &r)
{
    models::Pupil p;
    qint64 version = 0;
    if (auto refused = checkMeasurement(r, &p, &version))
        return *refused;
    // Kept (the audit trail and CREON's withdrawal refer to it) but no longer part of the dossier.
    m_db.run(QStringLiteral("UPDATE measurements SET withdrawn_at = ?, version = version + 1 WHERE id = ?"),
             {Database::now(), r.params.value(1)});
    creon::CreonRegistry(m_db).measurementChanged(r.params.value(1), r.staffId);
    m_server.audit(r, p.id, QStringLiteral("measurement.withdraw"),
                   QStringLiteral("measurement %1").arg(r.params.value(1)));
    return Response::noContent();
}

} // namespace lars::server
