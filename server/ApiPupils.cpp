// Pupil routes of Api: search, dossier, medical data, journal, attests, audit.
#include "models/Activity.h"
#include "models/Attest.h"
#include "models/JsonReader.h"
#include "models/Measurement.h"
#include "models/ParentHeights.h"
#include "models/SearchKey.h"
#include "server/Api.h"
#include "server/Cursor.h"
#include "server/PupilSearch.h"
#include "server/creon/CreonRegistry.h"

#include <QDate>
#include <QJsonArray>

namespace lars::server {

using models::JsonReader;

namespace {

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
QDateTime timestamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QByteArray location(qint64 pupilId, const char *collection, qint64 id)
{
    return "/api/v1/pupils/" + QByteArray::number(pupilId) + '/' + collection + '/' + QByteArray::number(id);
}
Response invalidCursor()
{
    return Response::validation({{QStringLiteral("cursor"), QStringLiteral("format"),
                                  QStringLiteral("is not a cursor of this list")}});
}
qint64 insertReturningId(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = db.run(sql + QStringLiteral(" RETURNING id"), values);
    if (!q.next())
        throw DbError(QStringLiteral("INSERT returned no id"));
    return q.value(0).toLongLong();
}

} // namespace

Response Api::searchPupils(Request &r)
{
    if (auto bad = checkQuery(r, {QStringLiteral("q"), QStringLiteral("birthDate"), QStringLiteral("limit"),
                                  QStringLiteral("cursor")}))
        return *bad;
    models::FieldErrors errors;
    const QString raw = r.query.value(QStringLiteral("q"));
    const QString key = models::SearchKey::normalise(raw);
    if (raw.size() > 100)
        errors.append({QStringLiteral("q"), QStringLiteral("length"),
                       QStringLiteral("must be at most 100 characters")});
    else if (key.size() < 2)
        errors.append({QStringLiteral("q"), QStringLiteral("length"),
                       QStringLiteral("needs at least 2 letters or digits")});
    std::optional<QDate> birthDate;
    if (r.query.contains(QStringLiteral("birthDate"))) {
        const QString s = r.query.value(QStringLiteral("birthDate"));
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (s.size() != 10 || !d.isValid())
            errors.append({QStringLiteral("birthDate"), QStringLiteral("format"),
                           QStringLiteral("must be a date YYYY-MM-DD")});
        else
            birthDate = d;
    }
    Response error;
    const auto limit = pageLimit(r, &error);
    if (!limit)
        return error;
    std::optional<PupilSearch::Position> after;
    if (r.query.contains(QStringLiteral("cursor"))) {
        const auto c = Cursor::decode(r.query.value(QStringLiteral("cursor")), 2);
        if (!c || !c->at(0).isString() || !c->at(1).isDouble())
            return invalidCursor();
        after = PupilSearch::Position{c->at(0).toString(), c->at(1).toInteger()};
    }
    if (!errors.isEmpty())
        return Response::validation(errors);
    if (auto denied = requireTeam(r))
        return *denied;

    const PupilSearch::Page page = PupilSearch::run(m_db, r.staffId, r.clbId, key, birthDate, after, *limit);
    QJsonArray items;
    for (const auto &p : page.items)
        items.append(p.toJson());
    m_server.audit(r, 0, QStringLiteral("pupil.search"), QStringLiteral("%1 results").arg(page.items.size()));
    return Response::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("nextCursor"),
                          page.next ? QJsonValue(Cursor::encode({page.next->key, page.next->pupilId}))
                                    : QJsonValue()}});
}

Response Api::getPupil(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    m_server.audit(r, p.id, QStringLiteral("dossier.read"), QString());
    return Response::json(200, p.toJson()).withETag(p.version);
}

