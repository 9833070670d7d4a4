#include "tools/pki/TestPki.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <openssl/bn.h>
#include <openssl/conf.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace lars::tools {

namespace {

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, n);
    BIO_free(bio);
    return out;
}

void addEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return;
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(utf8.constData()),
                               static_cast<int>(utf8.size()), -1, 0);
}

QByteArray asn1Time(const QDateTime &t)
{
    // GeneralizedTime for dates from 2050, UTCTime before, as RFC 5280 requires.
    const QDateTime utc = t.toUTC();
    const QString fmt =
        utc.date().year() >= 2050 ? QStringLiteral("yyyyMMddHHmmss'Z'") : QStringLiteral("yyMMddHHmmss'Z'");
    return utc.toString(fmt).toLatin1();
}

} // namespace

QByteArray Issued::der() const
{
    unsigned char *buf = nullptr;
    const int n = i2d_X509(cert.get(), &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

QByteArray Issued::pem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert.get());
    return bioToBytes(bio);
}

QByteArray Issued::keyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    return bioToBytes(bio);
}

PkiKey TestPki::generateKey(KeyType type)
{
    EVP_PKEY *k = type == KeyType::Rsa2048 ? EVP_RSA_gen(2048) : EVP_EC_gen("P-384");
    return PkiKey(k, EVP_PKEY_free);
}

QByteArray TestPki::publicKeyDer(const PkiKey &key)
{
    unsigned char *buf = nullptr;
    const int n = i2d_PUBKEY(key.get(), &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    return out;
}

Issued TestPki::issue(const NameParts &subject, const PkiKey &key, const Issued *issuer,
                      const QDateTime &notBefore, const QDateTime &notAfter, const QStringList &extensions)
{
    X509 *x = X509_new();
    X509_set_version(x, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);

    X509_NAME *name = X509_NAME_new();
    addEntry(name, "C", QStringLiteral("BE"));
    addEntry(name, "O", subject.organisation);
    addEntry(name, "CN", subject.commonName);
    addEntry(name, "SN", subject.surname);
    addEntry(name, "GN", subject.givenName);
    addEntry(name, "serialNumber", subject.serialNumber);
    X509_set_subject_name(x, name);
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer->cert.get()) : name);
    X509_NAME_free(name);

    ASN1_TIME_set_string_X509(X509_getm_notBefore(x), asn1Time(notBefore).constData());
    ASN1_TIME_set_string_X509(X509_getm_notAfter(x), asn1Time(notAfter).constData());
    X509_set_pubkey(x, key.get());

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer->cert.get() : x, x, nullptr, nullptr, 0);
    CONF *conf = NCONF_new(nullptr); // certificatePolicies needs a (here empty) config database
    X509V3_set_nconf(&ctx, conf);
    QStringList exts = extensions;
    exts << QStringLiteral("subjectKeyIdentifier=hash")
         << QStringLiteral("authorityKeyIdentifier=keyid:always");
    for (const QString &e : exts) {
        const int eq = static_cast<int>(e.indexOf(QLatin1Char('=')));
        const QByteArray extName = e.left(eq).toLatin1();
        const QByteArray value = e.mid(eq + 1).toLatin1();
        X509_EXTENSION *ext = X509V3_EXT_nconf(conf, &ctx, extName.constData(), value.constData());
        if (ext) {
            X509_add_ext(x, ext, -1);
            X509_EXTENSION_free(ext);
        } else {
            qWarning("lars-test-pki: bad extension %s", qPrintable(e));
        }
    }
    NCONF_free(conf);
    const PkiKey &signer = issuer ? issuer->key : key;
    const EVP_MD *md = EVP_PKEY_base_id(signer.get()) == EVP_PKEY_EC ? EVP_sha384() : EVP_sha256();
    X509_sign(x, signer.get(), md);
    return Issued{key, PkiCert(x, X509_free)};
}

