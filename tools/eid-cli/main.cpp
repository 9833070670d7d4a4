// lars-eid: the eID from the command line.
//   lars-eid readers [--json]
//   lars-eid read [--reader NAME] [--json] [--photo FILE] [--no-photo] [--trust-anchor PEM]... [--stats]
//   lars-eid pin-status [--reader NAME]
//   lars-eid sign --pin-stdin [--reader NAME] [--cert-out FILE] [--json] [--stats]
// sign reads the PIN from the first line of stdin and the hash to sign from the rest: hex text (20, 32,
// 48 or 64 bytes once decoded) or the raw bytes. It prints the signature in hex (1.8: DER ECDSA).
// Exit codes: 0 ok, 1 usage, 2 card/reader error, 3 verification failed, 4 wrong PIN, 5 PIN blocked.
#include "smartcard/CertificateCache.h"
#include "smartcard/CertificateInfo.h"
#include "smartcard/EidReader.h"
#include "smartcard/SecureBytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cctype>
#include <cstdio>
#include <openssl/crypto.h>
#include <openssl/evp.h>

using namespace lars::smartcard;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex()).toUpper();
}

int exitCodeFor(const CardError &e)
{
    if (e.code == CardErrorCode::WrongPin)
        return 4;
    if (e.code == CardErrorCode::PinBlocked)
        return 5;
    return 2;
}

int fail(const OperationResult &r)
{
    err() << "lars-eid: " << r.error.toString() << '\n' << r.error.userMessage() << '\n';
    err().flush();
    return exitCodeFor(r.error);
}

void printStats(const OperationResult &r)
{
    err() << QStringLiteral("stats: %1 APDUs, %2 bytes sent, %3 bytes received, %4 ms\n")
                 .arg(r.stats.apdus)
                 .arg(r.stats.bytesSent)
                 .arg(r.stats.bytesReceived)
                 .arg(double(r.elapsedUs) / 1000.0, 0, 'f', 1);
}

QJsonObject statsJson(const OperationResult &r)
{
    return QJsonObject{{QStringLiteral("apdus"), r.stats.apdus},
                       {QStringLiteral("bytesSent"), r.stats.bytesSent},
                       {QStringLiteral("bytesReceived"), r.stats.bytesReceived},
                       {QStringLiteral("elapsedMs"), double(r.elapsedUs) / 1000.0}};
}

QJsonObject certJson(const QByteArray &der)
{
    QJsonObject o;
    if (der.isEmpty())
        return o;
    if (auto info = CertificateInfo::parse(der)) {
        o[QStringLiteral("subject")] = info->subject;
        o[QStringLiteral("issuer")] = info->issuer;
        o[QStringLiteral("serialNumberAttribute")] = info->serialNumberAttribute;
        o[QStringLiteral("notBefore")] = info->notBefore.toString(Qt::ISODate);
        o[QStringLiteral("notAfter")] = info->notAfter.toString(Qt::ISODate);
        o[QStringLiteral("keyType")] = info->keyType;
        o[QStringLiteral("sha256")] = hex(info->sha256Fingerprint);
    }
    o[QStringLiteral("pem")] = QString::fromLatin1(derToPem(der));
    return o;
}

QJsonObject cardJson(const CardInfo &c, const QByteArray &atr)
{
    return QJsonObject{
        {QStringLiteral("serial"), c.serialHex()},
        {QStringLiteral("applet"), c.appletName()},
        {QStringLiteral("osVersion"), QStringLiteral("%1").arg(c.osVersion, 4, 16, QLatin1Char('0'))},
        {QStringLiteral("lifeCycle"), c.lifeCycle},
        {QStringLiteral("pinTriesLeft"), c.pinTriesLeft},
        {QStringLiteral("atr"), hex(atr)}};
}

