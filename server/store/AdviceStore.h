#pragma once
// The typed advice per systematic contact (consult_advice, one row per measurement once written): kept
// exactly as typed, versioned for If-Match, with who changed it last and when.
#include "models/ConsultAdvice.h"
#include "server/store/Database.h"

#include <QHash>

namespace lars::server::store {

class AdviceStore final
{
public:
    explicit AdviceStore(Database &db)
        : m_db(db)
    {}

    // Version 0 (empty text) when nothing was written yet.
    models::ConsultAdvice advice(qint64 measurementId);
    // The advice of every consult of a pupil / of every pupil of a class, by measurement id.
    QHash<qint64, models::ConsultAdvice> ofPupil(qint64 pupilId);
    QHash<qint64, models::ConsultAdvice> ofClass(qint64 classId);
    // Writes text over `currentVersion` as currentVersion + 1; false when another writer came first.
    bool write(qint64 measurementId, qint64 pupilId, qint64 currentVersion, const QString &text,
               qint64 staffId, const QString &now);

private:
    QHash<qint64, models::ConsultAdvice> byMeasurement(QSqlQuery &q);

    Database &m_db;
};

} // namespace lars::server::store
