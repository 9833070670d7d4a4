#include "tools/pki/CardImageWriter.h"

#include "tools/pki/Der.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRandomGenerator>
#include <openssl/evp.h>

namespace lars::tools {

namespace {

QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    return o.value(QLatin1String(key)).toString(fallback);
}

QDateTime parseCardDate(const QString &s)
{
    return QDateTime(QDate::fromString(s, QStringLiteral("dd.MM.yyyy")), QTime(0, 0), Qt::UTC);
}

QByteArray signRrn(const PkiKey &key, const EVP_MD *md, const QByteArray &data)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray out;
    if (EVP_DigestSignInit(ctx, nullptr, md, nullptr, key.get()) > 0 &&
        EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<size_t>(data.size())) > 0) {
        out.resize(static_cast<qsizetype>(len));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<size_t>(data.size()));
        out.resize(static_cast<qsizetype>(len));
    }
    EVP_MD_CTX_free(ctx);
    return out;
}

QByteArray stripTrailingZeros(QByteArray b)
{
    while (!b.isEmpty() && b.back() == '\0')
        b.chop(1);
    return b;
}

QByteArray path(const char *hex)
{
    return der::seq({der::octets(QByteArray::fromHex(hex))});
}

// PKCS#15 files of the BELPIC DF, shaped like those of the real card.
QByteArray odf()
{
    return der::cat({der::tlv(0xA8, path("3F00DF005034")), der::tlv(0xA0, path("3F00DF005035")),
                     der::tlv(0xA4, path("3F00DF005037"))});
}

QByteArray tokenInfo(const QByteArray &serial)
{
    return der::seq({der::integer(0), der::octets(serial), der::utf8("LARS TEST"), der::tlv(0x80, "BELPIC"),
                     der::bits({0, 3})});
}

QByteArray aodf()
{
    return der::seq(
        {der::seq({der::utf8("Basic PIN"), der::bits({0})}), der::seq({der::octets(QByteArray(1, 0x01))}),
         der::tlv(0xA1, der::seq({der::bits({4, 5}), der::tlv(0x0A, QByteArray(1, 0x04)), der::integer(4),
                                  der::integer(8), der::integer(12), der::tlv(0x80, QByteArray(1, 0x01)),
                                  der::octets(QByteArray(1, char(0xFF))), path("3F00")}))});
}

QByteArray prkdf(bool ec)
{
    auto key = [ec](const char *label, char id, int usageBit, int ref) {
        const QByteArray common =
            der::seq({der::utf8(label), der::bits({0}), der::octets(QByteArray(1, 0x01))});
        const QByteArray commonKey =
            der::seq({der::octets(QByteArray(1, id)), der::bits({usageBit}), der::integer(ref)});
        if (ec) // privateECKey [0]: value, then the field size
            return der::tlv(0xA0,
                            der::cat({common, commonKey,
                                      der::tlv(0xA1, der::seq({path("3F00DF00"), der::integer(384)}))}));
        return der::seq(
            {common, commonKey, der::tlv(0xA1, der::seq({path("3F00DF00"), der::integer(2048)}))});
    };
    return key("Authentication", 0x02, 2, 0x82) + key("Signature", 0x03, 9, 0x83);
}

QByteArray cdf(const QMap<int, int> &lengths)
{
    auto cert = [&lengths](const char *label, char id, bool authority, int fid) {
        const QByteArray p = der::seq(
            {der::octets(QByteArray::fromHex("3F00DF00") + QByteArray::fromHex(QByteArray::number(fid, 16))),
             der::integer(0), der::tlv(0x80, der::integer(lengths.value(fid)).mid(2))});
        return der::seq({der::seq({der::utf8(label), der::bits({1})}),
                         der::seq({der::octets(QByteArray(1, id)), der::boolean(authority)}),
                         der::tlv(0xA1, der::seq({p}))});
    };
    return cert("Authentication", 0x02, false, 0x5038) + cert("Signature", 0x03, false, 0x5039) +
           cert("CA", 0x04, true, 0x503A) + cert("Root", 0x06, true, 0x503B) +
           cert("RRN", 0x08, false, 0x503C);
}

} // namespace

QByteArray CardImageWriter::identityTlvLength(int length)
{
    QByteArray out;
    while (length >= 255) {
        out.append(char(0xFF));
        length -= 255;
    }
    out.append(static_cast<char>(length));
    return out;
}