QJsonObject identityJson(const Identity &id)
{
    QJsonObject o;
    const NationalNumber nn = id.parsedNationalNumber();
    o[QStringLiteral("cardNumber")] = id.cardNumber;
    o[QStringLiteral("chipNumber")] = hex(id.chipNumber);
    o[QStringLiteral("validityBegin")] = id.validityBegin.toString(Qt::ISODate);
    o[QStringLiteral("validityEnd")] = id.validityEnd.toString(Qt::ISODate);
    o[QStringLiteral("deliveryMunicipality")] = id.deliveryMunicipality;
    o[QStringLiteral("nationalNumber")] = id.nationalNumber;
    o[QStringLiteral("nationalNumberValid")] = nn.valid;
    o[QStringLiteral("name")] = id.name;
    o[QStringLiteral("givenNames")] = id.givenNames;
    o[QStringLiteral("thirdGivenNameInitial")] = id.thirdGivenNameInitial;
    o[QStringLiteral("nationality")] = id.nationality;
    o[QStringLiteral("birthPlace")] = id.birthPlace;
    o[QStringLiteral("birthDate")] = id.birthDate.toIsoString();
    o[QStringLiteral("birthDateRaw")] = id.birthDate.raw;
    o[QStringLiteral("sex")] = id.sexCode;
    o[QStringLiteral("nobleCondition")] = id.nobleCondition;
    o[QStringLiteral("documentType")] = id.documentType;
    o[QStringLiteral("specialStatus")] = id.specialStatus;
    o[QStringLiteral("photoHash")] = hex(id.photoHash);
    o[QStringLiteral("duplicate")] = id.duplicate;
    o[QStringLiteral("specialOrganisation")] = id.specialOrganisation;
    o[QStringLiteral("memberOfFamily")] = id.memberOfFamily;
    o[QStringLiteral("dateAndCountryOfProtection")] = id.dateAndCountryOfProtection;
    o[QStringLiteral("workPermit")] = id.workPermit;
    o[QStringLiteral("employerVat1")] = id.employerVat1;
    o[QStringLiteral("employerVat2")] = id.employerVat2;
    o[QStringLiteral("regionalFileNumber")] = id.regionalFileNumber;
    if (!id.basicKeyHash.isEmpty())
        o[QStringLiteral("basicKeyHash")] = hex(id.basicKeyHash);
    if (id.fileVersion)
        o[QStringLiteral("fileVersion")] = hex(*id.fileVersion);
    QJsonObject other;
    for (auto it = id.otherFields.cbegin(); it != id.otherFields.cend(); ++it)
        other[QStringLiteral("%1").arg(it.key(), 2, 16, QLatin1Char('0'))] = QString::fromUtf8(it.value());
    if (!other.isEmpty())
        o[QStringLiteral("otherFields")] = other;
    return o;
}

int commandReaders(const QCommandLineParser &p)
{
    EidReader reader;
    CardError error;
    const QList<ReaderInfo> list = reader.readers(&error);
    if (error.isError()) {
        err() << "lars-eid: " << error.toString() << '\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const ReaderInfo &r : list) {
            a.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("cardPresent"), r.cardPresent},
                                 {QStringLiteral("mute"), r.mute},
                                 {QStringLiteral("atr"), hex(r.atr)},
                                 {QStringLiteral("eidAtr"), r.eidAtr},
                                 {QStringLiteral("pinpad"), r.pinpad}});
        }
        out() << QJsonDocument(a).toJson();
        return 0;
    }
    if (list.isEmpty())
        out() << "no readers\n";
    for (const ReaderInfo &r : list) {
        out() << r.name << ": ";
        if (!r.cardPresent)
            out() << "no card";
        else if (r.mute)
            out() << "unreadable card";
        else
            out() << (r.eidAtr ? "eID card" : "card") << " ATR " << hex(r.atr);
        if (r.pinpad)
            out() << ", pinpad";
        out() << '\n';
    }
    return 0;
}

