// The virtual eID card (tools/virtual-eid) through the real pcscd + vsmartcard-vpcd, with raw PC/SC
// APDUs: ATRs, file layout, status words, T=0 behaviour, PIN, signatures, RRN signatures, reconnects.

#include "tests/support/RawPcscCard.h"
#include "tests/support/VirtualCardProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <winscard.h>

using lars::test::RawPcscCard;
using lars::test::VirtualCardProcess;

namespace {

const QByteArray kAtr17 = QByteArray::fromHex("3B9813400AA503010101AD1311");
const QByteArray kAtr18 = QByteArray::fromHex("3B7F96000080318065B085040120120FFF829000");

QJsonObject cardJson(const QString &id)
{
    QFile f(VirtualCardProcess::cardDirectory(id) + QStringLiteral("/card.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray cardFile(const QString &id, const QString &path)
{
    const QString rel = cardJson(id).value(QStringLiteral("files")).toObject().value(path).toString();
    QFile f(VirtualCardProcess::cardDirectory(id) + QLatin1Char('/') + rel);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

X509Ptr certFromDer(const QByteArray &derWithPadding)
{
    const auto *p = reinterpret_cast<const unsigned char *>(derWithPadding.constData());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(derWithPadding.size())), X509_free);
}

X509Ptr certFromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return X509Ptr(x, X509_free);
}

QByteArray certDer(X509 *x)
{
    unsigned char *buf = nullptr;
    const int n = i2d_X509(x, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

// Length of a DER element from its header (to strip zero padding).
int derLength(const QByteArray &b)
{
    if (b.size() < 2)
        return -1;
    const int first = static_cast<quint8>(b[1]);
    if (first < 0x80)
        return 2 + first;
    const int n = first & 0x7F;
    int len = 0;
    for (int i = 0; i < n; ++i)
        len = (len << 8) | static_cast<quint8>(b[2 + i]);
    return 2 + n + len;
}

// Verifies a signature over a precomputed hash: RSA PKCS#1 v1.5 (md builds the DigestInfo; null = the
// hash is already a DigestInfo) or ECDSA (DER signature).
bool verifyHash(EVP_PKEY *key, const EVP_MD *md, const QByteArray &hash, const QByteArray &signature)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
    bool ok = ctx && EVP_PKEY_verify_init(ctx) > 0;
    if (ok && EVP_PKEY_base_id(key) == EVP_PKEY_RSA) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
        if (ok && md)
            ok = EVP_PKEY_CTX_set_signature_md(ctx, md) > 0;
    }
    ok = ok && EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               static_cast<size_t>(signature.size()),
                               reinterpret_cast<const unsigned char *>(hash.constData()),
                               static_cast<size_t>(hash.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

QByteArray rawEcdsaToDer(const QByteArray &rs)
{
    ECDSA_SIG *sig = ECDSA_SIG_new();
    const int half = static_cast<int>(rs.size() / 2);
    ECDSA_SIG_set0(sig, BN_bin2bn(reinterpret_cast<const unsigned char *>(rs.constData()), half, nullptr),
                   BN_bin2bn(reinterpret_cast<const unsigned char *>(rs.constData()) + half, half, nullptr));
    unsigned char *buf = nullptr;
    const int n = i2d_ECDSA_SIG(sig, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    ECDSA_SIG_free(sig);
    return out;
}

bool verifyData(EVP_PKEY *key, const EVP_MD *md, const QByteArray &data, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, key) > 0 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                     static_cast<size_t>(signature.size()),
                                     reinterpret_cast<const unsigned char *>(data.constData()),
                                     static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QMap<int, QByteArray> parseTlv(const QByteArray &file)
{
    QMap<int, QByteArray> out;
    int i = 0;
    while (i < file.size()) {
        const int tag = static_cast<quint8>(file[i++]);
        if (tag == 0 && i > 1)
            break; // padding
        int len = 0;
        while (i < file.size() && static_cast<quint8>(file[i]) == 0xFF) {
            len += 255;
            ++i;
        }
        if (i >= file.size())
            break;
        len += static_cast<quint8>(file[i++]);
        out.insert(tag, file.mid(i, len));
        i += len;
    }
    return out;
}

QByteArray apdu(const char *header, const QByteArray &data = {}, int le = -1)
{
    QByteArray a = QByteArray::fromHex(header);
    if (!data.isEmpty()) {
        a.append(static_cast<char>(data.size()));
        a += data;
    }
    if (le >= 0)
        a.append(static_cast<char>(le & 0xFF));
    return a;
}

QByteArray pinBlock(const QByteArray &pin)
{
    QByteArray block(8, char(0xFF));
    block[0] = static_cast<char>(0x20 + pin.size());
    for (int i = 0; i < pin.size(); ++i) {
        const int nibble = pin[i] - '0';
        char &b = block[1 + i / 2];
        if (i % 2 == 0)
            b = static_cast<char>((nibble << 4) | 0x0F);
        else
            b = static_cast<char>((static_cast<quint8>(b) & 0xF0) | nibble);
    }
    return block;
}

QByteArray verifyPin(const QByteArray &pin)
{
    return apdu("00200001", pinBlock(pin));
}

QByteArray mse(quint8 alg, quint8 key)
{
    QByteArray d = QByteArray::fromHex("0480");
    d.append(static_cast<char>(alg));
    d.append(char(0x84));
    d.append(static_cast<char>(key));
    return apdu("002241B6", d);
}

#define START_CARD(process, conn, id, ...)                                                                   \
    VirtualCardProcess process(id, VirtualCardProcess::kSlot0Port __VA_OPT__(, ) __VA_ARGS__);               \
    QVERIFY2(process.start(), qPrintable(process.errorString()));                                            \
    RawPcscCard conn;                                                                                        \
    QVERIFY2(conn.connect(process.readerName()), qPrintable(conn.errorString()))

#define QCOMPARE_SW(response, expected)                                                                      \
    QCOMPARE(QByteArray::number(RawPcscCard::sw(response), 16), QByteArray::number(expected, 16))

} // namespace

class TstVirtualCard final : public QObject
{
    Q_OBJECT

private:
    // PSO after 61xx: fetches the data with one GET RESPONSE.
    static QByteArray fetch(RawPcscCard &card, const QByteArray &response)
    {
        if ((RawPcscCard::sw(response) & 0xFF00) != 0x6100)
            return {};
        const QByteArray r = card.transmit(apdu("00C00000", {}, RawPcscCard::sw(response) & 0xFF));
        return RawPcscCard::sw(r) == 0x9000 ? RawPcscCard::data(r) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(VirtualCardProcess::binary()), qPrintable(VirtualCardProcess::binary()));
        QVERIFY2(QFile::exists(VirtualCardProcess::trustAnchorsPem()), "the TEST PKI was not generated");
        QVERIFY2(!cardJson(QStringLiteral("an-peeters")).isEmpty(), "no generated card an-peeters");
    }

    void atrAndProtocol_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("atr");
        QTest::newRow("applet 1.7") << QStringLiteral("jan-claes") << kAtr17;
        QTest::newRow("applet 1.8") << QStringLiteral("an-peeters") << kAtr18;
    }
    void atrAndProtocol()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, atr);
        START_CARD(card, conn, id);
        QCOMPARE(conn.atr().toHex(' '), atr.toHex(' '));
        QCOMPARE(conn.protocol(), static_cast<unsigned long>(SCARD_PROTOCOL_T0));
    }

