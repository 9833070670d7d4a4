#include "server/store/AdviceStore.h"

namespace lars::server::store {

namespace {

const char *const adviceColumns =
    "SELECT a.measurement_id, a.text, a.version, a.changed_by, s.first_name || ' ' || s.last_name, "
    "a.changed_at FROM consult_advice a JOIN staff s ON s.id = a.changed_by ";

models::ConsultAdvice adviceFromRow(const QSqlQuery &q)
{
    models::ConsultAdvice a;
    a.text = q.value(1).toString();
    a.version = q.value(2).toLongLong();
    a.changedBy = {q.value(3).toLongLong(), q.value(4).toString()};
    a.changedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

models::ConsultAdvice AdviceStore::advice(qint64 measurementId)
{
    QSqlQuery q = m_db.run(QLatin1String(adviceColumns) + QStringLiteral("WHERE a.measurement_id = ?"),
                           {measurementId});
    return q.next() ? adviceFromRow(q) : models::ConsultAdvice();
}

QHash<qint64, models::ConsultAdvice> AdviceStore::byMeasurement(QSqlQuery &q)
{
    QHash<qint64, models::ConsultAdvice> advice;
    while (q.next())
        advice.insert(q.value(0).toLongLong(), adviceFromRow(q));
    return advice;
}

QHash<qint64, models::ConsultAdvice> AdviceStore::ofPupil(qint64 pupilId)
{
    QSqlQuery q = m_db.run(QLatin1String(adviceColumns) + QStringLiteral("WHERE a.pupil_id = ?"), {pupilId});
    return byMeasurement(q);
}

QHash<qint64, models::ConsultAdvice> AdviceStore::ofClass(qint64 classId)
{
    QSqlQuery q = m_db.run(QLatin1String(adviceColumns) +
                               QStringLiteral("JOIN pupils p ON p.id = a.pupil_id WHERE p.class_id = ?"),
                           {classId});
    return byMeasurement(q);
}

bool AdviceStore::write(qint64 measurementId, qint64 pupilId, qint64 currentVersion, const QString &text,
                        qint64 staffId, const QString &now)
{
    if (currentVersion == 0) {
        // The first advice: the primary key lets only one of two concurrent first writers in.
        QSqlQuery insert(m_db.db());
        return m_db.tryRun(
            insert,
            QStringLiteral("INSERT INTO consult_advice (measurement_id, pupil_id, text, version, "
                           "changed_by, changed_at) VALUES (?, ?, ?, 1, ?, ?)"),
            {measurementId, pupilId, text, staffId, now});
    }
    QSqlQuery u = m_db.run(QStringLiteral("UPDATE consult_advice SET text = ?, version = version + 1, "
                                          "changed_by = ?, changed_at = ? WHERE measurement_id = ? AND "
                                          "version = ?"),
                           {text, staffId, now, measurementId, currentVersion});
    return u.numRowsAffected() == 1;
}

} // namespace lars::server::store
