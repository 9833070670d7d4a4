#pragma once
// The medical data of one class for its parent letters (GET /classes/{id}/medical): every pupil with
// their consults and their parents' heights, and which consults (contact and school year) the class had.
#include "models/Measurement.h"
#include "models/ParentHeights.h"
#include "models/Pupil.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace lars::models {

struct ClassMedical
{
    struct Entry
    {
        Pupil pupil;
        QList<Measurement> measurements;
        ParentHeights heights;
    };
    // A systematic contact in one school year, e.g. L4 in 2025-2026.
    struct Consult
    {
        QString contact;
        int schoolYear = 0; // the calendar year the school year starts in (1 September)
        bool operator==(const Consult &other) const = default;
    };

    qint64 classId = 0;
    QString className;
    QString schoolName;
    QList<Entry> pupils;

    static ClassMedical fromJson(const QJsonObject &o);
    // The school year a date falls in: from 1 September to 31 August.
    static int schoolYearOf(const QDate &date);
    // "2025-2026".
    static QString schoolYearName(int schoolYear);
    // The consults of this class's pupils, most recent school year first.
    QList<Consult> consults() const;
    // This pupil's consult of that contact in that school year (the latest, if entered twice); never
    // one of another year or contact.
    static std::optional<Measurement> consultOf(const Entry &entry, const Consult &consult);
};

} // namespace lars::models
