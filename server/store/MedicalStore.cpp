#include "server/store/MedicalStore.h"

namespace lars::server::store {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
QDateTime timestamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The measurement columns (after the pupil id) and their mapper.
const char *const measurementColumns =
    "SELECT m.pupil_id, m.id, m.contact, m.measured_on, m.height_cm, m.weight_kg, m.far_vision_left, "
    "m.far_vision_right, m.eye_alignment, m.depth_vision, m.colour_vision, m.hearing_audiometry, "
    "m.hearing_speech_in_noise, m.puberty_stage, m.vaccination_status, m.staff_id, "
    "s.first_name || ' ' || s.last_name, m.created_at, m.oral_health, m.version FROM measurements m JOIN "
    "staff "
    "s ON s.id = m.staff_id ";

models::Measurement measurementFromRow(const QSqlQuery &q)
{
    models::Measurement m;
    m.id = q.value(1).toLongLong();
    m.contact = q.value(2).toString();
    m.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    m.heightCm = optionalDouble(q.value(4));
    m.weightKg = optionalDouble(q.value(5));
    m.farVisionLeft = optionalDouble(q.value(6));
    m.farVisionRight = optionalDouble(q.value(7));
    m.eyeAlignment = q.value(8).toString();
    m.depthVision = q.value(9).toString();
    m.colourVision = q.value(10).toString();
    m.hearingAudiometry = q.value(11).toString();
    m.hearingSpeechInNoise = q.value(12).toString();
    m.pubertyStage = q.value(13).toString();
    m.vaccinationStatus = q.value(14).toString();
    m.staff = {q.value(15).toLongLong(), q.value(16).toString()};
    m.createdAt = timestamp(q.value(17));
    m.oralHealth = q.value(18).toString();
    m.version = q.value(19).toLongLong();
    return m;
}

QVariant stampOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}
QVariant staffOrNull(const models::StaffRef &staff)
{
    return staff.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(staff.id);
}

} // namespace

QList<models::Measurement> MedicalStore::measurements(qint64 pupilId)
{
    QSqlQuery q = m_db.run(QLatin1String(measurementColumns) +
                               QStringLiteral("WHERE m.pupil_id = ? AND m.withdrawn_at IS NULL "
                                              "ORDER BY m.measured_on, m.id"),
                           {pupilId});
    QList<models::Measurement> list;
    while (q.next())
        list.append(measurementFromRow(q));
    return list;
}

QHash<qint64, QList<models::Measurement>> MedicalStore::measurementsOfClass(qint64 classId)
{
    QSqlQuery q =
        m_db.run(QLatin1String(measurementColumns) +
                     QStringLiteral("JOIN pupils p ON p.id = m.pupil_id WHERE p.class_id = ? AND "
                                    "m.withdrawn_at IS NULL ORDER BY m.pupil_id, m.measured_on, m.id"),
                 {classId});
    QHash<qint64, QList<models::Measurement>> byPupil;
    while (q.next())
        byPupil[q.value(0).toLongLong()].append(measurementFromRow(q));
    return byPupil;
}

qint64 MedicalStore::insertMeasurement(const models::Measurement &m, qint64 pupilId, qint64 staffId,
                                       qint64 clbId, const QString &createdAt)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "INSERT INTO measurements (pupil_id, contact, measured_on, height_cm, weight_kg, "
            "far_vision_left, "
            "far_vision_right, eye_alignment, depth_vision, colour_vision, hearing_audiometry, "
            "hearing_speech_in_noise, puberty_stage, vaccination_status, staff_id, clb_id, created_at, "
            "oral_health) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {pupilId, m.contact, m.date.toString(Qt::ISODate), nullable(m.heightCm), nullable(m.weightKg),
         nullable(m.farVisionLeft), nullable(m.farVisionRight), nullableText(m.eyeAlignment),
         nullableText(m.depthVision), nullableText(m.colourVision), nullableText(m.hearingAudiometry),
         nullableText(m.hearingSpeechInNoise), nullableText(m.pubertyStage),
         nullableText(m.vaccinationStatus), staffId, clbId, createdAt, nullableText(m.oralHealth)});
    if (!q.next())
        throw DbError(QStringLiteral("INSERT returned no id"));
    return q.value(0).toLongLong();
}

std::optional<models::Measurement> MedicalStore::measurement(qint64 measurementId, qint64 pupilId)
{
    QSqlQuery q = m_db.run(QLatin1String(measurementColumns) +
                               QStringLiteral("WHERE m.id = ? AND m.pupil_id = ? AND m.withdrawn_at IS NULL"),
                           {measurementId, pupilId});
    if (!q.next())
        return std::nullopt;
    return measurementFromRow(q);
}

