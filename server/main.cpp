// lars-server: the reference backend of LARS. See server/ServerConfig.cpp for the options.
#include "server/Logging.h"
#include "server/Server.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lars-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LARS_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        std::fputs(qPrintable(lars::server::ServerConfig::usage()), stdout);
        return 0;
    }
    lars::server::StructuredLog::install();
    lars::server::ServerConfig config;
    QString error;
    if (!config.parse(args, &error)) {
        std::fprintf(stderr, "lars-server: %s\n\n%s", qPrintable(error),
                     qPrintable(lars::server::ServerConfig::usage()));
        return 2;
    }
    lars::server::Server server(config);
    if (const int rc = server.start())
        return rc;
    return app.exec();
}
