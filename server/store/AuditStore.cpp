#include "server/store/AuditStore.h"

#include "models/StaffRef.h"
#include "server/http/Request.h"

#include <QJsonObject>

namespace lars::server::store {

namespace {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString text(const QString &t)
{
    return t.isNull() ? QStringLiteral("") : t;
}

// The columns every view shows of an entry: a = audit_log, s = staff.
const char *const entryColumns = "a.id, a.at, a.staff_id, s.first_name || ' ' || s.last_name, a.clb_id";

QJsonObject entry(const QSqlQuery &q, const QString &action, const QString &detail)
{
    return {
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("at"), q.value(1).toString()},
        {QStringLiteral("staff"), models::StaffRef{q.value(2).toLongLong(), q.value(3).toString()}.toJson()},
        {QStringLiteral("clbId"), q.value(4).toLongLong()},
        {QStringLiteral("action"), action},
        {QStringLiteral("detail"), detail}};
}

// The searches that listed one pupil, newest first, with entry ids up to a bound (columns pupil_id,
// audit_id; values: listingsOfPupilValues). The per-pupil index is written in the search's own
// transaction, so one statement sees every committed listing exactly once, whichever process made it.
// SQLite: the full-text index keeps the entry id (rowid) order, so this is a range of it. PostgreSQL: the
// GIN index finds the pupil's listings unordered; "+ 0" keeps the planner from walking the whole table
// backwards by entry id instead and filtering (a pupil rarely listed would be a scan of every search).
QString listingsOfPupil(bool postgres)
{
    return postgres ? QStringLiteral("(SELECT CAST(? AS BIGINT) AS pupil_id, audit_id FROM audit_listings "
                                     "WHERE pupil_ids @> ARRAY[CAST(? AS BIGINT)] AND audit_id + 0 <= ? "
                                     "ORDER BY audit_id + 0 DESC LIMIT ?)")
                    : QStringLiteral("(SELECT CAST(? AS INTEGER) AS pupil_id, rowid AS audit_id FROM "
                                     "audit_listed_pupils WHERE audit_listed_pupils MATCH ? AND rowid <= ? "
                                     "ORDER BY rowid DESC LIMIT ?)");
}

QVariantList listingsOfPupilValues(bool postgres, qint64 pupilId, qint64 upTo, int limit)
{
    // The full-text query is the pupil's id as a word of the indexed list.
    return {pupilId, postgres ? QVariant(pupilId) : QVariant(QString::number(pupilId)), upTo, limit};
}

const QString listedAction = QStringLiteral("pupil.listed");
const QString listedDetail = QStringLiteral("in search results");
} // namespace

void AuditStore::record(const http::Request &request, qint64 pupilId, const QString &action,
                        const QString &detail)
{
    m_db.exec(
        QStringLiteral("INSERT INTO audit_log (at, staff_id, clb_id, pupil_id, action, detail, request_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {Database::now(), idOrNull(request.staffId), idOrNull(request.clbId), idOrNull(pupilId), action,
         text(detail), request.requestId});
}

