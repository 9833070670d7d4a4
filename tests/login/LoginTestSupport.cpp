#include "tests/login/LoginTestSupport.h"

#include "tests/support/VirtualCardProcess.h"

#include <QDir>
#include <QFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace lars::test {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
} // namespace

QStringList trustAnchorArguments()
{
    const QDir pki(VirtualCardProcess::pkiDirectory());
    return {QStringLiteral("--trust-anchor"), pki.filePath(QStringLiteral("trust-anchors.pem")),
            QStringLiteral("--trust-anchor"), pki.filePath(QStringLiteral("ca/test-rsa-citizen-ca.pem")),
            QStringLiteral("--trust-anchor"), pki.filePath(QStringLiteral("ca/test-p384-citizen-ca.pem"))};
}

SignedAssertion signAsCard(const QString &cardId, const QString &nonce, bool signatureKey)
{
    const QDir card(VirtualCardProcess::cardDirectory(cardId));
    const QByteArray certPem = readAll(
        card.filePath(signatureKey ? QStringLiteral("signature.pem") : QStringLiteral("authentication.pem")));
    const QByteArray keyPem = readAll(card.filePath(signatureKey ? QStringLiteral("signature.key.pem")
                                                                 : QStringLiteral("authentication.key.pem")));

    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
        BIO_new_mem_buf(certPem.constData(), int(certPem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                     BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    if (!cert || !key)
        qFatal("cannot load the keys of card %s", qPrintable(cardId));

    SignedAssertion out;
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(cert.get(), &der);
    out.certificate = QByteArray(reinterpret_cast<const char *>(der), derLength);
    OPENSSL_free(der);

    const QByteArray data = QByteArray("lars-eid-login-v1:") + nonce.toUtf8();
    const EVP_MD *md = EVP_PKEY_base_id(key.get()) == EVP_PKEY_EC ? EVP_sha384() : EVP_sha256();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    std::size_t length = 0;
    EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key.get());
    EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                   std::size_t(data.size()));
    out.signature.resize(qsizetype(length));
    EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size()));
    out.signature.resize(qsizetype(length));
    return out;
}

} // namespace lars::test
