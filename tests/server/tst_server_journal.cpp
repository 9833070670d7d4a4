// Correcting and withdrawing journal activities on the real lars-server over HTTPS, against SQLite and
// PostgreSQL: only the author (403 for a colleague, audited), If-Match (412 stale, 428 missing), every
// version kept, a withdrawn activity stays in the journal, its CREON item follows, bad input changes nothing.
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>
#include <memory>

using lars::test::HttpReply;
using lars::test::ServerProcess;

namespace {
const QString an = QStringLiteral("85071512397");
const QString jan = QStringLiteral("77030245655");
// Demo pupils 1-8 are in Antwerpen team Noord (An and Jan), 9 in team Zuid (not An's).
constexpr qint64 celik = 2, ines = 9;

QString problemOf(const HttpReply &r)
{
    return r.problemType().section(u'/', -1);
}
QByteArray dump(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(600) + ' ' + r.networkError.toUtf8();
}
QString path(qint64 pupil, qint64 activity, const char *tail = "")
{
    return QStringLiteral("/api/v1/pupils/%1/activities/%2%3")
        .arg(pupil)
        .arg(activity)
        .arg(QLatin1String(tail));
}
} // namespace

class TestServerJournal final : public QObject
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
    HttpReply put(const QString &p, const QString &t, const QJsonObject &body, const QByteArray &ifMatch)
    {
        QList<std::pair<QByteArray, QByteArray>> h;
        if (!ifMatch.isEmpty())
            h.append({"If-Match", ifMatch});
        return server()->send("PUT", p, t, body, h);
    }
    static QJsonObject activityBody(const QString &subjectCode = {})
    {
        return {
            {QStringLiteral("date"), QStringLiteral("2026-03-02")},
            {QStringLiteral("function"), QStringLiteral("begeleiding")},
            {QStringLiteral("subject"), QStringLiteral("Gesprek met moeder")},
            {QStringLiteral("subjectCode"), subjectCode.isEmpty() ? QJsonValue() : QJsonValue(subjectCode)},
            {QStringLiteral("durationMinutes"), 30},
            {QStringLiteral("text"), QStringLiteral("Moeder belde over het slapen.")},
            {QStringLiteral("hub"), QJsonValue()}};
    }
    static QJsonObject correction(QJsonObject body, const QString &reason, bool withdrawn = false)
    {
        body.insert(QStringLiteral("reason"), reason);
        body.insert(QStringLiteral("withdrawn"), withdrawn);
        return body;
    }
    // A new activity of An's for pupil; its id.
    qint64 create(const QString &t, qint64 pupil, const QJsonObject &body, const QByteArray &key)
    {
        const HttpReply r = server()->send("POST", QStringLiteral("/api/v1/pupils/%1/activities").arg(pupil),
                                           t, body, {{"Idempotency-Key", key}});
        if (r.status != 201)
            qWarning() << dump(r);
        return r.json().value(QLatin1String("id")).toInteger();
    }
    QJsonObject journalEntry(const QString &t, qint64 pupil, qint64 id)
    {
        const HttpReply r =
            server()->get(QStringLiteral("/api/v1/pupils/%1/journal?limit=100").arg(pupil), t);
        for (const auto &v : r.json().value(QLatin1String("items")).toArray())
            if (v[QLatin1String("id")].toInteger() == id)
                return v.toObject();
        return {};
    }
    QStringList auditOf(const HttpReply &reply)
    {
        QStringList actions;
        for (const auto &[action, pupil] : server()->auditOfRequest(reply.header("X-Request-Id")))
            actions << action;
        return actions;
    }

