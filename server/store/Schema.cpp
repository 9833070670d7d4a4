#include "server/store/Schema.h"

#include "server/auth/OidcLoginStore.h"
#include "server/creon/CreonSchema.h"
#include "server/store/AuditStore.h"
#include "server/store/PupilSearchIndex.h"
#include "server/store/ReferralStore.h"
#include "server/store/TokenStore.h"

namespace lars::server::store {

namespace {

QString literal(const QString &s)
{
    QString escaped = s;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QStringList tables()
{
    return {
        QStringLiteral(
            "CREATE TABLE clbs (id {ID}, name TEXT NOT NULL UNIQUE, address TEXT NOT NULL DEFAULT '', "
            "phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT "
            "'')"),
        QStringLiteral(
            "CREATE TABLE clb_branding (clb_id BIGINT PRIMARY KEY REFERENCES clbs(id), "
            "primary_colour TEXT NOT NULL, accent_colour TEXT NOT NULL, version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE clb_logos (id {ID}, clb_id BIGINT NOT NULL REFERENCES clbs(id), name "
                       "TEXT NOT NULL, "
                       "mime_type TEXT NOT NULL, data {BLOB} NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE staff (id {ID}, national_number TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL, "
            "last_name TEXT NOT NULL, profession TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE staff_clbs (staff_id BIGINT NOT NULL REFERENCES staff(id), clb_id BIGINT NOT NULL "
            "REFERENCES clbs(id), gsm TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
            "email TEXT NOT NULL DEFAULT '', version BIGINT NOT NULL DEFAULT 1, PRIMARY KEY (staff_id, "
            "clb_id))"),
        QStringLiteral(
            "CREATE TABLE schools (id {ID}, clb_id BIGINT NOT NULL REFERENCES clbs(id), name TEXT NOT NULL, "
            "address TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE classes (id {ID}, school_id BIGINT NOT NULL REFERENCES schools(id), "
                       "name TEXT NOT NULL, grade TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE teams (id {ID}, clb_id BIGINT NOT NULL REFERENCES clbs(id), name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE team_members (team_id BIGINT NOT NULL REFERENCES teams(id), staff_id BIGINT NOT "
            "NULL REFERENCES staff(id), PRIMARY KEY (team_id, staff_id))"),
        QStringLiteral("CREATE INDEX team_members_staff ON team_members (staff_id, team_id)"),
        QStringLiteral(
            "CREATE TABLE team_schools (team_id BIGINT NOT NULL REFERENCES teams(id), school_id BIGINT NOT "
            "NULL REFERENCES schools(id), PRIMARY KEY (team_id, school_id))"),
        QStringLiteral(
            "CREATE TABLE pupils (id {ID}, national_number TEXT UNIQUE, bis_number TEXT UNIQUE, "
            "first_name TEXT NOT NULL, last_name TEXT NOT NULL, birth_date TEXT NOT NULL, sex TEXT NOT NULL, "
            "school_id BIGINT NOT NULL REFERENCES schools(id), class_id BIGINT REFERENCES classes(id), "
            "bridging_help INTEGER NOT NULL DEFAULT 0, version BIGINT NOT NULL DEFAULT 1, "
            "created_at TEXT NOT NULL)"),
        // Search: two rows per pupil ("last first" and "first last"), keyed by the CLB that serves the
        // school. The primary key IS the sort order of the results, so a page is one index range scan
        // whatever the length of the prefix (see docs/benchmarks.md).
        QStringLiteral("CREATE TABLE pupil_search (clb_id BIGINT NOT NULL, search_key {KEYTEXT} NOT NULL, "
                       "pupil_id BIGINT NOT NULL REFERENCES pupils(id), school_id BIGINT NOT NULL, "
                       "birth_date TEXT NOT NULL, PRIMARY KEY (clb_id, search_key, pupil_id))"),
        QStringLiteral(
            "CREATE INDEX pupil_search_birth ON pupil_search (clb_id, birth_date, search_key, pupil_id)"),
        QStringLiteral("CREATE INDEX pupil_search_pupil ON pupil_search (pupil_id)"),
        QStringLiteral(
            "CREATE TABLE parent_heights (pupil_id BIGINT PRIMARY KEY REFERENCES pupils(id), "
            "father_cm {REAL}, mother_cm {REAL}, father_changed_by BIGINT REFERENCES staff(id), "
            "father_changed_at TEXT, mother_changed_by BIGINT REFERENCES staff(id), mother_changed_at TEXT, "
            "version BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE measurements (id {ID}, pupil_id BIGINT NOT NULL REFERENCES pupils(id), "
            "contact TEXT NOT NULL, measured_on TEXT NOT NULL, height_cm {REAL}, weight_kg {REAL}, "
            "far_vision_left {REAL}, far_vision_right {REAL}, eye_alignment TEXT, depth_vision TEXT, "
            "colour_vision TEXT, hearing_audiometry TEXT, hearing_speech_in_noise TEXT, puberty_stage TEXT, "
            "vaccination_status TEXT, staff_id BIGINT NOT NULL REFERENCES staff(id), clb_id BIGINT NOT NULL, "
            "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX measurements_pupil ON measurements (pupil_id, measured_on, id)"),
        QStringLiteral("CREATE TABLE activity_functions (code TEXT PRIMARY KEY, label TEXT NOT NULL, "
                       "sort INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE hub_categories (code TEXT PRIMARY KEY, label TEXT NOT NULL, sort INTEGER NOT NULL, "
            "active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE hub_details (category_code TEXT NOT NULL REFERENCES hub_categories(code), "
            "code TEXT NOT NULL, label TEXT NOT NULL, sort INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT "
            "1, "
            "PRIMARY KEY (category_code, code))"),
        QStringLiteral(
            "CREATE TABLE activities (id {ID}, pupil_id BIGINT NOT NULL REFERENCES pupils(id), "
            "clb_id BIGINT NOT NULL REFERENCES clbs(id), staff_id BIGINT NOT NULL REFERENCES staff(id), "
            "activity_date TEXT NOT NULL, function_code TEXT NOT NULL REFERENCES activity_functions(code), "
            "subject TEXT NOT NULL, duration_minutes INTEGER NOT NULL, body TEXT NOT NULL, "
            "hub_direction TEXT, hub_category TEXT, hub_detail TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX activities_pupil ON activities (pupil_id, activity_date, id)"),
        QStringLiteral(
            "CREATE TABLE attests (id {ID}, pupil_id BIGINT NOT NULL REFERENCES pupils(id), "
            "activity_id BIGINT NOT NULL REFERENCES activities(id), type TEXT NOT NULL, "
            "activity_date TEXT NOT NULL, body TEXT NOT NULL, staff_id BIGINT NOT NULL REFERENCES staff(id), "
            "clb_id BIGINT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX attests_pupil ON attests (pupil_id, id)"),
        QStringLiteral(
            "CREATE TABLE creon_items (code TEXT PRIMARY KEY, label TEXT NOT NULL, recipient TEXT NOT NULL, "
            "sort INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE creon_registrations (id {ID}, pupil_id BIGINT NOT NULL REFERENCES pupils(id), "
            "item_code TEXT NOT NULL REFERENCES creon_items(code), value TEXT NOT NULL, "
            "registered_on TEXT NOT NULL, activity_id BIGINT REFERENCES activities(id), "
            "staff_id BIGINT NOT NULL REFERENCES staff(id), clb_id BIGINT NOT NULL, created_at TEXT NOT "
            "NULL, "
            "sent_at TEXT)"),
        QStringLiteral("CREATE INDEX creon_registrations_pupil ON creon_registrations (pupil_id, id)"),
        QStringLiteral("CREATE INDEX creon_registrations_unsent ON creon_registrations (sent_at, id)"),
        QStringLiteral(
            "CREATE TABLE audit_log (id {ID}, at TEXT NOT NULL, staff_id BIGINT, clb_id BIGINT, "
            "pupil_id BIGINT, action TEXT NOT NULL, detail TEXT NOT NULL, request_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_pupil ON audit_log (pupil_id, id)"),
        QStringLiteral("CREATE INDEX audit_log_staff ON audit_log (staff_id, id)"),
        // Bearer tokens: only the SHA-256 of the token is stored. origin says who minted it ("test",
        // later "eid", "oidc"); the eID login inserts rows of the same shape.
        QStringLiteral(
            "CREATE TABLE auth_tokens (token_hash TEXT PRIMARY KEY, staff_id BIGINT NOT NULL REFERENCES "
            "staff(id), clb_id BIGINT NOT NULL REFERENCES clbs(id), origin TEXT NOT NULL, "
            "created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT)"),
        QStringLiteral("CREATE INDEX auth_tokens_expiry ON auth_tokens (expires_at)"),
        // Single-use login nonces for the eID challenge (used by the eID login issue).
        QStringLiteral("CREATE TABLE auth_nonces (nonce TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
                       "expires_at TEXT NOT NULL, used_at TEXT)"),
        QStringLiteral("CREATE TABLE idempotency_keys (staff_id BIGINT NOT NULL, idem_key TEXT NOT NULL, "
                       "request_hash TEXT NOT NULL, status INTEGER NOT NULL, response TEXT NOT NULL, "
                       "location TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (staff_id, idem_key))"),
        QStringLiteral("CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at)"),
    };
}

QStringList referenceData()
{
    QStringList out;
    const QList<std::pair<QString, QString>> functions = {
        {QStringLiteral("onthaal"), QStringLiteral("Onthaal")},
        {QStringLiteral("vraagverheldering"), QStringLiteral("Vraagverheldering")},
        {QStringLiteral("begeleiding"), QStringLiteral("Begeleiding")},
        {QStringLiteral("consult"), QStringLiteral("Systematisch contact")},
        {QStringLiteral("draaischijf"), QStringLiteral("Draaischijffunctie")},
        {QStringLiteral("overleg"), QStringLiteral("Overleg")},
    };
    for (int i = 0; i < functions.size(); ++i)
        out << QStringLiteral("INSERT INTO activity_functions (code, label, sort) VALUES (%1, %2, %3)")
                   .arg(literal(functions[i].first), literal(functions[i].second))
                   .arg(i + 1);

    struct Category
    {
        const char *code;
        const char *label;
        QList<std::pair<const char *, const char *>> details;
    };
    const QList<Category> hub = {
        {"juridisch",
         "Juridisch",
         {{"jeugdrechtbank", "jeugdrechtbank"},
          {"sdj", "sociale dienst jeugdrechtbank (SDJ)"},
          {"politie", "politie"},
          {"parket", "parket"},
          {"jeugdadvocaat", "jeugdadvocaat"}}},
        {"medisch",
         "Medisch",
         {{"huisarts", "huisarts"},
          {"kinderarts", "kinderarts"},
          {"oogarts", "oogarts"},
          {"nko-arts", "NKO-arts"},
          {"ziekenhuis", "ziekenhuis"},
          {"arts-specialist", "andere arts-specialist"}}},
        {"geestelijke-gezondheid",
         "Geestelijke gezondheid",
         {{"cgg", "centrum geestelijke gezondheidszorg (CGG)"},
          {"kinderpsychiater", "kinder- en jeugdpsychiater"},
          {"psycholoog", "psycholoog/psychotherapeut"},
          {"k-dienst", "K-dienst"}}},
        {"revalidatie",
         "Revalidatie en paramedisch",
         {{"car", "centrum ambulante revalidatie (CAR)"},
          {"logopedist", "logopedist"},
          {"kinesitherapeut", "kinesitherapeut"},
          {"ergotherapeut", "ergotherapeut"}}},
        {"welzijn",
         "Welzijn",
         {{"caw", "CAW"}, {"ocmw", "OCMW"}, {"opgroeien", "Opgroeien (Kind en Gezin)"}, {"jac", "JAC"}}},
        {"jeugdhulp",
         "Jeugdhulp",
         {{"itp", "intersectorale toegangspoort"},
          {"ocj", "ondersteuningscentrum jeugdzorg (OCJ)"},
          {"vk", "vertrouwenscentrum kindermishandeling (VK)"},
          {"mfc", "multifunctioneel centrum (MFC)"}}},
        {"onderwijs",
         "Onderwijs en ondersteuning",
         {{"ondersteuningsnetwerk", "ondersteuningsnetwerk"},
          {"andere-school", "andere school"},
          {"time-out", "time-out"},
          {"huisonderwijs", "huisonderwijs"}}},
    };
    for (int c = 0; c < hub.size(); ++c) {
        out << QStringLiteral("INSERT INTO hub_categories (code, label, sort) VALUES (%1, %2, %3)")
                   .arg(literal(QLatin1String(hub[c].code)), literal(QString::fromUtf8(hub[c].label)))
                   .arg(c + 1);
        for (int d = 0; d < hub[c].details.size(); ++d)
            out << QStringLiteral(
                       "INSERT INTO hub_details (category_code, code, label, sort) VALUES (%1, %2, %3, %4)")
                       .arg(literal(QLatin1String(hub[c].code)),
                            literal(QLatin1String(hub[c].details[d].first)),
                            literal(QString::fromUtf8(hub[c].details[d].second)))
                       .arg(d + 1);
    }

    const QList<std::tuple<const char *, const char *, const char *>> creon = {
        {"lengte", "lengte", "AZG"},
        {"gewicht", "gewicht", "AZG"},
        {"gezichtsscherpte-afstand", "gezichtsscherpte op afstand", "AZG"},
        {"oogstand", "oogstand", "AZG"},
        {"dieptezicht", "dieptezicht", "AZG"},
        {"kleurzin", "kleurzin", "AZG"},
        {"puberteit-jongens", "pubertaire ontwikkeling (jongens)", "AZG"},
        {"puberteit-meisjes", "pubertaire ontwikkeling (meisjes)", "AZG"},
        {"gehoor-audiometrie", "gehoor: audiometrie", "AZG"},
        {"gehoor-spraak-in-ruis", "gehoor: spraak-in-ruistest", "AZG"},
        {"mondgezondheid", "mondgezondheid", "AZG"},
        {"pesten", "pesten en gepest worden", "ONDERWIJS"},
        {"problematische-afwezigheden", "problematische afwezigheden", "ONDERWIJS"},
        {"lezen-spellen", "lezen en spellen", "ONDERWIJS"},
        {"attest-buitengewoon-onderwijs", "attest / verslag buitengewoon onderwijs", "ONDERWIJS"},
        {"advies-overstap-lager", "advies overstap lager onderwijs", "ONDERWIJS"},
        {"advies-overstap-secundair", "advies overstap secundair onderwijs", "ONDERWIJS"},
        {"attest-revalidatie-lestijden", "attest revalidatie tijdens de lestijden", "ONDERWIJS"},
        {"definitieve-uitsluiting", "definitieve uitsluiting", "ONDERWIJS"},
        {"huisonderwijs-contacten", "systematische contacten bij huisonderwijs", "ONDERWIJS"},
    };
    for (int i = 0; i < creon.size(); ++i)
        out << QStringLiteral(
                   "INSERT INTO creon_items (code, label, recipient, sort) VALUES (%1, %2, %3, %4)")
                   .arg(literal(QLatin1String(std::get<0>(creon[i]))),
                        literal(QString::fromUtf8(std::get<1>(creon[i]))),
                        literal(QLatin1String(std::get<2>(creon[i]))))
                   .arg(i + 1);
    return out;
}

} // namespace

QList<Migration> Schema::migrations(Database::Dialect dialect)
{
    const bool pg = dialect == Database::Dialect::Postgres;
    QStringList v1 = tables();
    for (QString &s : v1) {
        s.replace(QLatin1String("{ID}"),
                  pg ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                     : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        s.replace(QLatin1String("{BLOB}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
        s.replace(QLatin1String("{REAL}"), pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
        // Byte-wise collation so that the index order is the order of the application's search keys.
        s.replace(QLatin1String("{KEYTEXT}"),
                  pg ? QLatin1String("TEXT COLLATE \"C\"") : QLatin1String("TEXT"));
    }
    return {
        {1, QStringLiteral("initial schema"), v1},
        {2, QStringLiteral("reference data: activity functions, draaischijf nomenclature, CREON items"),
         referenceData()},
        // Covering search indexes: the school filter is answered from the index, so a page is an
        // index-only range scan in result order (PostgreSQL otherwise fetched heap rows and, when it
        // underestimated a prefix, sorted thousands of them: 200 ms p95 at 1.2 M pupils).
        {3,
         QStringLiteral("covering pupil search indexes"),
         {QStringLiteral(
              "CREATE INDEX pupil_search_cover ON pupil_search (clb_id, search_key, pupil_id, school_id)"),
          QStringLiteral(
              "CREATE INDEX pupil_search_birth_cover ON pupil_search (clb_id, birth_date, search_key, "
              "pupil_id, school_id)"),
          QStringLiteral("DROP INDEX pupil_search_birth")}},
        // Rate limits live in the database so that N server processes share one budget per client.
        {4,
         QStringLiteral("rate limits shared by the server processes"),
         {QStringLiteral("CREATE TABLE rate_limits (bucket TEXT NOT NULL, subject TEXT NOT NULL, "
                         "window_start BIGINT NOT NULL, hits BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
                         "PRIMARY KEY (bucket, subject, window_start))"),
          QStringLiteral("CREATE INDEX rate_limits_expiry ON rate_limits (expires_at)")}},
        // Whom a staff member without a team asks: the CLB's local administrator(s), named in /me.
        {5,
         QStringLiteral("local administrators of a CLB"),
         {QStringLiteral("ALTER TABLE staff_clbs ADD COLUMN local_admin INTEGER NOT NULL DEFAULT 0")}},
        {6,
         QStringLiteral("CREON delivery: rules, subjects, versioned registrations, outbox, batches, lease"),
         creon::CreonSchema::migration(pg)},
        // The advice for the parents typed per systematic contact (the parent letter prints exactly it).
        {7,
         QStringLiteral("typed advice per systematic contact"),
         {QStringLiteral(
              "CREATE TABLE consult_advice (measurement_id BIGINT PRIMARY KEY REFERENCES "
              "measurements(id), pupil_id BIGINT NOT NULL REFERENCES pupils(id), text TEXT NOT NULL, "
              "version BIGINT NOT NULL, changed_by BIGINT NOT NULL REFERENCES staff(id), "
              "changed_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX consult_advice_pupil ON consult_advice (pupil_id)")}},
        {8, QStringLiteral("referrals with the parents' consent; attest types"),
         ReferralStore::migration(pg)},
        {9, QStringLiteral("government login: attempts and one-time codes"),
         auth::OidcLoginStore::migration()},
        // The language the CLB writes to a pupil's parents in (the parent letter's); Dutch unless known.
        {11,
         QStringLiteral("pupil contact language"),
         {QStringLiteral("ALTER TABLE pupils ADD COLUMN contact_language TEXT NOT NULL DEFAULT 'nl' CHECK "
                         "(contact_language IN ('nl', 'fr', 'en', 'de'))")}},
        // The author corrects or withdraws a journal activity: a new version; the one it replaces is kept.
        {10,
         QStringLiteral("journal corrections: activity versions, withdrawn activities"),
         {QStringLiteral("ALTER TABLE activities ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
          QStringLiteral("ALTER TABLE activities ADD COLUMN withdrawn_at TEXT"),
          QStringLiteral("ALTER TABLE activities ADD COLUMN changed_at TEXT"),
          QStringLiteral("ALTER TABLE activities ADD COLUMN change_reason TEXT"),
          QStringLiteral(
              "CREATE TABLE activity_versions (activity_id BIGINT NOT NULL REFERENCES activities(id), "
              "version BIGINT NOT NULL, activity_date TEXT NOT NULL, function_code TEXT NOT NULL, "
              "subject TEXT NOT NULL, subject_code TEXT, duration_minutes INTEGER NOT NULL, body TEXT NOT "
              "NULL, hub_direction TEXT, hub_category TEXT, hub_detail TEXT, withdrawn INTEGER NOT NULL, "
              "written_at TEXT NOT NULL, reason TEXT, staff_id BIGINT NOT NULL REFERENCES staff(id), "
              "PRIMARY KEY (activity_id, version))")}},
        // The pupils a search listed, appended per search and indexed per pupil in batches (AuditStore).
        {12, QStringLiteral("search listings in the audit log, per search and per pupil"),
         AuditStore::migration(pg)},
        // Token scopes kept by each process while nothing they are made of changed (TokenStore).
        {13, QStringLiteral("authorisation epoch for cached token scopes"), TokenStore::migration(pg)},
        // A result page read from the search index alone, kept exact by triggers (PupilSearchIndex).
        {14, QStringLiteral("pupil search index carries the listed fields"), PupilSearchIndex::migration(pg)},
        // The listings indexed per pupil in the search's own transaction instead of copied in batches.
        {15, QStringLiteral("search listings indexed per pupil as they are written"),
         AuditStore::listingIndexMigration(pg)},
    };
}

} // namespace lars::server::store
