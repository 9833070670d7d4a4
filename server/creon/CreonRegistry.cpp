#include "server/creon/CreonRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace lars::server::creon {

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

bool number(const QJsonObject &o, const char *key, double min, double max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() && v.toDouble() >= min && v.toDouble() <= max;
}

} // namespace

CreonRegistry::CreonRegistry(store::Database &db)
    : m_db(db)
{}

QList<CreonRule> CreonRegistry::rules()
{
    if (m_rulesLoaded)
        return m_rules;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT r.item_code, r.source, r.measurement_field, r.pupil_sex, "
                                          "r.function_code, r.subject_code FROM "
                                          "creon_rules r JOIN creon_items i ON i.code = r.item_code WHERE "
                                          "r.active = 1 AND i.active = 1 ORDER BY "
                                          "i.sort, r.id"));
    while (q.next())
        m_rules.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    m_rulesLoaded = true;
    return m_rules;
}

QJsonValue CreonRegistry::normaliseValue(const QString &kind, const QJsonValue &value, QString *error)
{
    error->clear();
    if (kind == QLatin1String("none")) {
        if (!value.isNull() && !value.isUndefined())
            *error = QStringLiteral("this item takes no value");
        return QJsonValue::Null;
    }
    QJsonObject o = value.isString() ? QJsonObject{{QStringLiteral("result"), value.toString().trimmed()}}
                                     : value.toObject();
    bool ok = false;
    if (kind == QLatin1String("result")) {
        const QString text = o.value(QLatin1String("result")).toString();
        ok = o.size() == 1 && !text.isEmpty() && text.toUcs4().size() <= 200;
        if (!ok)
            *error = QStringLiteral("needs a result text of 1 to 200 characters");
    } else if (kind == QLatin1String("quantity-cm") || kind == QLatin1String("quantity-kg")) {
        const bool cm = kind == QLatin1String("quantity-cm");
        ok = o.size() == 2 &&
             o.value(QLatin1String("unit")).toString() == (cm ? QLatin1String("cm") : QLatin1String("kg")) &&
             (cm ? number(o, "quantity", 40, 230) : number(o, "quantity", 5, 250));
        if (!ok)
            *error = cm ? QStringLiteral("needs {\"quantity\": 40–230, \"unit\": \"cm\"}")
                        : QStringLiteral("needs {\"quantity\": 5–250, \"unit\": \"kg\"}");
    } else if (kind == QLatin1String("acuity")) {
        ok = !o.isEmpty() && o.size() <= 2;
        for (auto it = o.begin(); ok && it != o.end(); ++it)
            ok = (it.key() == QLatin1String("left") || it.key() == QLatin1String("right")) &&
                 number(o, it.key().toLatin1().constData(), 0, 2.5);
        if (!ok)
            *error = QStringLiteral("needs {\"left\" and/or \"right\": 0–2.5}");
    } else {
        *error = QStringLiteral("the item has an unknown value kind '%1'").arg(kind);
    }
    return ok ? QJsonValue(o) : QJsonValue(QJsonValue::Undefined);
}

void CreonRegistry::queue(qint64 registrationId)
{
    // Only the newest version waits to be sent: an older one that has not left yet never will.
    QSqlQuery v =
        m_db.run(QStringLiteral("SELECT version FROM creon_registrations WHERE id = ?"), {registrationId});
    if (!v.next())
        throw store::DbError(QStringLiteral("registration %1 vanished").arg(registrationId));
    const qint64 version = v.value(0).toLongLong();
    m_db.run(
        QStringLiteral("UPDATE creon_outbox SET state = 'superseded' WHERE registration_id = ? AND state IN "
                       "('pending', 'held')"),
        {registrationId});
    m_db.run(
        QStringLiteral("INSERT INTO creon_outbox (registration_id, version, state, created_at) VALUES (?, ?, "
                       "'pending', ?)"),
        {registrationId, version, store::Database::now()});
}

