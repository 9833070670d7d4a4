// Referrals (to a doctor after a consult, to a draaischijf partner) and attests made from an activity, on
// the real lars-server over HTTPS against SQLite and PostgreSQL: what is stored and answered, the audit
// trail (refusals too), idempotent replays, and bad input that changes nothing.
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
// Demo pupils: 1-8 in Antwerpen team Noord (An, Jan), 9 in Antwerpen team Zuid, 10 in Gent (Jan).
constexpr qint64 eliseVdB = 1, celik = 2, ines = 9, raphael = 10;

QByteArray dump(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(600) + ' ' + r.networkError.toUtf8();
}

QStringList fieldErrors(const HttpReply &r)
{
    QStringList out;
    for (const auto &e : r.json().value(QLatin1String("errors")).toArray())
        out << e[QLatin1String("field")].toString() + u' ' + e[QLatin1String("code")].toString();
    return out;
}

QString pupilPath(qint64 id, const QString &tail)
{
    return QStringLiteral("/api/v1/pupils/%1/%2").arg(id).arg(tail);
}

QJsonObject hubActivity(const QString &category, const QString &detail, const QString &date)
{
    return {{QStringLiteral("date"), date},
            {QStringLiteral("function"), QStringLiteral("draaischijf")},
            {QStringLiteral("subject"), QStringLiteral("Melding aan de jeugdrechtbank")},
            {QStringLiteral("durationMinutes"), 45},
            {QStringLiteral("text"), QStringLiteral("Gesprek met de ouders.\n\nAfspraak gemaakt.")},
            {QStringLiteral("hub"), QJsonObject{{QStringLiteral("direction"), QStringLiteral("referral-to")},
                                                {QStringLiteral("category"), category},
                                                {QStringLiteral("detail"), detail}}}};
}

QJsonObject consent(const QString &status, const QJsonValue &date = QJsonValue())
{
    QJsonObject c{{QStringLiteral("status"), status}};
    if (!date.isUndefined())
        c.insert(QStringLiteral("date"), date);
    return c;
}
} // namespace

