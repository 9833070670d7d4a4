// The /api/v1 endpoints of the real lars-server over HTTPS, against SQLite and PostgreSQL: tokens, the
// caller, search, the authorisation matrix, dossiers and optimistic concurrency. The records (journal,
// measurements, attests, CREON, reference data, audit) and bad input: tst_server_api_records.
#include "tests/server/ApiTestCase.h"

using namespace lars::test::api;
using lars::test::HttpReply;
using lars::test::ServerProcess;

class TestServerApi final : public lars::test::ApiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { startServers(); }

    void health_data() { backends(); }
    void health()
    {
        const HttpReply r = server()->request("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json().value(QLatin1String("database")).toString(),
                 server() == m_servers[0].get() ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));
        QVERIFY(r.json().value(QLatin1String("schemaVersion")).toInt() >= 2);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    }

    void testTokens_data() { backends(); }
    void testTokens()
    {
        const auto mint = [&](const QString &nn, qint64 clb) {
            return server()->request("POST", QStringLiteral("/api/v1/test/tokens"),
                                     QJsonDocument(QJsonObject{{QStringLiteral("nationalNumber"), nn},
                                                               {QStringLiteral("clbId"), clb}})
                                         .toJson());
        };
        QCOMPARE(mint(an, 1).status, 201);
        const HttpReply unknown = mint(elise, 1);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(problemOf(unknown), QStringLiteral("unknown-staff"));
        QCOMPARE(problemOf(mint(an, 2)), QStringLiteral("not-staff-of-clb"));
        QCOMPARE(mint(jan, 2).status, 201);
        QCOMPARE(mint(sofie, 3).status, 201);
    }

    void unauthenticated_data() { backends(); }
    void unauthenticated()
    {
        for (const QString &path :
             {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/pupils?q=el"), pupilPath(1),
              QStringLiteral("/api/v1/branding"), QStringLiteral("/api/v1/nomenclature/draaischijf")}) {
            const HttpReply none = server()->request("GET", path);
            QCOMPARE(none.status, 401);
            QCOMPARE(none.header("Content-Type"), QByteArray("application/problem+json"));
            QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
            QCOMPARE(server()->get(path, QStringLiteral("not-a-token")).status, 401);
        }
        // A logged-out token no longer works.
        const QString t = token(an, 1);
        QCOMPARE(server()->send("POST", QStringLiteral("/api/v1/auth/logout"), t, {}).status,
                 400); // body not allowed
        QCOMPARE(
            server()
                ->request("POST", QStringLiteral("/api/v1/auth/logout"), {}, {{"Authorization", bearer(t)}})
                .status,
            204);
        QCOMPARE(server()->get(QStringLiteral("/api/v1/me"), t).status, 401);
    }

    void me_data() { backends(); }
    void me()
    {
        const HttpReply r = server()->get(QStringLiteral("/api/v1/me"), token(jan, 2));
        QCOMPARE(r.status, 200);
        const QJsonObject me = r.json();
        QCOMPARE(me.value(QLatin1String("lastName")).toString(), QStringLiteral("Claes"));
        QCOMPARE(me.value(QLatin1String("activeClbId")).toInt(), 2);
        const QJsonArray clbs = me.value(QLatin1String("clbs")).toArray();
        QCOMPARE(clbs.size(), 2);
        QStringList names;
        for (const auto &c : clbs)
            names << c[QLatin1String("name")].toString();
        QVERIFY(names.contains(QStringLiteral("Vrij CLB Antwerpen")) &&
                names.contains(QStringLiteral("GO! CLB Gent")));
        QVERIFY(me.value(QLatin1String("activeClbHasTeam")).toBool());
        const HttpReply sofieMe = server()->get(QStringLiteral("/api/v1/me"), token(sofie, 3));
        QVERIFY(!sofieMe.json().value(QLatin1String("activeClbHasTeam")).toBool());
        QCOMPARE(
            sofieMe.json().value(QLatin1String("clbs")).toArray().first()[QLatin1String("name")].toString(),
            QStringLiteral("CLB Brugge"));
    }

    void contactPerClb_data() { backends(); }
    void contactPerClb()
    {
        const QString t = token(jan, 1);
        const QString path1 = QStringLiteral("/api/v1/me/clbs/1/contact");
        const HttpReply before = server()->get(path1, t);
        QCOMPARE(before.status, 200);
        const QByteArray etag = before.header("ETag");
        QVERIFY(!etag.isEmpty());
        const QJsonObject body{{QStringLiteral("gsm"), QStringLiteral("0470 99 88 77")},
                               {QStringLiteral("phone"), QStringLiteral("03 123 45 67")},
                               {QStringLiteral("email"), QStringLiteral("jan.claes@antwerpen.example")}};
        QCOMPARE(put(path1, t, body, {}).status, 428);
        const HttpReply ok = put(path1, t, body, etag);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.header("ETag") != etag);
        QCOMPARE(put(path1, t, body, etag).status, 412); // stale
        QJsonObject bad = body;
        bad.insert(QStringLiteral("email"), QStringLiteral("not an address"));
        const HttpReply invalid = put(path1, t, bad, ok.header("ETag"));
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json()
                     .value(QLatin1String("errors"))
                     .toArray()
                     .first()[QLatin1String("field")]
                     .toString(),
                 QStringLiteral("email"));
        // The other CLB's contact data did not change; a CLB Jan does not work for is not his.
        QVERIFY(server()
                    ->get(QStringLiteral("/api/v1/me/clbs/2/contact"), t)
                    .json()
                    .value(QLatin1String("gsm"))
                    .toString() != QStringLiteral("0470 99 88 77"));
        QCOMPARE(server()->get(QStringLiteral("/api/v1/me/clbs/3/contact"), t).status, 404);
    }

    // The desktop's outbox sends contact data with an Idempotency-Key: a repeat whose first attempt was
    // applied (its answer lost) answers as the first did instead of 412, and writes nothing more. Every
    // refusal is audited (412, 428, 422, another CLB).
    void contactReplayedByKey_data() { backends(); }
    void contactReplayedByKey()
    {
        const QString t = token(jan, 1);
        const QString path = QStringLiteral("/api/v1/me/clbs/1/contact");
        const QByteArray etag = server()->get(path, t).header("ETag");
        const QJsonObject body{{QStringLiteral("gsm"), QStringLiteral("0470 11 22 33")},
                               {QStringLiteral("phone"), QString()},
                               {QStringLiteral("email"), QStringLiteral("jan@replay.example")}};
        const QByteArray key = "contact-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const auto send = [&](const QJsonObject &b, const QByteArray &ifMatch, const QByteArray &k) {
            QList<std::pair<QByteArray, QByteArray>> h{{"If-Match", ifMatch}};
            if (!k.isEmpty())
                h.append({"Idempotency-Key", k});
            return server()->send("PUT", path, t, b, h);
        };
        const HttpReply first = send(body, etag, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(server()->auditOfRequest(first.header("X-Request-Id")),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("contact.update"), 0}}));
        const HttpReply again = send(body, etag, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json(), first.json());
        QCOMPARE(server()->auditOfRequest(again.header("X-Request-Id")),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("request.replayed"), 0}}));
        QCOMPARE(server()->get(path, t).header("ETag"), first.header("ETag")); // written once
        // Without the key the same repeat is stale; the key with another body is refused.
        const HttpReply stale = send(body, etag, {});
        QCOMPARE(stale.status, 412);
        QCOMPARE(server()->auditOfRequest(stale.header("X-Request-Id")),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("contact.refused"), 0}}));
        QJsonObject other = body;
        other.insert(QStringLiteral("gsm"), QStringLiteral("0470 44 55 66"));
        QCOMPARE(send(other, first.header("ETag"), key).status, 422);
        QCOMPARE(server()->get(path, t).json().value(QLatin1String("gsm")).toString(),
                 QStringLiteral("0470 11 22 33"));
        // A refused value is not stored under its key: corrected, the same key is free again.
        other.insert(QStringLiteral("email"), QStringLiteral("not an address"));
        const QByteArray key2 = key + "-2";
        const HttpReply invalid = send(other, first.header("ETag"), key2);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(server()->auditOfRequest(invalid.header("X-Request-Id")),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("contact.refused"), 0}}));
        other.insert(QStringLiteral("email"), QStringLiteral("jan@replay.example"));
        QCOMPARE(send(other, first.header("ETag"), key2).status, 200);
        const HttpReply notHis = server()->send("PUT", QStringLiteral("/api/v1/me/clbs/3/contact"), t, body,
                                                {{"If-Match", "\"1\""}});
        QCOMPARE(notHis.status, 404);
        QCOMPARE(server()->auditOfRequest(notHis.header("X-Request-Id")),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("denied.not-your-clb"), 0}}));
    }

    void switchClb_data() { backends(); }
    void switchClb()
    {
        const QString t = token(jan, 1);
        const HttpReply r = server()->send("POST", QStringLiteral("/api/v1/auth/switch-clb"), t,
                                           {{QStringLiteral("clbId"), 2}});
        QCOMPARE(r.status, 200);
        const QString gent = r.json().value(QLatin1String("token")).toString();
        QCOMPARE(server()
                     ->get(QStringLiteral("/api/v1/me"), gent)
                     .json()
                     .value(QLatin1String("activeClbId"))
                     .toInt(),
                 2);
        QCOMPARE(server()->get(QStringLiteral("/api/v1/me"), t).status, 401); // replaced
        QCOMPARE(problemOf(server()->send("POST", QStringLiteral("/api/v1/auth/switch-clb"), gent,
                                          {{QStringLiteral("clbId"), 3}})),
                 QStringLiteral("not-staff-of-clb"));
    }

    void search_data() { backends(); }
    void search()
    {
        const QString t = token(an, 1);
        QVERIFY(searchNames(t, QStringLiteral("q=el")).contains(QStringLiteral("Ëlise Van den Bossche")));
        QVERIFY(
            searchNames(t, QStringLiteral("q=%C3%8BL")).contains(QStringLiteral("Ëlise Van den Bossche")));
        QVERIFY(
            searchNames(t, QStringLiteral("q=van%20den")).contains(QStringLiteral("Ëlise Van den Bossche")));
        QVERIFY(searchNames(t, QStringLiteral("q=cel")).contains(QStringLiteral("Emre Çelik")));
        QVERIFY(searchNames(t, QStringLiteral("q=%C3%87elik")).contains(QStringLiteral("Emre Çelik")));
        QVERIFY(searchNames(t, QStringLiteral("q=yilmaz")).contains(QStringLiteral("Elif Yılmaz")));
        QVERIFY(searchNames(t, QStringLiteral("q=elise%20van"))
                    .contains(QStringLiteral("Ëlise Van den Bossche")));
        // Other team of the same CLB and other CLBs are not found.
        QVERIFY(!searchNames(t, QStringLiteral("q=ines")).contains(QStringLiteral("Inès Wouters")));
        QVERIFY(!searchNames(t, QStringLiteral("q=raph")).contains(QStringLiteral("Raphaël Claes")));
        QVERIFY(
            searchNames(token(jan, 2), QStringLiteral("q=raph")).contains(QStringLiteral("Raphaël Claes")));

        // Birth date narrows.
        const HttpReply one = server()->get(pupilPath(eliseVdB), t);
        const QString birth = one.json().value(QLatin1String("birthDate")).toString();
        const QStringList narrowed = searchNames(t, QStringLiteral("q=el&birthDate=") + birth);
        QVERIFY(narrowed.contains(QStringLiteral("Ëlise Van den Bossche")));
        QVERIFY(narrowed.size() <= searchNames(t, QStringLiteral("q=el")).size());

        // Paging: limit 2 walks every result once, in key order.
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const HttpReply page =
                server()->get(QStringLiteral("/api/v1/pupils?q=el&limit=1") +
                                  (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                              t);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().value(QLatin1String("items")).toArray();
            QVERIFY(items.size() <= 1);
            for (const auto &v : items)
                seen.insert(v[QLatin1String("id")].toInteger());
            cursor = page.json().value(QLatin1String("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        const HttpReply all = server()->get(QStringLiteral("/api/v1/pupils?q=el&limit=100"), t);
        QSet<qint64> expected;
        for (const auto &v : all.json().value(QLatin1String("items")).toArray())
            expected.insert(v[QLatin1String("id")].toInteger());
        QCOMPARE(seen, expected);
        QVERIFY(pages >= 2);

        // Refusals.
        QCOMPARE(server()->get(QStringLiteral("/api/v1/pupils?q=e"), t).status, 422);
        QCOMPARE(server()->get(QStringLiteral("/api/v1/pupils?q=el&limit=1000"), t).status, 422);
        QCOMPARE(server()->get(QStringLiteral("/api/v1/pupils?q=el&birthDate=2020-02-30"), t).status, 422);
        QCOMPARE(server()->get(QStringLiteral("/api/v1/pupils?q=el&cursor=bm9wZQ"), t).status, 422);
        QCOMPARE(server()->get(QStringLiteral("/api/v1/pupils?q=el&sort=x"), t).status, 400);
        QCOMPARE(problemOf(server()->get(QStringLiteral("/api/v1/pupils?q=el"), token(sofie, 3))),
                 QStringLiteral("not-in-team"));
        // SQL metacharacters are just text.
        const HttpReply sql = server()->get(QStringLiteral("/api/v1/pupils?q=%27%20OR%201%3D1%20--"), t);
        QCOMPARE(sql.status, 200);
        QCOMPARE(sql.json().value(QLatin1String("items")).toArray().size(), 0);
    }

    // Every pupil route x (in the team / other team of the same CLB / other CLB / no team).
    void authorisationMatrix_data() { backends(); }
    void authorisationMatrix()
    {
        struct Case
        {
            QString who;
            qint64 clb;
            qint64 pupil;
            int status;
            QString problem;
        };
        const QList<Case> cases = {
            {an, 1, eliseVdB, 200, {}},
            {an, 1, ines, 403, QStringLiteral("pupil-not-in-your-teams")},    // other team, same CLB
            {an, 1, raphael, 403, QStringLiteral("pupil-not-in-your-teams")}, // other CLB
            {jan, 2, raphael, 200, {}},                                       // Jan's second CLB
            {jan, 2, eliseVdB, 403,
             QStringLiteral("pupil-not-in-your-teams")},            // acting for Gent, Antwerpen pupil
            {sofie, 3, maelle, 403, QStringLiteral("not-in-team")}, // no team at all
        };
        const QStringList reads = {QString(),
                                   QStringLiteral("/medical"),
                                   QStringLiteral("/parent-heights"),
                                   QStringLiteral("/journal"),
                                   QStringLiteral("/attests"),
                                   QStringLiteral("/creon-registrations"),
                                   QStringLiteral("/audit")};
        for (const Case &c : cases) {
            const QString t = token(c.who, c.clb);
            for (const QString &tail : reads) {
                const HttpReply r = server()->get(pupilPath(c.pupil) + tail, t);
                QVERIFY2(r.status == c.status, qPrintable(tail + u' ' + QString::fromUtf8(dump(r))));
                if (!c.problem.isEmpty())
                    QCOMPARE(problemOf(r), c.problem);
            }
            if (c.status == 200)
                continue;
            // Writes are refused the same way and change nothing.
            const auto before = server()->tableCounts();
            const QList<HttpReply> writes = {
                put(pupilPath(c.pupil, "/parent-heights"), t,
                    {{QStringLiteral("fatherCm"), 180}, {QStringLiteral("motherCm"), 165}}, "\"1\""),
                put(pupilPath(c.pupil, "/attributes"), t, {{QStringLiteral("bridgingHelp"), true}}, "\"1\""),
                post(pupilPath(c.pupil, "/activities"), t, activityBody(),
                     "matrix-" + QByteArray::number(c.pupil)),
                post(pupilPath(c.pupil, "/measurements"), t,
                     {{QStringLiteral("contact"), QStringLiteral("L1")},
                      {QStringLiteral("date"), QStringLiteral("2026-01-10")}},
                     "matrix-m-" + QByteArray::number(c.pupil)),
                post(pupilPath(c.pupil, "/attests"), t,
                     {{QStringLiteral("type"), QStringLiteral("ADBIB")}, {QStringLiteral("activityId"), 1}},
                     "matrix-a-" + QByteArray::number(c.pupil)),
                post(pupilPath(c.pupil, "/creon-registrations"), t,
                     {{QStringLiteral("itemCode"), QStringLiteral("pesten")},
                      {QStringLiteral("value"), QStringLiteral("x")},
                      {QStringLiteral("date"), QStringLiteral("2026-01-10")}},
                     "matrix-c-" + QByteArray::number(c.pupil))};
            for (const HttpReply &w : writes) {
                QVERIFY2(w.status == 403, dump(w));
                QCOMPARE(problemOf(w), c.problem);
            }
            QCOMPARE(server()->tableCounts(), before);
        }
        QCOMPARE(server()->get(pupilPath(999999), token(an, 1)).status, 404);
    }

    void dossierAndAttributes_data() { backends(); }
    void dossierAndAttributes()
    {
        const QString t = token(an, 1);
        const HttpReply r = server()->get(pupilPath(celik), t);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("lastName")).toString(), QStringLiteral("Çelik"));
        QCOMPARE(r.json().value(QLatin1String("school")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Basisschool Antwerpen 1"));
        // The parents' contact language (migration 11): Dutch unless known; Héloïse Vermeulen's parents read
        // French.
        QCOMPARE(r.json().value(QLatin1String("contactLanguage")).toString(), QStringLiteral("nl"));
        QCOMPARE(server()->get(pupilPath(8), t).json().value(QLatin1String("contactLanguage")).toString(),
                 QStringLiteral("fr"));
        const QByteArray etag = r.header("ETag");
        QCOMPARE(put(pupilPath(celik, "/attributes"), t, {{QStringLiteral("bridgingHelp"), true}}, {}).status,
                 428);
        const HttpReply changed =
            put(pupilPath(celik, "/attributes"), t, {{QStringLiteral("bridgingHelp"), true}}, etag);
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.json()
                    .value(QLatin1String("attributes"))
                    .toObject()
                    .value(QLatin1String("bridgingHelp"))
                    .toBool());
        // The change is a line in the journaalblad, newest first.
        const QJsonObject newest = server()
                                       ->get(pupilPath(celik, "/journal"), t)
                                       .json()
                                       .value(QLatin1String("items"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(newest.value(QLatin1String("subject")).toString(),
                 QStringLiteral("Overbruggingshulp gestart"));
        QCOMPARE(newest.value(QLatin1String("staff")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("An Peeters"));
        QCOMPARE(
            put(pupilPath(celik, "/attributes"), t, {{QStringLiteral("bridgingHelp"), false}}, etag).status,
            412);
        QVERIFY(server()
                    ->get(pupilPath(celik), t)
                    .json()
                    .value(QLatin1String("attributes"))
                    .toObject()
                    .value(QLatin1String("bridgingHelp"))
                    .toBool());
    }

    void parentHeights_data() { backends(); }
    void parentHeights()
    {
        const QString t = token(an, 1);
        const QString path = pupilPath(eliseVdB, "/parent-heights");
        const HttpReply empty = server()->get(path, t);
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.json().value(QLatin1String("fatherCm")).isNull());
        const QByteArray etag = empty.header("ETag");
        const QJsonObject body{{QStringLiteral("fatherCm"), 182.5}, {QStringLiteral("motherCm"), 167}};
        QCOMPARE(put(path, t, body, {}).status, 428);
        const HttpReply tooShort =
            put(path, t, {{QStringLiteral("fatherCm"), 110}, {QStringLiteral("motherCm"), 167}}, etag);
        QCOMPARE(tooShort.status, 422);
        const QJsonObject error = tooShort.json().value(QLatin1String("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QLatin1String("field")).toString(), QStringLiteral("fatherCm"));
        QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("120")));
        const HttpReply saved = put(path, t, body, etag);
        QVERIFY2(saved.status == 200, dump(saved));
        QCOMPARE(saved.json().value(QLatin1String("fatherCm")).toDouble(), 182.5);
        QCOMPARE(saved.json()
                     .value(QLatin1String("father"))
                     .toObject()
                     .value(QLatin1String("changedBy"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("An Peeters"));
        // Jan changes only the mother's height: the father's stamp stays An's.
        const HttpReply byJan =
            put(path, token(jan, 1), {{QStringLiteral("fatherCm"), 182.5}, {QStringLiteral("motherCm"), 168}},
                saved.header("ETag"));
        QCOMPARE(byJan.status, 200);
        QCOMPARE(byJan.json()
                     .value(QLatin1String("father"))
                     .toObject()
                     .value(QLatin1String("changedBy"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("An Peeters"));
        QCOMPARE(byJan.json()
                     .value(QLatin1String("mother"))
                     .toObject()
                     .value(QLatin1String("changedBy"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Jan Claes"));
        // A stale write changes nothing.
        const HttpReply stale =
            put(path, t, {{QStringLiteral("fatherCm"), 150}, {QStringLiteral("motherCm"), 150}}, etag);
        QCOMPARE(stale.status, 412);
        QCOMPARE(problemOf(stale), QStringLiteral("stale"));
        QCOMPARE(server()->get(path, t).json().value(QLatin1String("motherCm")).toDouble(), 168.0);
        const HttpReply medical = server()->get(pupilPath(eliseVdB, "/medical"), t);
        QCOMPARE(medical.json()
                     .value(QLatin1String("parentHeights"))
                     .toObject()
                     .value(QLatin1String("fatherCm"))
                     .toDouble(),
                 182.5);
    }

    // Two server processes on one database, the same If-Match: exactly one wins, the other gets 412.
    void concurrentParentHeights_data() { backends(); }
    void concurrentParentHeights()
    {
        ServerProcess second(server() == m_servers[0].get() ? ServerProcess::Backend::Sqlite
                                                            : ServerProcess::Backend::Postgres);
        QVERIFY2(second.start(-1, {}, server()->dbUrl()), qPrintable(second.errorString()));
        const QString t = token(an, 1);
        for (const qint64 pupil :
             {qint64(4), qint64(5)}) { // 4: first entry (insert), 5: has heights (update)
            const QString path = pupilPath(pupil, "/parent-heights");
            const QByteArray etag = server()->get(path, t).header("ETag");
            const QList<std::pair<QByteArray, QByteArray>> headers{
                {"Authorization", bearer(t)}, {"If-Match", etag}, {"Content-Type", "application/json"}};
            QNetworkReply *a =
                server()->startRequest("PUT", path, "{\"fatherCm\":171,\"motherCm\":161}", headers);
            QNetworkReply *b =
                second.startRequest("PUT", path, "{\"fatherCm\":191,\"motherCm\":171}", headers);
            const HttpReply ra = ServerProcess::finish(a);
            const HttpReply rb = ServerProcess::finish(b);
            QList<int> statuses{ra.status, rb.status};
            std::sort(statuses.begin(), statuses.end());
            QVERIFY2(statuses == (QList<int>{200, 412}), dump(ra) + " / " + dump(rb));
            const double father = server()->get(path, t).json().value(QLatin1String("fatherCm")).toDouble();
            QCOMPARE(father, ra.status == 200 ? 171.0 : 191.0);
        }
        QVERIFY(second.stop());
    }

    void cleanupTestCase() { stopServers(); }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