std::optional<qint64> MedicalStore::measurementVersion(qint64 measurementId, qint64 pupilId)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT version FROM measurements WHERE id = ? AND pupil_id = ? AND "
                                "withdrawn_at IS NULL"),
                 {measurementId, pupilId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool MedicalStore::correctMeasurement(const models::Measurement &m, qint64 version)
{
    QSqlQuery u = m_db.run(
        QStringLiteral(
            "UPDATE measurements SET contact = ?, measured_on = ?, height_cm = ?, weight_kg = ?, "
            "far_vision_left = ?, far_vision_right = ?, eye_alignment = ?, depth_vision = ?, colour_vision "
            "= ?, hearing_audiometry = ?, hearing_speech_in_noise = ?, puberty_stage = ?, "
            "vaccination_status = ?, oral_health = ?, version = version + 1 WHERE id = ? AND version = ? "
            "AND withdrawn_at IS NULL"),
        {m.contact, m.date.toString(Qt::ISODate), nullable(m.heightCm), nullable(m.weightKg),
         nullable(m.farVisionLeft), nullable(m.farVisionRight), nullableText(m.eyeAlignment),
         nullableText(m.depthVision), nullableText(m.colourVision), nullableText(m.hearingAudiometry),
         nullableText(m.hearingSpeechInNoise), nullableText(m.pubertyStage),
         nullableText(m.vaccinationStatus), nullableText(m.oralHealth), m.id, version});
    return u.numRowsAffected() == 1;
}

void MedicalStore::withdrawMeasurement(qint64 measurementId, const QString &now)
{
    m_db.run(QStringLiteral("UPDATE measurements SET withdrawn_at = ?, version = version + 1 WHERE id = ?"),
             {now, measurementId});
}

models::ParentHeights MedicalStore::parentHeights(qint64 pupilId)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT h.father_cm, h.mother_cm, h.father_changed_by, f.first_name || ' ' || f.last_name, "
            "h.father_changed_at, h.mother_changed_by, m.first_name || ' ' || m.last_name, "
            "h.mother_changed_at, h.version FROM parent_heights h "
            "LEFT JOIN staff f ON f.id = h.father_changed_by "
            "LEFT JOIN staff m ON m.id = h.mother_changed_by WHERE h.pupil_id = ?"),
        {pupilId});
    models::ParentHeights h;
    if (!q.next())
        return h;
    h.fatherCm = optionalDouble(q.value(0));
    h.motherCm = optionalDouble(q.value(1));
    h.fatherChangedBy = {q.value(2).toLongLong(), q.value(3).toString()};
    h.fatherChangedAt = timestamp(q.value(4));
    h.motherChangedBy = {q.value(5).toLongLong(), q.value(6).toString()};
    h.motherChangedAt = timestamp(q.value(7));
    h.version = q.value(8).toLongLong();
    return h;
}

QHash<qint64, std::pair<std::optional<double>, std::optional<double>>>
MedicalStore::parentHeightsOfClass(qint64 classId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT h.pupil_id, h.father_cm, h.mother_cm FROM parent_heights h "
                                          "JOIN pupils p ON p.id = h.pupil_id WHERE p.class_id = ?"),
                           {classId});
    QHash<qint64, std::pair<std::optional<double>, std::optional<double>>> byPupil;
    while (q.next())
        byPupil.insert(q.value(0).toLongLong(), {optionalDouble(q.value(1)), optionalDouble(q.value(2))});
    return byPupil;
}

bool MedicalStore::writeParentHeights(qint64 pupilId, const models::ParentHeights &current,
                                      const models::ParentHeights &wanted, qint64 staffId, const QString &now)
{
    const bool fatherChanged = wanted.fatherCm != current.fatherCm;
    const bool motherChanged = wanted.motherCm != current.motherCm;
    // Who/when is kept per parent: only the parent whose height changed gets the new stamp.
    const QVariantList values{nullable(wanted.fatherCm),
                              nullable(wanted.motherCm),
                              fatherChanged ? QVariant(staffId) : staffOrNull(current.fatherChangedBy),
                              fatherChanged ? QVariant(now) : stampOrNull(current.fatherChangedAt),
                              motherChanged ? QVariant(staffId) : staffOrNull(current.motherChangedBy),
                              motherChanged ? QVariant(now) : stampOrNull(current.motherChangedAt),
                              pupilId};
    if (current.version == 0) {
        // The first entry: the primary key lets only one of two concurrent first writers in.
        QSqlQuery insert(m_db.db());
        return m_db.tryRun(
            insert,
            QStringLiteral("INSERT INTO parent_heights (father_cm, mother_cm, father_changed_by, "
                           "father_changed_at, mother_changed_by, mother_changed_at, pupil_id, "
                           "version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
            values);
    }
    QSqlQuery u = m_db.run(
        QStringLiteral("UPDATE parent_heights SET father_cm = ?, mother_cm = ?, father_changed_by = ?, "
                       "father_changed_at = ?, mother_changed_by = ?, mother_changed_at = ?, "
                       "version = version + 1 WHERE pupil_id = ? AND version = ?"),
        values + QVariantList{current.version});
    return u.numRowsAffected() == 1;
}

} // namespace lars::server::store
