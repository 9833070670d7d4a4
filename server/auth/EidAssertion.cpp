#include "server/auth/EidAssertion.h"

#include "server/auth/OpenSsl.h"

#include <QCryptographicHash>
#include <QFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace lars::server::auth {

namespace {

X509Ptr parseDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, der.size()));
    // Trailing bytes after the certificate mean the client sent something else than one certificate.
    if (cert && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return nullptr;
    return cert;
}

QString nameEntry(X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return value;
}

bool isSelfSigned(X509 *cert)
{
    return X509_check_issued(cert, cert) == X509_V_OK;
}

} // namespace

QByteArray EidAssertionVerifier::signedData(const QString &nonce)
{
    return QByteArray(kSignedPrefix) + nonce.toUtf8();
}

bool EidAssertionVerifier::addTrustFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read trust anchor file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  BIO_free);
    int count = 0;
    while (X509 *raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Ptr cert(raw);
        unsigned char *der = nullptr;
        const int length = i2d_X509(cert.get(), &der);
        if (length <= 0)
            continue;
        const QByteArray bytes(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        (isSelfSigned(cert.get()) ? m_anchors : m_intermediates).append(bytes);
        ++count;
    }
    if (count == 0) {
        if (error)
            *error = QStringLiteral("%1 holds no PEM certificate").arg(path);
        return false;
    }
    return true;
}

EidAssertionVerifier::Result EidAssertionVerifier::verify(const EidAssertion &assertion,
                                                          const QDateTime &now) const
{
    Result result;
    const auto fail = [&result](Outcome outcome, const QString &detail) {
        result.outcome = outcome;
        result.detail = detail;
        return result;
    };

    X509Ptr leaf = parseDer(assertion.certificate);
    if (!leaf)
        return fail(Outcome::Malformed, QStringLiteral("certificate is not one DER X.509 certificate"));
    result.certificateFingerprint =
        QCryptographicHash::hash(assertion.certificate, QCryptographicHash::Sha256).toHex();
    X509_NAME *subject = X509_get_subject_name(leaf.get());
    result.nationalNumber = nameEntry(subject, NID_serialNumber);
    result.commonName = nameEntry(subject, NID_commonName);
    result.notAfter = OpenSsl::toDateTime(X509_get0_notAfter(leaf.get()));

    // Only the authentication key may log in: the signature (non-repudiation) key is for legal signatures.
    const uint32_t usage = X509_get_key_usage(leaf.get());
    if (usage != UINT32_MAX && !(usage & KU_DIGITAL_SIGNATURE))
        return fail(Outcome::Malformed, QStringLiteral("certificate is not an authentication certificate"));

    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
    for (const QByteArray &der : m_anchors) {
        if (X509Ptr anchor = parseDer(der))
            X509_STORE_add_cert(store.get(), anchor.get());
    }
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> untrusted(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    QList<QByteArray> chain = m_intermediates;
    chain += assertion.intermediates.mid(0, 4);
    for (const QByteArray &der : chain) {
        if (X509Ptr cert = parseDer(der))
            sk_X509_push(untrusted.get(), cert.release());
    }
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        X509_STORE_CTX_free);
    if (!ctx || !X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()))
        return fail(Outcome::NotTrusted, QStringLiteral("cannot set up certificate verification"));
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, now.toSecsSinceEpoch());
    X509_VERIFY_PARAM_set_depth(param, 4);
    if (X509_verify_cert(ctx.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(ctx.get());
        const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
        const QString why = QString::fromLatin1(X509_verify_cert_error_string(error));
        if (depth == 0 && error == X509_V_ERR_CERT_HAS_EXPIRED)
            return fail(Outcome::Expired, why);
        if (depth == 0 && error == X509_V_ERR_CERT_NOT_YET_VALID)
            return fail(Outcome::NotYetValid, why);
        return fail(Outcome::NotTrusted, QStringLiteral("%1 (depth %2)").arg(why).arg(depth));
    }
    if (STACK_OF(X509) *verified = X509_STORE_CTX_get0_chain(ctx.get()); sk_X509_num(verified) > 1) {
        unsigned char *der = nullptr;
        const int length = i2d_X509(sk_X509_value(verified, 1), &der);
        if (length > 0)
            result.issuer = QByteArray(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
    }
    if (STACK_OF(OPENSSL_STRING) *urls = X509_get1_ocsp(leaf.get())) {
        if (sk_OPENSSL_STRING_num(urls) > 0)
            result.ocspUrl = QString::fromLatin1(sk_OPENSSL_STRING_value(urls, 0));
        X509_email_free(urls);
    }

    EVP_PKEY *key = X509_get0_pubkey(leaf.get());
    if (!key)
        return fail(Outcome::Malformed, QStringLiteral("no public key"));
    // Applet 1.7 keys are RSA (PKCS#1 v1.5, SHA-256); applet 1.8 keys are P-384 (ECDSA, SHA-384).
    const EVP_MD *md = nullptr;
    if (EVP_PKEY_base_id(key) == EVP_PKEY_RSA)
        md = EVP_sha256();
    else if (EVP_PKEY_base_id(key) == EVP_PKEY_EC)
        md = EVP_sha384();
    else
        return fail(Outcome::Malformed, QStringLiteral("unsupported key type"));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> mdctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const QByteArray data = signedData(assertion.nonce);
    if (!mdctx || EVP_DigestVerifyInit(mdctx.get(), nullptr, md, nullptr, key) != 1 ||
        EVP_DigestVerify(
            mdctx.get(), reinterpret_cast<const unsigned char *>(assertion.signature.constData()),
            std::size_t(assertion.signature.size()),
            reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size())) != 1)
        return fail(Outcome::BadSignature, QStringLiteral("the signature does not match the challenge"));

    result.outcome = Outcome::Ok;
    return result;
}

} // namespace lars::server::auth
