// IdTokenVerifier on its own, with tokens signed here by an RSA key made with OpenSSL: the corners the
// real provider does not produce (tst_oidc_server covers what it does): audiences as an array with and
// without azp, a missing exp, nbf in the future, a crit header, HS256 keyed with the public key, a token
// without kid, a short RSA key in the set, the clock skew at its edges.
#include "server/auth/IdTokenVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

using lars::server::auth::IdTokenExpectations;
using lars::server::auth::IdTokenVerifier;
using lars::server::auth::JsonWebKeySet;
using O = IdTokenVerifier::Outcome;

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bn(EVP_PKEY *key, const char *name)
{
    BIGNUM *value = nullptr;
    EVP_PKEY_get_bn_param(key, name, &value);
    QByteArray out(BN_num_bytes(value), '\0');
    BN_bn2bin(value, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(value);
    return out;
}

} // namespace

class TestIdTokenVerifier final : public QObject
{
    Q_OBJECT

    EVP_PKEY *m_key = nullptr;
    JsonWebKeySet m_keys;
    qint64 m_now = QDateTime::currentSecsSinceEpoch();

    QJsonObject jwk(EVP_PKEY *key, const QString &kid) const
    {
        return {{QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("kid"), kid},
                {QStringLiteral("use"), QStringLiteral("sig")},
                {QStringLiteral("n"), QString::fromLatin1(b64(bn(key, OSSL_PKEY_PARAM_RSA_N)))},
                {QStringLiteral("e"), QString::fromLatin1(b64(bn(key, OSSL_PKEY_PARAM_RSA_E)))}};
    }
    QJsonObject claims() const
    {
        return {{QStringLiteral("iss"), QStringLiteral("https://issuer.test/op")},
                {QStringLiteral("aud"), QStringLiteral("lars")},
                {QStringLiteral("sub"), QStringLiteral("s1")},
                {QStringLiteral("nonce"), QStringLiteral("n1")},
                {QStringLiteral("iat"), m_now},
                {QStringLiteral("exp"), m_now + 300}};
    }
    QByteArray sign(const QJsonObject &header, const QJsonObject &payload) const
    {
        const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                 b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t size = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key);
        EVP_DigestSign(ctx, nullptr, &size, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        QByteArray signature(qsizetype(size), '\0');
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &size,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        EVP_MD_CTX_free(ctx);
        return input + '.' + b64(signature.left(qsizetype(size)));
    }
    static QJsonObject rs256(const QString &kid = QStringLiteral("k1"))
    {
        return {{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), kid}};
    }
    IdTokenVerifier::Result check(const QByteArray &jwt) const
    {
        IdTokenExpectations expected;
        expected.issuer = QStringLiteral("https://issuer.test/op");
        expected.clientId = QStringLiteral("lars");
        expected.nonce = QStringLiteral("n1");
        expected.now = QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC);
        expected.skewSeconds = 60;
        return IdTokenVerifier::verify(jwt, m_keys, expected);
    }

private slots:
    void initTestCase()
    {
        m_key = EVP_RSA_gen(2048);
        QVERIFY(m_key);
        EVP_PKEY *shortKey = EVP_RSA_gen(1024);
        QString error;
        m_keys = JsonWebKeySet::fromJson(
            QJsonDocument(
                QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk(m_key, QStringLiteral("k1")),
                                                                jwk(shortKey, QStringLiteral("short"))}}})
                .toJson(),
            &error);
        EVP_PKEY_free(shortKey);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_keys.contains(QStringLiteral("k1")));
        QVERIFY(!m_keys.contains(QStringLiteral("short"))); // under 2048 bits: not a key LARS trusts
    }
    void cleanupTestCase() { EVP_PKEY_free(m_key); }

    void genuineTokenPasses() { QCOMPARE(check(sign(rs256(), claims())).outcome, O::Ok); }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<int>("outcome");
        QJsonObject c = claims();
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject copy = claims();
            copy.insert(QLatin1String(key), value);
            return copy;
        };
        QTest::newRow("aud array without azp")
            << sign(rs256(), with("aud", QJsonArray{QStringLiteral("lars"), QStringLiteral("other")}))
            << int(O::WrongAudience);
        QJsonObject withAzp = with("aud", QJsonArray{QStringLiteral("lars"), QStringLiteral("other")});
        withAzp.insert(QStringLiteral("azp"), QStringLiteral("other"));
        QTest::newRow("azp of another client") << sign(rs256(), withAzp) << int(O::WrongAudience);
        c.remove(QStringLiteral("exp"));
        QTest::newRow("no exp") << sign(rs256(), c) << int(O::Malformed);
        QTest::newRow("nbf beyond the skew")
            << sign(rs256(), with("nbf", m_now + 120)) << int(O::NotYetValid);
        QTest::newRow("exp just past the skew") << sign(rs256(), with("exp", m_now - 61)) << int(O::Expired);
        QTest::newRow("iat too old") << sign(rs256(), with("iat", m_now - 3600)) << int(O::Expired);
        QTest::newRow("no nonce") << sign(rs256(), with("nonce", QJsonValue())) << int(O::WrongNonce);
        QJsonObject crit = rs256();
        crit.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
        QTest::newRow("crit header") << sign(crit, claims()) << int(O::UnsupportedAlgorithm);
        QTest::newRow("no kid") << sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}},
                                        claims())
                                << int(O::UnknownKey);
        QTest::newRow("short key's kid")
            << sign(rs256(QStringLiteral("short")), claims()) << int(O::UnknownKey);
        QTest::newRow("two parts") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30") << int(O::Malformed);
        // HS256 "signed" with the public modulus as the secret: the classic algorithm confusion.
        const QByteArray input =
            b64(QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                          {QStringLiteral("kid"), QStringLiteral("k1")}})
                    .toJson(QJsonDocument::Compact)) +
            '.' + b64(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
        const QByteArray secret = bn(m_key, OSSL_PKEY_PARAM_RSA_N);
        unsigned char mac[32];
        unsigned int macSize = 0;
        HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
             reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac, &macSize);
        QTest::newRow("HS256 with the public key")
            << input + '.' + b64(QByteArray(reinterpret_cast<const char *>(mac), int(macSize)))
            << int(O::UnsupportedAlgorithm);
    }
    void refusals()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(int, outcome);
        const IdTokenVerifier::Result r = check(jwt);
        QVERIFY2(int(r.outcome) == outcome, IdTokenVerifier::name(r.outcome));
    }

    void skewIsTolerated()
    {
        QJsonObject c = claims();
        c.insert(QStringLiteral("iat"), m_now + 50); // the provider's clock 50 s ahead
        c.insert(QStringLiteral("exp"), m_now - 50 + 300);
        QCOMPARE(check(sign(rs256(), c)).outcome, O::Ok);
        c.insert(QStringLiteral("exp"), m_now - 30); // expired 30 s ago: within the skew
        QCOMPARE(check(sign(rs256(), c)).outcome, O::Ok);
    }
};

QTEST_GUILESS_MAIN(TestIdTokenVerifier)
#include "tst_id_token_verifier.moc"
