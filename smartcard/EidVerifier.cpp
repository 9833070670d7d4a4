#include "smartcard/EidVerifier.h"

#include "smartcard/EidCard.h"

#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace lars::smartcard {

namespace {
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr parseCert(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e)
        return QStringLiteral("signature does not match");
    char buffer[256];
    ERR_error_string_n(e, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray digest(const char *name, const QByteArray &data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD *type = EVP_MD_fetch(nullptr, name, nullptr);
    if (!type)
        return {};
    const int ok = EVP_Digest(data.constData(), std::size_t(data.size()), md, &length, type, nullptr);
    EVP_MD_free(type);
    return ok == 1 ? QByteArray(reinterpret_cast<const char *>(md), int(length)) : QByteArray();
}

const char *digestForLength(qsizetype length)
{
    switch (length) {
    case 20:
        return "SHA1";
    case 32:
        return "SHA256";
    case 48:
        return "SHA384";
    case 64:
        return "SHA512";
    default:
        return nullptr;
    }
}

QByteArray stripTrailingZeros(QByteArray data)
{
    while (!data.isEmpty() && data.back() == '\0')
        data.chop(1);
    return data;
}

bool isEcCert(const QByteArray &der)
{
    X509Ptr cert = parseCert(der);
    return cert && EVP_PKEY_is_a(X509_get0_pubkey(cert.get()), "EC");
}
} // namespace

QString checkResultName(CheckResult result)
{
    switch (result) {
    case CheckResult::NotChecked:
        return QStringLiteral("not-checked");
    case CheckResult::Passed:
        return QStringLiteral("passed");
    case CheckResult::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

CheckResult VerificationResult::result(const QString &id) const
{
    for (const auto &c : checks) {
        if (c.id == id)
            return c.result;
    }
    return CheckResult::NotChecked;
}

bool VerificationResult::anyFailed() const
{
    for (const auto &c : checks) {
        if (c.result == CheckResult::Failed)
            return true;
    }
    return false;
}

bool VerificationResult::passed(const QStringList &ids) const
{
    if (anyFailed())
        return false;
    for (const auto &id : ids) {
        if (result(id) != CheckResult::Passed)
            return false;
    }
    return true;
}

void VerificationResult::set(const QString &id, CheckResult value, const QString &detail)
{
    for (auto &c : checks) {
        if (c.id == id) {
            c.result = value;
            c.detail = detail;
            return;
        }
    }
    checks.append({id, value, detail});
}

bool EidVerifier::verifySignature(const QByteArray &certDer, const char *digestName, const QByteArray &data,
                                  const QByteArray &signature, QString *detail)
{
    X509Ptr cert = parseCert(certDer);
    if (!cert) {
        *detail = QStringLiteral("signer certificate unreadable");
        return false;
    }
    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestVerifyInit_ex(ctx, nullptr, digestName, nullptr, nullptr, key, nullptr) == 1 &&
              EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               std::size_t(signature.size()),
                               reinterpret_cast<const unsigned char *>(data.constData()),
                               std::size_t(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        *detail = opensslError();
    else
        *detail = QStringLiteral("%1 with the RRN key").arg(QString::fromLatin1(digestName));
    return ok;
}

CheckResult EidVerifier::verifyChain(const QByteArray &leafDer, const QList<QByteArray> &intermediates,
                                     int exactDepth, QString *detail) const
{
    if (m_anchors.isEmpty()) {
        *detail = QStringLiteral("no trust anchors configured");
        return CheckResult::NotChecked;
    }
    if (leafDer.isEmpty()) {
        *detail = QStringLiteral("certificate not read");
        return CheckResult::NotChecked;
    }
    X509Ptr leaf = parseCert(leafDer);
    if (!leaf) {
        *detail = QStringLiteral("certificate unreadable");
        return CheckResult::Failed;
    }
    X509_STORE *store = X509_STORE_new();
    for (const QByteArray &a : m_anchors) {
        if (X509Ptr anchor = parseCert(a))
            X509_STORE_add_cert(store, anchor.get());
    }
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const QByteArray &i : intermediates) {
        if (X509 *cert = parseCert(i).release())
            sk_X509_push(untrusted, cert);
    }
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    CheckResult result = CheckResult::Failed;
    if (X509_STORE_CTX_init(ctx, store, leaf.get(), untrusted) == 1) {
        if (X509_verify_cert(ctx) == 1) {
            const int depth = sk_X509_num(X509_STORE_CTX_get0_chain(ctx));
            if (exactDepth > 0 && depth != exactDepth) {
                *detail = QStringLiteral("chain of %1 certificates, expected %2").arg(depth).arg(exactDepth);
            } else {
                result = CheckResult::Passed;
                *detail = QStringLiteral("chain of %1 certificates to a trust anchor").arg(depth);
            }
        } else {
            *detail = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx)));
        }
    } else {
        *detail = opensslError();
    }
    X509_STORE_CTX_free(ctx);
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(store);
    return result;
}