QByteArray CardImageWriter::photo(int seed)
{
    // A small abstract greyscale portrait (~3 KB JPEG), different per profile.
    QRandomGenerator rng(static_cast<quint32>(seed));
    QImage img(140, 200, QImage::Format_RGB32);
    img.fill(QColor(225, 225, 225));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const int shade = 60 + rng.bounded(120);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(shade, shade, shade));
    p.drawEllipse(QRect(20, 150, 100, 90)); // shoulders
    p.setBrush(QColor(180, 180, 180));
    p.drawEllipse(QRect(38 + rng.bounded(6), 40, 64, 84)); // face
    const int hair = 30 + rng.bounded(100);
    p.setBrush(QColor(hair, hair, hair));
    p.drawChord(QRect(36, 30, 68, 60 + rng.bounded(20)), 0, 180 * 16);
    p.setBrush(QColor(40, 40, 40));
    p.drawEllipse(QRect(55, 75, 8, 6));
    p.drawEllipse(QRect(78, 75, 8, 6));
    p.drawRect(QRect(60, 105, 22, 3));
    p.end();
    const QImage grey = img.convertToFormat(QImage::Format_Grayscale8);
    QByteArray jpeg;
    QBuffer buf(&jpeg);
    buf.open(QIODevice::WriteOnly);
    grey.save(&buf, "JPEG", 85);
    return jpeg;
}

