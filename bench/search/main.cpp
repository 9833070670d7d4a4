// lars-bench-search: fills a database with N demo pupils (once), then measures the server's pupil search
// (PupilSearch, the query the API runs) for 2/3/10-character prefixes with and without birth date, the
// naive LIKE '%…%' scan as baseline, and search requests/second over HTTPS with concurrent clients.
#include "models/SearchKey.h"
#include "server/demodata/DemoData.h"
#include "server/store/Database.h"
#include "server/store/PupilSearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>

using lars::server::store::Database;
using lars::server::store::PupilSearch;

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

// Prefixes that people type: the start of common Flemish first and last names.
const QStringList names = {
    QStringLiteral("Van den Bossche"), QStringLiteral("Vermeulen"), QStringLiteral("Peeters"),
    QStringLiteral("Janssens"),        QStringLiteral("Maes"),      QStringLiteral("De Smet"),
    QStringLiteral("Ëlise"),           QStringLiteral("Çelik"),     QStringLiteral("Lemaire"),
    QStringLiteral("Dubois"),          QStringLiteral("Noémie"),    QStringLiteral("Mertens"),
    QStringLiteral("Goossens"),        QStringLiteral("Willems"),   QStringLiteral("Hermans"),
    QStringLiteral("Declercq"),        QStringLiteral("Lambert"),   QStringLiteral("Wouters")};

QStringList prefixes(int length)
{
    QStringList list;
    for (const QString &n : names) {
        const QString key = lars::models::SearchKey::normalise(n);
        if (key.size() >= length)
            list << key.left(length);
        else
            list << (key + QStringLiteral(" lotte")).left(length);
    }
    return list;
}