VerificationResult EidVerifier::verify(const CardFiles &f) const
{
    VerificationResult r;
    QString detail;
    const bool ec = isEcCert(f.rrnCert);
    std::optional<Identity> identity;
    if (!f.identity.isEmpty())
        identity = Identity::parse(f.identity);

    // RRN certificate: issued directly by a trust anchor (root → RRN), so a citizen's own key (root → CA →
    // citizen) can never pass for the register's.
    if (f.rrnCert.isEmpty()) {
        r.set(QStringLiteral("rrn-chain"), CheckResult::NotChecked,
              QStringLiteral("RRN certificate not read"));
    } else {
        const CheckResult chain = verifyChain(f.rrnCert, {}, 2, &detail);
        r.set(QStringLiteral("rrn-chain"), chain, detail);
    }

    const QByteArray identitySignature =
        ec ? f.identitySignature.left(EidCard::derLength(f.identitySignature)) : f.identitySignature;
    // Identity signature: RSA with the hash the photo hash length names (1.7), ECDSA SHA-384 (1.8).
    const char *md = ec ? "SHA384" : (identity ? digestForLength(identity->photoHash.size()) : nullptr);
    if (f.identity.isEmpty() || f.identitySignature.isEmpty() || f.rrnCert.isEmpty()) {
        r.set(QStringLiteral("identity-signature"), CheckResult::NotChecked,
              QStringLiteral("files not read"));
    } else if (!md) {
        r.set(QStringLiteral("identity-signature"), CheckResult::Failed,
              QStringLiteral("photo hash length unknown"));
    } else {
        const bool ok = verifySignature(f.rrnCert, md, f.identity, identitySignature, &detail);
        r.set(QStringLiteral("identity-signature"), ok ? CheckResult::Passed : CheckResult::Failed, detail);
    }

    if (f.address.isEmpty() || f.addressSignature.isEmpty() || f.identitySignature.isEmpty() ||
        f.rrnCert.isEmpty()) {
        r.set(QStringLiteral("address-signature"), CheckResult::NotChecked, QStringLiteral("files not read"));
    } else if (!md) {
        r.set(QStringLiteral("address-signature"), CheckResult::Failed,
              QStringLiteral("hash algorithm unknown"));
    } else {
        const QByteArray signedData = stripTrailingZeros(f.address) + f.identitySignature;
        const QByteArray signature =
            ec ? f.addressSignature.left(EidCard::derLength(f.addressSignature)) : f.addressSignature;
        const bool ok = verifySignature(f.rrnCert, md, signedData, signature, &detail);
        r.set(QStringLiteral("address-signature"), ok ? CheckResult::Passed : CheckResult::Failed, detail);
    }

    if (f.photo.isEmpty() || !identity) {
        r.set(QStringLiteral("photo-hash"), CheckResult::NotChecked, QStringLiteral("photo not read"));
    } else if (const char *photoMd = digestForLength(identity->photoHash.size())) {
        const bool ok = digest(photoMd, f.photo) == identity->photoHash;
        r.set(QStringLiteral("photo-hash"), ok ? CheckResult::Passed : CheckResult::Failed,
              ok ? QStringLiteral("%1 matches the identity file").arg(QString::fromLatin1(photoMd))
                 : QStringLiteral("%1 of the photo differs from the identity file")
                       .arg(QString::fromLatin1(photoMd)));
    } else {
        r.set(QStringLiteral("photo-hash"), CheckResult::Failed, QStringLiteral("photo hash length unknown"));
    }

    if (f.applet == AppletVersion::V18) {
        if (f.basicPublicKey.isEmpty() || !identity) {
            r.set(QStringLiteral("basic-key-hash"), CheckResult::NotChecked,
                  QStringLiteral("basic key not read"));
        } else {
            const bool ok = digest("SHA384", f.basicPublicKey) == identity->basicKeyHash;
            r.set(QStringLiteral("basic-key-hash"), ok ? CheckResult::Passed : CheckResult::Failed,
                  ok ? QStringLiteral("SHA-384 of 4040 matches tag 0x1A")
                     : QStringLiteral("SHA-384 of 4040 differs from tag 0x1A"));
        }
        if (f.basicPublicKey.isEmpty() || f.internalAuthSignature.isEmpty()) {
            r.set(QStringLiteral("card-authenticity"), CheckResult::NotChecked,
                  QStringLiteral("INTERNAL AUTHENTICATE not done"));
        } else {
            const unsigned char *p = reinterpret_cast<const unsigned char *>(f.basicPublicKey.constData());
            EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, long(f.basicPublicKey.size()));
            const QByteArray der = EidCard::rawEcdsaToDer(f.internalAuthSignature);
            EVP_PKEY_CTX *ctx = key ? EVP_PKEY_CTX_new(key, nullptr) : nullptr;
            const bool ok =
                ctx && !der.isEmpty() && EVP_PKEY_verify_init(ctx) == 1 &&
                EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char *>(der.constData()),
                                std::size_t(der.size()),
                                reinterpret_cast<const unsigned char *>(f.internalAuthChallenge.constData()),
                                std::size_t(f.internalAuthChallenge.size())) == 1;
            EVP_PKEY_CTX_free(ctx);
            EVP_PKEY_free(key);
            ERR_clear_error();
            r.set(QStringLiteral("card-authenticity"), ok ? CheckResult::Passed : CheckResult::Failed,
                  ok ? QStringLiteral("basic key signed a fresh challenge")
                     : QStringLiteral("basic key signature over the challenge does not verify"));
        }
    }

    if (f.authenticationCert.isEmpty()) {
        r.set(QStringLiteral("authentication-chain"), CheckResult::NotChecked,
              QStringLiteral("certificate not read"));
    } else {
        r.set(QStringLiteral("authentication-chain"),
              verifyChain(f.authenticationCert, {f.caCert}, 3, &detail), detail);
    }
    if (!f.signatureCert.isEmpty())
        r.set(QStringLiteral("signature-chain"), verifyChain(f.signatureCert, {f.caCert}, 3, &detail),
              detail);
    else if (!f.caCert.isEmpty())
        r.set(QStringLiteral("signature-chain"), CheckResult::NotChecked,
              QStringLiteral("no signature certificate on the card"));

    if (!f.rootCert.isEmpty()) {
        if (m_anchors.isEmpty())
            r.set(QStringLiteral("card-root"), CheckResult::NotChecked,
                  QStringLiteral("no trust anchors configured"));
        else if (m_anchors.contains(f.rootCert))
            r.set(QStringLiteral("card-root"), CheckResult::Passed,
                  QStringLiteral("the card's root certificate is a trust anchor"));
        else
            r.set(QStringLiteral("card-root"), CheckResult::Failed,
                  QStringLiteral("the card's root certificate is not a trust anchor"));
    }
    return r;
}

} // namespace lars::smartcard