bool CardImageWriter::write(const QJsonObject &profile, const QString &outDir, QString *error)
{
    const QString id = str(profile, "id");
    const bool v18 = str(profile, "applet") == QLatin1String("1.8");
    if (id.isEmpty() || (!v18 && str(profile, "applet") != QLatin1String("1.7"))) {
        *error = QStringLiteral("profile %1: needs an id and applet \"1.7\" or \"1.8\"").arg(id);
        return false;
    }
    const QJsonObject identity = profile.value(QLatin1String("identity")).toObject();
    const QJsonObject address = profile.value(QLatin1String("address")).toObject();
    const QString nn = str(identity, "nationalNumber");
    const QDateTime cardFrom = parseCardDate(str(identity, "validityBegin"));
    const QDateTime cardUntil = parseCardDate(str(identity, "validityEnd"));
    if (nn.size() != 11 || !cardFrom.isValid() || !cardUntil.isValid()) {
        *error = QStringLiteral(
                     "profile %1: nationalNumber (11 digits) and validity dates (DD.MM.YYYY) are required")
                     .arg(id);
        return false;
    }
    const KeyType keyType = v18 ? KeyType::P384 : KeyType::Rsa2048;
    const bool trusted = str(profile, "issuer", QStringLiteral("test")) != QLatin1String("untrusted");
    const Hierarchy &h = m_pki->hierarchy(keyType, trusted);
    const QDir dir(QDir(outDir).filePath(QStringLiteral("cards/%1").arg(id)));
    QDir(dir.path()).removeRecursively();

    const QByteArray serial =
        QCryptographicHash::hash("lars-virtual-eid:" + id.toUtf8(), QCryptographicHash::Sha256).left(16);

    // Certificates, like real eID ones: C=BE, CN "Given Surname (Authentication)", SN, GN, serialNumber =
    // RRN.
    const QString surname = str(identity, "name");
    QString given = str(identity, "givenNames");
    if (!str(identity, "thirdGivenNameInitial").isEmpty())
        given += QLatin1Char(' ') + str(identity, "thirdGivenNameInitial");
    const QString firstGiven = given.section(QLatin1Char(' '), 0, 0);
    const QJsonObject certs = profile.value(QLatin1String("certificates")).toObject();
    const QDateTime certFrom =
        certs.contains(QLatin1String("notBefore")) ? parseCardDate(str(certs, "notBefore")) : cardFrom;
    const QDateTime certUntil =
        certs.contains(QLatin1String("notAfter")) ? parseCardDate(str(certs, "notAfter")) : cardUntil;
    const QString policyAuth = QStringLiteral("certificatePolicies=2.16.56.12.1.1.2.2");
    const QString policySign = QStringLiteral("certificatePolicies=2.16.56.12.1.1.2.1");
    const Issued auth = TestPki::issue(
        {QStringLiteral("%1 %2 (Authentication)").arg(firstGiven, surname), surname, given, nn, {}},
        TestPki::generateKey(keyType), &h.citizenCa, certFrom, certUntil,
        {QStringLiteral("keyUsage=critical,digitalSignature"), QStringLiteral("extendedKeyUsage=clientAuth"),
         policyAuth});
    const Issued sig =
        TestPki::issue({QStringLiteral("%1 %2 (Signature)").arg(firstGiven, surname), surname, given, nn, {}},
                       TestPki::generateKey(keyType), &h.citizenCa, certFrom, certUntil,
                       {QStringLiteral("keyUsage=critical,nonRepudiation"), policySign});
    const bool hasSignatureCert = profile.value(QLatin1String("signatureCertificate")).toBool(true);
    const bool hasAuthCert = profile.value(QLatin1String("authenticationCertificate")).toBool(true);

    // Certificate files: DER followed by zero padding; an absent certificate is all zeros.
    const int padding = v18 ? 1100 : 50;
    auto certFile = [padding](const QByteArray &der, bool present) {
        return present ? der + QByteArray(padding, '\0') : QByteArray(1200, '\0');
    };
    QMap<QString, QByteArray> files;
    files[QStringLiteral("DF00/5038")] = certFile(auth.der(), hasAuthCert);
    files[QStringLiteral("DF00/5039")] = certFile(sig.der(), hasSignatureCert);
    files[QStringLiteral("DF00/503A")] = certFile(h.citizenCa.der(), true);
    files[QStringLiteral("DF00/503B")] = certFile(h.root.der(), true);
    files[QStringLiteral("DF00/503C")] = certFile(h.rrn.der(), true);
    QMap<int, int> certLengths{{0x5038, hasAuthCert ? int(auth.der().size()) : 0},
                               {0x5039, hasSignatureCert ? int(sig.der().size()) : 0},
                               {0x503A, int(h.citizenCa.der().size())},
                               {0x503B, int(h.root.der().size())},
                               {0x503C, int(h.rrn.der().size())}};
    // EF(DIR) under the MF points PKCS#15 middleware (OpenSC's belpic driver) to the BELPIC DF.
    files[QStringLiteral("2F00")] =
        der::tlv(0x61, der::cat({der::tlv(0x4F, QByteArray::fromHex("A000000177504B43532D3135")),
                                 der::tlv(0x50, "BELPIC"), der::tlv(0x51, QByteArray::fromHex("3F00DF00"))}));
    files[QStringLiteral("DF00/5031")] = odf();
    files[QStringLiteral("DF00/5032")] = tokenInfo(serial);
    files[QStringLiteral("DF00/5034")] = aodf();
    files[QStringLiteral("DF00/5035")] = prkdf(v18);
    files[QStringLiteral("DF00/5037")] = cdf(certLengths);

    // Photo and the hash that ties it to the identity file.
    const QByteArray photoJpeg =
        photo(profile.value(QLatin1String("photoSeed")).toInt(static_cast<int>(qHash(id))));
    files[QStringLiteral("DF01/4035")] = photoJpeg;
    QCryptographicHash::Algorithm photoHash = QCryptographicHash::Sha384;
    const EVP_MD *rrnMd = EVP_sha384();
    if (!v18) {
        const bool sha1 = str(profile, "photoHash", QStringLiteral("sha256")) == QLatin1String("sha1");
        photoHash = sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
        rrnMd = sha1 ? EVP_sha1() : EVP_sha256();
    }

    PkiKey basicKey;
    if (v18) {
        basicKey = TestPki::generateKey(KeyType::P384);
        files[QStringLiteral("DF01/4040")] = TestPki::publicKeyDer(basicKey);
    }

    // Identity file: tags in ascending order; empty fields are tag + length 0.
    QByteArray idFile;
    auto field = [&idFile](int tag, const QByteArray &value) {
        idFile.append(static_cast<char>(tag));
        idFile += identityTlvLength(static_cast<int>(value.size()));
        idFile += value;
    };
    QMap<int, QByteArray> tags;
    if (identity.contains(QLatin1String("fileVersion")))
        tags[0x00] = QByteArray(1, static_cast<char>(identity.value(QLatin1String("fileVersion")).toInt()));
    tags[0x01] = str(identity, "cardNumber").toUtf8();
    tags[0x02] = serial;
    tags[0x03] = str(identity, "validityBegin").toUtf8();
    tags[0x04] = str(identity, "validityEnd").toUtf8();
    tags[0x05] = str(identity, "deliveryMunicipality").toUtf8();
    tags[0x06] = nn.toUtf8();
    tags[0x07] = surname.toUtf8();
    tags[0x08] = str(identity, "givenNames").toUtf8();
    tags[0x09] = str(identity, "thirdGivenNameInitial").toUtf8();
    tags[0x0A] = str(identity, "nationality").toUtf8();
    tags[0x0B] = str(identity, "birthPlace").toUtf8();
    tags[0x0C] = str(identity, "birthDate").toUtf8();
    tags[0x0D] = str(identity, "sex").toUtf8();
    tags[0x0E] = str(identity, "nobleCondition").toUtf8();
    tags[0x0F] = str(identity, "documentType", QStringLiteral("01")).toUtf8();
    tags[0x10] = str(identity, "specialStatus", QStringLiteral("0")).toUtf8();
    tags[0x11] = QCryptographicHash::hash(photoJpeg, photoHash);
    if (identity.contains(QLatin1String("duplicate")))
        tags[0x12] = str(identity, "duplicate").toUtf8();
    if (identity.contains(QLatin1String("specialOrganisation")))
        tags[0x13] = str(identity, "specialOrganisation").toUtf8();
    if (identity.value(QLatin1String("memberOfFamily")).toBool())
        tags[0x14] = QByteArray();
    if (identity.contains(QLatin1String("dateAndCountryOfProtection")))
        tags[0x15] = str(identity, "dateAndCountryOfProtection").toUtf8();
    const QJsonObject extra = identity.value(QLatin1String("extraTags")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        tags[it.key().toInt(nullptr, 16)] = it.value().toString().toUtf8();
    if (v18)
        tags[0x1A] = QCryptographicHash::hash(files[QStringLiteral("DF01/4040")], QCryptographicHash::Sha384);
    for (auto it = tags.begin(); it != tags.end(); ++it)
        field(it.key(), it.value());
    idFile += QByteArray(profile.value(QLatin1String("identityPadding")).toInt(0), '\0');
    files[QStringLiteral("DF01/4031")] = idFile;

    QByteArray addrFile;
    auto addrField = [&addrFile](int tag, const QString &value) {
        const QByteArray v = value.toUtf8();
        addrFile.append(static_cast<char>(tag));
        addrFile += identityTlvLength(static_cast<int>(v.size()));
        addrFile += v;
    };
    addrField(0x01, str(address, "streetAndNumber"));
    addrField(0x02, str(address, "postalCode"));
    addrField(0x03, str(address, "municipality"));
    if (addrFile.size() < 117) // the real file is fixed size, zero padded
        addrFile += QByteArray(117 - addrFile.size(), '\0');
    files[QStringLiteral("DF01/4033")] = addrFile;

    // RRN signatures: identity over the whole 4031; address over address-without-padding || 4032.
    auto rrnSignatureFile = [v18](QByteArray signature) {
        if (v18 && signature.size() < 112) // DER ECDSA signature, zero padded in a fixed-size file
            signature += QByteArray(112 - signature.size(), '\0');
        return signature;
    };
    files[QStringLiteral("DF01/4032")] = rrnSignatureFile(signRrn(h.rrn.key, rrnMd, idFile));
    files[QStringLiteral("DF01/4034")] = rrnSignatureFile(
        signRrn(h.rrn.key, rrnMd, stripTrailingZeros(addrFile) + files[QStringLiteral("DF01/4032")]));

    QJsonObject fileMap;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString rel =
            QStringLiteral("files/%1").arg(QString(it.key()).replace(QLatin1Char('/'), QLatin1Char('_')));
        if (!writeFile(dir.filePath(rel), it.value(), error))
            return false;
        fileMap.insert(it.key(), rel);
    }
    QJsonObject keys{{QStringLiteral("authentication"), QStringLiteral("authentication.key.pem")},
                     {QStringLiteral("signature"), QStringLiteral("signature.key.pem")}};
    if (!writeFile(dir.filePath(QStringLiteral("authentication.key.pem")), auth.keyPem(), error) ||
        !writeFile(dir.filePath(QStringLiteral("signature.key.pem")), sig.keyPem(), error) ||
        !writeFile(dir.filePath(QStringLiteral("authentication.pem")), auth.pem(), error) ||
        !writeFile(dir.filePath(QStringLiteral("signature.pem")), sig.pem(), error) ||
        !writeFile(dir.filePath(QStringLiteral("chain.pem")), h.citizenCa.pem() + h.root.pem(), error) ||
        !writeFile(dir.filePath(QStringLiteral("rrn.pem")), h.rrn.pem(), error))
        return false;
    if (v18) {
        keys.insert(QStringLiteral("basic"), QStringLiteral("basic.key.pem"));
        if (!writeFile(dir.filePath(QStringLiteral("basic.key.pem")), Issued{basicKey, {}}.keyPem(), error))
            return false;
    }

    QJsonObject card;
    card.insert(QStringLiteral("format"), QStringLiteral("lars-virtual-eid-card/1"));
    card.insert(QStringLiteral("id"), id);
    card.insert(QStringLiteral("applet"), v18 ? QStringLiteral("1.8") : QStringLiteral("1.7"));
    card.insert(QStringLiteral("serial"), QString::fromLatin1(serial.toHex().toUpper()));
    card.insert(QStringLiteral("pin"), str(profile, "pin", QStringLiteral("1234")));
    card.insert(QStringLiteral("maxPinTries"), 3);
    card.insert(QStringLiteral("pinTriesLeft"), profile.value(QLatin1String("pinTriesLeft")).toInt(3));
    card.insert(QStringLiteral("persistPinTries"),
                profile.value(QLatin1String("persistPinTries")).toBool(false));
    card.insert(QStringLiteral("trusted"), trusted);
    card.insert(QStringLiteral("nationalNumber"), nn);
    card.insert(QStringLiteral("files"), fileMap);
    card.insert(QStringLiteral("keys"), keys);
    return writeFile(dir.filePath(QStringLiteral("card.json")), QJsonDocument(card).toJson(), error);
}

} // namespace lars::tools
