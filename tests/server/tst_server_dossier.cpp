// GET /pupils/{id}/dossier against the real lars-server on SQLite and PostgreSQL: every part is exactly
// what its own GET answers (body and ETag), every part's read is audited as its own GET audits it, and
// the refusals (401, 403, 404, bad journalLimit) are those of the single reads.
#include "tests/server/ApiTestCase.h"

using lars::test::HttpReply;
using namespace lars::test::api;

namespace {
const QList<std::pair<QString, const char *>> kParts{
    {QStringLiteral("pupil"), ""},
    {QStringLiteral("medical"), "/medical"},
    {QStringLiteral("parentHeights"), "/parent-heights"},
    {QStringLiteral("journal"), "/journal"},
    {QStringLiteral("attests"), "/attests"},
    {QStringLiteral("referrals"), "/referrals"},
    {QStringLiteral("creonRegistrations"), "/creon-registrations"}};
} // namespace

class TestServerDossier final : public lars::test::ApiTestCase
{
    Q_OBJECT

    QList<QString> auditActions(const HttpReply &reply)
    {
        QList<QString> actions;
        for (const auto &[action, pupil] : server()->auditOfRequest(reply.header("X-Request-Id")))
            actions.append(action + u'/' + QString::number(pupil));
        std::sort(actions.begin(), actions.end());
        return actions;
    }

private slots:
    void initTestCase() { startServers(); }
    void cleanupTestCase() { stopServers(); }

    void partsAreTheSingleReads_data() { backends(); }
    void partsAreTheSingleReads()
    {
        const QString t = token(an, 1);
        // A journal longer than one page, so the dossier's page is a true first page.
        for (int i = 0; i < 3; ++i) {
            QJsonObject body = activityBody();
            body.insert(QStringLiteral("subject"), QStringLiteral("Dossier %1").arg(i));
            QCOMPARE(
                post(pupilPath(celik, "/activities"), t, body, "dossier-" + QByteArray::number(i)).status,
                201);
        }
        const HttpReply dossier = server()->get(pupilPath(celik, "/dossier?journalLimit=2"), t);
        QVERIFY2(dossier.status == 200, dump(dossier).constData());
        const QJsonObject all = dossier.json();
        QCOMPARE(all.keys().size(), kParts.size());
        QList<QString> singleAudit;
        for (const auto &[name, tail] : kParts) {
            const QString path = pupilPath(celik, tail) +
                                 (qstrcmp(tail, "/journal") == 0 ? QStringLiteral("?limit=2") : QString());
            const HttpReply single = server()->get(path, t);
            QVERIFY2(single.status == 200, dump(single).constData());
            const QJsonObject part = all.value(name).toObject();
            QCOMPARE(part.value(QLatin1String("body")).toObject(), single.json());
            const QByteArray etag = single.header("ETag");
            const QJsonValue partEtag = part.value(QLatin1String("etag"));
            if (etag.isEmpty())
                QVERIFY2(partEtag.isNull(), qPrintable(name));
            else
                QCOMPARE(partEtag.toString(), QString::fromLatin1(etag));
            singleAudit += auditActions(single);
        }
        QCOMPARE(all.value(QLatin1String("journal"))[QLatin1String("body")][QLatin1String("items")]
                     .toArray()
                     .size(),
                 2);
        QVERIFY(!all.value(QLatin1String("journal"))[QLatin1String("body")][QLatin1String("nextCursor")]
                     .isNull());
        QVERIFY(all.value(QLatin1String("parentHeights"))[QLatin1String("etag")].isString());
        std::sort(singleAudit.begin(), singleAudit.end());
        QCOMPARE(auditActions(dossier), singleAudit);
    }

    void refusalsAreThoseOfTheSingleReads_data() { backends(); }
    void refusalsAreThoseOfTheSingleReads()
    {
        const QString t = token(an, 1);
        const HttpReply noToken = server()->get(pupilPath(celik, "/dossier"), QString());
        QCOMPARE(noToken.status, 401);
        // Another team's pupil and a pupil that does not exist: refused before any part is read.
        const HttpReply otherTeam = server()->get(pupilPath(ines, "/dossier"), t);
        QCOMPARE(otherTeam.status, server()->get(pupilPath(ines), t).status);
        QVERIFY(otherTeam.status == 403 || otherTeam.status == 404);
        QVERIFY2(!otherTeam.body.contains("firstName"), otherTeam.body.constData());
        QCOMPARE(auditActions(otherTeam).size(), 1);
        QVERIFY(!auditActions(otherTeam).first().endsWith(QLatin1String(".read/9")));
        QCOMPARE(server()->get(pupilPath(987654, "/dossier"), t).status, 404);
        // A bad page size refuses the whole dossier and hands out nothing.
        for (const char *bad : {"0", "-1", "x", "100000"}) {
            const HttpReply r =
                server()->get(pupilPath(celik, "/dossier?journalLimit=") + QLatin1String(bad), t);
            QCOMPARE(r.status, 422);
            QVERIFY2(!r.body.contains("firstName"), r.body.constData());
        }
        QCOMPARE(server()->get(pupilPath(celik, "/dossier?limit=2"), t).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerDossier)
#include "tst_server_dossier.moc"