int commandRead(const QCommandLineParser &p)
{
    EidReader reader;
    reader.setReaderName(p.value(QStringLiteral("reader")));
    QList<QByteArray> anchors;
    for (const QString &file : p.values(QStringLiteral("trust-anchor"))) {
        QString error;
        const QList<QByteArray> certs = loadCertificates(file, &error);
        if (certs.isEmpty()) {
            err() << "lars-eid: " << error << '\n';
            return 1;
        }
        anchors += certs;
    }
    reader.setTrustAnchors(anchors);
    ReadOptions options;
    options.photo = !p.isSet(QStringLiteral("no-photo"));
    const ReadResult r = reader.read(options);
    if (p.isSet(QStringLiteral("stats")))
        printStats(r);
    if (!r.ok())
        return fail(r);
    if (p.isSet(QStringLiteral("photo"))) {
        QFile file(p.value(QStringLiteral("photo")));
        if (!file.open(QIODevice::WriteOnly) || file.write(r.files.photo) != r.files.photo.size()) {
            err() << "lars-eid: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    const bool failed = r.verification.anyFailed();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("reader")] = r.reader;
        o[QStringLiteral("card")] = cardJson(r.card, r.atr);
        if (r.identity)
            o[QStringLiteral("identity")] = identityJson(*r.identity);
        if (r.address) {
            o[QStringLiteral("address")] =
                QJsonObject{{QStringLiteral("streetAndNumber"), r.address->streetAndNumber},
                            {QStringLiteral("postalCode"), r.address->postalCode},
                            {QStringLiteral("municipality"), r.address->municipality}};
        }
        if (!r.files.photo.isEmpty()) {
            o[QStringLiteral("photo")] = QJsonObject{{QStringLiteral("size"), r.files.photo.size()}};
        }
        o[QStringLiteral("certificates")] =
            QJsonObject{{QStringLiteral("authentication"), certJson(r.files.authenticationCert)},
                        {QStringLiteral("signature"), certJson(r.files.signatureCert)},
                        {QStringLiteral("ca"), certJson(r.files.caCert)},
                        {QStringLiteral("root"), certJson(r.files.rootCert)},
                        {QStringLiteral("rrn"), certJson(r.files.rrnCert)}};
        QJsonArray checks;
        for (const auto &c : r.verification.checks) {
            checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("result"), checkResultName(c.result)},
                                      {QStringLiteral("detail"), c.detail}});
        }
        o[QStringLiteral("verification")] = checks;
        o[QStringLiteral("verified")] = !failed;
        o[QStringLiteral("stats")] = statsJson(r);
        out() << QJsonDocument(o).toJson();
        return failed ? 3 : 0;
    }
    out() << "Reader:        " << r.reader << '\n';
    out() << "Card:          applet " << r.card.appletName() << ", serial " << r.card.serialHex() << ", ATR "
          << hex(r.atr) << '\n';
    if (r.identity) {
        const Identity &id = *r.identity;
        const NationalNumber nn = id.parsedNationalNumber();
        out() << "Name:          " << id.name << '\n';
        out() << "Given names:   " << id.givenNames
              << (id.thirdGivenNameInitial.isEmpty() ? QString()
                                                     : QStringLiteral(" ") + id.thirdGivenNameInitial)
              << '\n';
        out() << "National no.:  " << nn.formatted() << (nn.valid ? "" : " (check digits WRONG)") << '\n';
        out() << "Born:          " << id.birthDate.raw << " (" << id.birthDate.toIsoString() << ") in "
              << id.birthPlace << '\n';
        out() << "Sex:           " << id.sexCode << '\n';
        out() << "Nationality:   " << id.nationality << '\n';
        out() << "Card number:   " << id.cardNumber << ", valid " << id.validityBegin.toString(Qt::ISODate)
              << " to " << id.validityEnd.toString(Qt::ISODate) << ", issued in " << id.deliveryMunicipality
              << '\n';
        out() << "Document type: " << id.documentType << '\n';
    }
    if (r.address)
        out() << "Address:       " << r.address->streetAndNumber << ", " << r.address->postalCode << ' '
              << r.address->municipality << '\n';
    if (!r.files.photo.isEmpty())
        out() << "Photo:         " << r.files.photo.size() << " bytes\n";
    const auto printCert = [](const char *label, const QByteArray &der) {
        if (der.isEmpty()) {
            out() << label << "(none)\n";
            return;
        }
        if (auto info = CertificateInfo::parse(der))
            out() << label << info->subject << " [" << info->keyType << ", until "
                  << info->notAfter.toString(Qt::ISODate) << "]\n";
    };
    printCert("Auth cert:     ", r.files.authenticationCert);
    printCert("Sign cert:     ", r.files.signatureCert);
    printCert("CA cert:       ", r.files.caCert);
    printCert("Root cert:     ", r.files.rootCert);
    printCert("RRN cert:      ", r.files.rrnCert);
    out() << "Verification:\n";
    for (const auto &c : r.verification.checks)
        out() << "  " << c.id.leftJustified(22) << ' ' << checkResultName(c.result).leftJustified(11) << ' '
              << c.detail << '\n';
    out() << (failed ? "RESULT: verification FAILED\n"
                     : "RESULT: nothing failed (see not-checked items above)\n");
    return failed ? 3 : 0;
}