private slots:
    void initTestCase()
    {
        for (int b = 0; b < 2; ++b) {
            m_servers[b] = std::make_unique<ServerProcess>(b == 0 ? ServerProcess::Backend::Sqlite
                                                                  : ServerProcess::Backend::Postgres);
            QVERIFY2(m_servers[b]->start(20), qPrintable(m_servers[b]->errorString()));
        }
    }

    void authorCorrectsAndEveryVersionStays_data() { backends(); }
    void authorCorrectsAndEveryVersionStays()
    {
        const QString t = server()->token(an, 1);
        const qint64 id = create(t, celik, activityBody(), "journal-correct-1");
        QVERIFY(id > 0);
        const HttpReply read = server()->get(path(celik, id), t);
        QCOMPARE(read.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(read.json().value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(read.json().value(QLatin1String("withdrawn")).toBool(), false);

        QJsonObject fixed = activityBody();
        fixed.insert(QStringLiteral("text"), QStringLiteral("Vader belde over het slapen."));
        const HttpReply corrected =
            put(path(celik, id), t, correction(fixed, QStringLiteral("vader, niet moeder")), "\"1\"");
        QVERIFY2(corrected.status == 200, dump(corrected));
        QCOMPARE(corrected.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(corrected.json().value(QLatin1String("text")).toString(),
                 QStringLiteral("Vader belde over het slapen."));
        QCOMPARE(corrected.json().value(QLatin1String("reason")).toString(),
                 QStringLiteral("vader, niet moeder"));
        QVERIFY(!corrected.json().value(QLatin1String("changedAt")).toString().isEmpty());
        QCOMPARE(auditOf(corrected), QStringList{QStringLiteral("activity.correct")});

        const HttpReply history = server()->get(path(celik, id, "/versions"), t);
        QCOMPARE(history.status, 200);
        const QJsonArray versions = history.json().value(QLatin1String("items")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0][QLatin1String("version")].toInt(), 1);
        QCOMPARE(versions[0][QLatin1String("text")].toString(),
                 QStringLiteral("Moeder belde over het slapen."));
        QVERIFY(versions[0][QLatin1String("reason")].isNull());
        QVERIFY(versions[0][QLatin1String("changedAt")].isNull());
        QCOMPARE(versions[1][QLatin1String("version")].toInt(), 2);
        QCOMPARE(versions[1][QLatin1String("text")].toString(),
                 QStringLiteral("Vader belde over het slapen."));
        QCOMPARE(auditOf(history), QStringList{QStringLiteral("activity.history.read")});

        // Withdrawn: still in the journal, marked; the history keeps all three; it can be restored.
        const HttpReply withdrawn =
            put(path(celik, id), t, correction(fixed, QStringLiteral("verkeerde leerling"), true), "\"2\"");
        QVERIFY2(withdrawn.status == 200, dump(withdrawn));
        QCOMPARE(auditOf(withdrawn), QStringList{QStringLiteral("activity.withdraw")});
        const QJsonObject entry = journalEntry(t, celik, id);
        QCOMPARE(entry.value(QLatin1String("withdrawn")).toBool(), true);
        QCOMPARE(entry.value(QLatin1String("version")).toInt(), 3);
        QCOMPARE(server()
                     ->get(path(celik, id, "/versions"), t)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 3);
        // Nothing can be attested on or referred from what its author took back.
        const auto refusedAsWithdrawn = [&](const char *collection, const QJsonObject &body,
                                            const QByteArray &key) {
            const auto before = server()->tableCounts();
            const HttpReply r = server()->send(
                "POST", QStringLiteral("/api/v1/pupils/%1/%2").arg(celik).arg(QLatin1String(collection)), t,
                body, {{"Idempotency-Key", key}});
            const QJsonArray errors = r.json().value(QLatin1String("errors")).toArray();
            const bool named = std::any_of(errors.begin(), errors.end(), [](const QJsonValue &e) {
                return e[QLatin1String("field")].toString() == QStringLiteral("activityId") &&
                       e[QLatin1String("code")].toString() == QStringLiteral("withdrawn");
            });
            return r.status == 422 && named && server()->tableCounts() == before;
        };
        QVERIFY(refusedAsWithdrawn(
            "attests",
            {{QStringLiteral("type"), QStringLiteral("ADBIB")}, {QStringLiteral("activityId"), id}},
            "attest-on-withdrawn"));
        QVERIFY(refusedAsWithdrawn(
            "referrals",
            {{QStringLiteral("kind"), QStringLiteral("partner")},
             {QStringLiteral("activityId"), id},
             {QStringLiteral("finding"), QStringLiteral("Herhaalde afwezigheden.")},
             {QStringLiteral("question"), QStringLiteral("Kan de partner opvolgen?")},
             {QStringLiteral("consent"), QJsonObject{{QStringLiteral("status"), QStringLiteral("not-asked")},
                                                     {QStringLiteral("date"), QJsonValue()}}}},
            "referral-on-withdrawn"));
        const HttpReply restored =
            put(path(celik, id), t, correction(fixed, QStringLiteral("toch juist")), "\"3\"");
        QVERIFY2(restored.status == 200, dump(restored));
        QCOMPARE(auditOf(restored), QStringList{QStringLiteral("activity.restore")});
        QCOMPARE(journalEntry(t, celik, id).value(QLatin1String("withdrawn")).toBool(), false);
    }

    void onlyTheAuthor_data() { backends(); }
    void onlyTheAuthor()
    {
        const QString tAn = server()->token(an, 1);
        const QString tJan = server()->token(jan, 1);
        const qint64 id = create(tAn, celik, activityBody(), "journal-author-1");
        QVERIFY(id > 0);
        const auto before = server()->tableCounts();
        // Jan is in the same team and may read it, but not rewrite An's account.
        QCOMPARE(server()->get(path(celik, id), tJan).status, 200);
        const HttpReply refused =
            put(path(celik, id), tJan, correction(activityBody(), QStringLiteral("ik weet beter")), "\"1\"");
        QCOMPARE(refused.status, 403);
        QCOMPARE(problemOf(refused), QStringLiteral("not-author"));
        QCOMPARE(auditOf(refused), QStringList{QStringLiteral("denied.not-author")});
        const HttpReply withdraw =
            put(path(celik, id), tJan, correction(activityBody(), QStringLiteral("weg"), true), "\"1\"");
        QCOMPARE(withdraw.status, 403);
        QCOMPARE(server()->tableCounts(), before);
        QCOMPARE(server()->get(path(celik, id), tAn).json().value(QLatin1String("version")).toInt(), 1);
        // Through another pupil's path: not found, audited as a probe.
        const HttpReply elsewhere =
            put(path(1, id), tAn, correction(activityBody(), QStringLiteral("x")), "\"1\"");
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(auditOf(elsewhere), QStringList{QStringLiteral("denied.no-such-item")});
        QCOMPARE(server()->get(path(1, id, "/versions"), tAn).status, 404);
        // A pupil of another team: refused before the activity is even looked at.
        QCOMPARE(put(path(ines, id), tAn, correction(activityBody(), QStringLiteral("x")), "\"1\"").status,
                 403);
        QCOMPARE(server()->tableCounts(), before);
    }

    void staleOrMissingVersion_data() { backends(); }
    void staleOrMissingVersion()
    {
        const QString t = server()->token(an, 1);
        const qint64 id = create(t, celik, activityBody(), "journal-stale-1");
        QJsonObject first = activityBody();
        first.insert(QStringLiteral("durationMinutes"), 45);
        QCOMPARE(put(path(celik, id), t, correction(first, QStringLiteral("duurde langer")), "\"1\"").status,
                 200);
        // A second correction based on version 1 (another window, an outbox resend) does not overwrite.
        QJsonObject second = activityBody();
        second.insert(QStringLiteral("subject"), QStringLiteral("Gesprek met vader"));
        const HttpReply stale = put(path(celik, id), t, correction(second, QStringLiteral("vader")), "\"1\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(auditOf(stale), QStringList{QStringLiteral("refused.precondition")});
        const HttpReply missing = put(path(celik, id), t, correction(second, QStringLiteral("vader")), {});
        QCOMPARE(missing.status, 428);
        const QJsonObject now = server()->get(path(celik, id), t).json();
        QCOMPARE(now.value(QLatin1String("durationMinutes")).toInt(), 45);
        QCOMPARE(now.value(QLatin1String("subject")).toString(), QStringLiteral("Gesprek met moeder"));
    }

    void badCorrectionsChangeNothing_data() { backends(); }
    void badCorrectionsChangeNothing()
    {
        const QString t = server()->token(an, 1);
        const qint64 id = create(t, celik, activityBody(), "journal-bad-1");
        const auto before = server()->tableCounts();
        const auto refusedWith = [&](const QJsonObject &body, const QString &field, const QString &code) {
            const HttpReply r = put(path(celik, id), t, body, "\"1\"");
            const QJsonArray errors = r.json().value(QLatin1String("errors")).toArray();
            return r.status == 422 && !errors.isEmpty() &&
                   errors.first()[QLatin1String("field")].toString() == field &&
                   errors.first()[QLatin1String("code")].toString() == code;
        };
        QVERIFY(refusedWith(activityBody(), QStringLiteral("reason"), QStringLiteral("required")));
        QVERIFY(refusedWith(correction(activityBody(), QStringLiteral("   ")), QStringLiteral("reason"),
                            QStringLiteral("required")));
        QVERIFY(refusedWith(correction(activityBody(), QString(501, u'x')), QStringLiteral("reason"),
                            QStringLiteral("length")));
        QVERIFY(refusedWith(correction(activityBody(), QStringLiteral("niets")), QStringLiteral("withdrawn"),
                            QStringLiteral("unchanged")));
        QJsonObject wrongFunction = correction(activityBody(), QStringLiteral("x"));
        wrongFunction.insert(QStringLiteral("function"), QStringLiteral("'; DROP TABLE activities; --"));
        QVERIFY(refusedWith(wrongFunction, QStringLiteral("function"), QStringLiteral("enum")));
        QJsonObject extra = correction(activityBody(), QStringLiteral("x"));
        extra.insert(QStringLiteral("version"), 7);
        QVERIFY(refusedWith(extra, QStringLiteral("version"), QStringLiteral("unknown-field")));
        QJsonObject notBool = correction(activityBody(), QStringLiteral("x"));
        notBool.insert(QStringLiteral("withdrawn"), QStringLiteral("yes"));
        QVERIFY(refusedWith(notBool, QStringLiteral("withdrawn"), QStringLiteral("type")));
        const HttpReply nul = server()->request(
            "PUT", path(celik, id),
            R"({"date":"2026-03-02","function":"begeleiding","subject":"a","durationMinutes":1,"reason":"a\u0000b"})",
            {{"Authorization", "Bearer " + t.toLatin1()}, {"If-Match", "\"1\""}});
        QCOMPARE(nul.status, 400);
        QCOMPARE(problemOf(nul), QStringLiteral("invalid-text"));
        QCOMPARE(server()->tableCounts(), before);
        QCOMPARE(server()->get(path(celik, id), t).json().value(QLatin1String("version")).toInt(), 1);
    }

    void creonItemFollows_data() { backends(); }
    void creonItemFollows()
    {
        const QString t = server()->token(an, 1);
        const qint64 id = create(t, celik, activityBody(QStringLiteral("pesten")), "journal-creon-1");
        const auto itemOf = [&]() -> QJsonObject {
            const HttpReply r =
                server()->get(QStringLiteral("/api/v1/pupils/%1/creon-registrations").arg(celik), t);
            for (const auto &v : r.json().value(QLatin1String("items")).toArray())
                if (v[QLatin1String("source")][QLatin1String("id")].toInteger() == id)
                    return v.toObject();
            return {};
        };
        QCOMPARE(itemOf().value(QLatin1String("itemCode")).toString(), QStringLiteral("pesten"));
        QCOMPARE(itemOf().value(QLatin1String("withdrawn")).toBool(), false);
        const HttpReply withdrawn =
            put(path(celik, id), t,
                correction(activityBody(QStringLiteral("pesten")), QStringLiteral("fout"), true), "\"1\"");
        QVERIFY2(withdrawn.status == 200, dump(withdrawn));
        QCOMPARE(itemOf().value(QLatin1String("withdrawn")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestServerJournal)
#include "tst_server_journal.moc"
