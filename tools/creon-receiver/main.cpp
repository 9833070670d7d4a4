// lars-creon-receiver --listen HOST:PORT --store DIR [--cert FILE --key FILE]: a stand-in for the
// ministry's CREON web service, for tests and the demo (docs/creon.md). Prints "listening on HOST:PORT"
// once it accepts connections.
#include "tools/creon-receiver/CreonReceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace lars::tools;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "lars-creon-receiver: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lars-creon-receiver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LARS_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stand-in for the ministry's CREON web service: validates batches against the "
                       "lars-creon-batch/1 schema, stores each (registration, version) once and answers per "
                       "record. POST /control changes the misbehaviour at run time."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (port 0: any free port)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Directory that keeps what was accepted."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption unavailable(QStringLiteral("unavailable"),
                                         QStringLiteral("Answer 503 to the next N batches (-1: always)."),
                                         QStringLiteral("N"));
    const QCommandLineOption slow(QStringLiteral("slow-ms"), QStringLiteral("Delay every answer."),
                                  QStringLiteral("MS"));
    const QCommandLineOption drop(
        QStringLiteral("drop"),
        QStringLiteral("Store the next N batches, then close the connection without "
                       "answering."),
        QStringLiteral("N"));
    const QCommandLineOption refuse(QStringLiteral("refuse"),
                                    QStringLiteral("Refuse records: ITEM:REASON or UUID[@VERSION]:REASON "
                                                   "(repeatable)."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("Serve https with this certificate chain (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption certKey(
        QStringLiteral("key"), QStringLiteral("The private key of --cert (PEM)."), QStringLiteral("FILE"));
    parser.addOptions({listen, store, unavailable, slow, drop, refuse, cert, certKey});
    parser.process(app);

    if (!parser.isSet(listen) || !parser.isSet(store))
        return fail(QStringLiteral("--listen HOST:PORT and --store DIR are required"));
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&portOk);
    QString host = hostPort.left(colon);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return fail(
            QStringLiteral("--listen needs HOST:PORT with a numeric address, got '%1'").arg(hostPort));

    ReceiverBehaviour behaviour;
    QJsonObject settings;
    for (const auto &[option, key] :
         {std::pair{&unavailable, "unavailable"}, std::pair{&slow, "slowMs"}, std::pair{&drop, "drop"}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        settings.insert(QLatin1String(key), parser.value(*option).toInt(&ok));
        if (!ok)
            return fail(QStringLiteral("--%1 needs a number").arg(option->names().constFirst()));
    }
    QString error;
    if (!behaviour.apply(settings, &error))
        return fail(error);
    for (const QString &spec : parser.values(refuse)) {
        RefusalRule rule;
        if (!ReceiverBehaviour::parseRefusal(spec, &rule, &error))
            return fail(error);
        behaviour.refusals.append(rule);
    }

    ReceiverStore receiverStore;
    if (!receiverStore.open(parser.value(store), &error))
        return fail(error);
    CreonReceiver receiver(receiverStore, behaviour);
    if (parser.isSet(cert) != parser.isSet(certKey))
        return fail(QStringLiteral("--cert and --key go together"));
    if (parser.isSet(cert) && !receiver.useTls(parser.value(cert), parser.value(certKey), &error))
        return fail(error);
    if (!receiver.listen(address, quint16(port), &error))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(hostPort, error));
    std::printf("listening on %s:%u\n", qPrintable(address.toString()), unsigned(receiver.port()));
    std::fflush(stdout);
    return app.exec();
}