int commandPinStatus(const QCommandLineParser &p)
{
    EidReader reader;
    reader.setReaderName(p.value(QStringLiteral("reader")));
    const PinResult r = reader.pinStatus();
    if (!r.ok())
        return fail(r);
    out() << "PIN tries left: "
          << (r.triesLeft >= 0 ? QString::number(r.triesLeft) : QStringLiteral("unknown")) << '\n';
    return 0;
}

int commandSign(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("pin-stdin"))) {
        err() << "lars-eid sign: --pin-stdin is required (the PIN is never taken from the command line)\n";
        return 1;
    }
    QByteArray input;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        input.append(buffer, qsizetype(n));
    OPENSSL_cleanse(buffer, sizeof buffer);
    const qsizetype newline = input.indexOf('\n');
    QByteArray pinLine = input.left(newline < 0 ? input.size() : newline);
    if (pinLine.endsWith('\r'))
        pinLine.chop(1);
    SecureBytes pin = SecureBytes::takeFrom(pinLine);
    QByteArray hashInput = newline < 0 ? QByteArray() : input.mid(newline + 1);
    wipe(input);
    const QByteArray trimmed = hashInput.trimmed();
    QByteArray hash;
    bool isHex = !trimmed.isEmpty();
    for (const char c : trimmed) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            isHex = false;
    }
    hash = isHex ? QByteArray::fromHex(trimmed) : hashInput;
    if (hash.size() != 20 && hash.size() != 32 && hash.size() != 48 && hash.size() != 64) {
        err()
            << "lars-eid sign: after the PIN line, stdin must hold a 20/32/48/64-byte hash (hex or raw), got "
            << hash.size() << " bytes\n";
        return 1;
    }
    EidReader reader;
    reader.setReaderName(p.value(QStringLiteral("reader")));
    const AuthenticationResult r = reader.authenticate(hash, pin);
    pin.clear();
    if (p.isSet(QStringLiteral("stats")))
        printStats(r);
    if (!r.ok())
        return fail(r);
    if (p.isSet(QStringLiteral("cert-out"))) {
        QFile file(p.value(QStringLiteral("cert-out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(derToPem(r.authenticationCertificate)) < 0) {
            err() << "lars-eid: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("signature"), hex(r.signature.encoded)},
                      {QStringLiteral("rawSignature"), hex(r.signature.raw)},
                      {QStringLiteral("algorithm"),
                       r.signature.isEcdsa ? QStringLiteral("ECDSA") : QStringLiteral("RSA-PKCS1")},
                      {QStringLiteral("hash"), hex(hash)},
                      {QStringLiteral("card"), cardJson(r.card, r.atr)},
                      {QStringLiteral("certificate"), certJson(r.authenticationCertificate)},
                      {QStringLiteral("stats"), statsJson(r)}};
        out() << QJsonDocument(o).toJson();
    } else {
        out() << QString::fromLatin1(r.signature.encoded.toHex()) << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lars-eid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LARS_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Read, verify and sign with a Belgian eID card through PC/SC.\n"
                       "Commands: readers | read | pin-status | sign"));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("readers, read, pin-status or sign"));
    p.addOption({QStringLiteral("reader"),
                 QStringLiteral("Reader name (default: the first reader with a card)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    p.addOption({QStringLiteral("photo"), QStringLiteral("read: write the photo (JPEG) to FILE."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("no-photo"), QStringLiteral("read: skip the photo.")});
    p.addOption({QStringLiteral("trust-anchor"),
                 QStringLiteral(
                     "read: trusted root certificate(s), PEM or DER (repeatable). Without one the chains are "
                     "reported as not checked."),
                 QStringLiteral("PEM")});
    p.addOption({QStringLiteral("pin-stdin"),
                 QStringLiteral("sign: PIN on the first line of stdin, then the hash (hex or raw).")});
    p.addOption({QStringLiteral("cert-out"),
                 QStringLiteral("sign: write the authentication certificate (PEM) to FILE."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("stats"), QStringLiteral("Print APDUs, bytes and time to stderr.")});
    p.process(app);
    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);
    if (command == QLatin1String("readers"))
        return commandReaders(p);
    if (command == QLatin1String("read"))
        return commandRead(p);
    if (command == QLatin1String("pin-status"))
        return commandPinStatus(p);
    if (command == QLatin1String("sign"))
        return commandSign(p);
    err() << p.helpText();
    return 1;
}