Response Api::putAttributes(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    if (auto precondition = checkIfMatch(r, p.version))
        return *precondition;
    models::FieldErrors errors;
    const auto attributes = models::PupilAttributes::parse(r.json, &errors);
    if (!attributes)
        return Response::validation(errors);
    QSqlQuery u = m_db.run(
        QStringLiteral(
            "UPDATE pupils SET bridging_help = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {attributes->bridgingHelp ? 1 : 0, p.id, p.version});
    if (u.numRowsAffected() != 1)
        return *checkIfMatch(r, p.version + 1);
    m_server.audit(r, p.id, QStringLiteral("attributes.update"),
                   QStringLiteral("bridgingHelp %1 -> %2").arg(p.bridgingHelp).arg(attributes->bridgingHelp));
    if (attributes->bridgingHelp != p.bridgingHelp) {
        // Overbruggingshulp must stay visible and countable: each change is a line in the journaalblad.
        const QString now = Database::now();
        m_db.run(
            QStringLiteral(
                "INSERT INTO activities (pupil_id, clb_id, staff_id, activity_date, function_code, "
                "subject, duration_minutes, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.id, r.clbId, r.staffId, QDate::currentDate().toString(Qt::ISODate),
             QStringLiteral("begeleiding"),
             attributes->bridgingHelp ? QStringLiteral("Overbruggingshulp gestart")
                                      : QStringLiteral("Overbruggingshulp beëindigd"),
             0,
             attributes->bridgingHelp
                 ? QStringLiteral("Het CLB biedt overbruggingshulp in afwachting van meer passende hulp.")
                 : QStringLiteral("De overbruggingshulp is stopgezet."),
             now});
    }
    p.bridgingHelp = attributes->bridgingHelp;
    ++p.version;
    return Response::json(200, p.toJson()).withETag(p.version);
}

namespace {

models::ParentHeights readParentHeights(Database &db, qint64 pupilId)
{
    QSqlQuery q = db.run(
        QStringLiteral(
            "SELECT h.father_cm, h.mother_cm, h.father_changed_by, f.first_name || ' ' || f.last_name, "
            "h.father_changed_at, "
            "h.mother_changed_by, m.first_name || ' ' || m.last_name, h.mother_changed_at, h.version FROM "
            "parent_heights h "
            "LEFT JOIN staff f ON f.id = h.father_changed_by LEFT JOIN staff m ON m.id = h.mother_changed_by "
            "WHERE h.pupil_id = ?"),
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

QList<models::Measurement> readMeasurements(Database &db, qint64 pupilId)
{
    QSqlQuery q =
        db.run(QStringLiteral("SELECT m.id, m.contact, m.measured_on, m.height_cm, m.weight_kg, "
                              "m.far_vision_left, m.far_vision_right, "
                              "m.eye_alignment, m.depth_vision, m.colour_vision, "
                              "m.hearing_audiometry, m.hearing_speech_in_noise, "
                              "m.puberty_stage, m.vaccination_status, m.staff_id, s.first_name || "
                              "' ' || s.last_name, m.created_at, m.oral_health, m.version "
                              "FROM measurements m JOIN staff s ON s.id = m.staff_id WHERE "
                              "m.pupil_id = ? AND m.withdrawn_at IS NULL ORDER BY m.measured_on, m.id"),
               {pupilId});
    QList<models::Measurement> list;
    while (q.next()) {
        models::Measurement m;
        m.id = q.value(0).toLongLong();
        m.contact = q.value(1).toString();
        m.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        m.heightCm = optionalDouble(q.value(3));
        m.weightKg = optionalDouble(q.value(4));
        m.farVisionLeft = optionalDouble(q.value(5));
        m.farVisionRight = optionalDouble(q.value(6));
        m.eyeAlignment = q.value(7).toString();
        m.depthVision = q.value(8).toString();
        m.colourVision = q.value(9).toString();
        m.hearingAudiometry = q.value(10).toString();
        m.hearingSpeechInNoise = q.value(11).toString();
        m.pubertyStage = q.value(12).toString();
        m.vaccinationStatus = q.value(13).toString();
        m.staff = {q.value(14).toLongLong(), q.value(15).toString()};
        m.createdAt = timestamp(q.value(16));
        m.oralHealth = q.value(17).toString();
        m.version = q.value(18).toLongLong();
        list.append(m);
    }
    return list;
}

models::Activity activityFromRow(const QSqlQuery &q)
{
    models::Activity a;
    a.id = q.value(0).toLongLong();
    a.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    a.staff = {q.value(2).toLongLong(), q.value(3).toString()};
    a.function = q.value(4).toString();
    a.subject = q.value(5).toString();
    a.durationMinutes = q.value(6).toInt();
    a.text = q.value(7).toString();
    if (!q.value(8).isNull())
        a.hub = models::HubReferral{q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
    a.createdAt = timestamp(q.value(11));
    a.subjectCode = q.value(12).toString();
    return a;
}

const char *const activityColumns = "SELECT a.id, a.activity_date, a.staff_id, s.first_name || ' ' || "
                                    "s.last_name, a.function_code, a.subject, "
                                    "a.duration_minutes, a.body, a.hub_direction, a.hub_category, "
                                    "a.hub_detail, a.created_at, a.subject_code FROM activities a "
                                    "JOIN staff s ON s.id = a.staff_id ";

} // namespace

Response Api::getMedical(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    QJsonArray measurements;
    for (const auto &m : readMeasurements(m_db, p.id))
        measurements.append(m.toJson());
    const models::ParentHeights heights = readParentHeights(m_db, p.id);
    m_server.audit(r, p.id, QStringLiteral("medical.read"), QString());
    return Response::json(200, QJsonObject{{QStringLiteral("measurements"), measurements},
                                           {QStringLiteral("parentHeights"), heights.toJson()}});
}

Response Api::getParentHeights(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    const models::ParentHeights heights = readParentHeights(m_db, p.id);
    m_server.audit(r, p.id, QStringLiteral("parent-heights.read"), QString());
    return Response::json(200, heights.toJson()).withETag(heights.version);
}

Response Api::putParentHeights(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    const models::ParentHeights current = readParentHeights(m_db, p.id);
    if (auto precondition = checkIfMatch(r, current.version))
        return *precondition;
    models::FieldErrors errors;
    const auto wanted = models::ParentHeights::parse(r.json, &errors);
    if (!wanted)
        return Response::validation(errors);

    const QString now = Database::now();
    const bool fatherChanged = wanted->fatherCm != current.fatherCm;
    const bool motherChanged = wanted->motherCm != current.motherCm;
    // Who/when is kept per parent: only the parent whose height changed gets the new stamp.
    const QVariant fatherBy =
        fatherChanged ? QVariant(r.staffId)
                      : (current.fatherChangedBy.isNull() ? QVariant(QMetaType::fromType<qint64>())
                                                          : QVariant(current.fatherChangedBy.id));
    const QVariant fatherAt = fatherChanged
                                  ? QVariant(now)
                                  : (current.fatherChangedAt.isValid()
                                         ? QVariant(current.fatherChangedAt.toString(Qt::ISODateWithMs))
                                         : QVariant(QMetaType::fromType<QString>()));
    const QVariant motherBy =
        motherChanged ? QVariant(r.staffId)
                      : (current.motherChangedBy.isNull() ? QVariant(QMetaType::fromType<qint64>())
                                                          : QVariant(current.motherChangedBy.id));
    const QVariant motherAt = motherChanged
                                  ? QVariant(now)
                                  : (current.motherChangedAt.isValid()
                                         ? QVariant(current.motherChangedAt.toString(Qt::ISODateWithMs))
                                         : QVariant(QMetaType::fromType<QString>()));
    const QVariantList values{
        nullable(wanted->fatherCm), nullable(wanted->motherCm), fatherBy, fatherAt, motherBy, motherAt};
    bool applied = false;
    if (current.version == 0) {
        // The first entry: the primary key lets only one of two concurrent first writers in.
        QSqlQuery insert(m_db.db());
        applied = m_db.tryRun(
            insert,
            QStringLiteral("INSERT INTO parent_heights (father_cm, mother_cm, father_changed_by, "
                           "father_changed_at, mother_changed_by, mother_changed_at, pupil_id, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
            values + QVariantList{p.id});
    } else {
        QSqlQuery u = m_db.run(
            QStringLiteral("UPDATE parent_heights SET father_cm = ?, mother_cm = ?, father_changed_by = ?, "
                           "father_changed_at = ?, mother_changed_by = ?, mother_changed_at = ?, "
                           "version = version + 1 WHERE pupil_id = ? AND version = ?"),
            values + QVariantList{p.id, current.version});
        applied = u.numRowsAffected() == 1;
    }
    if (!applied)
        return *checkIfMatch(r, current.version + 1);
    const auto text = [](const std::optional<double> &v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    m_server.audit(r, p.id, QStringLiteral("parent-heights.update"),
                   QStringLiteral("father %1 -> %2, mother %3 -> %4")
                       .arg(text(current.fatherCm), text(wanted->fatherCm), text(current.motherCm),
                            text(wanted->motherCm)));
    const models::ParentHeights stored = readParentHeights(m_db, p.id);
    return Response::json(200, stored.toJson()).withETag(stored.version);
}

Response Api::postMeasurement(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    models::FieldErrors errors;
    auto m = models::Measurement::parse(r.json, &errors);
    if (!m)
        return Response::validation(errors);
    const QString now = Database::now();
    m->id = insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO measurements (pupil_id, contact, measured_on, height_cm, weight_kg, "
            "far_vision_left, "
            "far_vision_right, eye_alignment, depth_vision, colour_vision, hearing_audiometry, "
            "hearing_speech_in_noise, puberty_stage, vaccination_status, staff_id, clb_id, created_at, "
            "oral_health) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.id, m->contact, m->date.toString(Qt::ISODate), nullable(m->heightCm), nullable(m->weightKg),
         nullable(m->farVisionLeft), nullable(m->farVisionRight), nullableText(m->eyeAlignment),
         nullableText(m->depthVision), nullableText(m->colourVision), nullableText(m->hearingAudiometry),
         nullableText(m->hearingSpeechInNoise), nullableText(m->pubertyStage),
         nullableText(m->vaccinationStatus), r.staffId, r.clbId, now, nullableText(m->oralHealth)});
    m->staff = {r.staffId, r.staffName};
    m->version = 1;
    // The consult's results are CREON's Zorg en Gezondheid items: derived in this same transaction.
    creon::CreonRegistry(m_db).measurementChanged(m->id, r.staffId);
    m->createdAt = timestamp(now);
    m_server.audit(r, p.id, QStringLiteral("measurement.create"),
                   QStringLiteral("measurement %1 (%2)").arg(m->id).arg(m->contact));
    return Response::json(201, m->toJson()).withHeader("Location", location(p.id, "measurements", m->id));
}

Response Api::getJournal(Request &r)
{
    if (auto bad = checkQuery(r, {QStringLiteral("limit"), QStringLiteral("cursor")}))
        return *bad;
    Response error;
    const auto limit = pageLimit(r, &error);
    if (!limit)
        return error;
    QString sql = QString::fromLatin1(activityColumns) + QStringLiteral("WHERE a.pupil_id = ?");
    models::Pupil p;
    QVariantList values;
    if (r.query.contains(QStringLiteral("cursor"))) {
        const auto c = Cursor::decode(r.query.value(QStringLiteral("cursor")), 2);
        if (!c || !c->at(0).isString() || !c->at(1).isDouble())
            return invalidCursor();
        sql += QStringLiteral(" AND (a.activity_date < ? OR (a.activity_date = ? AND a.id < ?))");
        values << c->at(0).toString() << c->at(0).toString() << c->at(1).toInteger();
    }
    if (auto denied = checkPupil(r, &p))
        return *denied;
    values.prepend(p.id);
    sql += QStringLiteral(" ORDER BY a.activity_date DESC, a.id DESC LIMIT ?");
    values << *limit + 1;
    QSqlQuery q = m_db.run(sql, values);
    QJsonArray items;
    QJsonValue next;
    models::Activity last;
    while (q.next()) {
        if (items.size() == *limit) {
            next = Cursor::encode({last.date.toString(Qt::ISODate), last.id});
            break;
        }
        last = activityFromRow(q);
        items.append(last.toJson());
    }
    m_server.audit(r, p.id, QStringLiteral("journal.read"), QString());
    return Response::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}});
}

Response Api::postActivity(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    models::FieldErrors errors;
    auto a = models::Activity::parse(r.json, &errors);
    if (!a)
        return Response::validation(errors);
    // The nomenclature is data: check against the tables, not a list in code.
    if (!m_db.run(QStringLiteral("SELECT 1 FROM activity_functions WHERE code = ? AND active = 1"),
                  {a->function})
             .next())
        errors.append({QStringLiteral("function"), QStringLiteral("enum"),
                       QStringLiteral("is not a known activity function")});
    if (a->hub) {
        if (!m_db.run(QStringLiteral("SELECT 1 FROM hub_categories WHERE code = ? AND active = 1"),
                      {a->hub->category})
                 .next())
            errors.append({QStringLiteral("hub.category"), QStringLiteral("enum"),
                           QStringLiteral("is not a draaischijf category")});
        else if (!m_db.run(QStringLiteral("SELECT 1 FROM hub_details WHERE category_code = ? AND code = ? "
                                          "AND active = 1"),
                           {a->hub->category, a->hub->detail})
                      .next())
            errors.append({QStringLiteral("hub.detail"), QStringLiteral("enum"),
                           QStringLiteral("is not a detail of this category")});
    }
    if (!a->subjectCode.isEmpty() &&
        !m_db.run(QStringLiteral("SELECT 1 FROM activity_subjects WHERE code = ? AND active = 1"),
                  {a->subjectCode})
             .next())
        errors.append({QStringLiteral("subjectCode"), QStringLiteral("enum"),
                       QStringLiteral("is not a subject of the nomenclature")});
    if (!errors.isEmpty())
        return Response::validation(errors);
    const QString now = Database::now();
    a->id = insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO activities (pupil_id, clb_id, staff_id, activity_date, function_code, subject, "
            "duration_minutes, body, hub_direction, hub_category, hub_detail, created_at, subject_code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.id, r.clbId, r.staffId, a->date.toString(Qt::ISODate), a->function, a->subject, a->durationMinutes,
         a->text, a->hub ? QVariant(a->hub->direction) : QVariant(QMetaType::fromType<QString>()),
         a->hub ? QVariant(a->hub->category) : QVariant(QMetaType::fromType<QString>()),
         a->hub ? QVariant(a->hub->detail) : QVariant(QMetaType::fromType<QString>()), now,
         nullableText(a->subjectCode)});
    a->staff = {r.staffId, r.staffName};
    // An activity whose subject or function is a CREON item yields it, in this same transaction.
    creon::CreonRegistry(m_db).activityChanged(a->id, r.staffId);
    a->createdAt = timestamp(now);
    m_server.audit(r, p.id, QStringLiteral("activity.create"),
                   QStringLiteral("activity %1 (%2)").arg(a->id).arg(a->function));
    return Response::json(201, a->toJson()).withHeader("Location", location(p.id, "activities", a->id));
}

Response Api::getAttests(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT a.id, a.type, a.activity_id, a.activity_date, a.body, a.staff_id, "
                                "s.first_name || ' ' || s.last_name, a.created_at FROM attests a "
                                "JOIN staff s ON s.id = a.staff_id WHERE a.pupil_id = ? ORDER BY a.id DESC"),
                 {p.id});
    QJsonArray items;
    while (q.next()) {
        models::Attest a;
        a.id = q.value(0).toLongLong();
        a.type = q.value(1).toString();
        a.activityId = q.value(2).toLongLong();
        a.activityDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.text = q.value(4).toString();
        a.staff = {q.value(5).toLongLong(), q.value(6).toString()};
        a.createdAt = timestamp(q.value(7));
        items.append(a.toJson());
    }
    m_server.audit(r, p.id, QStringLiteral("attests.read"), QString());
    return Response::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response Api::postAttest(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    models::FieldErrors errors;
    auto a = models::Attest::parse(r.json, &errors);
    if (!a)
        return Response::validation(errors);
    QSqlQuery act =
        m_db.run(QString::fromLatin1(activityColumns) + QStringLiteral("WHERE a.id = ? AND a.pupil_id = ?"),
                 {a->activityId, p.id});
    if (!act.next())
        return Response::validation({{QStringLiteral("activityId"), QStringLiteral("not-found"),
                                      QStringLiteral("is not an activity of this pupil")}});
    const models::Activity activity = activityFromRow(act);
    // The attest carries the date of the activity, never the date of issuing or printing.
    a->activityDate = activity.date;
    if (!r.json.contains(QStringLiteral("text")))
        a->text = activity.text;
    const QString now = Database::now();
    a->id = insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO attests (pupil_id, activity_id, type, activity_date, body, staff_id, "
                       "clb_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.id, a->activityId, a->type, a->activityDate.toString(Qt::ISODate), a->text, r.staffId, r.clbId,
         now});
    a->staff = {r.staffId, r.staffName};
    a->createdAt = timestamp(now);
    m_server.audit(
        r, p.id, QStringLiteral("attest.create"),
        QStringLiteral("attest %1 (%2) of activity %3").arg(a->id).arg(a->type).arg(a->activityId));
    return Response::json(201, a->toJson()).withHeader("Location", location(p.id, "attests", a->id));
}

