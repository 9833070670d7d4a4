// Security of lars-server as a process, against SQLite and PostgreSQL: authorisation is checked again
// for idempotent replays, and refusals (401, 403, 404 on pupil routes, failed logins) are in the audit log.
#include "tests/support/ServerProcess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <memory>

using lars::test::HttpReply;
using lars::test::ServerProcess;

namespace {
const QString an = QStringLiteral("85071512397");
constexpr qint64 anStaffId = 1;
constexpr qint64 eliseVdB = 1;
} // namespace

class TestServerSecurity final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_servers[2];
    static void backends()
    {
        QTest::addColumn<int>("backend");
        QTest::newRow("sqlite") << 0;
        QTest::newRow("postgresql") << 1;
    }
    ServerProcess *server()
    {
        QFETCH(int, backend);
        return m_servers[backend].get();
    }
    // The audit rows of one request (by its X-Request-Id): action and pupil.
    QList<std::pair<QString, qint64>> auditOf(const HttpReply &reply)
    {
        return server()->auditOfRequest(reply.header("X-Request-Id"));
    }
    // The id of a request's (first) audit entry, 0 when it has none.
    qint64 auditEntryOf(const HttpReply &reply)
    {
        return server()
            ->sql(QStringLiteral("SELECT id FROM audit_log WHERE request_id = ?"),
                  {QString::fromLatin1(reply.header("X-Request-Id"))})
            .value(0)
            .value(0)
            .toLongLong();
    }
    // The team An Peeters is a member of (0 when none).
    qint64 teamOfAn()
    {
        return server()
            ->sql(QStringLiteral("SELECT team_id FROM team_members WHERE staff_id = ?"), {anStaffId})
            .value(0)
            .value(0)
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        for (int b = 0; b < 2; ++b) {
            m_servers[b] = std::make_unique<ServerProcess>(b == 0 ? ServerProcess::Backend::Sqlite
                                                                  : ServerProcess::Backend::Postgres);
            QVERIFY2(m_servers[b]->start(30), qPrintable(m_servers[b]->errorString()));
        }
    }

    void replayIsAuthorisedAgain_data() { backends(); }
    void replayIsAuthorisedAgain()
    {
        const QString t = server()->token(an, 1);
        const QString path = QStringLiteral("/api/v1/pupils/%1/measurements").arg(eliseVdB);
        const QJsonObject body{{QStringLiteral("contact"), QStringLiteral("L1")},
                               {QStringLiteral("date"), QStringLiteral("2026-01-10")},
                               {QStringLiteral("heightCm"), 121.5}};
        const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "replay-after-team-loss"}};
        const HttpReply first = server()->send("POST", path, t, body, key);
        QCOMPARE(first.status, 201);

        // The administrator takes An out of her teams; her token stays valid.
        const auto memberships =
            server()->sql(QStringLiteral("SELECT team_id FROM team_members WHERE staff_id = ?"), {anStaffId});
        QVERIFY(!memberships.isEmpty());
        QString error;
        server()->sql(QStringLiteral("DELETE FROM team_members WHERE staff_id = ?"), {anStaffId}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const HttpReply replay = server()->send("POST", path, t, body, key);
        QCOMPARE(replay.status, 403);
        QCOMPARE(replay.problemType().section(u'/', -1), QStringLiteral("not-in-team"));
        QVERIFY(!replay.body.contains("heightCm"));
        QCOMPARE(auditOf(replay),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("denied.not-in-team"), eliseVdB}}));

        for (const QVariantList &m : memberships)
            server()->sql(QStringLiteral("INSERT INTO team_members (team_id, staff_id) VALUES (?, ?)"),
                          {m.value(0), anStaffId}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpReply again = server()->send("POST", path, t, body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(auditOf(again),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("request.replayed"), eliseVdB}}));
    }

    void refusalsAreAudited_data() { backends(); }
    void refusalsAreAudited()
    {
        const HttpReply anonymous =
            server()->request("GET", QStringLiteral("/api/v1/pupils/%1/medical").arg(eliseVdB));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(auditOf(anonymous),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("denied.unauthenticated"), eliseVdB}}));
        const HttpReply wrongToken =
            server()->get(QStringLiteral("/api/v1/pupils/%1").arg(eliseVdB), QStringLiteral("forged"));
        QCOMPARE(wrongToken.status, 401);
        QCOMPARE(auditOf(wrongToken).size(), 1);

        const HttpReply missing =
            server()->get(QStringLiteral("/api/v1/pupils/987654"), server()->token(an, 1));
        QCOMPARE(missing.status, 404);
        QCOMPARE(auditOf(missing),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("denied.no-such-pupil"), 987654}}));

        // A failed eID login (here: a nonce the server never handed out).
        const HttpReply login = server()->request(
            "POST", QStringLiteral("/api/v1/auth/eid"),
            QJsonDocument(QJsonObject{{QStringLiteral("nonce"), QStringLiteral("never-issued")},
                                      {QStringLiteral("certificate"), QStringLiteral("AAAA")},
                                      {QStringLiteral("signature"), QStringLiteral("AAAA")}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(login.status, 401);
        QCOMPARE(auditOf(login), (QList<std::pair<QString, qint64>>{{QStringLiteral("login.failed"), 0}}));
    }

    void teamAuditShowsWhoReadWhichDossier_data() { backends(); }
    void teamAuditShowsWhoReadWhichDossier()
    {
        const QString t = server()->token(an, 1);
        QCOMPARE(server()->get(QStringLiteral("/api/v1/pupils/%1").arg(eliseVdB), t).status, 200);
        const qint64 team = teamOfAn();
        QVERIFY(team > 0);
        const QString path = QStringLiteral("/api/v1/teams/%1/audit").arg(team);
        const HttpReply audit = server()->get(path + QStringLiteral("?limit=5&pupil=%1").arg(eliseVdB), t);
        QCOMPARE(audit.status, 200);
        const QJsonArray items = audit.json().value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());
        const QJsonObject newest = items.first().toObject();
        QCOMPARE(newest.value(QLatin1String("action")).toString(), QStringLiteral("dossier.read"));
        QCOMPARE(newest.value(QLatin1String("staff")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("An Peeters"));
        QCOMPARE(newest.value(QLatin1String("pupil")).toObject().value(QLatin1String("id")).toInteger(),
                 eliseVdB);
        QCOMPARE(auditOf(audit), (QList<std::pair<QString, qint64>>{{QStringLiteral("audit.team.read"), 0}}));

        // The whole trail holds only pupils of the team's schools.
        const HttpReply all = server()->get(path + QStringLiteral("?limit=100"), t);
        QCOMPARE(all.status, 200);
        const auto schools =
            server()->sql(QStringLiteral("SELECT school_id FROM team_schools WHERE team_id = ?"), {team});
        for (const QJsonValue &item : all.json().value(QLatin1String("items")).toArray()) {
            const qint64 pupil = item.toObject()
                                     .value(QLatin1String("pupil"))
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toInteger();
            const auto school =
                server()->sql(QStringLiteral("SELECT school_id FROM pupils WHERE id = ?"), {pupil});
            QVERIFY(schools.contains(school.value(0)));
        }

        // A colleague of the same CLB in another team, and an id that is no team: refused alike, audited.
        const QString lotte =
            server()
                ->sql(QStringLiteral("SELECT national_number FROM staff WHERE first_name = 'Lotte'"))
                .value(0)
                .value(0)
                .toString();
        const HttpReply denied = server()->get(path, server()->token(lotte, 1));
        QCOMPARE(denied.status, 403);
        QVERIFY(!denied.body.contains("dossier.read"));
        QCOMPARE(auditOf(denied),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("denied.not-in-team"), 0}}));
        QCOMPARE(server()->get(QStringLiteral("/api/v1/teams/987654/audit"), t).status, 403);
        QCOMPARE(server()->get(path + QStringLiteral("?pupil=01"), t).status, 422);
    }

    void searchAuditNamesEveryPupil_data() { backends(); }
    void searchAuditNamesEveryPupil()
    {
        const QString t = server()->token(an, 1);
        QString cursor;
        QList<qint64> seen;
        for (int page = 0; page < 2; ++page) {
            const HttpReply r =
                server()->get(QStringLiteral("/api/v1/pupils?limit=1&q=el") +
                                  (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                              t);
            QCOMPARE(r.status, 200);
            QList<qint64> ids;
            QStringList idTexts;
            for (const QJsonValue &v : r.json().value(QLatin1String("items")).toArray()) {
                ids.append(v[QLatin1String("id")].toInteger());
                idTexts.append(QString::number(ids.last()));
            }
            QCOMPARE(ids.size(), 1);
            // One row for the search listing the ids, then one row in each listed pupil's trail.
            QList<std::pair<QString, qint64>> expected{{QStringLiteral("pupil.search"), 0}};
            for (const qint64 id : ids)
                expected.append({QStringLiteral("pupil.listed"), id});
            auto rows = auditOf(r);
            std::sort(rows.begin() + 1, rows.end(),
                      [](const auto &a, const auto &b) { return a.second < b.second; });
            std::sort(expected.begin() + 1, expected.end(),
                      [](const auto &a, const auto &b) { return a.second < b.second; });
            QCOMPARE(rows, expected);
            const auto detail = server()->sql(
                QStringLiteral("SELECT detail, staff_id FROM audit_log WHERE request_id = ? AND action = "
                               "'pupil.search'"),
                {QString::fromLatin1(r.header("X-Request-Id"))});
            QCOMPARE(detail.value(0).value(0).toString(), QStringLiteral("listed: ") + idTexts.join(u' '));
            QCOMPARE(detail.value(0).value(1).toLongLong(), anStaffId);
            seen += ids;
            cursor = r.json().value(QLatin1String("nextCursor")).toString();
            QVERIFY(!cursor.isEmpty()); // Ëlise Van den Bossche and Elif Yılmaz at least
        }
        // The pupil's own audit trail (what a team member sees) says who saw them listed.
        const QJsonArray trail = server()
                                     ->get(QStringLiteral("/api/v1/pupils/%1/audit").arg(seen.last()), t)
                                     .json()
                                     .value(QLatin1String("items"))
                                     .toArray();
        bool listed = false;
        for (const QJsonValue &v : trail)
            listed = listed || (v[QLatin1String("action")].toString() == QLatin1String("pupil.listed") &&
                                v[QLatin1String("staff")][QLatin1String("id")].toInteger() == anStaffId);
        QVERIFY(listed);
        // A search without results names nobody.
        const HttpReply none = server()->get(QStringLiteral("/api/v1/pupils?q=zzzqqq"), t);
        QCOMPARE(none.status, 200);
        QCOMPARE(auditOf(none), (QList<std::pair<QString, qint64>>{{QStringLiteral("pupil.search"), 0}}));
    }

    // A search's entry names several pupils: the team's trail pages through them one by one, none twice
    // and none lost, and the trail of one pupil (the per-pupil table) holds the search too.
    void teamAuditPagesThroughListings_data() { backends(); }
    void teamAuditPagesThroughListings()
    {
        const QString t = server()->token(an, 1);
        const HttpReply search = server()->get(QStringLiteral("/api/v1/pupils?limit=5&q=el"), t);
        QCOMPARE(search.status, 200);
        QList<qint64> listed;
        for (const QJsonValue &v : search.json().value(QLatin1String("items")).toArray())
            listed.append(v[QLatin1String("id")].toInteger());
        QVERIFY(listed.size() >= 2);
        const qint64 entry = auditEntryOf(search);
        QVERIFY(entry > 0);
        const qint64 team = teamOfAn();
        const QString path = QStringLiteral("/api/v1/teams/%1/audit?limit=2").arg(team);
        const auto isThisSearch = [&](const QJsonValue &item) {
            return item[QLatin1String("id")].toInteger() == entry &&
                   item[QLatin1String("action")].toString() == QLatin1String("pupil.listed");
        };
        QList<qint64> seen;
        QString cursor;
        for (int page = 0; page < listed.size(); ++page) {
            const HttpReply r = server()->get(path + cursor, t);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &item : r.json().value(QLatin1String("items")).toArray())
                if (isThisSearch(item))
                    seen.append(item[QLatin1String("pupil")][QLatin1String("id")].toInteger());
            const QString next = r.json().value(QLatin1String("nextCursor")).toString();
            if (next.isEmpty())
                break;
            cursor = QStringLiteral("&cursor=") + next;
        }
        std::sort(listed.begin(), listed.end());
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, listed);

        for (const qint64 pupil : {listed.first(), listed.last()}) {
            const HttpReply own = server()->get(path + QStringLiteral("&pupil=%1").arg(pupil), t);
            QCOMPARE(own.status, 200);
            const QJsonArray items = own.json().value(QLatin1String("items")).toArray();
            QVERIFY(std::any_of(items.begin(), items.end(), isThisSearch));
            const QJsonArray trail = server()
                                         ->get(QStringLiteral("/api/v1/pupils/%1/audit").arg(pupil), t)
                                         .json()
                                         .value(QLatin1String("items"))
                                         .toArray();
            QVERIFY(std::any_of(trail.begin(), trail.end(), [&](const QJsonValue &item) {
                return item[QLatin1String("id")].toInteger() == entry &&
                       item[QLatin1String("action")].toString() == QLatin1String("pupil.listed") &&
                       item[QLatin1String("detail")].toString() == QLatin1String("in search results");
            }));
        }
        // A cursor of the former shape ([entry id] alone, "WzFd") is refused, not misread.
        QCOMPARE(server()->get(path + QStringLiteral("&cursor=WzFd"), t).status, 422);
    }

    // How often a trail shows a search's listing of one pupil (the pupil's own and the team's for the
    // pupil), read from `reader`.
    int timesListed(ServerProcess &reader, const QString &token, qint64 entry, qint64 pupil)
    {
        int times = 0;
        for (const QString &path :
             {QStringLiteral("/api/v1/pupils/%1/audit").arg(pupil),
              QStringLiteral("/api/v1/teams/%1/audit?pupil=%2").arg(teamOfAn()).arg(pupil)}) {
            const HttpReply r = reader.get(
                path + (path.contains(u'?') ? QStringLiteral("&limit=100") : QStringLiteral("?limit=100")),
                token);
            if (r.status != 200)
                return -1;
            for (const QJsonValue &item : r.json().value(QLatin1String("items")).toArray())
                times += item[QLatin1String("id")].toInteger() == entry &&
                         item[QLatin1String("action")].toString() == QLatin1String("pupil.listed");
        }
        return times;
    }

    // A search's pupils are indexed per pupil in the search's own transaction (PostgreSQL: in the GIN
    // index's pending list, which each process's indexer merges into the index a few times a second):
    // both trails show the listing exactly once before and after a merge, also one made from outside.
    void trailsShowEachListingOnce_data() { backends(); }
    void trailsShowEachListingOnce()
    {
        QFETCH(int, backend);
        const QString t = server()->token(an, 1);
        const HttpReply search = server()->get(QStringLiteral("/api/v1/pupils?limit=3&q=el"), t);
        QCOMPARE(search.status, 200);
        const qint64 entry = auditEntryOf(search);
        QVERIFY(entry > 0);
        const QJsonArray items = search.json().value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &item : items)
            QCOMPARE(timesListed(*server(), t, entry, item[QLatin1String("id")].toInteger()), 2);
        if (backend == 1) {
            QString error;
            server()->sql(
                QStringLiteral("SELECT gin_clean_pending_list(CAST('audit_listings_pupils' AS regclass))"),
                {}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        for (const QJsonValue &item : items)
            QCOMPARE(timesListed(*server(), t, entry, item[QLatin1String("id")].toInteger()), 2);
    }

    // Two processes on one database: the listings of searches answered by one are in the trails read
    // from the other, each once, also when the first was killed (SIGKILL) in the middle of searches.
    void listingsOfAKilledProcessStay_data() { backends(); }
    void listingsOfAKilledProcessStay()
    {
        QFETCH(int, backend);
        ServerProcess other(backend == 0 ? ServerProcess::Backend::Sqlite : ServerProcess::Backend::Postgres);
        QVERIFY2(other.start(-1, {}, server()->dbUrl()), qPrintable(other.errorString()));
        const QString t = server()->token(an, 1);
        const QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + t.toLatin1()}};
        constexpr int total = 40, concurrency = 6, killAfter = 15;
        QList<QNetworkReply *> inFlight;
        QList<HttpReply> answered;
        int sent = 0;
        bool killed = false;
        while ((sent < total && !killed) || !inFlight.isEmpty()) {
            for (; sent < total && !killed && inFlight.size() < concurrency; ++sent)
                inFlight.append(
                    other.startRequest("GET", QStringLiteral("/api/v1/pupils?limit=4&q=el"), {}, headers));
            const HttpReply r = ServerProcess::finish(inFlight.takeFirst());
            if (r.status == 200)
                answered.append(r);
            if (answered.size() == killAfter && !killed) {
                other.process().kill(); // SIGKILL: searches in flight are cut wherever they are
                killed = true;
            }
        }
        QVERIFY(answered.size() >= killAfter);
        for (const HttpReply &search : answered) {
            const qint64 entry = auditEntryOf(search);
            QVERIFY(entry > 0);
            const QJsonArray items = search.json().value(QLatin1String("items")).toArray();
            QVERIFY(!items.isEmpty());
            for (const QJsonValue &item : {items.first(), items.last()})
                QCOMPARE(timesListed(*server(), t, entry, item[QLatin1String("id")].toInteger()), 2);
        }
    }

    // A process keeps the scope of a token it verified: a school leaving the team, the team left, the
    // token revoked (by another process or by hand in the database) or logged out still count from the
    // very next request.
    void keptScopeFollowsEveryChange_data() { backends(); }
    void keptScopeFollowsEveryChange()
    {
        const QString t = server()->token(an, 1);
        const QString dossier = QStringLiteral("/api/v1/pupils/%1").arg(eliseVdB);
        QCOMPARE(server()->get(dossier, t).status, 200);
        QCOMPARE(server()->get(dossier, t).status, 200);

        QString error;
        const auto covering = server()->sql(
            QStringLiteral("SELECT ts.team_id, ts.school_id FROM team_schools ts JOIN team_members tm ON "
                           "tm.team_id = ts.team_id JOIN pupils p ON p.school_id = ts.school_id "
                           "WHERE tm.staff_id = ? AND p.id = ?"),
            {anStaffId, eliseVdB});
        QVERIFY(!covering.isEmpty());
        for (const QVariantList &row : covering)
            server()->sql(QStringLiteral("DELETE FROM team_schools WHERE team_id = ? AND school_id = ?"), row,
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(server()->get(dossier, t).status, 403);
        for (const QVariantList &row : covering)
            server()->sql(QStringLiteral("INSERT INTO team_schools (team_id, school_id) VALUES (?, ?)"), row,
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(server()->get(dossier, t).status, 200);

        server()->sql(
            QStringLiteral("UPDATE auth_tokens SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE "
                           "token_hash = ?"),
            {QString::fromLatin1(QCryptographicHash::hash(t.toLatin1(), QCryptographicHash::Sha256).toHex())},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(server()->get(dossier, t).status, 401);

        const QString other = server()->token(an, 1);
        QCOMPARE(server()->get(dossier, other).status, 200);
        QCOMPARE(server()
                     ->request("POST", QStringLiteral("/api/v1/auth/logout"), {},
                               {{"Authorization", "Bearer " + other.toLatin1()}})
                     .status,
                 204);
        QCOMPARE(server()->get(dossier, other).status, 401);
    }

    void cleanupTestCase()
    {
        for (auto &s : m_servers)
            s.reset();
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