qint64 CreonRegistry::insert(qint64 pupilId, const QString &source, qint64 sourceId, const DerivedItem &item,
                             qint64 staffId)
{
    const QString now = store::Database::now();
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "INSERT INTO creon_registrations (uid, pupil_id, item_code, value, registered_on, contact, "
            "source, source_id, activity_id, staff_id, clb_id, created_at, updated_at, version) VALUES (?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT s.clb_id FROM pupils p JOIN schools s ON s.id = p.school_id "
            "WHERE p.id = ?), ?, ?, 1) RETURNING id"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), pupilId, item.itemCode, jsonText(item.value),
         item.date.toString(Qt::ISODate), nullableText(item.contact), source,
         sourceId ? QVariant(sourceId) : QVariant(QMetaType::fromType<qint64>()),
         source == QLatin1String("activity") && sourceId ? QVariant(sourceId)
                                                         : QVariant(QMetaType::fromType<qint64>()),
         staffId, pupilId, now, now});
    if (!q.next())
        throw store::DbError(QStringLiteral("INSERT of a CREON registration returned no id"));
    const qint64 id = q.value(0).toLongLong();
    queue(id);
    return id;
}

void CreonRegistry::update(qint64 registrationId, const DerivedItem *item, qint64 staffId)
{
    const QString now = store::Database::now();
    if (item)
        m_db.run(QStringLiteral(
                     "UPDATE creon_registrations SET value = ?, registered_on = ?, contact = ?, "
                     "withdrawn_at = NULL, version = version + 1, updated_at = ?, staff_id = ? WHERE id = ?"),
                 {jsonText(item->value), item->date.toString(Qt::ISODate), nullableText(item->contact), now,
                  staffId, registrationId});
    else
        m_db.run(QStringLiteral(
                     "UPDATE creon_registrations SET withdrawn_at = ?, version = version + 1, updated_at "
                     "= ?, staff_id = ? WHERE id = ?"),
                 {now, now, staffId, registrationId});
    queue(registrationId);
}

void CreonRegistry::sync(const QString &source, qint64 sourceId, qint64 pupilId,
                         const QList<DerivedItem> &desired, qint64 staffId)
{
    struct Existing
    {
        qint64 id;
        DerivedItem item;
        bool withdrawn;
    };
    QList<Existing> existing;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT id, item_code, registered_on, contact, value, withdrawn_at FROM "
                                "creon_registrations WHERE source = ? AND source_id = ?"),
                 {source, sourceId});
    while (q.next())
        existing.append({q.value(0).toLongLong(),
                         {q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                          q.value(3).toString(),
                          QJsonDocument::fromJson("[" + q.value(4).toString().toUtf8() + "]").array().at(0)},
                         !q.value(5).isNull()});
    for (const DerivedItem &d : desired) {
        const auto it = std::find_if(existing.begin(), existing.end(),
                                     [&](const Existing &e) { return e.item.itemCode == d.itemCode; });
        if (it == existing.end())
            insert(pupilId, source, sourceId, d, staffId);
        else if (it->withdrawn || !(it->item == d))
            update(it->id, &d, staffId);
    }
    for (const Existing &e : std::as_const(existing)) {
        const bool wanted = std::any_of(desired.begin(), desired.end(),
                                        [&](const DerivedItem &d) { return d.itemCode == e.item.itemCode; });
        if (!wanted && !e.withdrawn)
            update(e.id, nullptr, staffId);
    }
}

void CreonRegistry::measurementChanged(qint64 measurementId, qint64 staffId)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT m.pupil_id, p.sex, m.contact, m.measured_on, m.height_cm, m.weight_kg, "
            "m.far_vision_left, m.far_vision_right, m.eye_alignment, m.depth_vision, m.colour_vision, "
            "m.hearing_audiometry, m.hearing_speech_in_noise, m.puberty_stage, m.oral_health, "
            "m.withdrawn_at FROM measurements m JOIN pupils p ON p.id = m.pupil_id WHERE m.id = ?"),
        {measurementId});
    if (!q.next())
        return;
    const qint64 pupilId = q.value(0).toLongLong();
    QList<DerivedItem> desired;
    if (q.value(15).isNull()) {
        models::Measurement m;
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
        m.oralHealth = q.value(14).toString();
        desired = CreonDerivation::fromMeasurement(m, q.value(1).toString(), rules());
    }
    sync(QStringLiteral("measurement"), measurementId, pupilId, desired, staffId);
}

