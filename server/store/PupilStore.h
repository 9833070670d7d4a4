#pragma once
// Pupils in the database: the one row mapper of a pupil with its school and class (used by the dossier,
// search and class lists), and the attribute change with its optimistic version check.
#include "models/Pupil.h"
#include "server/store/Database.h"

#include <optional>

namespace lars::server::store {

class PupilStore final
{
public:
    explicit PupilStore(Database &db)
        : m_db(db)
    {}

    struct SchoolClass
    {
        qint64 id = 0;
        QString name;
        QString grade;
        qint64 schoolId = 0;
        QString schoolName;
    };

    std::optional<models::Pupil> find(qint64 id);
    std::optional<SchoolClass> findClass(qint64 classId);
    // The pupils with these ids, in the order given (ids without a pupil are left out).
    QList<models::Pupil> findMany(const QList<qint64> &ids);
    // Every pupil of a class, by name.
    QList<models::Pupil> inClass(qint64 classId);
    // Sets overbruggingshulp when the row still has this version; false when someone changed it first.
    bool setBridgingHelp(qint64 id, bool on, qint64 version);

    // "SELECT <pupil columns> FROM pupils p JOIN schools sc ... LEFT JOIN classes c ..." and its mapper.
    // fromRow() reads the pupil's columns from index `first` (0 unless the statement selects others
    // before them; the search index's rows have them in the same order: PupilSearchIndex::listColumns).
    static QString select();
    static models::Pupil fromRow(const QSqlQuery &q, int first = 0);

private:
    Database &m_db;
};

} // namespace lars::server::store
