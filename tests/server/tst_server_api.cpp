// Every /api/v1 endpoint of the real lars-server over HTTPS, against SQLite and PostgreSQL: behaviour,
// the authorisation matrix, audit entries, optimistic concurrency, idempotency and bad input.
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>

using lars::test::HttpReply;
using lars::test::ServerProcess;

namespace {
const QString an = QStringLiteral("85071512397");
const QString jan = QStringLiteral("77030245655");
const QString sofie = QStringLiteral("90010178911");
const QString elise = QStringLiteral("68122401204");
// Demo pupils: 1-8 and 12 in Antwerpen team Noord (An, Jan), 9 in Antwerpen team Zuid, 10 in Gent
// team Noord (Jan), 11 in Brugge.
constexpr qint64 eliseVdB = 1, celik = 2, ines = 9, raphael = 10, maelle = 11;

QString problemOf(const HttpReply &r)
{
    return r.problemType().section(u'/', -1);
}
QByteArray dump(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(600) + ' ' + r.networkError.toUtf8();
}
} // namespace

class TestServerApi final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_servers[2];
    // Every test runs against both databases.
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
    QString token(const QString &nn, qint64 clb) { return server()->token(nn, clb); }
    QByteArray bearer(const QString &t) { return "Bearer " + t.toLatin1(); }
    HttpReply put(const QString &path, const QString &t, const QJsonObject &body, const QByteArray &ifMatch)
    {
        QList<std::pair<QByteArray, QByteArray>> h;
        if (!ifMatch.isEmpty())
            h.append({"If-Match", ifMatch});
        return server()->send("PUT", path, t, body, h);
    }
    HttpReply post(const QString &path, const QString &t, const QJsonObject &body, const QByteArray &key)
    {
        QList<std::pair<QByteArray, QByteArray>> h;
        if (!key.isEmpty())
            h.append({"Idempotency-Key", key});
        return server()->send("POST", path, t, body, h);
    }
    static QString pupilPath(qint64 id, const char *tail = "")
    {
        return QStringLiteral("/api/v1/pupils/%1%2").arg(id).arg(QLatin1String(tail));
    }
    QStringList searchNames(const QString &t, const QString &query)
    {
        const HttpReply r = server()->get(QStringLiteral("/api/v1/pupils?") + query, t);
        QStringList names;
        for (const auto &v : r.json().value(QLatin1String("items")).toArray())
            names << v[QLatin1String("firstName")].toString() + u' ' +
                         v[QLatin1String("lastName")].toString();
        return names;
    }
    QJsonObject activityBody()
    {
        return {
            {QStringLiteral("date"), QStringLiteral("2026-03-02")},
            {QStringLiteral("function"), QStringLiteral("draaischijf")},
            {QStringLiteral("subject"), QStringLiteral("Doorverwijzing oogarts")},
            {QStringLiteral("durationMinutes"), 30},
            {QStringLiteral("text"),
             QStringLiteral("Eerste lijn.\n\nTweede alinea na een lege regel.\n  ingesprongen")},
            {QStringLiteral("hub"), QJsonObject{{QStringLiteral("direction"), QStringLiteral("referral-to")},
                                                {QStringLiteral("category"), QStringLiteral("medisch")},
                                                {QStringLiteral("detail"), QStringLiteral("oogarts")}}}};
    }

private slots:
    void initTestCase()
    {
        for (int b = 0; b < 2; ++b) {
            m_servers[b] = std::make_unique<ServerProcess>(b == 0 ? ServerProcess::Backend::Sqlite
                                                                  : ServerProcess::Backend::Postgres);
            QVERIFY2(m_servers[b]->start(60), qPrintable(m_servers[b]->errorString()));
            QCOMPARE(m_servers[b]->baseUrl().scheme(), QStringLiteral("https"));
        }
    }

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

    void cleanupTestCase()
    {
        for (auto &s : m_servers)
            if (s)
                QVERIFY2(s->stop(), s->log().right(1000).constData()); // graceful: exit code 0 on SIGTERM
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
