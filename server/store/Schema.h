#pragma once
// The versioned schema: one list of migrations with the same tables, columns and indexes on SQLite and
// PostgreSQL (only type spellings differ). Reference data (nomenclature, CREON items) is seeded here
// and is editable in the database afterwards, without a release.
#include "server/store/Database.h"

#include <QStringList>

namespace lars::server::store {

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

class Schema final
{
public:
    static QList<Migration> migrations(Database::Dialect dialect);
};

} // namespace lars::server::store
