// Measures the eID tasks through the real stack (pcscd + vpcd + lars-virtual-eid) on applet 1.7 and 1.8:
// (a) full read with verification, (b) login path (card data + authentication certificate + one
// signature), (c) the login path with the certificate cached. Prints a Markdown table.
#include "smartcard/CertificateCache.h"
#include "smartcard/CertificateInfo.h"
#include "smartcard/EidReader.h"
#include "tests/support/VirtualCardProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace lars::smartcard;
using lars::test::VirtualCardProcess;

namespace {
struct Sample
{
    double ms = 0;
    int apdus = 0;
    qint64 bytes = 0;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t index = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[index];
}

QString row(const QString &applet, const QString &task, const std::vector<Sample> &samples)
{
    std::vector<double> ms;
    std::vector<double> apdus;
    std::vector<double> bytes;
    for (const Sample &s : samples) {
        ms.push_back(s.ms);
        apdus.push_back(s.apdus);
        bytes.push_back(double(s.bytes));
    }
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
        .arg(applet, task)
        .arg(percentile(apdus, 0.5), 0, 'f', 0)
        .arg(percentile(bytes, 0.5), 0, 'f', 0)
        .arg(percentile(ms, 0.5), 0, 'f', 1)
        .arg(percentile(ms, 0.95), 0, 'f', 1)
        .arg(samples.size());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("iterations"), QStringLiteral("Runs per task (default 30)."),
                 QStringLiteral("N"), QStringLiteral("30")});
    p.process(app);
    const int n = std::max(1, p.value(QStringLiteral("iterations")).toInt());
    if (qEnvironmentVariableIsEmpty("LARS_BINARY_DIR"))
        qputenv("LARS_BINARY_DIR", LARS_BENCH_BINARY_DIR);
    QTextStream out(stdout);
    const QList<QByteArray> anchors = loadCertificates(VirtualCardProcess::trustAnchorsPem());

    out << "| applet | task | APDUs | bytes (sent+received) | median ms | p95 ms | runs |\n";
    out << "|---|---|---:|---:|---:|---:|---:|\n";
    const QList<QPair<QString, QString>> cards = {{QStringLiteral("1.7"), QStringLiteral("jan-claes")},
                                                  {QStringLiteral("1.8"), QStringLiteral("an-peeters")}};
    for (const auto &[applet, profile] : cards) {
        VirtualCardProcess card(profile);
        if (!card.start()) {
            std::fprintf(stderr, "cannot start the card: %s\n", qPrintable(card.errorString()));
            return 1;
        }
        const QByteArray hash(applet == QLatin1String("1.8") ? 48 : 32, '\x42');
        EidReader reader;
        reader.setTrustAnchors(anchors);
        std::vector<Sample> full;
        std::vector<Sample> login;
        std::vector<Sample> cached;
        const auto sample = [](const OperationResult &r) {
            if (!r.ok()) {
                std::fprintf(stderr, "failed: %s\n", qPrintable(r.error.toString()));
                std::exit(1);
            }
            return Sample{double(r.elapsedUs) / 1000.0, r.stats.apdus,
                          r.stats.bytesSent + r.stats.bytesReceived};
        };
        reader.read(); // warm-up: pcscd, the card process and the page cache
        for (int i = 0; i < n; ++i) {
            const ReadResult r = reader.read();
            if (r.verification.anyFailed()) {
                std::fprintf(stderr, "verification failed\n");
                return 1;
            }
            full.push_back(sample(r));
        }
        reader.setCertificateCache(nullptr);
        for (int i = 0; i < n; ++i)
            login.push_back(sample(reader.authenticate(hash, SecureBytes("1234", 4))));
        reader.setCertificateCache(std::make_shared<CertificateCache>());
        reader.readLoginData(); // fills the cache
        for (int i = 0; i < n; ++i)
            cached.push_back(sample(reader.authenticate(hash, SecureBytes("1234", 4))));
        out << row(applet, QStringLiteral("(a) full read + verification"), full) << '\n';
        out << row(applet, QStringLiteral("(b) login: card data + auth cert + signature"), login) << '\n';
        out << row(applet, QStringLiteral("(c) login, certificate cached"), cached) << '\n';
        out.flush();
        card.stop();
    }
    return 0;
}