Response Api::getAudit(Request &r)
{
    if (auto bad = checkQuery(r, {QStringLiteral("limit"), QStringLiteral("cursor")}))
        return *bad;
    Response error;
    const auto limit = pageLimit(r, &error);
    if (!limit)
        return error;
    qint64 before = std::numeric_limits<qint64>::max();
    if (r.query.contains(QStringLiteral("cursor"))) {
        const auto c = Cursor::decode(r.query.value(QStringLiteral("cursor")), 1);
        if (!c || !c->at(0).isDouble())
            return invalidCursor();
        before = c->at(0).toInteger();
    }
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    // Reading who read a dossier is itself a read of the dossier: logged before answering.
    m_server.audit(r, p.id, QStringLiteral("audit.read"), QString());
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT a.id, a.at, a.staff_id, s.first_name || ' ' || s.last_name, a.clb_id, "
                       "a.action, a.detail FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id "
                       "WHERE a.pupil_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?"),
        {p.id, before, *limit + 1});
    QJsonArray items;
    QJsonValue next;
    qint64 lastId = 0;
    while (q.next()) {
        if (items.size() == *limit) {
            next = Cursor::encode({lastId});
            break;
        }
        lastId = q.value(0).toLongLong();
        items.append(QJsonObject{{QStringLiteral("id"), lastId},
                                 {QStringLiteral("at"), q.value(1).toString()},
                                 {QStringLiteral("staff"),
                                  models::StaffRef{q.value(2).toLongLong(), q.value(3).toString()}.toJson()},
                                 {QStringLiteral("clbId"), q.value(4).toLongLong()},
                                 {QStringLiteral("action"), q.value(5).toString()},
                                 {QStringLiteral("detail"), q.value(6).toString()}});
    }
    return Response::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}});
}

} // namespace lars::server
