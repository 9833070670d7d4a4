// The typed advice per systematic contact on the real lars-server over HTTPS, against SQLite and
// PostgreSQL: kept byte for byte, If-Match (428/412), team authorisation, bad input refused and changing
// nothing, every read, change and refusal audited.
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
// Demo pupils 1-8 are in Antwerpen team Noord (An, Jan); 9 in Antwerpen team Zuid.
constexpr qint64 pupil = 6, otherPupil = 5, otherTeamPupil = 9;

// Three paragraphs with what a typed text holds: blank lines, a CRLF, a tab, trailing spaces, two blank
// lines in a row, accents and a character outside the BMP.
const QString threeParagraphs =
    QStringLiteral("De lengte van Arthur ligt onder percentiel 3.\nWe raden aan om dit te laten nakijken.\n\n"
                   "Breng deze brief mee naar de huisarts.\r\nDe huisarts vult de strook in.  \n\n\n"
                   "\tMet vriendelijke groeten, Zoë en Noël \U0001F600");

QString problemOf(const HttpReply &r)
{
    return r.problemType().section(u'/', -1);
}
QByteArray dump(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(600) + ' ' + r.networkError.toUtf8();
}
QString pupilPath(qint64 id, const QString &tail = {})
{
    return QStringLiteral("/api/v1/pupils/%1%2").arg(id).arg(tail);
}
QString advicePath(qint64 pupilId, qint64 measurementId)
{
    return pupilPath(pupilId, QStringLiteral("/measurements/%1/advice").arg(measurementId));
}
} // namespace

class TestServerAdvice final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_servers[2];
    qint64 m_consult[2] = {};
    qint64 m_otherConsult[2] = {};

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
    qint64 consult()
    {
        QFETCH(int, backend);
        return m_consult[backend];
    }
    QString token(const QString &nn, qint64 clb) { return server()->token(nn, clb); }
    HttpReply put(const QString &path, const QString &t, const QJsonObject &body, const QByteArray &ifMatch)
    {
        QList<std::pair<QByteArray, QByteArray>> h;
        if (!ifMatch.isEmpty())
            h.append({"If-Match", ifMatch});
        return server()->send("PUT", path, t, body, h);
    }
    HttpReply putRaw(const QString &path, const QString &t, const QByteArray &body, const QByteArray &ifMatch)
    {
        return server()->request("PUT", path, body,
                                 {{"Authorization", "Bearer " + t.toLatin1()}, {"If-Match", ifMatch}});
    }
    QStringList auditOf(const HttpReply &r)
    {
        QStringList actions;
        for (const auto &[action, pupilId] : server()->auditOfRequest(r.header("X-Request-Id")))
            actions << action + u'@' + QString::number(pupilId);
        return actions;
    }
    // A new consult with a height below P3 for a 6-year-old (the advice's reason to exist).
    static qint64 createConsult(ServerProcess &s, const QString &t, qint64 pupilId, const QByteArray &key)
    {
        const HttpReply m = s.send("POST", pupilPath(pupilId, QStringLiteral("/measurements")), t,
                                   {{QStringLiteral("contact"), QStringLiteral("L1")},
                                    {QStringLiteral("date"), QStringLiteral("2026-02-03")},
                                    {QStringLiteral("heightCm"), 104.0},
                                    {QStringLiteral("weightKg"), 17.0}},
                                   {{"Idempotency-Key", key}});
        return m.status == 201 ? m.json().value(QLatin1String("id")).toInteger() : 0;
    }