    void everyFileByteExact_data() { atrAndProtocol_data(); }
    void everyFileByteExact()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const QJsonObject files = cardJson(id).value(QStringLiteral("files")).toObject();
        QVERIFY(files.contains(QStringLiteral("DF01/4031")));
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QByteArray path = QByteArray::fromHex(it.key().toLatin1().replace('/', ""));
            quint16 sw = 0;
            const QByteArray onCard = conn.readFile(path, 252, &sw);
            QVERIFY2(sw == 0x9000, qPrintable(QStringLiteral("%1: SW %2").arg(it.key()).arg(sw, 4, 16)));
            QCOMPARE(onCard.toHex(), cardFile(id, it.key()).toHex());
        }
        // The same file FID by FID (the fallback of readers whose SELECT by path fails), and by AID.
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("3F00"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("DF01"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("4033"))), 0x9000);
        const QByteArray address = cardFile(id, QStringLiteral("DF01/4033"));
        QByteArray r = conn.transmit(apdu("00B00000", {}, static_cast<int>(address.size())));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), address);
        QCOMPARE_SW(conn.transmit(apdu("00A4040C", QByteArray::fromHex("A000000177504B43532D3135"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("5032"))), 0x9000);
        r = conn.transmit(apdu("00B00000", {}, 2));
        QCOMPARE(RawPcscCard::data(r), cardFile(id, QStringLiteral("DF00/5032")).left(2));
        // 4040 (basic public key) exists on applet 1.8 only.
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014040"))), v18 ? 0x9000 : 0x6A82);
    }

    void selectStatusWords()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005033"))), 0x6A82);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF02"))), 0x6A82);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("3F00"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("5038"))), 0x6A82); // not in the MF
        QCOMPARE_SW(conn.transmit(apdu("00A40200", QByteArray::fromHex("3F00"))), 0x6A86); // FCI not offered
        QCOMPARE_SW(conn.transmit(apdu("00A4070C", QByteArray::fromHex("DF00"))), 0x6A86);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("DF0050"))), 0x6A87);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF0050"))), 0x6A87);
        QCOMPARE_SW(conn.transmit(apdu("00A4040C", QByteArray::fromHex("A000000177FFFFFF"))), 0x6A82);
        QCOMPARE_SW(conn.transmit(apdu("00A4040C", QByteArray::fromHex("A00000003029057000AD13100101FF"))),
                    0x9000);
        // A DF is current, no EF: READ BINARY has nothing to read.
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF00"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0x10)), 0x6986);
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00FF000000")), 0x6D00);
        QCOMPARE_SW(conn.transmit(apdu("80A4080C", QByteArray::fromHex("DF00"))), 0x6E00);
    }

    void readBinaryLengths_data() { atrAndProtocol_data(); }
    void readBinaryLengths()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const QByteArray address = cardFile(id, QStringLiteral("DF01/4033"));
        QCOMPARE(address.size(), 117);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014033"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0xFC)), 0x6C75); // Le too long: the card tells 0x75
        QCOMPARE_SW(conn.transmit(apdu("00B00064", {}, 0x20)), 0x6C11);
        QByteArray r = conn.transmit(apdu("00B00064", {}, 0x11));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), address.mid(100));
        QCOMPARE_SW(conn.transmit(apdu("00B00075", {}, 0x01)), 0x6B00); // offset = size
        QCOMPARE_SW(conn.transmit(apdu("00B00100", {}, 0x01)), 0x6B00);
        // Le = 00 means 256 bytes.
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005038"))), 0x9000);
        r = conn.transmit(apdu("00B00000", {}, 0x00));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), cardFile(id, QStringLiteral("DF00/5038")).left(256));
    }

    void certificateFilesArePaddedDer_data() { atrAndProtocol_data(); }
    void certificateFilesArePaddedDer()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        const QByteArray file = conn.readFile(QByteArray::fromHex("DF005038"));
        const int len = derLength(file);
        QVERIFY(len > 500 && len < file.size());
        QCOMPARE(file.mid(len), QByteArray(file.size() - len, '\0'));
        QCOMPARE(file.size() - len, v18 ? 1100 : 50);
        const X509Ptr onCard = certFromDer(file);
        QVERIFY(onCard);
        const X509Ptr pem =
            certFromPem(readAll(VirtualCardProcess::cardDirectory(id) + "/authentication.pem"));
        QCOMPARE(certDer(onCard.get()), certDer(pem.get()));
        // Subject like a real eID certificate: national number in serialNumber, C=BE.
        char buf[64] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(onCard.get()), NID_serialNumber, buf, sizeof buf);
        QCOMPARE(QString::fromLatin1(buf), cardJson(id).value(QStringLiteral("nationalNumber")).toString());
        X509_NAME_get_text_by_NID(X509_get_subject_name(onCard.get()), NID_countryName, buf, sizeof buf);
        QCOMPARE(QByteArray(buf), QByteArray("BE"));
        // The root in 503B is a TEST root.
        const X509Ptr root = certFromDer(conn.readFile(QByteArray::fromHex("DF00503B")));
        X509_NAME_get_text_by_NID(X509_get_subject_name(root.get()), NID_commonName, buf, sizeof buf);
        QVERIFY2(QByteArray(buf).contains("TEST"), buf);
    }

    void getCardData_data() { atrAndProtocol_data(); }
    void getCardData()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        QByteArray r = conn.transmit(apdu("80E40000", {}, 0x1C));
        QCOMPARE_SW(r, 0x9000);
        const QByteArray d = RawPcscCard::data(r);
        QCOMPARE(d.size(), 28);
        QCOMPARE(d.left(16).toHex().toUpper(),
                 cardJson(id).value(QStringLiteral("serial")).toString().toLatin1());
        QCOMPARE(static_cast<int>(static_cast<quint8>(d[21])), v18 ? 0x18 : 0x17);
        QCOMPARE_SW(conn.transmit(apdu("80E40000", {}, 0x10)), 0x6C1C);
        QCOMPARE_SW(conn.transmit(apdu("00E40000", {}, 0x1C)), 0x6E00);
        r = conn.transmit(apdu("80E40001", {}, 0x1F));
        if (!v18) {
            QCOMPARE_SW(r, 0x6A86);
            return;
        }
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r).size(), 31);
        QCOMPARE(static_cast<int>(RawPcscCard::data(r)[28]), 3); // PIN tries left
        QCOMPARE(RawPcscCard::data(r).left(28), d);
    }

    void getChallenge()
    {
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        const QByteArray a = conn.transmit(apdu("00840000", {}, 0x08));
        const QByteArray b = conn.transmit(apdu("00840000", {}, 0x08));
        QCOMPARE_SW(a, 0x9000);
        QCOMPARE(RawPcscCard::data(a).size(), 8);
        QVERIFY(a != b);
    }

    void getResponseChaining()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        const QByteArray hash = QCryptographicHash::hash("chaining", QCryptographicHash::Sha384);
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", hash)), 0x6160);
        QCOMPARE_SW(conn.transmit(apdu("00C00000", {}, 0x70)), 0x6C60); // asks more than there is
        QByteArray r = conn.transmit(apdu("00C00000", {}, 0x40));
        QCOMPARE_SW(r, 0x6120); // 64 bytes, 32 more follow
        QByteArray signature = RawPcscCard::data(r);
        r = conn.transmit(apdu("00C00000", {}, 0x20));
        QCOMPARE_SW(r, 0x9000);
        signature += RawPcscCard::data(r);
        QCOMPARE(signature.size(), 96);
        QCOMPARE_SW(conn.transmit(apdu("00C00000", {}, 0x20)), 0x6985); // nothing left
        const X509Ptr cert = certFromPem(readAll(card.cardDirectory() + "/authentication.pem"));
        QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), nullptr, hash, rawEcdsaToDer(signature)));
    }

    void rsaGetResponse256()
    {
        // RSA (1.7): 256 bytes announced as 6100, fetched with Le = 00.
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        const QByteArray hash = QCryptographicHash::hash("rsa", QCryptographicHash::Sha256);
        QCOMPARE_SW(conn.transmit(mse(0x08, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", hash)), 0x6100);
        const QByteArray r = conn.transmit(apdu("00C00000", {}, 0x00));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r).size(), 256);
        const X509Ptr cert = certFromPem(readAll(card.cardDirectory() + "/authentication.pem"));
        QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), EVP_sha256(), hash, RawPcscCard::data(r)));
    }

    void pinCountsDownAndBlocks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("applet 1.7") << QStringLiteral("elise-dubois");
        QTest::newRow("applet 1.8") << QStringLiteral("sofie-maes");
    }
    void pinCountsDownAndBlocks()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        const QByteArray status = QByteArray::fromHex("00200001"); // Lc absent: status, no try used
        QCOMPARE_SW(conn.transmit(status), 0x63C3);
        QCOMPARE_SW(conn.transmit(verifyPin("9999")), 0x63C2);
        QCOMPARE_SW(conn.transmit(status), 0x63C2);
        QCOMPARE_SW(conn.transmit(apdu("00200001", QByteArray::fromHex("2A1234FFFFFFFFFF"))),
                    0x6A80); // bad block
        QCOMPARE_SW(conn.transmit(apdu("00200001", QByteArray::fromHex("241234FF"))), 0x6700);
        QCOMPARE_SW(conn.transmit(status), 0x63C2);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000); // right PIN resets the counter
        QCOMPARE_SW(conn.transmit(status), 0x9000);
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("80E60000")), 0x9000); // LOG OFF
        QCOMPARE_SW(conn.transmit(status), 0x63C3);
        QCOMPARE_SW(conn.transmit(verifyPin("12345")), 0x63C2);
        QCOMPARE_SW(conn.transmit(verifyPin("4321")), 0x63C1);
        QCOMPARE_SW(conn.transmit(verifyPin("000000000000")), 0x63C0);
        QCOMPARE_SW(conn.transmit(status), 0x6983);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x6983); // blocked: even the right PIN
        QCOMPARE_SW(conn.transmit(mse(v18 ? 0x02 : 0x08, 0x82)), 0x9000);
        const QByteArray r =
            conn.transmit(apdu("002A9E9A", QCryptographicHash::hash("x", v18 ? QCryptographicHash::Sha384
                                                                             : QCryptographicHash::Sha256)));
        QVERIFY2(RawPcscCard::sw(r) == 0x6982 || RawPcscCard::sw(r) == 0x6983, r.toHex().constData());
        if (v18) {
            const QByteArray d = conn.transmit(apdu("80E40001", {}, 0x1F));
            QCOMPARE(static_cast<int>(d[28]), 0);
        }
    }

    void blockedProfileStartsBlocked()
    {
        START_CARD(card, conn, QStringLiteral("blocked-tom-wouters"));
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00200001")), 0x6983);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x6983);
        // Files stay readable.
        QVERIFY(!conn.readFile(QByteArray::fromHex("DF014031")).isEmpty());
    }

    void pinTriesPersistOnlyWhenAsked_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("afterRestart");
        QTest::newRow("persisting kids card") << QStringLiteral("kids-lotte-janssens") << 0x63C2;
        QTest::newRow("non-persisting card") << QStringLiteral("sofie-maes") << 0x63C3;
    }
    void pinTriesPersistOnlyWhenAsked()
    {
        QFETCH(QString, id);
        QFETCH(int, afterRestart);
        QTemporaryDir state;
        const QStringList args{QStringLiteral("--state-dir"), state.path()};
        {
            START_CARD(card, conn, id, args);
            QCOMPARE_SW(conn.transmit(verifyPin("0000")), 0x63C2);
        }
        {
            START_CARD(card, conn, id, args);
            QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00200001")), afterRestart);
            QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        }
        START_CARD(card, conn, id, args);
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00200001")), 0x63C3);
    }

    void signaturesVerify_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("hash"); // QCryptographicHash::Algorithm
        QTest::addColumn<bool>("digestInfo");
        const int sha1 = QCryptographicHash::Sha1, sha256 = QCryptographicHash::Sha256,
                  sha384 = QCryptographicHash::Sha384;
        QTest::newRow("1.7 auth PKCS#1 DigestInfo") << "jan-claes" << 0x82 << 0x01 << sha256 << true;
        QTest::newRow("1.7 auth SHA-1") << "jan-claes" << 0x82 << 0x02 << sha1 << false;
        QTest::newRow("1.7 auth SHA-256") << "jan-claes" << 0x82 << 0x08 << sha256 << false;
        QTest::newRow("1.7 sign SHA-256") << "jan-claes" << 0x83 << 0x08 << sha256 << false;
        QTest::newRow("1.8 auth SHA-256") << "an-peeters" << 0x82 << 0x01 << sha256 << false;
        QTest::newRow("1.8 auth SHA-384") << "an-peeters" << 0x82 << 0x02 << sha384 << false;
        QTest::newRow("1.8 auth unspecified") << "an-peeters" << 0x82 << 0x40 << sha384 << false;
        QTest::newRow("1.8 sign SHA-384") << "an-peeters" << 0x83 << 0x02 << sha384 << false;
    }
    void signaturesVerify()
    {
        QFETCH(QString, id);
        QFETCH(int, key);
        QFETCH(int, algorithm);
        QFETCH(int, hash);
        QFETCH(bool, digestInfo);
        START_CARD(card, conn, id);
        const auto alg = static_cast<QCryptographicHash::Algorithm>(hash);
        const QByteArray digest =
            QCryptographicHash::hash(QByteArray::number(QRandomGenerator::global()->generate()), alg);
        QByteArray input = digest;
        if (digestInfo) // SHA-256 DigestInfo prefix, built off-card
            input = QByteArray::fromHex("3031300d060960864801650304020105000420") + digest;
        QCOMPARE_SW(conn.transmit(mse(static_cast<quint8>(algorithm), static_cast<quint8>(key))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", input)), 0x6982); // no PIN yet
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        const QByteArray signature = fetch(conn, conn.transmit(apdu("002A9E9A", input)));
        const bool v18 = id == QLatin1String("an-peeters");
        QCOMPARE(signature.size(), v18 ? 96 : 256);
        const X509Ptr cert = certFromPem(
            readAll(card.cardDirectory() + (key == 0x82 ? "/authentication.pem" : "/signature.pem")));
        const EVP_MD *md = alg == QCryptographicHash::Sha1 ? EVP_sha1() : EVP_sha256();
        if (v18)
            QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), nullptr, digest, rawEcdsaToDer(signature)));
        else
            QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), md, digest, signature));
    }

    void signatureRulesAndWrongInput()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        const QByteArray h384 = QCryptographicHash::hash("a", QCryptographicHash::Sha384);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6985); // no MSE SET
        QCOMPARE_SW(conn.transmit(mse(0x08, 0x82)), 0x6A80);        // 1.7-only algorithm
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x81)), 0x6A88);        // no such key
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x83)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384.left(32))), 0x6A80); // SHA-384 needs 48 bytes
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6982); // signature key: VERIFY before each use
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        // The authentication key keeps its PIN right until LOG OFF.
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("80E60000")), 0x9000);
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6982);
        // A wrong PIN drops the rights.
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1111")), 0x63C2);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6982);
    }

    void internalAuthenticateWithBasicKey()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        const QByteArray challenge = QCryptographicHash::hash("challenge", QCryptographicHash::Sha384);
        const QByteArray r = conn.transmit(apdu("00880281", QByteArray::fromHex("9430") + challenge));
        QCOMPARE_SW(r, 0x6160); // no PIN needed
        const QByteArray signature = fetch(conn, r);
        QCOMPARE(signature.size(), 96);
        const QByteArray spki = conn.readFile(QByteArray::fromHex("DF014040"));
        QCOMPARE(spki.size(), 120);
        const auto *p = reinterpret_cast<const unsigned char *>(spki.constData());
        const KeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())), EVP_PKEY_free);
        QVERIFY(key);
        QVERIFY(verifyHash(key.get(), nullptr, challenge, rawEcdsaToDer(signature)));
        // Tag 0x1A of the identity file = SHA-384 of 4040, so the RRN signature covers the basic key.
        const auto tags = parseTlv(conn.readFile(QByteArray::fromHex("DF014031")));
        QCOMPARE(tags.value(0x1A), QCryptographicHash::hash(spki, QCryptographicHash::Sha384));
    }

    void internalAuthenticateNotOn17()
    {
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        QCOMPARE_SW(conn.transmit(apdu("00880281", QByteArray::fromHex("9430") + QByteArray(48, 'x'))),
                    0x6D00);
    }

    void rrnSignaturesVerify_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList ids =
            QDir(VirtualCardProcess::pkiDirectory() + "/cards").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(ids.size() >= 9);
        for (const QString &id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }
    void rrnSignaturesVerify()
    {
        QFETCH(QString, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        const QByteArray identity = cardFile(id, QStringLiteral("DF01/4031"));
        const QByteArray identitySig = cardFile(id, QStringLiteral("DF01/4032"));
        const QByteArray address = cardFile(id, QStringLiteral("DF01/4033"));
        const QByteArray addressSig = cardFile(id, QStringLiteral("DF01/4034"));
        const QByteArray photo = cardFile(id, QStringLiteral("DF01/4035"));
        const auto tags = parseTlv(identity);
        QCOMPARE(QString::fromLatin1(tags.value(0x06)),
                 cardJson(id).value(QStringLiteral("nationalNumber")).toString());
        QVERIFY(photo.startsWith("\xFF\xD8")); // JPEG
        const QByteArray photoHash = tags.value(0x11);
        QCryptographicHash::Algorithm alg = QCryptographicHash::Sha384;
        const EVP_MD *md = EVP_sha384();
        if (!v18) {
            QVERIFY(photoHash.size() == 20 || photoHash.size() == 32);
            alg = photoHash.size() == 20 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
            md = photoHash.size() == 20 ? EVP_sha1() : EVP_sha256();
        } else {
            QCOMPARE(photoHash.size(), 48);
        }
        QCOMPARE(photoHash, QCryptographicHash::hash(photo, alg));

        const X509Ptr rrn = certFromDer(cardFile(id, QStringLiteral("DF00/503C")));
        const X509Ptr root = certFromDer(cardFile(id, QStringLiteral("DF00/503B")));
        QVERIFY(rrn && root);
        QCOMPARE(X509_verify(rrn.get(), X509_get0_pubkey(root.get())), 1); // the root signs the RRN cert
        auto signature = [v18](const QByteArray &file) { return v18 ? file.left(derLength(file)) : file; };
        QVERIFY(verifyData(X509_get0_pubkey(rrn.get()), md, identity, signature(identitySig)));
        QByteArray stripped = address;
        while (stripped.endsWith('\0'))
            stripped.chop(1);
        QVERIFY(verifyData(X509_get0_pubkey(rrn.get()), md, stripped + identitySig, signature(addressSig)));
        // A changed byte breaks it.
        QByteArray tampered = identity;
        tampered[10] = static_cast<char>(tampered[10] ^ 1);
        QVERIFY(!verifyData(X509_get0_pubkey(rrn.get()), md, tampered, signature(identitySig)));
    }

    void certificateChains_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("expected"); // X509_V_OK or the error
        QTest::newRow("1.7 trusted") << "jan-claes" << int(X509_V_OK);
        QTest::newRow("1.8 trusted") << "an-peeters" << int(X509_V_OK);
        QTest::newRow("foreign-born") << "hans-mueller" << int(X509_V_OK);
        QTest::newRow("untrusted root")
            << "untrusted-mia-verhoeven" << int(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
        QTest::newRow("expired") << "expired-luc-peeters" << int(X509_V_ERR_CERT_HAS_EXPIRED);
    }
    void certificateChains()
    {
        QFETCH(QString, id);
        QFETCH(int, expected);
        X509_STORE *store = X509_STORE_new();
        QVERIFY(X509_STORE_load_file(store, qPrintable(VirtualCardProcess::trustAnchorsPem())) == 1);
        STACK_OF(X509) *untrusted = sk_X509_new_null();
        const X509Ptr ca = certFromDer(cardFile(id, QStringLiteral("DF00/503A")));
        sk_X509_push(untrusted, ca.get());
        const X509Ptr leaf = certFromDer(cardFile(id, QStringLiteral("DF00/5038")));
        X509_STORE_CTX *ctx = X509_STORE_CTX_new();
        X509_STORE_CTX_init(ctx, store, leaf.get(), untrusted);
        const bool ok = X509_verify_cert(ctx) == 1;
        const int error = X509_STORE_CTX_get_error(ctx);
        X509_STORE_CTX_free(ctx);
        sk_X509_free(untrusted);
        X509_STORE_free(store);
        QCOMPARE(error, expected);
        QCOMPARE(ok, expected == X509_V_OK);
    }

    void kidsCardHasNoSignatureCertificate()
    {
        const QByteArray file = cardFile(QStringLiteral("kids-lotte-janssens"), QStringLiteral("DF00/5039"));
        QVERIFY(!file.isEmpty());
        QCOMPARE(file, QByteArray(file.size(), '\0'));
        const auto tags =
            parseTlv(cardFile(QStringLiteral("kids-lotte-janssens"), QStringLiteral("DF01/4031")));
        QCOMPARE(tags.value(0x0F), QByteArray("06"));
        QVERIFY(tags.contains(0x14) && tags.value(0x14).isEmpty()); // member of family: a length-0 flag
    }

    void edgeCaseIdentityFields()
    {
        auto tags = parseTlv(cardFile(QStringLiteral("elise-dubois"), QStringLiteral("DF01/4031")));
        QVERIFY(QString::fromUtf8(tags.value(0x08)).startsWith(QStringLiteral("Ëlise")));
        QCOMPARE(QString::fromUtf8(tags.value(0x09)), QStringLiteral("Ç"));
        QVERIFY(!tags.contains(0x00)); // no version tag, like older cards
        QVERIFY(cardFile(QStringLiteral("elise-dubois"), QStringLiteral("DF01/4031"))
                    .endsWith(QByteArray(32, '\0')));
        tags = parseTlv(cardFile(QStringLiteral("hans-mueller"), QStringLiteral("DF01/4031")));
        QCOMPARE(QString::fromUtf8(tags.value(0x0C)), QStringLiteral("14.MÄR.1979"));
        QVERIFY(tags.value(0x16).size() > 255); // encoded with an FF length byte
        QVERIFY(cardFile(QStringLiteral("hans-mueller"), QStringLiteral("DF01/4031")).contains("\x16\xFF"));
    }

    void faultInjection()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"),
                   QStringList{QStringLiteral("--fault"), QStringLiteral("select-path-6a87:2"),
                               QStringLiteral("--fault"), QStringLiteral("read-spurious-6b00:2")});
        const QByteArray address = cardFile(QStringLiteral("an-peeters"), QStringLiteral("DF01/4033"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014033"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014033"))),
                    0x6A87);                             // 2nd path SELECT
        for (const char *fid : {"3F00", "DF01", "4033"}) // the FID-by-FID fallback works
            QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex(fid))), 0x9000);
        QByteArray r = conn.transmit(apdu("00B00000", {}, 0x10));
        QCOMPARE(RawPcscCard::data(r), address.left(0x10));
        r = conn.transmit(apdu("00B00010", {}, 0x10));
        QCOMPARE(RawPcscCard::data(r), address.mid(0x10, 0x10));
        QCOMPARE_SW(conn.transmit(apdu("00B00020", {}, 0x10)), 0x6B00); // spurious, mid-file
        r = conn.transmit(apdu("00B00020", {}, 0x10));                  // the retry works
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), address.mid(0x20, 0x10));
    }

    void removedMidRead()
    {
        START_CARD(card, conn, QStringLiteral("jan-claes"),
                   QStringList{QStringLiteral("--fault"), QStringLiteral("remove-after-apdus:2")});
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005038"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0xFC)), 0x9000); // answered, then the card is gone
        QString error;
        QVERIFY2(VirtualCardProcess::waitForCard(VirtualCardProcess::kSlot0Port, false, 10000, &error),
                 qPrintable(error));
        QVERIFY(conn.transmit(apdu("00B000FC", {}, 0xFC)).isEmpty());
        QVERIFY(conn.lastError() != SCARD_S_SUCCESS);
        QVERIFY2(card.insert(), qPrintable(card.errorString()));
        RawPcscCard again;
        QVERIFY2(again.connect(card.readerName()), qPrintable(again.errorString()));
        QCOMPARE(again.readFile(QByteArray::fromHex("DF005038")),
                 cardFile(QStringLiteral("jan-claes"), QStringLiteral("DF00/5038")));
    }

    void removeAndReinsert()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014031"))), 0x9000);
        QVERIFY2(card.remove(), qPrintable(card.errorString()));
        QVERIFY(conn.transmit(apdu("00B00000", {}, 0x10)).isEmpty());
        QVERIFY(conn.lastError() != SCARD_S_SUCCESS);
        QVERIFY2(card.insert(), qPrintable(card.errorString()));
        RawPcscCard again;
        QVERIFY2(again.connect(card.readerName()), qPrintable(again.errorString()));
        QCOMPARE(again.atr(), kAtr18);
        QCOMPARE_SW(again.transmit(apdu("00A4080C", QByteArray::fromHex("DF014031"))), 0x9000);
    }

    void reconnectsAfterPcscdRestart()
    {
        const QString ctl = qEnvironmentVariable("LARS_PCSCD_CTL");
        QVERIFY2(!ctl.isEmpty(), "run under scripts/with-services (LARS_PCSCD_CTL)");
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        conn.disconnect();
        QCOMPARE(QProcess::execute(ctl, {QStringLiteral("restart")}), 0);
        QString error;
        QVERIFY2(VirtualCardProcess::waitForCard(VirtualCardProcess::kSlot0Port, true, 15000, &error),
                 qPrintable(error));
        RawPcscCard again;
        QVERIFY2(again.connect(card.readerName()), qPrintable(again.errorString()));
        QCOMPARE(again.atr(), kAtr17);
        QCOMPARE(again.readFile(QByteArray::fromHex("DF014033")),
                 cardFile(QStringLiteral("jan-claes"), QStringLiteral("DF01/4033")));
    }

    void apduRoundTripIsFast()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005038"))), 0x9000);
        constexpr int n = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i)
            QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0xFC)), 0x9000);
        const double perApdu = double(timer.nsecsElapsed()) / n / 1e6;
        qInfo("READ BINARY 252 B through pcscd: %.3f ms per APDU", perApdu);
        // Without TCP_QUICKACK on the card's socket this is ~40-50 ms (delayed ACK).
        QVERIFY2(perApdu < 10.0, qPrintable(QString::number(perApdu)));
    }
};

QTEST_GUILESS_MAIN(TstVirtualCard)
#include "tst_virtualcard.moc"