class TestServerReferrals final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_servers[2];
    int m_key = 0;

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
    HttpReply post(qint64 pupil, const QString &tail, const QString &t, const QJsonObject &body,
                   QByteArray key = {})
    {
        if (key.isEmpty())
            key = "k-" + QByteArray::number(++m_key);
        return server()->send("POST", pupilPath(pupil, tail), t, body, {{"Idempotency-Key", key}});
    }
    QList<std::pair<QString, qint64>> auditOf(const HttpReply &reply)
    {
        return server()->auditOfRequest(reply.header("X-Request-Id"));
    }
    qint64 created(const HttpReply &r)
    {
        return r.status == 201 ? r.json().value(QLatin1String("id")).toInteger() : 0;
    }
    // A consult with height, weight, far vision and a hearing result; no colour vision.
    qint64 consultOf(qint64 pupil, const QString &t)
    {
        return created(post(pupil, QStringLiteral("measurements"), t,
                            {{QStringLiteral("contact"), QStringLiteral("L4")},
                             {QStringLiteral("date"), QStringLiteral("2026-02-03")},
                             {QStringLiteral("heightCm"), 121.5},
                             {QStringLiteral("weightKg"), 23.4},
                             {QStringLiteral("farVisionLeft"), 0.5},
                             {QStringLiteral("farVisionRight"), 0.8},
                             {QStringLiteral("hearingAudiometry"), QStringLiteral("normaal")}}));
    }
    QJsonObject partnerBody(qint64 activityId)
    {
        return {
            {QStringLiteral("kind"), QStringLiteral("partner")},
            {QStringLiteral("activityId"), activityId},
            {QStringLiteral("finding"), QStringLiteral("Herhaalde afwezigheden.\nGeen contact met thuis.")},
            {QStringLiteral("question"), QStringLiteral("Kan de jeugdrechtbank de situatie opvolgen?")},
            {QStringLiteral("consent"), consent(QStringLiteral("not-asked"))}};
    }
    QJsonObject medicalBody(qint64 consultId)
    {
        return {{QStringLiteral("kind"), QStringLiteral("medical")},
                {QStringLiteral("consultId"), consultId},
                {QStringLiteral("recipient"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("huisarts")},
                             {QStringLiteral("name"), QStringLiteral("Dr. Lieve Janssens")},
                             {QStringLiteral("address"), QStringLiteral("Kerkstraat 4\n2000 Antwerpen")}}},
                {QStringLiteral("finding"), QStringLiteral("Verminderde gezichtsscherpte links (5/10).")},
                {QStringLiteral("question"), QStringLiteral("Graag oogonderzoek en uw advies.")},
                {QStringLiteral("items"), QJsonArray{QStringLiteral("farVision"), QStringLiteral("height")}},
                {QStringLiteral("consent"), consent(QStringLiteral("given"), QStringLiteral("2026-02-05"))}};
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

    void partnerReferral_data() { backends(); }
    void partnerReferral()
    {
        const QString t = server()->token(an, 1);
        const qint64 activity =
            created(post(eliseVdB, QStringLiteral("activities"), t,
                         hubActivity(QStringLiteral("juridisch"), QStringLiteral("jeugdrechtbank"),
                                     QStringLiteral("2026-03-02"))));
        QVERIFY(activity > 0);
        const HttpReply r =
            post(eliseVdB, QStringLiteral("referrals"), t, partnerBody(activity), "partner-1");
        QVERIFY2(r.status == 201, dump(r));
        const QJsonObject ref = r.json();
        QCOMPARE(ref[u"kind"].toString(), QStringLiteral("partner"));
        QCOMPARE(ref[u"activityId"].toInteger(), activity);
        QVERIFY(ref[u"consultId"].isNull());
        // Named by the activity's category and detail, as the nomenclature (server data) says.
        const QJsonObject to = ref[u"recipient"].toObject();
        QCOMPARE(to[u"kind"].toString(), QStringLiteral("partner"));
        QCOMPARE(to[u"name"].toString(), QStringLiteral("jeugdrechtbank"));
        QCOMPARE(to[u"category"].toString(), QStringLiteral("juridisch"));
        QCOMPARE(to[u"categoryLabel"].toString(), QStringLiteral("Juridisch"));
        QCOMPARE(ref[u"items"].toArray(), QJsonArray());
        QCOMPARE(ref[u"finding"].toString(), partnerBody(activity)[u"finding"].toString());
        const QJsonObject c = ref[u"consent"].toObject();
        QCOMPARE(c[u"status"].toString(), QStringLiteral("not-asked"));
        QVERIFY(c[u"date"].isNull());
        QCOMPARE(c[u"recordedBy"].toObject()[u"name"].toString(), QStringLiteral("An Peeters"));
        QCOMPARE(auditOf(r),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("referral.create"), eliseVdB}}));

        // Where the Location points, the same referral; the replay answers the same.
        const HttpReply item = server()->get(QString::fromLatin1(r.header("Location")), t);
        QCOMPARE(item.status, 200);
        QCOMPARE(item.json(), ref);
        QCOMPARE(auditOf(item),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("referral.read"), eliseVdB}}));
        const auto before = server()->tableCounts();
        const HttpReply replay =
            post(eliseVdB, QStringLiteral("referrals"), t, partnerBody(activity), "partner-1");
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.json(), ref);
        QCOMPARE(server()->tableCounts(), before);
        const QJsonArray list =
            server()->get(pupilPath(eliseVdB, QStringLiteral("referrals")), t).json()[u"items"].toArray();
        QCOMPARE(list.first().toObject(), ref);
    }

    void medicalReferral_data() { backends(); }
    void medicalReferral()
    {
        const QString t = server()->token(an, 1);
        const qint64 consult = consultOf(eliseVdB, t);
        QVERIFY(consult > 0);
        const HttpReply r = post(eliseVdB, QStringLiteral("referrals"), t, medicalBody(consult));
        QVERIFY2(r.status == 201, dump(r));
        const QJsonObject ref = r.json();
        QCOMPARE(ref[u"consultId"].toInteger(), consult);
        QVERIFY(ref[u"activityId"].isNull());
        QCOMPARE(ref[u"items"].toArray(),
                 (QJsonArray{QStringLiteral("farVision"), QStringLiteral("height")}));
        const QJsonObject to = ref[u"recipient"].toObject();
        QCOMPARE(to[u"kind"].toString(), QStringLiteral("huisarts"));
        QCOMPARE(to[u"name"].toString(), QStringLiteral("Dr. Lieve Janssens"));
        QCOMPARE(to[u"address"].toString(), QStringLiteral("Kerkstraat 4\n2000 Antwerpen"));
        const QJsonObject c = ref[u"consent"].toObject();
        QCOMPARE(c[u"status"].toString(), QStringLiteral("given"));
        QCOMPARE(c[u"date"].toString(), QStringLiteral("2026-02-05"));
        QCOMPARE(c[u"recordedBy"], ref[u"staff"]);
        QCOMPARE(server()->get(QString::fromLatin1(r.header("Location")), t).json(), ref);

        // Refused is a recorded answer too, with its date.
        QJsonObject refused = medicalBody(consult);
        refused.insert(QStringLiteral("consent"),
                       consent(QStringLiteral("refused"), QStringLiteral("2026-02-04")));
        refused.insert(QStringLiteral("items"), QJsonArray());
        const HttpReply no = post(eliseVdB, QStringLiteral("referrals"), t, refused);
        QVERIFY2(no.status == 201, dump(no));
        QCOMPARE(no.json()[u"consent"].toObject()[u"status"].toString(), QStringLiteral("refused"));
    }

    void badInputChangesNothing_data() { backends(); }
    void badInputChangesNothing()
    {
        const QString t = server()->token(an, 1);
        const qint64 consult = consultOf(eliseVdB, t);
        const qint64 otherConsult = consultOf(celik, t);
        const qint64 hub = created(post(
            eliseVdB, QStringLiteral("activities"), t,
            hubActivity(QStringLiteral("welzijn"), QStringLiteral("caw"), QStringLiteral("2026-03-01"))));
        QJsonObject plain =
            hubActivity(QStringLiteral("welzijn"), QStringLiteral("caw"), QStringLiteral("2026-03-01"));
        plain.insert(QStringLiteral("function"), QStringLiteral("begeleiding"));
        plain.remove(QStringLiteral("hub"));
        const qint64 notHub = created(post(eliseVdB, QStringLiteral("activities"), t, plain));
        // Another team's activity: Raphaël is a Gent pupil, of a CLB An does not work for.
        const qint64 gentActivity =
            created(post(raphael, QStringLiteral("activities"), server()->token(jan, 2),
                         hubActivity(QStringLiteral("juridisch"), QStringLiteral("politie"),
                                     QStringLiteral("2026-03-01"))));
        QVERIFY(consult > 0 && otherConsult > 0 && hub > 0 && notHub > 0 && gentActivity > 0);

        const auto with = [](QJsonObject body, const QString &field, const QJsonValue &v) {
            if (v.isUndefined())
                body.remove(field);
            else
                body.insert(field, v);
            return body;
        };
        const QJsonObject partner = partnerBody(hub), medical = medicalBody(consult);
        const QString future = QDate::currentDate().addDays(5).toString(Qt::ISODate);
        const QList<std::pair<QJsonObject, QString>> cases = {
            {with(partner, QStringLiteral("activityId"), gentActivity),
             QStringLiteral("activityId not-found")},
            {with(partner, QStringLiteral("activityId"), notHub),
             QStringLiteral("activityId not-draaischijf")},
            {with(partner, QStringLiteral("activityId"), QJsonValue()), QStringLiteral("activityId type")},
            {with(medical, QStringLiteral("consultId"), otherConsult), QStringLiteral("consultId not-found")},
            {with(medical, QStringLiteral("activityId"), hub), QStringLiteral("activityId not-allowed")},
            {with(partner, QStringLiteral("items"), QJsonArray{QStringLiteral("height")}),
             QStringLiteral("consultId required")},
            {with(medical, QStringLiteral("items"), QJsonArray{QStringLiteral("colourVision")}),
             QStringLiteral("items[0] no-value")},
            {with(medical, QStringLiteral("items"),
                  QJsonArray{QStringLiteral("height"), QStringLiteral("height")}),
             QStringLiteral("items[1] duplicate")},
            {with(medical, QStringLiteral("items"), QJsonArray{QStringLiteral("bloodGroup")}),
             QStringLiteral("items[0] enum")},
            {with(medical, QStringLiteral("consent"), consent(QStringLiteral("given"))),
             QStringLiteral("consent.date required")},
            {with(medical, QStringLiteral("consent"),
                  consent(QStringLiteral("not-asked"), QStringLiteral("2026-01-01"))),
             QStringLiteral("consent.date not-allowed")},
            {with(medical, QStringLiteral("consent"), consent(QStringLiteral("given"), future)),
             QStringLiteral("consent.date range")},
            {with(medical, QStringLiteral("consent"),
                  consent(QStringLiteral("maybe"), QStringLiteral("2026-01-01"))),
             QStringLiteral("consent.status enum")},
            {with(medical, QStringLiteral("consent"), QJsonValue(QJsonValue::Undefined)),
             QStringLiteral("consent required")},
            {with(medical, QStringLiteral("finding"), QStringLiteral(" \n ")),
             QStringLiteral("finding required")},
            {with(medical, QStringLiteral("question"), QString(10001, u'x')),
             QStringLiteral("question length")},
            {with(medical, QStringLiteral("recipient"),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("tandarts")},
                              {QStringLiteral("name"), QStringLiteral("X")}}),
             QStringLiteral("recipient.kind enum")},
            {with(medical, QStringLiteral("consentGiven"), true),
             QStringLiteral("consentGiven unknown-field")},
            {with(medical, QStringLiteral("kind"), QStringLiteral("court")), QStringLiteral("kind enum")},
        };
        const auto before = server()->tableCounts();
        for (const auto &[body, expected] : cases) {
            const HttpReply r = post(eliseVdB, QStringLiteral("referrals"), t, body);
            QVERIFY2(r.status == 422, qPrintable(expected + u' ' + QString::fromUtf8(dump(r))));
            QVERIFY2(fieldErrors(r).contains(expected),
                     qPrintable(expected + u' ' + fieldErrors(r).join(u';')));
            QCOMPARE(auditOf(r).size(), 1);
            QCOMPARE(auditOf(r).first().first, QStringLiteral("referral.refused"));
        }
        // Text no letter may hold: NUL, a lone surrogate, bytes that are not UTF-8.
        const QByteArray valid = QJsonDocument(medical).toJson(QJsonDocument::Compact);
        const QList<QByteArray> raw = {
            QByteArray(valid).replace("Graag oogonderzoek", "Graag\\u0000oogonderzoek"),
            QByteArray(valid).replace("Graag oogonderzoek", "Graag\\ud800oogonderzoek"),
            QByteArray(valid).replace("Graag oogonderzoek", "Graag \xc3\x28 oogonderzoek"),
            QByteArray("{\"kind\":"),
        };
        for (const QByteArray &body : raw) {
            const HttpReply r =
                server()->request("POST", pupilPath(eliseVdB, QStringLiteral("referrals")), body,
                                  {{"Authorization", "Bearer " + t.toLatin1()},
                                   {"Idempotency-Key", "raw-" + QByteArray::number(++m_key)}});
            QVERIFY2(r.status == 400, dump(r));
        }
        // No Idempotency-Key, another team's pupil, another CLB's pupil.
        QCOMPARE(server()->send("POST", pupilPath(eliseVdB, QStringLiteral("referrals")), t, medical).status,
                 400);
        const HttpReply otherTeam = post(ines, QStringLiteral("referrals"), t, partner);
        QCOMPARE(otherTeam.status, 403);
        QCOMPARE(auditOf(otherTeam).size(), 1);
        QCOMPARE(post(raphael, QStringLiteral("referrals"), t, partner).status, 403);
        QCOMPARE(server()->get(pupilPath(ines, QStringLiteral("referrals")), t).status, 403);
        // A key used once cannot carry another body.
        QCOMPARE(post(eliseVdB, QStringLiteral("referrals"), t, medical, "once").status, 201);
        const auto afterOne = server()->tableCounts();
        QCOMPARE(post(eliseVdB, QStringLiteral("referrals"), t, partner, "once").status, 422);
        QCOMPARE(server()->tableCounts(), afterOne);
        QCOMPARE(afterOne.value(QStringLiteral("referrals")), before.value(QStringLiteral("referrals")) + 1);
        const auto withoutNew = [](QMap<QString, qint64> m) {
            m.remove(QStringLiteral("referrals"));
            m.remove(QStringLiteral("idempotency_keys"));
            return m;
        };
        QCOMPARE(withoutNew(afterOne), withoutNew(before));
    }

    void attestFromActivity_data() { backends(); }
    void attestFromActivity()
    {
        const QString t = server()->token(an, 1);
        const HttpReply types = server()->get(QStringLiteral("/api/v1/nomenclature/attest-types"), t);
        QCOMPARE(types.status, 200);
        const QJsonArray items = types.json()[u"items"].toArray();
        QVERIFY(items.size() >= 3);
        QCOMPARE(items.first()[u"code"].toString(), QStringLiteral("ADBIB"));
        QCOMPARE(items.at(1)[u"label"].toString(), QStringLiteral("Attest van aanwezigheid"));
        QCOMPARE(server()->request("GET", QStringLiteral("/api/v1/nomenclature/attest-types")).status, 401);

        const qint64 activity =
            created(post(celik, QStringLiteral("activities"), t,
                         hubActivity(QStringLiteral("onderwijs"), QStringLiteral("time-out"),
                                     QStringLiteral("2025-11-17"))));
        const QJsonObject body{
            {QStringLiteral("type"), QStringLiteral("attendance")},
            {QStringLiteral("activityId"), activity},
            {QStringLiteral("text"), QStringLiteral("was aanwezig op het gesprek.\nTot 11 uur.")}};
        const HttpReply a = post(celik, QStringLiteral("attests"), t, body);
        QVERIFY2(a.status == 201, dump(a));
        QCOMPARE(a.json()[u"activityDate"].toString(), QStringLiteral("2025-11-17"));
        QCOMPARE(a.json()[u"type"].toString(), QStringLiteral("attendance"));
        QCOMPARE(a.json()[u"text"].toString(), body[u"text"].toString());
        QCOMPARE(auditOf(a), (QList<std::pair<QString, qint64>>{{QStringLiteral("attest.create"), celik}}));

        // An unknown type, a withdrawn type, another pupil's activity: refused, audited, nothing written.
        server()->sql(QStringLiteral("UPDATE attest_types SET active = 0 WHERE code = 'general'"));
        const auto before = server()->tableCounts();
        QJsonObject unknown = body, inactive = body, elsewhere = body;
        unknown.insert(QStringLiteral("type"), QStringLiteral("XYZ"));
        inactive.insert(QStringLiteral("type"), QStringLiteral("general"));
        for (const auto &[pupil, b, expected] :
             {std::tuple{celik, unknown, QStringLiteral("type enum")},
              std::tuple{celik, inactive, QStringLiteral("type enum")},
              std::tuple{eliseVdB, elsewhere, QStringLiteral("activityId not-found")}}) {
            const HttpReply r = post(pupil, QStringLiteral("attests"), t, b);
            QVERIFY2(r.status == 422 && fieldErrors(r).contains(expected), dump(r));
            QCOMPARE(auditOf(r),
                     (QList<std::pair<QString, qint64>>{{QStringLiteral("attest.refused"), pupil}}));
        }
        QCOMPARE(server()->tableCounts(), before);
        server()->sql(QStringLiteral("UPDATE attest_types SET active = 1 WHERE code = 'general'"));
    }

    void cleanupTestCase()
    {
        for (auto &s : m_servers)
            s.reset();
    }
};

QTEST_GUILESS_MAIN(TestServerReferrals)
#include "tst_server_referrals.moc"
