#pragma once
// Card replies the scripted eID tests share: status words, card data of an applet, DER blobs and a
// self-signed certificate shaped like an eID authentication certificate.
#include <QByteArray>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace lars::test::eidcard {

inline QByteArray hex(const QByteArray &b)
{
    return b.toHex(' ').toUpper();
}
inline QByteArray ok(const QByteArray &data = {})
{
    return data + QByteArray::fromHex("9000");
}
inline QByteArray bytes(int n, char c)
{
    return QByteArray(n, c);
}
inline QByteArray cardData(quint8 applet, int tries = -1)
{
    QByteArray d = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF"
                                       "A5030101"
                                       "01");
    d.append(char(applet));
    d += QByteArray::fromHex("0002"
                             "01"
                             "00"
                             "00"
                             "0F");
    if (tries >= 0)
        d += QByteArray(1, char(tries)) + QByteArray::fromHex("0000");
    return d;
}
// A DER SEQUENCE of total length n (header 4 bytes).
inline QByteArray derBlob(int n)
{
    QByteArray d = QByteArray::fromHex("3082");
    d.append(char((n - 4) >> 8));
    d.append(char((n - 4) & 0xff));
    for (int i = 4; i < n; ++i)
        d.append(char(i % 251 + 1));
    return d;
}
inline const char *selectIdentity = "00A4080C04DF014031";

// A self-signed EC certificate shaped like an eID authentication certificate (CN, serialNumber).
inline QByteArray selfSignedCertificate()
{
    EVP_PKEY *key = EVP_EC_gen("P-384");
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
    X509_gmtime_adj(X509_getm_notBefore(x), 0);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("BE"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Test Cardholder (Authentication)"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "serialNumber", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("85073003328"), -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509_set_pubkey(x, key);
    X509_sign(x, key, EVP_sha384());
    QByteArray der(i2d_X509(x, nullptr), '\0');
    unsigned char *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(x, &p);
    X509_free(x);
    EVP_PKEY_free(key);
    return der;
}

} // namespace lars::test::eidcard
