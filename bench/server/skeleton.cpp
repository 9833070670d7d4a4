// lars-bench-skeleton: the baseline of the server throughput benchmark (bench/server/run). A bare Qt
// HTTP server over TLS (QHttpServer on a QSslServer, the same ephemeral certificate type and TLS
// settings as lars-server) that answers every GET /api/v1/pupils with one canned search page of 50
// pupils, serialised once at start: what Qt's HTTP and TLS stack costs per request on this machine
// with no database, authentication, audit or JSON work. Prints "listening PORT" on stdout.
#include "server/DevCertificate.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <cstdio>

namespace {
// 50 rows shaped like lars-server's search result (models::Pupil::toJson), so the bytes on the wire match.
QByteArray cannedPage()
{
    QJsonArray items;
    for (int i = 1; i <= 50; ++i)
        items.append(QJsonObject{
            {QStringLiteral("id"), 100000 + i},
            {QStringLiteral("nationalNumber"), QStringLiteral("1201%1").arg(i, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("bisNumber"), QJsonValue()},
            {QStringLiteral("firstName"), QStringLiteral("Jana")},
            {QStringLiteral("lastName"), QStringLiteral("Janssens-%1").arg(i)},
            {QStringLiteral("birthDate"),
             QStringLiteral("2012-04-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("sex"), QStringLiteral("F")},
            {QStringLiteral("clbId"), 1},
            {QStringLiteral("school"),
             QJsonObject{{QStringLiteral("id"), 17},
                         {QStringLiteral("name"), QStringLiteral("Basisschool De Linde")}}},
            {QStringLiteral("class"),
             QJsonObject{{QStringLiteral("id"), 230}, {QStringLiteral("name"), QStringLiteral("5A")}}},
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("bridgingHelp"), false}}},
            {QStringLiteral("version"), 1}});
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                     {QStringLiteral("nextCursor"), QStringLiteral("WyJqYW5hIiwxMDAwNTBd")}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto dev = lars::server::DevCertificate::generate(&error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "lars-bench-skeleton: %s\n", qPrintable(error));
        return 1;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(dev.certificatePem));
    tls.setPrivateKey(QSslKey(dev.privateKeyPem, QSsl::Ec));
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    const QByteArray page = cannedPage();
    QHttpServer http;
    http.route(QStringLiteral("/api/v1/pupils"),
               [&page] { return QHttpServerResponse(QByteArrayLiteral("application/json"), page); });
    auto *server = new QSslServer;
    server->setSslConfiguration(tls);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "lars-bench-skeleton: cannot listen\n");
        return 1;
    }
    http.bind(server);
    std::printf("listening %d\n", server->serverPort());
    std::fflush(stdout);
    return app.exec();
}
