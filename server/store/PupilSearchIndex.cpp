#include "server/store/PupilSearchIndex.h"

#include <array>
#include <utility>

namespace lars::server::store {

namespace {

// The copied fields and where each comes from (p: pupils, sc: schools, c: classes). clb_id, school_id and
// birth_date were in the index before (the scope and the birth-date filter); they follow the pupil too.
constexpr std::array<std::pair<const char *, const char *>, 14> copied{{
    {"clb_id", "sc.clb_id"},
    {"school_id", "p.school_id"},
    {"birth_date", "p.birth_date"},
    {"national_number", "p.national_number"},
    {"bis_number", "p.bis_number"},
    {"first_name", "p.first_name"},
    {"last_name", "p.last_name"},
    {"sex", "p.sex"},
    {"school_name", "sc.name"},
    {"class_id", "p.class_id"},
    {"class_name", "c.name"},
    {"bridging_help", "p.bridging_help"},
    {"version", "p.version"},
    {"contact_language", "p.contact_language"},
}};

// Where a pupil's fields come from: `pupils` is the table (or transition table) of the pupils.
QString sources(const QString &pupils)
{
    return QStringLiteral("FROM %1 p JOIN schools sc ON sc.id = p.school_id "
                          "LEFT JOIN classes c ON c.id = p.class_id")
        .arg(pupils);
}

// The copied columns (false) or their sources (true), in one order.
QString joined(bool source)
{
    QStringList out;
    for (const auto &[column, from] : copied)
        out << QLatin1String(source ? from : column);
    return out.join(QStringLiteral(", "));
}

QString assignments()
{
    QStringList out;
    for (const auto &[column, source] : copied)
        out << QLatin1String(column) + QStringLiteral(" = ") + QLatin1String(source);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString PupilSearchIndex::listColumns()
{
    return QStringLiteral("pupil_id, national_number, bis_number, first_name, last_name, birth_date, sex, "
                          "school_id, school_name, class_id, class_name, bridging_help, version, clb_id, "
                          "contact_language");
}

QStringList PupilSearchIndex::migration(bool postgres)
{
    // The list fields may be left out of an INSERT (the trigger fills them in), so they are nullable.
    // PostgreSQL: the primary key INCLUDEs them, so a page is an index-only scan in result order; SQLite:
    // the table is its primary key (WITHOUT ROWID), so a page is a range of the table itself. The old
    // narrow covering index (clb_id, search_key, pupil_id, school_id) is gone with the old table.
    const QString table = QStringLiteral(
        "CREATE TABLE pupil_search_list (clb_id BIGINT NOT NULL, search_key %1 NOT NULL, pupil_id BIGINT "
        "NOT NULL%2, school_id BIGINT NOT NULL, birth_date TEXT NOT NULL, national_number TEXT, bis_number "
        "TEXT, first_name TEXT, last_name TEXT, sex TEXT, school_name TEXT, class_id BIGINT, class_name "
        "TEXT, bridging_help INTEGER, version BIGINT, contact_language TEXT, PRIMARY KEY (clb_id, "
        "search_key, pupil_id)%3)%4");
    QStringList out{
        postgres ? table.arg(QStringLiteral("TEXT COLLATE \"C\""), QString(),
                             QStringLiteral(" INCLUDE (school_id, birth_date, national_number, bis_number, "
                                            "first_name, last_name, sex, school_name, class_id, class_name, "
                                            "bridging_help, version, contact_language)"),
                             QString())
                 : table.arg(QStringLiteral("TEXT"), QStringLiteral(" REFERENCES pupils(id)"), QString(),
                             QStringLiteral(" WITHOUT ROWID")),
        // Existing databases: every key row gets its pupil's fields, written in key order (one sorted
        // pass instead of an UPDATE of every row).
        QStringLiteral("INSERT INTO pupil_search_list (search_key, pupil_id, %1) SELECT ps.search_key, "
                       "ps.pupil_id, %2 FROM pupil_search ps JOIN pupils p ON p.id = ps.pupil_id "
                       "JOIN schools sc ON sc.id = p.school_id LEFT JOIN classes c ON c.id = p.class_id "
                       "ORDER BY sc.clb_id, ps.search_key, ps.pupil_id")
            .arg(joined(false), joined(true)),
        QStringLiteral("DROP TABLE pupil_search"),
        QStringLiteral("ALTER TABLE pupil_search_list RENAME TO pupil_search"),
        QStringLiteral(
            "CREATE INDEX pupil_search_birth_cover ON pupil_search (clb_id, birth_date, search_key, "
            "pupil_id, school_id)"),
        QStringLiteral("CREATE INDEX pupil_search_pupil ON pupil_search (pupil_id)"),
        // A school's or a class's new name reaches its pupils' rows through these.
        QStringLiteral("CREATE INDEX pupils_school ON pupils (school_id)"),
        QStringLiteral("CREATE INDEX pupils_class ON pupils (class_id)"),
        // The planner's statistics went with the old table: without them SQLite scans a whole prefix
        // for a birth-date search instead of using its index.
        QStringLiteral("ANALYZE pupil_search"),
    };
    if (postgres) {
        out << QStringLiteral("ALTER INDEX pupil_search_list_pkey RENAME TO pupil_search_pkey")
            << QStringLiteral("ALTER TABLE pupil_search ADD FOREIGN KEY (pupil_id) REFERENCES pupils(id)");
        // A row inserted without its list fields: filled in before it is written.
        QStringList targets;
        for (const auto &field : copied)
            targets << QStringLiteral("NEW.") + QLatin1String(field.first);
        out << QStringLiteral("CREATE FUNCTION pupil_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$ "
                              "BEGIN SELECT %1 INTO %2 %3 WHERE p.id = NEW.pupil_id; RETURN NEW; END $$")
                   .arg(joined(true), targets.join(QStringLiteral(", ")), sources(QStringLiteral("pupils")))
            << QStringLiteral("CREATE TRIGGER pupil_search_fill BEFORE INSERT ON pupil_search FOR EACH ROW "
                              "WHEN (NEW.first_name IS NULL) EXECUTE FUNCTION pupil_search_fill()");
        // Statement triggers with the changed rows as a table: one UPDATE per statement, also for an
        // import that changes thousands of pupils at once.
        out << QStringLiteral("CREATE FUNCTION pupil_search_follow_pupils() RETURNS trigger LANGUAGE plpgsql "
                              "AS $$ BEGIN UPDATE pupil_search ps SET %1 %2 WHERE ps.pupil_id = p.id; "
                              "RETURN NULL; END $$")
                   .arg(assignments(), sources(QStringLiteral("pupil_search_changed")))
            << QStringLiteral("CREATE TRIGGER pupil_search_follow_pupils AFTER UPDATE ON pupils REFERENCING "
                              "NEW TABLE AS pupil_search_changed FOR EACH STATEMENT EXECUTE FUNCTION "
                              "pupil_search_follow_pupils()")
            << QStringLiteral(
                   "CREATE FUNCTION pupil_search_follow_schools() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN UPDATE pupil_search ps SET clb_id = s.clb_id, school_name = s.name FROM "
                   "pupil_search_changed s JOIN pupil_search_before o ON o.id = s.id JOIN pupils p ON "
                   "p.school_id = s.id WHERE ps.pupil_id = p.id AND (s.name <> o.name OR s.clb_id <> "
                   "o.clb_id); RETURN NULL; END $$")
            << QStringLiteral(
                   "CREATE TRIGGER pupil_search_follow_schools AFTER UPDATE ON schools REFERENCING "
                   "OLD TABLE AS pupil_search_before NEW TABLE AS pupil_search_changed FOR EACH "
                   "STATEMENT EXECUTE FUNCTION pupil_search_follow_schools()")
            << QStringLiteral(
                   "CREATE FUNCTION pupil_search_follow_classes() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN UPDATE pupil_search ps SET class_name = s.name FROM pupil_search_changed s JOIN "
                   "pupil_search_before o ON o.id = s.id JOIN pupils p ON p.class_id = s.id WHERE "
                   "ps.pupil_id = p.id AND s.name <> o.name; RETURN NULL; END $$")
            << QStringLiteral(
                   "CREATE TRIGGER pupil_search_follow_classes AFTER UPDATE ON classes REFERENCING "
                   "OLD TABLE AS pupil_search_before NEW TABLE AS pupil_search_changed FOR EACH "
                   "STATEMENT EXECUTE FUNCTION pupil_search_follow_classes()");
        return out;
    }
    // SQLite has no BEFORE trigger that can change the row: the inserted row is completed right after.
    out << QStringLiteral("CREATE TRIGGER pupil_search_fill AFTER INSERT ON pupil_search WHEN NEW.first_name "
                          "IS NULL BEGIN UPDATE pupil_search SET (%1) = (SELECT %2 %3 WHERE p.id = "
                          "NEW.pupil_id) WHERE clb_id = NEW.clb_id AND search_key = NEW.search_key AND "
                          "pupil_id = NEW.pupil_id; END")
               .arg(joined(false), joined(true), sources(QStringLiteral("pupils")))
        << QStringLiteral("CREATE TRIGGER pupil_search_follow_pupils AFTER UPDATE ON pupils BEGIN UPDATE "
                          "pupil_search SET (%1) = (SELECT %2 %3 WHERE p.id = NEW.id) WHERE pupil_id = "
                          "NEW.id; END")
               .arg(joined(false), joined(true), sources(QStringLiteral("pupils")))
        << QStringLiteral(
               "CREATE TRIGGER pupil_search_follow_schools AFTER UPDATE OF clb_id, name ON schools "
               "BEGIN UPDATE pupil_search SET clb_id = NEW.clb_id, school_name = NEW.name WHERE "
               "pupil_id IN (SELECT id FROM pupils WHERE school_id = NEW.id); END")
        << QStringLiteral("CREATE TRIGGER pupil_search_follow_classes AFTER UPDATE OF name ON classes BEGIN "
                          "UPDATE pupil_search SET class_name = NEW.name WHERE pupil_id IN (SELECT id FROM "
                          "pupils WHERE class_id = NEW.id); END");
    return out;
}

} // namespace lars::server::store
