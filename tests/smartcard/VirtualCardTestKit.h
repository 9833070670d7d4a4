#pragma once
// What the raw-APDU tests of the virtual eID card share: the card files the TEST PKI generated, APDU
// builders, TLV and DER readers and OpenSSL signature checks.
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

namespace lars::test::virtualcard {

inline const QByteArray kAtr17 = QByteArray::fromHex("3B9813400AA503010101AD1311");
inline const QByteArray kAtr18 = QByteArray::fromHex("3B7F96000080318065B085040120120FFF829000");

inline QJsonObject cardJson(const QString &id)
{
    QFile f(VirtualCardProcess::cardDirectory(id) + QStringLiteral("/card.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QByteArray cardFile(const QString &id, const QString &path)
{
    const QString rel = cardJson(id).value(QStringLiteral("files")).toObject().value(path).toString();
    QFile f(VirtualCardProcess::cardDirectory(id) + QLatin1Char('/') + rel);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

inline X509Ptr certFromDer(const QByteArray &derWithPadding)
{
    const auto *p = reinterpret_cast<const unsigned char *>(derWithPadding.constData());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(derWithPadding.size())), X509_free);
}

inline X509Ptr certFromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return X509Ptr(x, X509_free);
}

inline QByteArray certDer(X509 *x)
{
    unsigned char *buf = nullptr;
    const int n = i2d_X509(x, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

// Length of a DER element from its header (to strip zero padding).
inline int derLength(const QByteArray &b)
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
inline bool verifyHash(EVP_PKEY *key, const EVP_MD *md, const QByteArray &hash, const QByteArray &signature)
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

inline QByteArray rawEcdsaToDer(const QByteArray &rs)
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

inline bool verifyData(EVP_PKEY *key, const EVP_MD *md, const QByteArray &data, const QByteArray &signature)
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

inline QMap<int, QByteArray> parseTlv(const QByteArray &file)
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

inline QByteArray apdu(const char *header, const QByteArray &data = {}, int le = -1)
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

inline QByteArray pinBlock(const QByteArray &pin)
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

inline QByteArray verifyPin(const QByteArray &pin)
{
    return apdu("00200001", pinBlock(pin));
}

inline QByteArray mse(quint8 alg, quint8 key)
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

} // namespace lars::test::virtualcard
