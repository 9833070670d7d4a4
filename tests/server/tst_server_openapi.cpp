// docs/api/openapi.yaml and the routes of lars-server must list the same operations.
#include "server/Services.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"
#include "server/store/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace lars::server;

class TestServerOpenApi final : public QObject
{
    Q_OBJECT

    static QSet<QString> documented()
    {
        QFile f(qEnvironmentVariable("LARS_SOURCE_DIR") + QStringLiteral("/docs/api/openapi.yaml"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression pathRe(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
        static const QRegularExpression methodRe(QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
        QSet<QString> ops;
        QString path;
        bool inPaths = false;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (!line.startsWith(u' ') && !line.isEmpty())
                inPaths = line.startsWith(QLatin1String("paths:"));
            if (!inPaths)
                continue;
            if (const auto m = pathRe.match(line); m.hasMatch())
                path = m.captured(1);
            else if (const auto mm = methodRe.match(line); mm.hasMatch() && !path.isEmpty())
                ops.insert(mm.captured(1).toUpper() + QStringLiteral(" /api/v1") + path);
        }
        return ops;
    }

private slots:
    void routesMatchTheDocument()
    {
        QString error;
        auto db = store::Database::open(QStringLiteral("sqlite::memory:"), QStringLiteral("openapi"), &error);
        QVERIFY2(db, qPrintable(error));
        ServerConfig config;
        config.enableTestTokens = true; // document the test route too (marked as test-only there)
        Services services(*db, config);
        http::Router router;
        const auto all = routes::Routes::create(router, services, &error);
        QVERIFY2(all, qPrintable(error));
        QSet<QString> routed;
        for (const http::Route &r : router.routes())
            if (r.pattern.startsWith(QLatin1String("/api/v1/"))) // /admin/sso is a browser page, not API
                routed.insert(QString::fromLatin1(r.method) + u' ' + r.pattern);
        const QSet<QString> doc = documented();
        QVERIFY2(!doc.isEmpty(), "docs/api/openapi.yaml has no paths");
        const QStringList undocumented = QSet<QString>(routed).subtract(doc).values();
        const QStringList unrouted = QSet<QString>(doc).subtract(routed).values();
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("routes missing from openapi.yaml: ") + undocumented.join(u',')));
        QVERIFY2(unrouted.isEmpty(),
                 qPrintable(QStringLiteral("documented but not routed: ") + unrouted.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_server_openapi.moc"