void AuditStore::recordListing(const http::Request &request, const Listing &listing)
{
    const QVariantList entryValues{Database::now(), idOrNull(request.staffId), idOrNull(request.clbId),
                                   listing.action,  text(listing.detail),      request.requestId};
    if (listing.pupilIds.isEmpty()) {
        m_db.exec(QStringLiteral("INSERT INTO audit_log (at, staff_id, clb_id, action, detail, request_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  entryValues);
        return;
    }
    const QVariant ids = m_db.ids(listing.pupilIds);
    if (m_db.isPostgres()) {
        // One statement: one round trip, and atomic without a transaction around it. The GIN index takes
        // the ids into its pending list (appended, not sorted in): AuditIndexer moves them into the index.
        m_db.exec(
            QStringLiteral(
                "WITH entry AS (INSERT INTO audit_log (at, staff_id, clb_id, action, detail, request_id) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id) "
                "INSERT INTO audit_listings (audit_id, pupil_ids) SELECT id, CAST(? AS BIGINT[]) FROM entry"),
            entryValues + QVariantList{ids});
        if (m_listingRecorded)
            m_listingRecorded();
        return;
    }
    const bool own = !m_db.inTransaction();
    if (own)
        m_db.begin();
    try {
        qint64 id = 0;
        m_db.each(QStringLiteral("INSERT INTO audit_log (at, staff_id, clb_id, action, detail, request_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                  entryValues, [&](const QSqlQuery &q) { id = q.value(0).toLongLong(); });
        m_db.exec(QStringLiteral("INSERT INTO audit_listed (audit_id, pupil_id) "
                                 "SELECT ?, CAST(value AS INTEGER) FROM json_each(?)"),
                  {id, ids});
        // The JSON array's numbers are the words the full-text index keeps under this entry's id.
        m_db.exec(QStringLiteral("INSERT INTO audit_listed_pupils (rowid, pupils) VALUES (?, ?)"), {id, ids});
        if (own && !m_db.commit())
            throw DbError(QStringLiteral("the audit entry of a listing was not committed"));
    } catch (const DbError &) {
        if (own && m_db.inTransaction())
            m_db.rollback();
        throw;
    }
}

bool AuditStore::mergePendingListings()
{
    bool merged = false;
    m_db.each(QStringLiteral("SELECT gin_clean_pending_list(CAST('audit_listings_pupils' AS regclass)) > 0"),
              {}, [&](const QSqlQuery &q) { merged = q.value(0).toBool(); });
    return merged;
}

QJsonArray AuditStore::ofPupil(qint64 pupilId, qint64 before, int limit)
{
    // The pupil's own entries and the searches that listed them: each side a range of its index.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1, e.listed, a.action, a.detail FROM ("
                       "SELECT * FROM (SELECT id, 0 AS listed FROM audit_log WHERE pupil_id = ? AND id < ? "
                       "ORDER BY id DESC LIMIT ?) o UNION ALL SELECT audit_id, 1 FROM %2 l) e "
                       "JOIN audit_log a ON a.id = e.id LEFT JOIN staff s ON s.id = a.staff_id "
                       "ORDER BY a.id DESC LIMIT ?")
            .arg(QLatin1String(entryColumns), listingsOfPupil(m_db.isPostgres())),
        QVariantList{pupilId, before, limit} +
            listingsOfPupilValues(m_db.isPostgres(), pupilId, before - 1, limit) + QVariantList{limit});
    QJsonArray items;
    while (q.next()) {
        const bool listed = q.value(5).toInt() != 0;
        items.append(entry(q, listed ? listedAction : q.value(6).toString(),
                           listed ? listedDetail : q.value(7).toString()));
    }
    return items;
}

QJsonArray AuditStore::ofTeam(qint64 teamId, qint64 pupilId, const TeamPosition &before, int limit)
{
    // Two ordered scans, merged here: the entries about one pupil (audit_log by id) and the pupils
    // listed by searches (audit_listed by entry and pupil, or per pupil when one is asked for).
    const QString columns = QStringLiteral("SELECT ") + QLatin1String(entryColumns) +
                            QStringLiteral(", a.action, a.detail, p.id, p.first_name || ' ' || p.last_name ");
    // %1 the entry's id, %2 its pupil; one pupil's entries are a range of the per-pupil indexes.
    const QString scope =
        QStringLiteral("JOIN pupils p ON p.id = %2 JOIN team_schools ts ON ts.school_id = p.school_id AND "
                       "ts.team_id = ? LEFT JOIN staff s ON s.id = a.staff_id WHERE %1 <= ? AND (%1 < ? OR "
                       "%2 < ?) ") +
        (pupilId ? QStringLiteral("AND ? <> 0 AND %2 = ? ") : QStringLiteral("AND (? = 0 OR %2 = ?) "));
    const QVariantList values{teamId, before.id, before.id, before.pupilId, pupilId, pupilId, limit};
    QList<std::pair<TeamPosition, QJsonObject>> own, listed;
    const auto collect = [&](QSqlQuery q, bool isListing, auto &into) {
        while (q.next()) {
            QJsonObject o = entry(q, isListing ? listedAction : q.value(5).toString(),
                                  isListing ? listedDetail : q.value(6).toString());
            o.insert(QStringLiteral("pupil"), QJsonObject{{QStringLiteral("id"), q.value(7).toLongLong()},
                                                          {QStringLiteral("name"), q.value(8).toString()}});
            into.append({TeamPosition{q.value(0).toLongLong(), q.value(7).toLongLong()}, o});
        }
    };
    collect(m_db.run(columns + QStringLiteral("FROM audit_log a ") +
                         scope.arg(QStringLiteral("a.id"), QStringLiteral("a.pupil_id")) +
                         QStringLiteral("ORDER BY a.id DESC LIMIT ?"),
                     values),
            false, own);
    // One pupil: at most one of their listings has the position's entry id, so limit + 1 of each side.
    // audit_listed: on PostgreSQL a view that unnests each search's list in entry order.
    const QString listings = pupilId ? listingsOfPupil(m_db.isPostgres()) : QStringLiteral("audit_listed");
    collect(m_db.run(columns + QStringLiteral("FROM ") + listings +
                         QStringLiteral(" e JOIN audit_log a ON a.id = e.audit_id ") +
                         scope.arg(QStringLiteral("e.audit_id"), QStringLiteral("e.pupil_id")) +
                         QStringLiteral("ORDER BY e.audit_id DESC, e.pupil_id DESC LIMIT ?"),
                     (pupilId ? listingsOfPupilValues(m_db.isPostgres(), pupilId, before.id, limit + 1)
                              : QVariantList()) +
                         values),
            true, listed);

    QJsonArray items;
    qsizetype i = 0, j = 0;
    while (items.size() < limit && (i < own.size() || j < listed.size())) {
        const bool takeOwn = j == listed.size() ||
                             (i < own.size() && std::pair(own[i].first.id, own[i].first.pupilId) >
                                                    std::pair(listed[j].first.id, listed[j].first.pupilId));
        items.append(takeOwn ? own[i++].second : listed[j++].second);
    }
    return items;
}

QStringList AuditStore::migration(bool postgres)
{
    // Keyed by what is appended together or copied together, with no other index: the row is the key.
    // No foreign key to audit_log: a check per pupil listed (a trigger per row on PostgreSQL) for rows
    // that are only ever written with the entry they belong to.
    const QString clustered = postgres ? QString() : QStringLiteral(" WITHOUT ROWID");
    return {
        QStringLiteral("CREATE TABLE audit_listed (audit_id BIGINT NOT NULL, pupil_id BIGINT NOT NULL, "
                       "PRIMARY KEY (audit_id, pupil_id))") +
            clustered,
        QStringLiteral("CREATE TABLE audit_listed_by_pupil (pupil_id BIGINT NOT NULL, audit_id BIGINT NOT "
                       "NULL, PRIMARY KEY (pupil_id, audit_id))") +
            clustered,
        QStringLiteral("CREATE TABLE audit_listing_queue (audit_id BIGINT PRIMARY KEY)") + clustered};
}

QStringList AuditStore::listingIndexMigration(bool postgres)
{
    // The listings copied so far and those still queued are all in audit_listed (a copy only added them
    // to the per-pupil table): the new per-pupil index is built from it, once, and the copy's tables go.
    if (postgres)
        return {
            QStringLiteral(
                "CREATE TABLE audit_listings (audit_id BIGINT PRIMARY KEY, pupil_ids BIGINT[] NOT NULL)"),
            QStringLiteral(
                "INSERT INTO audit_listings (audit_id, pupil_ids) SELECT audit_id, array_agg(pupil_id "
                "ORDER BY pupil_id) FROM audit_listed GROUP BY audit_id"),
            QStringLiteral("CREATE INDEX audit_listings_pupils ON audit_listings USING gin (pupil_ids)"),
            QStringLiteral("DROP TABLE audit_listing_queue"),
            QStringLiteral("DROP TABLE audit_listed_by_pupil"), QStringLiteral("DROP TABLE audit_listed"),
            // The team's view and the tests read a listing's pupils per entry, as before.
            QStringLiteral("CREATE VIEW audit_listed AS SELECT l.audit_id, p.pupil_id FROM audit_listings l "
                           "CROSS JOIN LATERAL unnest(l.pupil_ids) AS p(pupil_id)")};
    // Contentless (the list is in audit_listed) and without positions: only which entries name a pupil.
    return {QStringLiteral("CREATE VIRTUAL TABLE audit_listed_pupils USING fts5(pupils, content='', "
                           "detail=none, columnsize=0)"),
            QStringLiteral("INSERT INTO audit_listed_pupils (rowid, pupils) SELECT audit_id, "
                           "group_concat(pupil_id, ' ') FROM audit_listed GROUP BY audit_id"),
            QStringLiteral("DROP TABLE audit_listing_queue"),
            QStringLiteral("DROP TABLE audit_listed_by_pupil")};
}

AuditStore::TeamPosition AuditStore::positionOf(const QJsonObject &teamItem)
{
    return {teamItem.value(QLatin1String("id")).toInteger(),
            teamItem.value(QLatin1String("pupil")).toObject().value(QLatin1String("id")).toInteger()};
}

} // namespace lars::server::store
