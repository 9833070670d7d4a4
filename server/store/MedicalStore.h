#pragma once
// The medical data of pupils in the database: measurements of the systematic contacts and the parents'
// heights, with one row mapper each (a pupil's dossier and a whole class read the same columns). A
// consult's results are corrected as new versions and withdrawn by a stamp: withdrawn ones are kept (the
// audit trail and CREON's withdrawal refer to them) but are no longer part of any dossier.
#include "models/Measurement.h"
#include "models/ParentHeights.h"
#include "server/store/Database.h"

#include <QHash>

namespace lars::server::store {

class MedicalStore final
{
public:
    explicit MedicalStore(Database &db)
        : m_db(db)
    {}

    QList<models::Measurement> measurements(qint64 pupilId); // not withdrawn
    // Every measurement of every pupil of a class, by pupil id.
    QHash<qint64, QList<models::Measurement>> measurementsOfClass(qint64 classId);
    qint64 insertMeasurement(const models::Measurement &m, qint64 pupilId, qint64 staffId, qint64 clbId,
                             const QString &createdAt);
    std::optional<models::Measurement> measurement(qint64 measurementId, qint64 pupilId); // not withdrawn
    // The current version of a measurement of this pupil that is not withdrawn.
    std::optional<qint64> measurementVersion(qint64 measurementId, qint64 pupilId);
    // Writes the results of m over `version` as version + 1; false when another writer came first.
    bool correctMeasurement(const models::Measurement &m, qint64 version);
    void withdrawMeasurement(qint64 measurementId, const QString &now);

    // Version 0 when nothing was entered yet.
    models::ParentHeights parentHeights(qint64 pupilId);
    // Father and mother height of every pupil of a class that has them, by pupil id.
    QHash<qint64, std::pair<std::optional<double>, std::optional<double>>>
    parentHeightsOfClass(qint64 classId);
    // Writes the heights and who changed each one when; only over `current` (its version). False when
    // another writer came first.
    bool writeParentHeights(qint64 pupilId, const models::ParentHeights &current,
                            const models::ParentHeights &wanted, qint64 staffId, const QString &now);

private:
    Database &m_db;
};

} // namespace lars::server::store
