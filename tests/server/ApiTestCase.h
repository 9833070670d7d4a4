#pragma once
// The fixture of the /api/v1 tests (tst_server_api, tst_server_api_records): the real lars-server over
// HTTPS on SQLite and on PostgreSQL, every test run against both, and the demo people and pupils.
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>
#include <memory>

namespace lars::test {

namespace api {
const QString an = QStringLiteral("85071512397");
const QString jan = QStringLiteral("77030245655");
const QString sofie = QStringLiteral("90010178911");
const QString elise = QStringLiteral("68122401204");
// Demo pupils: 1-8 and 12 in Antwerpen team Noord (An, Jan), 9 in Antwerpen team Zuid, 10 in Gent
// team Noord (Jan), 11 in Brugge.
constexpr qint64 eliseVdB = 1, celik = 2, ines = 9, raphael = 10, maelle = 11;

inline QString problemOf(const HttpReply &r)
{
    return r.problemType().section(u'/', -1);
}
inline QByteArray dump(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(600) + ' ' + r.networkError.toUtf8();
}
} // namespace api

class ApiTestCase : public QObject
{
protected:
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
    void startServers()
    {
        for (int b = 0; b < 2; ++b) {
            m_servers[b] = std::make_unique<ServerProcess>(b == 0 ? ServerProcess::Backend::Sqlite
                                                                  : ServerProcess::Backend::Postgres);
            QVERIFY2(m_servers[b]->start(60), qPrintable(m_servers[b]->errorString()));
            QCOMPARE(m_servers[b]->baseUrl().scheme(), QStringLiteral("https"));
        }
    }
    void stopServers()
    {
        for (auto &s : m_servers)
            if (s)
                QVERIFY2(s->stop(), s->log().right(1000).constData()); // graceful: exit code 0 on SIGTERM
    }
};

} // namespace lars::test
