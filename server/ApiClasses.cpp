// Class routes of Api: the medical data of every pupil of a class, for the class batch of parent letters
// (one request instead of one per pupil). Only the teams that cover the class's school see it, and every
// pupil's read is audited as for the dossier's medical tab.
#include "models/Measurement.h"
#include "models/Pupil.h"
#include "server/Api.h"

#include <QJsonArray>

namespace lars::server {

namespace {
QJsonValue optionalNumber(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toDouble());
}
} // namespace

Response Api::getClassMedical(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    if (auto denied = requireTeam(r))
        return *denied;
    const qint64 classId = r.params.value(0);
    QSqlQuery c =
        m_db.run(QStringLiteral("SELECT c.name, c.grade, sc.id, sc.name FROM classes c JOIN schools sc "
                                "ON sc.id = c.school_id WHERE c.id = ?"),
                 {classId});
    if (!c.next())
        return Response::problem(404, problems::uri("not-found"), QStringLiteral("No such class"));
    const qint64 schoolId = c.value(2).toLongLong();
    if (!m_db.run(QStringLiteral("SELECT 1 FROM team_members tm JOIN teams t ON t.id = tm.team_id "
                                 "JOIN team_schools ts ON ts.team_id = t.id "
                                 "WHERE tm.staff_id = ? AND t.clb_id = ? AND ts.school_id = ?"),
                  {r.staffId, r.clbId, schoolId})
             .next()) {
        r.pendingAudit.append({0, QStringLiteral("denied.class-not-in-your-teams"), r.path});
        return Response::problem(
            403, problems::uri("pupil-not-in-your-teams"),
            QStringLiteral("This class is not followed by your teams"),
            QStringLiteral("Only the teams that cover the class's school in this CLB see its pupils."));
    }

    QHash<qint64, QJsonArray> measurements;
    QSqlQuery m = m_db.run(
        QStringLiteral(
            "SELECT m.pupil_id, m.id, m.contact, m.measured_on, m.height_cm, m.weight_kg, "
            "m.far_vision_left, m.far_vision_right, m.eye_alignment, m.depth_vision, m.colour_vision, "
            "m.hearing_audiometry, m.hearing_speech_in_noise, m.puberty_stage, m.vaccination_status, "
            "m.staff_id, s.first_name || ' ' || s.last_name FROM measurements m JOIN pupils p ON "
            "p.id = m.pupil_id JOIN staff s ON s.id = m.staff_id WHERE p.class_id = ? AND m.withdrawn_at IS "
            "NULL "
            "ORDER BY m.pupil_id, m.measured_on, m.id"),
        {classId});
    while (m.next()) {
        models::Measurement x;
        x.id = m.value(1).toLongLong();
        x.contact = m.value(2).toString();
        x.date = QDate::fromString(m.value(3).toString(), Qt::ISODate);
        const auto number = [&m](int i) {
            return m.value(i).isNull() ? std::nullopt : std::optional<double>(m.value(i).toDouble());
        };
        x.heightCm = number(4);
        x.weightKg = number(5);
        x.farVisionLeft = number(6);
        x.farVisionRight = number(7);
        x.eyeAlignment = m.value(8).toString();
        x.depthVision = m.value(9).toString();
        x.colourVision = m.value(10).toString();
        x.hearingAudiometry = m.value(11).toString();
        x.hearingSpeechInNoise = m.value(12).toString();
        x.pubertyStage = m.value(13).toString();
        x.vaccinationStatus = m.value(14).toString();
        x.staff = {m.value(15).toLongLong(), m.value(16).toString()};
        measurements[m.value(0).toLongLong()].append(x.toJson());
    }

    QJsonArray pupils;
    QSqlQuery p =
        m_db.run(QStringLiteral(
                     "SELECT p.id, p.national_number, p.bis_number, p.first_name, p.last_name, p.birth_date, "
                     "p.sex, p.bridging_help, p.version, h.father_cm, h.mother_cm FROM pupils p "
                     "LEFT JOIN parent_heights h ON h.pupil_id = p.id WHERE p.class_id = ? "
                     "ORDER BY p.last_name, p.first_name, p.id"),
                 {classId});
    while (p.next()) {
        models::Pupil pupil;
        pupil.id = p.value(0).toLongLong();
        pupil.nationalNumber = p.value(1).toString();
        pupil.bisNumber = p.value(2).toString();
        pupil.firstName = p.value(3).toString();
        pupil.lastName = p.value(4).toString();
        pupil.birthDate = QDate::fromString(p.value(5).toString(), Qt::ISODate);
        pupil.sex = p.value(6).toString();
        pupil.bridgingHelp = p.value(7).toInt() != 0;
        pupil.version = p.value(8).toLongLong();
        pupil.clbId = r.clbId;
        pupil.schoolId = schoolId;
        pupil.schoolName = c.value(3).toString();
        pupil.classId = classId;
        pupil.className = c.value(0).toString();
        m_server.audit(r, pupil.id, QStringLiteral("medical.read"), QStringLiteral("class %1").arg(classId));
        pupils.append(QJsonObject{{QStringLiteral("pupil"), pupil.toJson()},
                                  {QStringLiteral("measurements"), measurements.value(pupil.id)},
                                  {QStringLiteral("parentHeights"),
                                   QJsonObject{{QStringLiteral("fatherCm"), optionalNumber(p.value(9))},
                                               {QStringLiteral("motherCm"), optionalNumber(p.value(10))}}}});
    }
    return Response::json(200, QJsonObject{{QStringLiteral("classId"), classId},
                                           {QStringLiteral("className"), c.value(0).toString()},
                                           {QStringLiteral("grade"), c.value(1).toString()},
                                           {QStringLiteral("schoolName"), c.value(3).toString()},
                                           {QStringLiteral("pupils"), pupils}});
}

} // namespace lars::server
