// lars-virtual-eid: a virtual Belgian eID card (applet 1.7 or 1.8) for Debian's vsmartcard-vpcd.
// Test and demo use only: its keys and certificates come from the TEST PKI of lars-test-pki.

#include "tools/virtual-eid/CardData.h"
#include "tools/virtual-eid/Logging.h"
#include "tools/virtual-eid/VirtualEidCard.h"
#include "tools/virtual-eid/VpcdLink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <cstdio>
#include <unistd.h>

#ifndef LARS_TEST_PKI_DEFAULT_DIR
#define LARS_TEST_PKI_DEFAULT_DIR ""
#endif

using namespace lars::tools;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lars-virtual-eid"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Virtual Belgian eID card for vsmartcard-vpcd (TEST keys only).\n"
        "Control on stdin with --control-stdin: lines 'remove', 'insert', 'quit'; EOF quits."));
    parser.addHelpOption();
    QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        QStringLiteral("Card profile: a source profile JSON (tools/virtual-eid/profiles), "
                       "or a generated card directory / its card.json."),
        QStringLiteral("FILE"));
    QCommandLineOption portOpt(QStringLiteral("port"),
                               QStringLiteral("vpcd port: 35963 (slot 0) or 35964 (slot 1)."),
                               QStringLiteral("PORT"), QStringLiteral("35963"));
    QCommandLineOption hostOpt(QStringLiteral("host"), QStringLiteral("vpcd host."), QStringLiteral("HOST"),
                               QStringLiteral("127.0.0.1"));
    QCommandLineOption pkiOpt(
        QStringLiteral("pki"), QStringLiteral("Output directory of lars-test-pki."), QStringLiteral("DIR"),
        qEnvironmentVariable("LARS_TEST_PKI_DIR", QStringLiteral(LARS_TEST_PKI_DEFAULT_DIR)));
    QCommandLineOption stateOpt(
        QStringLiteral("state-dir"),
        QStringLiteral("Where PIN try counters persist (profiles with persistPinTries)."),
        QStringLiteral("DIR"));
    QCommandLineOption resetOpt(QStringLiteral("reset-state"),
                                QStringLiteral("Forget persisted PIN try counters."));
    QCommandLineOption stdinOpt(QStringLiteral("control-stdin"),
                                QStringLiteral("Read remove/insert/quit commands from stdin; exit on EOF."));
    QCommandLineOption removedOpt(QStringLiteral("removed"),
                                  QStringLiteral("Start with the card out of the reader."));
    QCommandLineOption faultOpt(
        QStringLiteral("fault"),
        QStringLiteral(
            "Misbehave like some real cards/readers (repeatable): select-path-6a87[:N] (every Nth SELECT "
            "by path answers 6A87), read-spurious-6b00[:N] (every Nth READ BINARY past offset 0 answers "
            "6B00), remove-after-apdus:N (pulled out after answering N APDUs)."),
        QStringLiteral("FAULT"));
    parser.addOptions(
        {profileOpt, portOpt, hostOpt, pkiOpt, stateOpt, resetOpt, stdinOpt, removedOpt, faultOpt});
    parser.process(app);

    if (!parser.isSet(profileOpt)) {
        std::fprintf(stderr, "lars-virtual-eid: --profile FILE is required\n");
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOpt).toUInt(&portOk);
    if (!portOk || port == 0 || port > 65535) {
        std::fprintf(stderr, "lars-virtual-eid: bad --port\n");
        return 2;
    }
    QString error;
    auto data = CardData::load(parser.value(profileOpt), parser.value(pkiOpt), &error);
    if (!data) {
        std::fprintf(stderr, "lars-virtual-eid: %s\n", qPrintable(error));
        return 1;
    }
    QString stateDir = parser.value(stateOpt);
    if (stateDir.isEmpty())
        stateDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                   QStringLiteral("/lars-virtual-eid");
    QDir().mkpath(stateDir);
    const QString stateFile = QDir(stateDir).filePath(data->id + QStringLiteral(".state.json"));
    if (parser.isSet(resetOpt))
        QFile::remove(stateFile);

    VirtualEidCard card(std::move(*data), stateFile);
    VpcdLink link(&card, parser.value(hostOpt), static_cast<quint16>(port));
    VirtualEidCard::Faults faults;
    for (const QString &fault : parser.values(faultOpt)) {
        const QString name = fault.section(QLatin1Char(':'), 0, 0);
        bool ok = true;
        const int n = fault.contains(QLatin1Char(':')) ? fault.section(QLatin1Char(':'), 1).toInt(&ok) : 1;
        if (!ok || n < 1) {
            std::fprintf(stderr, "lars-virtual-eid: bad --fault %s\n", qPrintable(fault));
            return 2;
        }
        if (name == QLatin1String("select-path-6a87"))
            faults.selectPath6A87Every = n;
        else if (name == QLatin1String("read-spurious-6b00"))
            faults.spuriousReadEvery = n;
        else if (name == QLatin1String("remove-after-apdus"))
            link.setRemoveAfterApdus(n);
        else {
            std::fprintf(stderr, "lars-virtual-eid: unknown --fault %s\n", qPrintable(fault));
            return 2;
        }
    }
    card.setFaults(faults);
    QObject::connect(&link, &VpcdLink::connectedToReader, [&] {
        std::printf("inserted %s\n", qPrintable(card.data().id));
        std::fflush(stdout);
    });
    QObject::connect(&link, &VpcdLink::disconnectedFromReader, [] {
        std::printf("removed\n");
        std::fflush(stdout);
    });

    if (parser.isSet(stdinOpt)) {
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, [&link, notifier] {
            static QByteArray pending;
            char buf[256];
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) { // the controlling process went away
                notifier->setEnabled(false);
                link.remove();
                QCoreApplication::quit();
                return;
            }
            pending.append(buf, n);
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray cmd = pending.left(nl).trimmed();
                pending.remove(0, nl + 1);
                if (cmd == "remove")
                    link.remove();
                else if (cmd == "insert")
                    link.insert();
                else if (cmd == "quit") {
                    link.remove();
                    QCoreApplication::quit();
                }
            }
        });
    }
    if (!parser.isSet(removedOpt))
        link.insert();
    std::printf("lars-virtual-eid: card %s (applet %s) on vpcd port %u\n", qPrintable(card.data().id),
                card.data().applet == CardData::Applet::V17 ? "1.7" : "1.8", port);
    std::fflush(stdout);
    return app.exec();
}
