#pragma once
// The TEST PKI of the virtual eID cards: TEST roots (RSA like Belgium Root CA 4, P-384 like Root CA 6),
// citizen CAs and RRN certificates under them, an UNTRUSTED root, issuing of card certificates, and a TEST
// TLS root with a localhost server certificate.
// Test and demo only: nothing here may ever be trusted by a production build.

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace lars::tools {

using PkiKey = std::shared_ptr<EVP_PKEY>;
using PkiCert = std::shared_ptr<X509>;

enum class KeyType
{
    Rsa2048,
    P384
};

struct Issued
{
    PkiKey key;
    PkiCert cert;
    QByteArray der() const;
    QByteArray pem() const;
    QByteArray keyPem() const;
};

struct NameParts
{
    QString commonName;
    QString surname;
    QString givenName;
    QString serialNumber;
    QString organisation;
};

// One root with its citizen CA and RRN certificate.
struct Hierarchy
{
    Issued root;
    Issued citizenCa;
    Issued rrn;
};

class TestPki final
{
public:
    static PkiKey generateKey(KeyType type);
    static Issued issue(const NameParts &subject, const PkiKey &key, const Issued *issuer,
                        const QDateTime &notBefore, const QDateTime &notAfter, const QStringList &extensions);
    static QByteArray publicKeyDer(const PkiKey &key);

    // trusted = the TEST roots listed in trust-anchors.pem; otherwise the UNTRUSTED root.
    const Hierarchy &hierarchy(KeyType type, bool trusted);
    QList<const Hierarchy *> trustedHierarchies() const;
    bool writeCaFiles(const QString &outDir, QString *error) const;
    // A TEST TLS root and a server certificate for localhost / 127.0.0.1 / ::1 under it, in tls/: for
    // services the tests reach over https with an explicit CA (the stand-in CREON receiver). Apart from the
    // eID trust anchors: nothing that trusts one trusts the other.
    static bool writeTlsFiles(const QString &outDir, QString *error);

private:
    QMap<int, Hierarchy> m_hierarchies; // key: (trusted << 1) | type
};

bool writeFile(const QString &path, const QByteArray &data, QString *error);

} // namespace lars::tools