private slots:
    void initTestCase()
    {
        for (int b = 0; b < 2; ++b) {
            m_servers[b] = std::make_unique<ServerProcess>(b == 0 ? ServerProcess::Backend::Sqlite
                                                                  : ServerProcess::Backend::Postgres);
            QVERIFY2(m_servers[b]->start(20), qPrintable(m_servers[b]->errorString()));
            const QString t = m_servers[b]->token(an, 1);
            m_consult[b] = createConsult(*m_servers[b], t, pupil, "advice-consult");
            m_otherConsult[b] = createConsult(*m_servers[b], t, otherPupil, "advice-other-consult");
            QVERIFY(m_consult[b] > 0 && m_otherConsult[b] > 0);
        }
    }

    void keptByteForByte_data() { backends(); }
    void keptByteForByte()
    {
        const QString t = token(an, 1);
        const QString path = advicePath(pupil, consult());
        const HttpReply none = server()->get(path, t);
        QVERIFY2(none.status == 200, dump(none));
        QCOMPARE(none.header("ETag"), QByteArray("\"0\""));
        QCOMPARE(none.json().value(QLatin1String("text")).toString(), QString());
        QVERIFY(none.json().value(QLatin1String("changedBy")).isNull());

        const QJsonObject body{{QStringLiteral("text"), threeParagraphs}};
        const HttpReply withoutIfMatch = put(path, t, body, {});
        QCOMPARE(withoutIfMatch.status, 428);
        QCOMPARE(problemOf(withoutIfMatch), QStringLiteral("precondition-required"));
        QVERIFY2(auditOf(withoutIfMatch).contains(QStringLiteral("advice.refused@%1").arg(pupil)),
                 qPrintable(auditOf(withoutIfMatch).join(u',')));

        const HttpReply saved = put(path, t, body, "\"0\"");
        QVERIFY2(saved.status == 200, dump(saved));
        QCOMPARE(saved.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(auditOf(saved), QStringList{QStringLiteral("advice.update@%1").arg(pupil)});

        // The bytes come back exactly: from the advice itself, the dossier's medical data, the consult and
        // the class.
        const HttpReply read = server()->get(path, t);
        QCOMPARE(read.json().value(QLatin1String("text")).toString(), threeParagraphs);
        QCOMPARE(
            read.json().value(QLatin1String("changedBy")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("An Peeters"));
        QCOMPARE(auditOf(read), QStringList{QStringLiteral("advice.read@%1").arg(pupil)});
        const auto adviceIn = [&](const QJsonArray &measurements) {
            for (const auto &v : measurements)
                if (v[QLatin1String("id")].toInteger() == consult())
                    return v[QLatin1String("advice")][QLatin1String("text")].toString();
            return QStringLiteral("(consult not listed)");
        };
        const HttpReply medical = server()->get(pupilPath(pupil, QStringLiteral("/medical")), t);
        QCOMPARE(adviceIn(medical.json().value(QLatin1String("measurements")).toArray()), threeParagraphs);
        const HttpReply one =
            server()->get(pupilPath(pupil, QStringLiteral("/measurements/%1").arg(consult())), t);
        QCOMPARE(one.json().value(QLatin1String("advice")).toObject().value(QLatin1String("text")).toString(),
                 threeParagraphs);
        const qint64 classId = server()
                                   ->get(pupilPath(pupil), t)
                                   .json()
                                   .value(QLatin1String("class"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toInteger();
        const HttpReply ofClass = server()->get(QStringLiteral("/api/v1/classes/%1/medical").arg(classId), t);
        QVERIFY2(ofClass.status == 200, dump(ofClass));
        QString inClass;
        for (const auto &p : ofClass.json().value(QLatin1String("pupils")).toArray())
            if (p[QLatin1String("pupil")][QLatin1String("id")].toInteger() == pupil)
                inClass = adviceIn(p[QLatin1String("measurements")].toArray());
        QCOMPARE(inClass, threeParagraphs);

        // The stale version changes nothing; Jan, on the current one, does — and is named.
        const HttpReply stale =
            put(path, t, {{QStringLiteral("text"), QStringLiteral("overschreven")}}, "\"0\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(problemOf(stale), QStringLiteral("stale"));
        QCOMPARE(stale.header("ETag"), QByteArray("\"1\""));
        QVERIFY(auditOf(stale).contains(QStringLiteral("advice.refused@%1").arg(pupil)));
        QCOMPARE(server()->get(path, t).json().value(QLatin1String("text")).toString(), threeParagraphs);
        const HttpReply byJan =
            put(path, token(jan, 1), {{QStringLiteral("text"), threeParagraphs + u'\n'}}, "\"1\"");
        QVERIFY2(byJan.status == 200, dump(byJan));
        QCOMPARE(byJan.json().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(
            byJan.json().value(QLatin1String("changedBy")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Jan Claes"));
        // Clearing is a change like any other.
        const HttpReply cleared = put(path, t, {{QStringLiteral("text"), QString()}}, "\"2\"");
        QVERIFY2(cleared.status == 200, dump(cleared));
        QCOMPARE(cleared.json().value(QLatin1String("text")).toString(), QString());
        QCOMPARE(put(path, t, body, "\"3\"").status, 200);
    }

    // Bad input: a clear 4xx problem+json, the advice unchanged, the refusal audited.
    void badInput_data() { backends(); }
    void badInput()
    {
        QFETCH(int, backend);
        const QString t = token(an, 1);
        const QString path = advicePath(otherPupil, m_otherConsult[backend]);
        const HttpReply first = put(path, t, {{QStringLiteral("text"), QStringLiteral("Eerste advies.")}},
                                    server()->get(path, t).header("ETag"));
        QVERIFY2(first.status == 200, dump(first));
        const QByteArray etag = first.header("ETag");
        struct Bad
        {
            const char *name;
            QByteArray body;
            int status;
            const char *problem;
            const char *code; // the field error's code for 422
        };
        const auto countsBefore = server()->tableCounts();
        QVERIFY(countsBefore.contains(QStringLiteral("consult_advice.versions")));
        const QList<Bad> cases = {
            {"NUL", R"({"text":"a\u0000b"})", 400, "invalid-text", ""},
            {"lone high surrogate", R"({"text":"a\ud800b"})", 400, "invalid-text", ""},
            {"lone low surrogate", R"({"text":"\udc00"})", 400, "invalid-text", ""},
            {"bell", R"({"text":"a\u0007b"})", 422, "validation", "format"},
            {"escape", R"({"text":"a\u001bb"})", 422, "validation", "format"},
            {"too long", "{\"text\":\"" + QByteArray(4001, 'a') + "\"}", 422, "validation", "length"},
            {"not a string", R"({"text":42})", 422, "validation", "type"},
            {"missing", R"({})", 422, "validation", "required"},
            {"unknown field", R"({"text":"x","version":3})", 422, "validation", "unknown-field"},
            {"not json", R"({"text":)", 400, "malformed-json", ""},
            {"array", R"(["x"])", 400, "malformed-json", ""},
            {"huge", "{\"text\":\"" + QByteArray(300 * 1024, 'a') + "\"}", 413, "body-too-large", ""},
        };
        for (const Bad &c : cases) {
            const HttpReply r = putRaw(path, t, c.body, etag);
            QVERIFY2(r.status == c.status, (QByteArray(c.name) + ": " + dump(r)).constData());
            QVERIFY2(r.header("Content-Type").startsWith("application/problem+json"), c.name);
            QVERIFY2(problemOf(r) == QLatin1String(c.problem),
                     (QByteArray(c.name) + ": " + dump(r)).constData());
            if (c.status == 422)
                QCOMPARE(r.json()
                             .value(QLatin1String("errors"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString(),
                         QLatin1String(c.code));
            if (c.status == 422)
                QVERIFY2(auditOf(r).contains(QStringLiteral("advice.refused@%1").arg(otherPupil)), c.name);
            const HttpReply after = server()->get(path, t);
            QCOMPARE(after.header("ETag"), etag);
            QCOMPARE(after.json().value(QLatin1String("text")).toString(), QStringLiteral("Eerste advies."));
        }
        QCOMPARE(server()->tableCounts(), countsBefore);
        // Exactly 4000 characters (outside the BMP counting as two) is allowed.
        const QString longest = QString(3998, u'a') + QStringLiteral("\U0001F600");
        const HttpReply atLimit = put(path, t, {{QStringLiteral("text"), longest}}, etag);
        QVERIFY2(atLimit.status == 200, dump(atLimit));
        QCOMPARE(server()->get(path, t).json().value(QLatin1String("text")).toString(), longest);
    }

    // Only the pupil's teams see or change the advice; the consult must be this pupil's and current.
    void authorisation_data() { backends(); }
    void authorisation()
    {
        QFETCH(int, backend);
        const QString t = token(an, 1);
        const QString path = advicePath(pupil, consult());
        const QByteArray etag = server()->get(path, t).header("ETag");
        const QJsonObject body{{QStringLiteral("text"), QStringLiteral("van een vreemde")}};
        QCOMPARE(server()->request("GET", path).status, 401);
        QCOMPARE(server()->request("PUT", path, QJsonDocument(body).toJson(), {{"If-Match", etag}}).status,
                 401);
        for (const auto &[who, clb, problem] : {std::tuple{sofie, qint64(3), "not-in-team"},
                                                std::tuple{jan, qint64(2), "pupil-not-in-your-teams"}}) {
            const QString other = token(who, clb);
            const HttpReply read = server()->get(path, other);
            QCOMPARE(read.status, 403);
            const HttpReply write = put(path, other, body, etag);
            QCOMPARE(write.status, 403);
            QVERIFY2(!auditOf(write).isEmpty(), problem);
        }
        // Another team's pupil, and this pupil's path with another pupil's consult.
        QCOMPARE(put(advicePath(otherTeamPupil, consult()), t, body, etag).status, 403);
        const HttpReply crossed = put(advicePath(pupil, m_otherConsult[backend]), t, body, "\"1\"");
        QCOMPARE(crossed.status, 404);
        QVERIFY(auditOf(crossed).contains(QStringLiteral("advice.refused@%1").arg(pupil)));
        QCOMPARE(server()->get(advicePath(pupil, m_otherConsult[backend]), t).status, 404);
        QCOMPARE(server()->get(advicePath(pupil, 999999), t).status, 404);
        // A withdrawn consult has no advice to read or write.
        const qint64 withdrawn = createConsult(*server(), t, pupil, "advice-withdrawn");
        const QString withdrawnPath = pupilPath(pupil, QStringLiteral("/measurements/%1").arg(withdrawn));
        const QByteArray withdrawnTag =
            '"' +
            QByteArray::number(
                server()->get(withdrawnPath, t).json().value(QLatin1String("version")).toInt()) +
            '"';
        QCOMPARE(server()
                     ->request("DELETE", withdrawnPath, {},
                               {{"Authorization", "Bearer " + t.toLatin1()}, {"If-Match", withdrawnTag}})
                     .status,
                 204);
        QCOMPARE(put(advicePath(pupil, withdrawn), t, body, "\"0\"").status, 404);
        QCOMPARE(server()->get(path, t).header("ETag"), etag); // nothing of all this changed it
    }

    // Two server processes on one database, both writing the first advice: exactly one wins.
    void concurrentFirstAdvice_data() { backends(); }
    void concurrentFirstAdvice()
    {
        ServerProcess second(server() == m_servers[0].get() ? ServerProcess::Backend::Sqlite
                                                            : ServerProcess::Backend::Postgres);
        QVERIFY2(second.start(-1, {}, server()->dbUrl()), qPrintable(second.errorString()));
        const QString t = token(an, 1);
        const qint64 fresh = createConsult(*server(), t, pupil, "advice-race");
        const QString path = advicePath(pupil, fresh);
        const QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + t.toLatin1()},
                                                               {"If-Match", "\"0\""},
                                                               {"Content-Type", "application/json"}};
        QNetworkReply *a = server()->startRequest("PUT", path, R"({"text":"van a"})", headers);
        QNetworkReply *b = second.startRequest("PUT", path, R"({"text":"van b"})", headers);
        const HttpReply ra = ServerProcess::finish(a);
        const HttpReply rb = ServerProcess::finish(b);
        QList<int> statuses{ra.status, rb.status};
        std::sort(statuses.begin(), statuses.end());
        QVERIFY2(statuses == (QList<int>{200, 412}), dump(ra) + " / " + dump(rb));
        QCOMPARE(server()->get(path, t).json().value(QLatin1String("text")).toString(),
                 ra.status == 200 ? QStringLiteral("van a") : QStringLiteral("van b"));
        QVERIFY(second.stop());
    }

    void cleanupTestCase()
    {
        for (auto &s : m_servers)
            if (s)
                QVERIFY2(s->stop(), s->log().right(1000).constData());
    }
};

QTEST_GUILESS_MAIN(TestServerAdvice)
#include "tst_server_advice.moc"
