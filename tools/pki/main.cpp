// lars-test-pki: generates the TEST PKI and the virtual eID cards of all profiles in a directory.
// Output (see tools/virtual-eid/README.md): trust-anchors.pem, untrusted-root-ca.pem, ca/, private/,
// cards/<id>/, tls/ (a TEST TLS root and a localhost server certificate). TEST material only: never install
// it, never trust it in a production build.

#include "models/NationalNumber.h"
#include "tools/pki/CardImageWriter.h"
#include "tools/pki/TestPki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace lars::tools;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Generates the LARS TEST PKI and virtual eID card images."));
    parser.addHelpOption();
    QCommandLineOption profilesOpt(QStringLiteral("profiles"),
                                   QStringLiteral("Directory of card profiles (*.json)."),
                                   QStringLiteral("DIR"));
    QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output directory."),
                              QStringLiteral("DIR"));
    parser.addOptions({profilesOpt, outOpt});
    parser.process(app);
    if (!parser.isSet(profilesOpt) || !parser.isSet(outOpt)) {
        std::fprintf(stderr, "usage: lars-test-pki --profiles DIR --out DIR\n");
        return 2;
    }
    const QDir profiles(parser.value(profilesOpt));
    const QString out = parser.value(outOpt);
    QDir(QDir(out).filePath(QStringLiteral("cards"))).removeRecursively();
    QDir().mkpath(out);

    TestPki pki;
    // The TEST roots always exist, whether or not a profile uses them.
    pki.hierarchy(KeyType::Rsa2048, true);
    pki.hierarchy(KeyType::P384, true);
    CardImageWriter writer(&pki);
    QString error;
    int cards = 0;
    for (const QString &name : profiles.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(profiles.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "lars-test-pki: cannot read %s\n", qPrintable(f.fileName()));
            return 1;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject()) {
            std::fprintf(stderr, "lars-test-pki: %s: %s\n", qPrintable(name), qPrintable(pe.errorString()));
            return 1;
        }
        QJsonObject profile = doc.object();
        if (!profile.contains(QLatin1String("id")))
            profile.insert(QStringLiteral("id"), QFileInfo(name).completeBaseName());
        const QString nn = profile.value(QLatin1String("identity"))
                               .toObject()
                               .value(QLatin1String("nationalNumber"))
                               .toString();
        if (!lars::models::NationalNumber::isValid(nn)) {
            std::fprintf(stderr, "lars-test-pki: %s: national number %s has wrong check digits\n",
                         qPrintable(name), qPrintable(nn));
            return 1;
        }
        if (!writer.write(profile, out, &error)) {
            std::fprintf(stderr, "lars-test-pki: %s\n", qPrintable(error));
            return 1;
        }
        ++cards;
    }
    if (!pki.writeCaFiles(out, &error) || !TestPki::writeTlsFiles(out, &error)) {
        std::fprintf(stderr, "lars-test-pki: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("lars-test-pki: %d cards in %s\n", cards, qPrintable(QDir(out).absolutePath()));
    return 0;
}
