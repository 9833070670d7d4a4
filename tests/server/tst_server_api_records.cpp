// The /api/v1 records of the real lars-server over HTTPS, against SQLite and PostgreSQL: activities and
// idempotency, measurements and attests, CREON, reference data, the audit trail, and bad input.
#include "tests/server/ApiTestCase.h"

using namespace lars::test::api;
using lars::test::HttpReply;
using lars::test::ServerProcess;

class TestServerApiRecords final : public lars::test::ApiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { startServers(); }

    void activitiesAndIdempotency_data() { backends(); }
    void activitiesAndIdempotency()
    {
        const QString t = token(an, 1);
        const QString path = pupilPath(celik, "/activities");
        const int before = server()
                               ->get(pupilPath(celik, "/journal?limit=100"), t)
                               .json()
                               .value(QLatin1String("items"))
                               .toArray()
                               .size();
        QCOMPARE(problemOf(post(path, t, activityBody(), {})), QStringLiteral("idempotency-key-required"));
        const HttpReply created = post(path, t, activityBody(), "act-1");
        QVERIFY2(created.status == 201, dump(created));
        QVERIFY(created.header("Location").startsWith("/api/v1/pupils/2/activities/"));
        const QJsonObject a = created.json();
        QCOMPARE(a.value(QLatin1String("text")).toString(),
                 activityBody().value(QLatin1String("text")).toString());
        QCOMPARE(a.value(QLatin1String("hub")).toObject().value(QLatin1String("detail")).toString(),
                 QStringLiteral("oogarts"));
        // The retry answers the same and creates nothing.
        const HttpReply retry = post(path, t, activityBody(), "act-1");
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(retry.json().value(QLatin1String("id")), a.value(QLatin1String("id")));
        QJsonObject other = activityBody();
        other.insert(QStringLiteral("subject"), QStringLiteral("iets anders"));
        QCOMPARE(problemOf(post(path, t, other, "act-1")), QStringLiteral("idempotency-key-reused"));
        const QJsonArray journal = server()
                                       ->get(pupilPath(celik, "/journal?limit=100"), t)
                                       .json()
                                       .value(QLatin1String("items"))
                                       .toArray();
        QCOMPARE(journal.size(), before + 1);
        // Nomenclature is checked against the server's data.
        QJsonObject wrong = activityBody();
        wrong.insert(QStringLiteral("hub"),
                     QJsonObject{{QStringLiteral("direction"), QStringLiteral("referral-to")},
                                 {QStringLiteral("category"), QStringLiteral("juridisch")},
                                 {QStringLiteral("detail"), QStringLiteral("oogarts")}});
        const HttpReply invalid = post(path, t, wrong, "act-2");
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json()
                     .value(QLatin1String("errors"))
                     .toArray()
                     .first()[QLatin1String("field")]
                     .toString(),
                 QStringLiteral("hub.detail"));
        QJsonObject noHub = activityBody();
        noHub.remove(QStringLiteral("hub"));
        QCOMPARE(post(path, t, noHub, "act-3").status, 422);
        // Journal paging, newest first.
        const HttpReply page1 = server()->get(pupilPath(celik, "/journal?limit=1"), t);
        QCOMPARE(page1.json().value(QLatin1String("items")).toArray().size(), 1);
        const QString cursor = page1.json().value(QLatin1String("nextCursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const HttpReply page2 = server()->get(pupilPath(celik, "/journal?limit=1&cursor=") + cursor, t);
        QCOMPARE(page2.status, 200);
        QVERIFY(page2.json().value(QLatin1String("items")).toArray().first()[QLatin1String("id")] !=
                page1.json().value(QLatin1String("items")).toArray().first()[QLatin1String("id")]);
    }

    void measurementsAndAttests_data() { backends(); }
    void measurementsAndAttests()
    {
        const QString t = token(an, 1);
        const HttpReply m = post(pupilPath(3, "/measurements"), t,
                                 {{QStringLiteral("contact"), QStringLiteral("L1")},
                                  {QStringLiteral("date"), QStringLiteral("2026-02-03")},
                                  {QStringLiteral("heightCm"), 121.5},
                                  {QStringLiteral("weightKg"), 23.4},
                                  {QStringLiteral("colourVision"), QStringLiteral("normaal")}},
                                 "m-1");
        QVERIFY2(m.status == 201, dump(m));
        QCOMPARE(m.json().value(QLatin1String("bmi")).toDouble(), 15.9);
        const QJsonArray list =
            server()->get(pupilPath(3, "/medical"), t).json().value(QLatin1String("measurements")).toArray();
        bool found = false;
        for (const auto &v : list)
            found = found || v[QLatin1String("id")] == m.json().value(QLatin1String("id"));
        QVERIFY(found);
        QCOMPARE(post(pupilPath(3, "/measurements"), t,
                      {{QStringLiteral("contact"), QStringLiteral("X9")},
                       {QStringLiteral("date"), QStringLiteral("2026-02-03")}},
                      "m-2")
                     .status,
                 422);

        QJsonObject body = activityBody();
        body.insert(QStringLiteral("date"), QStringLiteral("2025-11-17"));
        const HttpReply act = post(pupilPath(3, "/activities"), t, body, "act-for-attest");
        QCOMPARE(act.status, 201);
        const HttpReply attest = post(pupilPath(3, "/attests"), t,
                                      {{QStringLiteral("type"), QStringLiteral("ADBIB")},
                                       {QStringLiteral("activityId"), act.json().value(QLatin1String("id"))}},
                                      "attest-1");
        QVERIFY2(attest.status == 201, dump(attest));
        QCOMPARE(attest.json().value(QLatin1String("activityDate")).toString(), QStringLiteral("2025-11-17"));
        QCOMPARE(attest.json().value(QLatin1String("text")).toString(),
                 body.value(QLatin1String("text")).toString());
        QVERIFY(!server()
                     ->get(pupilPath(3, "/attests"), t)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .isEmpty());
        // An activity of another pupil cannot carry this pupil's attest.
        QCOMPARE(post(pupilPath(celik, "/attests"), t,
                      {{QStringLiteral("type"), QStringLiteral("ADBIB")},
                       {QStringLiteral("activityId"), act.json().value(QLatin1String("id"))}},
                      "attest-2")
                     .status,
                 422);
    }

    void creon_data() { backends(); }
    void creon()
    {
        const QString t = token(an, 1);
        const QJsonArray items = server()
                                     ->get(QStringLiteral("/api/v1/creon/items"), t)
                                     .json()
                                     .value(QLatin1String("items"))
                                     .toArray();
        QCOMPARE(items.size(), 20);
        // Manual registration is for what no consult or activity covers (docs/creon.md).
        const HttpReply r = post(pupilPath(6, "/creon-registrations"), t,
                                 {{QStringLiteral("itemCode"), QStringLiteral("definitieve-uitsluiting")},
                                  {QStringLiteral("value"), QJsonValue()},
                                  {QStringLiteral("date"), QStringLiteral("2026-02-01")}},
                                 "creon-1");
        QVERIFY2(r.status == 201, dump(r));
        QCOMPARE(r.json()[QLatin1String("delivery")][QLatin1String("state")].toString(),
                 QStringLiteral("pending"));
        bool listed = false; // newest date first: the consults' items of this school year come before it
        for (const QJsonValue &v : server()
                                       ->get(pupilPath(6, "/creon-registrations"), t)
                                       .json()
                                       .value(QLatin1String("items"))
                                       .toArray())
            listed =
                listed || v[QLatin1String("itemCode")].toString() == QLatin1String("definitieve-uitsluiting");
        QVERIFY(listed);
        QCOMPARE(problemOf(post(pupilPath(6, "/creon-registrations"), t,
                                {{QStringLiteral("itemCode"), QStringLiteral("gezichtsscherpte-afstand")},
                                 {QStringLiteral("value"), QStringLiteral("0.8/1.0")},
                                 {QStringLiteral("date"), QStringLiteral("2026-02-01")}},
                                "creon-3")),
                 QStringLiteral("validation"));
        QCOMPARE(post(pupilPath(6, "/creon-registrations"), t,
                      {{QStringLiteral("itemCode"), QStringLiteral("bestaat-niet")},
                       {QStringLiteral("value"), QStringLiteral("x")},
                       {QStringLiteral("date"), QStringLiteral("2026-02-01")}},
                      "creon-2")
                     .status,
                 422);
    }

    void referenceData_data() { backends(); }
    void referenceData()
    {
        const QString t = token(an, 1);
        const QJsonObject hub = server()->get(QStringLiteral("/api/v1/nomenclature/draaischijf"), t).json();
        const QJsonArray categories = hub.value(QLatin1String("categories")).toArray();
        QCOMPARE(categories.size(), 7);
        QCOMPARE(categories.first()[QLatin1String("label")].toString(), QStringLiteral("Juridisch"));
        QStringList details;
        for (const auto &d : categories.first()[QLatin1String("details")].toArray())
            details << d[QLatin1String("label")].toString();
        QVERIFY(details.contains(QStringLiteral("sociale dienst jeugdrechtbank (SDJ)")));
        QCOMPARE(hub.value(QLatin1String("directions")).toArray().size(), 2);
        QVERIFY(server()
                    ->get(QStringLiteral("/api/v1/nomenclature/activity-functions"), t)
                    .json()
                    .value(QLatin1String("items"))
                    .toArray()
                    .size() >= 5);
        const HttpReply brand = server()->get(QStringLiteral("/api/v1/branding"), t);
        QCOMPARE(brand.status, 200);
        QCOMPARE(brand.json().value(QLatin1String("name")).toString(), QStringLiteral("Vrij CLB Antwerpen"));
        QVERIFY(brand.json()
                    .value(QLatin1String("colours"))
                    .toObject()
                    .value(QLatin1String("primary"))
                    .toString()
                    .startsWith(u'#'));
        const QByteArray logo = QByteArray::fromBase64(brand.json()
                                                           .value(QLatin1String("logos"))
                                                           .toArray()
                                                           .first()[QLatin1String("data")]
                                                           .toString()
                                                           .toLatin1());
        QVERIFY(logo.startsWith("<svg"));
    }

    void auditTrail_data() { backends(); }
    void auditTrail()
    {
        const QString t = token(an, 1);
        QCOMPARE(server()->get(pupilPath(7), t).status, 200);
        const QByteArray etag = server()->get(pupilPath(7, "/parent-heights"), t).header("ETag");
        QCOMPARE(put(pupilPath(7, "/parent-heights"), t,
                     {{QStringLiteral("fatherCm"), 177}, {QStringLiteral("motherCm"), QJsonValue()}}, etag)
                     .status,
                 200);
        QCOMPARE(server()->get(pupilPath(7), token(sofie, 3)).status, 403); // no team: refused, and logged
        QCOMPARE(server()->get(pupilPath(7), token(jan, 2)).status, 403);   // other CLB: refused, and logged
        const HttpReply audit = server()->get(pupilPath(7, "/audit?limit=100"), t);
        QCOMPARE(audit.status, 200);
        QStringList actions;
        for (const auto &e : audit.json().value(QLatin1String("items")).toArray()) {
            actions << e[QLatin1String("action")].toString();
            QVERIFY(!e[QLatin1String("at")].toString().isEmpty());
        }
        for (const char *expected : {"dossier.read", "parent-heights.read", "parent-heights.update",
                                     "denied.not-in-team", "denied.pupil-not-in-your-teams", "audit.read"})
            QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(u',')));
        const QJsonObject update = [&] {
            for (const auto &e : audit.json().value(QLatin1String("items")).toArray())
                if (e[QLatin1String("action")].toString() == QLatin1String("parent-heights.update"))
                    return e.toObject();
            return QJsonObject();
        }();
        QCOMPARE(update.value(QLatin1String("staff")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("An Peeters"));
        QCOMPARE(update.value(QLatin1String("clbId")).toInt(), 1);
        QVERIFY(update.value(QLatin1String("detail")).toString().contains(QLatin1String("177")));
    }

    // Bad input of every kind: always 4xx problem+json, never 5xx, and the database unchanged.
    void badInput_data() { backends(); }
    void badInput()
    {
        const QString t = token(an, 1);
        const QByteArray auth = bearer(t);
        const QByteArray etag = server()->get(pupilPath(8, "/parent-heights"), t).header("ETag");
        struct Bad
        {
            const char *name;
            QByteArray method;
            QString path;
            QByteArray body;
            QByteArray contentType;
            int status;
            const char *problem;
        };
        const QString heights = pupilPath(8, "/parent-heights");
        const QString activities = pupilPath(8, "/activities");
        QByteArray invalidUtf8 = "{\"date\":\"2026-01-01\",\"function\":\"begeleiding\",\"subject\":\"x";
        invalidUtf8 += "\xff\xfe\xc3";
        invalidUtf8 += "\",\"durationMinutes\":5}";
        const QByteArray huge = "{\"date\":\"2026-01-01\",\"function\":\"begeleiding\",\"subject\":\"x\","
                                "\"durationMinutes\":5,\"text\":\"" +
                                QByteArray(300 * 1024, 'a') + "\"}";
        const QList<Bad> cases = {
            {"malformed json", "PUT", heights, "{\"fatherCm\": 180, \"motherCm\": ", "application/json", 400,
             "malformed-json"},
            {"json array", "PUT", heights, "[1,2]", "application/json", 400, "malformed-json"},
            {"wrong type", "PUT", heights, "{\"fatherCm\":\"180\",\"motherCm\":160}", "application/json", 422,
             "validation"},
            {"out of range", "PUT", heights, "{\"fatherCm\":231,\"motherCm\":160}", "application/json", 422,
             "validation"},
            {"unknown field", "PUT", heights, "{\"fatherCm\":180,\"motherCm\":160,\"isAdmin\":true}",
             "application/json", 422, "validation"},
            {"invalid utf-8", "POST", activities, invalidUtf8, "application/json", 400, "invalid-utf8"},
            {"oversized body", "POST", activities, huge, "application/json", 413, "body-too-large"},
            {"wrong media type", "PUT", heights, "{\"fatherCm\":180,\"motherCm\":160}", "text/plain", 415,
             "unsupported-media-type"},
            {"sql in enum", "POST", activities,
             "{\"date\":\"2026-01-01\",\"function\":\"begeleiding'; DROP TABLE pupils; "
             "--\",\"subject\":\"x\",\"durationMinutes\":5}",
             "application/json", 422, "validation"},
            {"sql in date", "POST", activities,
             "{\"date\":\"2026-01-01' OR "
             "'1'='1\",\"function\":\"begeleiding\",\"subject\":\"x\",\"durationMinutes\":5}",
             "application/json", 422, "validation"},
            {"sql in hub", "POST", activities,
             "{\"date\":\"2026-01-01\",\"function\":\"draaischijf\",\"subject\":\"x\",\"durationMinutes\":5,"
             "\"hub\":{\"direction\":\"referral-to\",\"category\":\"x' OR 1=1 --\",\"detail\":\"politie\"}}",
             "application/json", 422, "validation"},
            {"control character", "POST", activities,
             "{\"date\":\"2026-01-01\",\"function\":\"begeleiding\",\"subject\":\"x\\u0007y\","
             "\"durationMinutes\":5}",
             "application/json", 422, "validation"},
            {"huge number", "POST", activities,
             "{\"date\":\"2026-01-01\",\"function\":\"begeleiding\",\"subject\":\"x\",\"durationMinutes\":"
             "1e308}",
             "application/json", 422, "validation"},
            {"nested garbage", "POST", activities, "{\"date\":{\"a\":[{\"b\":null}]}}", "application/json",
             422, "validation"},
            {"invalid utf-8 in url",
             "GET",
             QStringLiteral("/api/v1/pupils?q=%FF%FE"),
             {},
             {},
             400,
             "invalid-utf8"},
            {"bad id", "GET", QStringLiteral("/api/v1/pupils/1%27%20OR%201=1"), {}, {}, 404, "not-found"},
            {"leading zeros", "GET", QStringLiteral("/api/v1/pupils/00008"), {}, {}, 404, "not-found"},
            {"line feed before id", "GET", QStringLiteral("/api/v1/pupils/%0a8"), {}, {}, 404, "not-found"},
            {"space after id", "GET", QStringLiteral("/api/v1/pupils/8%20"), {}, {}, 404, "not-found"},
            {"plus sign", "GET", QStringLiteral("/api/v1/pupils/+8"), {}, {}, 404, "not-found"},
            {"unknown query parameter",
             "GET",
             pupilPath(8) + QStringLiteral("?expand=all"),
             {},
             {},
             400,
             "unknown-parameter"},
            {"nul in query", "GET", QStringLiteral("/api/v1/pupils?q=de%00x"), {}, {}, 400, "invalid-text"},
            {"nul escape in multi-line text", "POST", activities,
             "{\"date\":\"2026-01-01\",\"function\":\"begeleiding\",\"subject\":\"x\",\"durationMinutes\":5,"
             "\"text\":\"a\\u0000b\"}",
             "application/json", 400, "invalid-text"},
            {"lone high surrogate", "POST", activities,
             "{\"date\":\"2026-01-01\",\"function\":\"begeleiding\",\"subject\":\"x\\ud800y\","
             "\"durationMinutes\":5}",
             "application/json", 400, "invalid-text"},
            {"lone low surrogate", "PUT", heights, "{\"fatherCm\":180,\"motherCm\":160,\"\\udc00\":1}",
             "application/json", 400, "invalid-text"},
            {"slashes in a date", "POST", activities,
             "{\"date\":\"2026/01/01\",\"function\":\"begeleiding\",\"subject\":\"x\",\"durationMinutes\":5}",
             "application/json", 422, "validation"},
            {"implausible year", "POST", activities,
             "{\"date\":\"0026-01-01\",\"function\":\"begeleiding\",\"subject\":\"x\",\"durationMinutes\":5}",
             "application/json", 422, "validation"},
            {"slashes in birth date",
             "GET",
             QStringLiteral("/api/v1/pupils?q=de&birthDate=2019/02/28"),
             {},
             {},
             422,
             "validation"},
            {"huge id",
             "GET",
             QStringLiteral("/api/v1/pupils/99999999999999999999999"),
             {},
             {},
             404,
             "not-found"},
            {"unknown route", "GET", QStringLiteral("/api/v1/nope"), {}, {}, 404, "not-found"},
            {"wrong method", "DELETE", pupilPath(8), {}, {}, 405, "method-not-allowed"},
            {"body on get", "GET", pupilPath(8), "{}", "application/json", 400, "unexpected-body"},
        };
        const auto before = server()->tableCounts();
        for (const Bad &c : cases) {
            QList<std::pair<QByteArray, QByteArray>> headers{
                {"Authorization", auth},
                {"If-Match", etag},
                {"Idempotency-Key", QByteArray("bad-" + QByteArray(c.name).replace(' ', '-'))}};
            const HttpReply r = server()->request(c.method, c.path, c.body, headers, c.contentType);
            QVERIFY2(r.status == c.status, QByteArray(c.name) + ": " + dump(r));
            QVERIFY2(r.header("Content-Type").startsWith("application/problem+json"), c.name);
            QCOMPARE(problemOf(r), QString::fromLatin1(c.problem));
        }
        QCOMPARE(server()->tableCounts(), before);
        // SQL metacharacters in free text are stored as text, verbatim, and harm nothing.
        QJsonObject text = activityBody();
        text.insert(QStringLiteral("subject"), QStringLiteral("Robert'); DROP TABLE pupils; --"));
        text.insert(QStringLiteral("text"), QStringLiteral("\" OR \"\"=\" \\ %_ ; --"));
        const HttpReply stored = post(activities, t, text, "sql-text");
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json().value(QLatin1String("subject")).toString(),
                 QStringLiteral("Robert'); DROP TABLE pupils; --"));
        QCOMPARE(server()->tableCounts().value(QStringLiteral("pupils")),
                 before.value(QStringLiteral("pupils")));
        // A surrogate pair is a character like any other.
        QJsonObject emoji = activityBody();
        emoji.insert(QStringLiteral("subject"), QStringLiteral("Gesprek \U0001F600"));
        const HttpReply pair = post(activities, t, emoji, "emoji");
        QCOMPARE(pair.status, 201);
        QCOMPARE(pair.json().value(QLatin1String("subject")).toString(),
                 QStringLiteral("Gesprek \U0001F600"));
        // The text of an activity is optional (the API says so): without it, the entry has empty text.
        QJsonObject noText = activityBody();
        noText.remove(QStringLiteral("text"));
        const HttpReply withoutText = post(activities, t, noText, "no-text");
        QVERIFY2(withoutText.status == 201, dump(withoutText));
        QCOMPARE(withoutText.json().value(QLatin1String("text")).toString(), QString());
    }

    void cleanupTestCase() { stopServers(); }
};

QTEST_GUILESS_MAIN(TestServerApiRecords)
#include "tst_server_api_records.moc"