void CreonRegistry::activityChanged(qint64 activityId, qint64 staffId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT pupil_id, activity_date, function_code, subject_code FROM "
                                          "activities WHERE id = ?"),
                           {activityId});
    QList<DerivedItem> desired;
    qint64 pupilId = 0;
    if (q.next()) {
        pupilId = q.value(0).toLongLong();
        models::Activity a;
        a.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        a.function = q.value(2).toString();
        a.subjectCode = q.value(3).toString();
        desired = CreonDerivation::fromActivity(a, rules());
    }
    sync(QStringLiteral("activity"), activityId, pupilId, desired, staffId);
}

void CreonRegistry::activityWithdrawn(qint64 activityId, qint64 staffId)
{
    sync(QStringLiteral("activity"), activityId, 0, {}, staffId);
}

int CreonRegistry::deriveExisting(const QDate &since)
{
    QList<std::pair<qint64, qint64>> measurements, activities;
    QSqlQuery m =
        m_db.run(QStringLiteral("SELECT id, staff_id FROM measurements m WHERE measured_on >= ? AND "
                                "withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM creon_registrations r "
                                "WHERE r.source = 'measurement' AND r.source_id = m.id) ORDER BY id"),
                 {since.toString(Qt::ISODate)});
    while (m.next())
        measurements.append({m.value(0).toLongLong(), m.value(1).toLongLong()});
    QSqlQuery a =
        m_db.run(QStringLiteral("SELECT id, staff_id FROM activities a WHERE activity_date >= ? AND "
                                "withdrawn_at IS NULL AND NOT "
                                "EXISTS (SELECT 1 FROM creon_registrations r WHERE r.source = 'activity' "
                                "AND r.source_id = a.id) ORDER BY id"),
                 {since.toString(Qt::ISODate)});
    while (a.next())
        activities.append({a.value(0).toLongLong(), a.value(1).toLongLong()});
    QSqlQuery before = m_db.run(QStringLiteral("SELECT COUNT(*) FROM creon_registrations"));
    before.next();
    for (const auto &[id, staff] : std::as_const(measurements))
        measurementChanged(id, staff);
    for (const auto &[id, staff] : std::as_const(activities))
        activityChanged(id, staff);
    QSqlQuery after = m_db.run(QStringLiteral("SELECT COUNT(*) FROM creon_registrations"));
    after.next();
    return int(after.value(0).toLongLong() - before.value(0).toLongLong());
}

qint64 CreonRegistry::registerManual(qint64 pupilId, const QString &itemCode, const QDate &date,
                                     const QJsonValue &value, qint64 activityId, qint64 staffId)
{
    const qint64 id =
        insert(pupilId, QStringLiteral("manual"), 0, {itemCode, date, QString(), value}, staffId);
    if (activityId)
        m_db.run(QStringLiteral("UPDATE creon_registrations SET activity_id = ? WHERE id = ?"),
                 {activityId, id});
    return id;
}

void CreonRegistry::correctManual(qint64 registrationId, const QDate &date, const QJsonValue &value,
                                  qint64 staffId)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT item_code FROM creon_registrations WHERE id = ?"), {registrationId});
    if (!q.next())
        throw store::DbError(QStringLiteral("registration %1 vanished").arg(registrationId));
    const DerivedItem item{q.value(0).toString(), date, QString(), value};
    update(registrationId, &item, staffId);
}

void CreonRegistry::withdraw(qint64 registrationId, qint64 staffId)
{
    update(registrationId, nullptr, staffId);
}

void CreonRegistry::resubmit(qint64 registrationId, qint64 staffId)
{
    m_db.run(
        QStringLiteral("UPDATE creon_registrations SET version = version + 1, updated_at = ?, staff_id = ? "
                       "WHERE id = ?"),
        {store::Database::now(), staffId, registrationId});
    queue(registrationId);
}

} // namespace lars::server::creon
