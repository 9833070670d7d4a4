#include "smartcard/CertificateInfo.h"

#include <QFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace lars::smartcard {

namespace {
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};

QString nameToString(const X509_NAME *name)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(length));
}

QString entry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    QString s = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return s;
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    struct tm tm
    {
    };
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}
} // namespace

std::optional<CertificateInfo> CertificateInfo::parse(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert)
        return std::nullopt;
    CertificateInfo info;
    const X509_NAME *subject = X509_get_subject_name(cert.get());
    info.subject = nameToString(subject);
    info.issuer = nameToString(X509_get_issuer_name(cert.get()));
    info.commonName = entry(subject, NID_commonName);
    info.surname = entry(subject, NID_surname);
    info.givenName = entry(subject, NID_givenName);
    info.serialNumberAttribute = entry(subject, NID_serialNumber);
    if (const ASN1_INTEGER *serial = X509_get0_serialNumber(cert.get())) {
        info.serialHex = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(serial->data), serial->length).toHex());
    }
    info.notBefore = asn1Time(X509_get0_notBefore(cert.get()));
    info.notAfter = asn1Time(X509_get0_notAfter(cert.get()));
    if (EVP_PKEY *key = X509_get0_pubkey(cert.get())) {
        const int bits = EVP_PKEY_get_bits(key);
        if (EVP_PKEY_is_a(key, "RSA")) {
            info.keyType = QStringLiteral("RSA-%1").arg(bits);
        } else if (EVP_PKEY_is_a(key, "EC")) {
            char group[64] = {};
            size_t groupLength = 0;
            EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &groupLength);
            info.keyType = QStringLiteral("EC %1").arg(QString::fromLatin1(group));
        } else {
            info.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        }
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLength = 0;
    if (X509_digest(cert.get(), EVP_sha256(), md, &mdLength) == 1)
        info.sha256Fingerprint = QByteArray(reinterpret_cast<const char *>(md), int(mdLength));
    return info;
}

QList<QByteArray> loadCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray content = file.readAll();
    QList<QByteArray> out;
    if (content.contains("-----BEGIN CERTIFICATE-----")) {
        std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(content.constData(), int(content.size())));
        while (X509 *x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            std::unique_ptr<X509, X509Deleter> cert(x);
            const int length = i2d_X509(x, nullptr);
            QByteArray der(length, '\0');
            unsigned char *p = reinterpret_cast<unsigned char *>(der.data());
            i2d_X509(x, &p);
            out.append(der);
        }
    } else {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(content.constData());
        std::unique_ptr<X509, X509Deleter> cert(d2i_X509(nullptr, &p, long(content.size())));
        if (cert)
            out.append(content.left(p - reinterpret_cast<const unsigned char *>(content.constData())));
    }
    if (out.isEmpty() && error)
        *error = QStringLiteral("%1: no certificate found").arg(path);
    return out;
}

QByteArray derToPem(const QByteArray &der)
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

} // namespace lars::smartcard