struct Stats
{
    QList<double> ms;
    int rows = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://…"), QStringLiteral("url")});
    p.addOption({QStringLiteral("pupils"), QStringLiteral("pupils to generate when empty"),
                 QStringLiteral("n"), QStringLiteral("1200000")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("queries per indexed case"), QStringLiteral("n"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("naive-runs"), QStringLiteral("queries per naive case"), QStringLiteral("n"),
                 QStringLiteral("10")});
    p.addOption({QStringLiteral("clients"), QStringLiteral("concurrent HTTPS clients (0: skip)"),
                 QStringLiteral("n"), QStringLiteral("8")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("HTTPS load duration"), QStringLiteral("s"),
                 QStringLiteral("10")});
    p.addOption({QStringLiteral("server"), QStringLiteral("lars-server binary"), QStringLiteral("path")});
    p.process(app);
    const QString url = p.value(QStringLiteral("db"));
    QString error;
    auto db = Database::open(url, QStringLiteral("bench"), &error);
    if (!db || !db->migrate(&error)) {
        out(QStringLiteral("cannot open %1: %2").arg(url, error));
        return 1;
    }
    const QString label = db->isPostgres() ? QStringLiteral("PostgreSQL 15") : QStringLiteral("SQLite 3.40");
    if (lars::server::demodata::DemoData::isEmpty(db->db())) {
        const int n = p.value(QStringLiteral("pupils")).toInt();
        QElapsedTimer t;
        t.start();
        lars::server::demodata::DemoData demo(db->db(), db->isPostgres());
        if (!demo.generate(n, &error)) {
            out(QStringLiteral("generation failed: ") + error);
            return 1;
        }
        // Planner statistics and (PostgreSQL) the visibility map for index-only scans, as after any bulk
        // load.
        db->run(db->isPostgres() ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
        out(QStringLiteral("generated %1 pupils in %2 s (%3)")
                .arg(n)
                .arg(t.elapsed() / 1000.0, 0, 'f', 1)
                .arg(label));
    }
    QSqlQuery count = db->run(QStringLiteral("SELECT COUNT(*) FROM pupils"));
    count.next();
    const qint64 pupils = count.value(0).toLongLong();
    // An Peeters (staff 1) acting for Vrij CLB Antwerpen (1): team Noord covers half of that CLB's schools.
    const qint64 staffId = 1, clbId = 1;
    QSqlQuery visible = db->run(
        QStringLiteral("SELECT COUNT(*) FROM pupils p JOIN team_schools ts ON ts.school_id = p.school_id "
                       "JOIN team_members tm ON tm.team_id = ts.team_id WHERE tm.staff_id = 1"));
    visible.next();
    out(QStringLiteral("\n%1: %2 pupils, %3 visible to the searching nurse (her team in her CLB), LIMIT 50\n")
            .arg(label)
            .arg(pupils)
            .arg(visible.value(0).toLongLong()));

    const int runs = p.value(QStringLiteral("runs")).toInt();
    const int naiveRuns = p.value(QStringLiteral("naive-runs")).toInt();
    out(QStringLiteral("| database | query | birth date | indexed p50 ms | indexed p95 ms | naive LIKE p50 "
                       "ms | naive LIKE p95 ms | p95 speed-up |"));
    out(QStringLiteral("|---|---|---|---:|---:|---:|---:|---:|"));
    QDate birth(2015, 3, 1);
    // The server reads the caller's schools with the token, once per request, in the statement that
    // verifies it; the search itself is what is timed here.
    const QList<qint64> schools = PupilSearch::schoolsOf(*db, staffId, clbId);
    // Warm-up: every prefix once, so that the first measured case does not pay for a cold cache.
    for (const int length : {2, 3, 10})
        for (const QString &q : prefixes(length))
            PupilSearch::run(*db, clbId, schools, q, std::nullopt, std::nullopt, 50);
    for (const int length : {2, 3, 10}) {
        for (const bool withBirth : {false, true}) {
            const QStringList qs = prefixes(length);
            Stats indexed, naive;
            for (int i = 0; i < runs; ++i) {
                const QString q = qs[i % qs.size()];
                const std::optional<QDate> bd =
                    withBirth ? std::optional<QDate>(birth.addDays(i * 37 % 3000)) : std::nullopt;
                QElapsedTimer t;
                t.start();
                const auto page = PupilSearch::run(*db, clbId, schools, q, bd, std::nullopt, 50);
                indexed.ms << t.nsecsElapsed() / 1e6;
                indexed.rows += int(page.items.size());
            }
            for (int i = 0; i < naiveRuns; ++i) {
                const QString q = qs[i % qs.size()];
                const std::optional<QDate> bd =
                    withBirth ? std::optional<QDate>(birth.addDays(i * 37 % 3000)) : std::nullopt;
                QElapsedTimer t;
                t.start();
                naive.rows += PupilSearch::runNaive(*db, staffId, clbId, q, bd, 50);
                naive.ms << t.nsecsElapsed() / 1e6;
            }
            const double ip95 = percentile(indexed.ms, 0.95), np95 = percentile(naive.ms, 0.95);
            out(QStringLiteral("| %1 | %2 chars | %3 | %4 | %5 | %6 | %7 | %8× |")
                    .arg(label)
                    .arg(length)
                    .arg(withBirth ? QStringLiteral("yes") : QStringLiteral("no"))
                    .arg(percentile(indexed.ms, 0.5), 0, 'f', 2)
                    .arg(ip95, 0, 'f', 2)
                    .arg(percentile(naive.ms, 0.5), 0, 'f', 1)
                    .arg(np95, 0, 'f', 1)
                    .arg(np95 / std::max(ip95, 0.001), 0, 'f', 0));
        }
    }

    const int clients = p.value(QStringLiteral("clients")).toInt();
    if (clients <= 0)
        return 0;
    // Requests/second over HTTPS: the real lars-server on this database, concurrent keep-alive clients.
    db.reset();
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QString serverBinary = p.value(QStringLiteral("server"));
    if (serverBinary.isEmpty())
        serverBinary = QCoreApplication::applicationDirPath() + QStringLiteral("/../../server/lars-server");
    QProcess server;
    server.setReadChannel(QProcess::StandardError); // its log, with the "listening" event
    server.start(serverBinary,
                 {QStringLiteral("--db"), url, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--cert-out"), cert, QStringLiteral("--enable-test-tokens")});
    int port = 0;
    QByteArray log;
    while (port == 0 && server.waitForReadyRead(30000)) {
        log += server.readAllStandardError();
        for (const QByteArray &line : log.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("event")).toString() == QLatin1String("listening"))
                port = o.value(QLatin1String("port")).toInt();
        }
    }
    if (port == 0) {
        out(QStringLiteral("lars-server did not start: ") + QString::fromUtf8(log.right(500)));
        return 1;
    }
    // The server logs every request to stderr: drain it so that it never blocks on a full pipe.
    QObject::connect(&server, &QProcess::readyReadStandardError, &server,
                     [&server] { server.readAllStandardError(); });
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(cert));
    const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(port));
    QNetworkAccessManager tokenNam;
    QNetworkRequest tokenRequest(base.resolved(QUrl(QStringLiteral("/api/v1/test/tokens"))));
    tokenRequest.setSslConfiguration(ssl);
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *tokenReply =
        tokenNam.post(tokenRequest, "{\"nationalNumber\":\"85071512397\",\"clbId\":1}");
    while (!tokenReply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const QByteArray token = QJsonDocument::fromJson(tokenReply->readAll())
                                 .object()
                                 .value(QLatin1String("token"))
                                 .toString()
                                 .toLatin1();

    const QStringList qs = prefixes(2) + prefixes(3);
    QList<double> latencies;
    int done = 0, failed = 0, inFlight = 0;
    QElapsedTimer wall;
    wall.start();
    const qint64 durationMs = p.value(QStringLiteral("seconds")).toLongLong() * 1000;
    QList<QNetworkAccessManager *> nams;
    std::function<void(QNetworkAccessManager *, int)> fire = [&](QNetworkAccessManager *nam, int i) {
        QUrl u = base.resolved(QUrl(QStringLiteral("/api/v1/pupils")));
        u.setQuery(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(qs[i % qs.size()])));
        QNetworkRequest r(u);
        r.setSslConfiguration(ssl);
        r.setRawHeader("Authorization", "Bearer " + token);
        auto *t = new QElapsedTimer;
        t->start();
        QNetworkReply *reply = nam->get(r);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, nam, reply, t, i] {
            latencies << t->nsecsElapsed() / 1e6;
            --inFlight;
            delete t;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++done;
            else
                ++failed;
            reply->deleteLater();
            if (wall.elapsed() < durationMs)
                fire(nam, i + 7);
        });
    };
    // One connection per client: each QNetworkAccessManager with one request in flight at a time.
    for (int c = 0; c < clients; ++c) {
        nams << new QNetworkAccessManager(&app);
        fire(nams.last(), c);
    }
    while (inFlight > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const double seconds = wall.elapsed() / 1000.0;
    out(QStringLiteral(
        "\n| database | HTTPS clients | requests | failed | req/s | latency p50 ms | latency p95 ms |"));
    out(QStringLiteral("|---|---:|---:|---:|---:|---:|---:|"));
    out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
            .arg(label)
            .arg(clients)
            .arg(done)
            .arg(failed)
            .arg(done / seconds, 0, 'f', 0)
            .arg(percentile(latencies, 0.5), 0, 'f', 1)
            .arg(percentile(latencies, 0.95), 0, 'f', 1));
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