const Hierarchy &TestPki::hierarchy(KeyType type, bool trusted)
{
    const int slot = (trusted ? 2 : 0) | (type == KeyType::P384 ? 1 : 0);
    auto it = m_hierarchies.find(slot);
    if (it != m_hierarchies.end())
        return *it;
    const QDateTime from(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime caUntil(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC);
    const QString family = type == KeyType::Rsa2048 ? QStringLiteral("4") : QStringLiteral("6");
    const QString label = trusted ? QStringLiteral("TEST") : QStringLiteral("UNTRUSTED TEST");
    Hierarchy h;
    h.root = issue({QStringLiteral("LARS %1 Belgium Root CA%2").arg(label, family),
                    {},
                    {},
                    {},
                    QStringLiteral("LARS TEST PKI")},
                   generateKey(type), nullptr, from, caUntil,
                   {QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    h.citizenCa = issue({QStringLiteral("LARS %1 Citizen CA").arg(label),
                         {},
                         {},
                         QStringLiteral("202001"),
                         QStringLiteral("LARS TEST PKI")},
                        generateKey(type), &h.root, from, caUntil,
                        {QStringLiteral("basicConstraints=critical,CA:TRUE,pathlen:0"),
                         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    h.rrn = issue({QStringLiteral("LARS %1 RRN").arg(label), {}, {}, {}, QStringLiteral("LARS TEST RRN")},
                  generateKey(type), &h.root, from, caUntil,
                  {QStringLiteral("basicConstraints=critical,CA:FALSE"),
                   QStringLiteral("keyUsage=critical,digitalSignature,nonRepudiation")});
    return *m_hierarchies.insert(slot, h);
}

QList<const Hierarchy *> TestPki::trustedHierarchies() const
{
    QList<const Hierarchy *> out;
    for (auto it = m_hierarchies.begin(); it != m_hierarchies.end(); ++it)
        if (it.key() & 2)
            out << &it.value();
    return out;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool TestPki::writeCaFiles(const QString &outDir, QString *error) const
{
    const QDir out(outDir);
    QByteArray anchors;
    QByteArray untrusted;
    for (auto it = m_hierarchies.begin(); it != m_hierarchies.end(); ++it) {
        const bool trusted = it.key() & 2;
        const QString name =
            QStringLiteral("%1-%2").arg(trusted ? QStringLiteral("test") : QStringLiteral("untrusted"),
                                        (it.key() & 1) ? QStringLiteral("p384") : QStringLiteral("rsa"));
        const Hierarchy &h = it.value();
        (trusted ? anchors : untrusted) += h.root.pem();
        if (!writeFile(out.filePath(QStringLiteral("ca/%1-root-ca.pem").arg(name)), h.root.pem(), error) ||
            !writeFile(out.filePath(QStringLiteral("ca/%1-citizen-ca.pem").arg(name)), h.citizenCa.pem(),
                       error) ||
            !writeFile(out.filePath(QStringLiteral("ca/%1-rrn.pem").arg(name)), h.rrn.pem(), error) ||
            !writeFile(out.filePath(QStringLiteral("private/%1-root-ca.key.pem").arg(name)), h.root.keyPem(),
                       error) ||
            !writeFile(out.filePath(QStringLiteral("private/%1-citizen-ca.key.pem").arg(name)),
                       h.citizenCa.keyPem(), error))
            return false;
    }
    return writeFile(out.filePath(QStringLiteral("trust-anchors.pem")), anchors, error) &&
           writeFile(out.filePath(QStringLiteral("untrusted-root-ca.pem")), untrusted, error);
}

bool TestPki::writeTlsFiles(const QString &outDir, QString *error)
{
    const QDateTime from(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime until(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC);
    const Issued root =
        issue({QStringLiteral("LARS TEST TLS Root CA"), {}, {}, {}, QStringLiteral("LARS TEST PKI")},
              generateKey(KeyType::P384), nullptr, from, until,
              {QStringLiteral("basicConstraints=critical,CA:TRUE"),
               QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    const Issued server = issue({QStringLiteral("localhost"), {}, {}, {}, QStringLiteral("LARS TEST PKI")},
                                generateKey(KeyType::P384), &root, from, until,
                                {QStringLiteral("basicConstraints=critical,CA:FALSE"),
                                 QStringLiteral("keyUsage=critical,digitalSignature"),
                                 QStringLiteral("extendedKeyUsage=serverAuth"),
                                 QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1")});
    const QDir out(outDir);
    return writeFile(out.filePath(QStringLiteral("tls/ca.pem")), root.pem(), error) &&
           writeFile(out.filePath(QStringLiteral("tls/localhost.pem")), server.pem(), error) &&
           writeFile(out.filePath(QStringLiteral("tls/localhost.key.pem")), server.keyPem(), error);
}

} // namespace lars::tools
