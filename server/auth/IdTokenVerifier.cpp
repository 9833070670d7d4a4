#include "server/auth/IdTokenVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <optional>

namespace lars::server::auth {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

std::optional<QByteArray> fromBase64Url(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

Pkey rsaPublicKey(const QByteArray &n, const QByteArray &e)
{
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *build = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY *key = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    if (bn && be && build && ctx && OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_N, bn) &&
        OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_E, be) &&
        (params = OSSL_PARAM_BLD_to_param(build)) != nullptr && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    BN_free(bn);
    BN_free(be);
    return Pkey(key);
}

} // namespace

struct JsonWebKeySet::Keys
{
    std::map<QString, Pkey> byKid;
};

JsonWebKeySet::JsonWebKeySet()
    : m_keys(std::make_unique<Keys>())
{}
JsonWebKeySet::~JsonWebKeySet() = default;
JsonWebKeySet::JsonWebKeySet(JsonWebKeySet &&) noexcept = default;
JsonWebKeySet &JsonWebKeySet::operator=(JsonWebKeySet &&) noexcept = default;

JsonWebKeySet JsonWebKeySet::fromJson(const QByteArray &json, QString *error)
{
    JsonWebKeySet set;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QLatin1String("keys")).isArray()) {
        *error = QStringLiteral("the JWKS is not a JSON object with a keys array");
        return set;
    }
    for (const QJsonValue &value : doc.object().value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = value.toObject();
        const QString use = jwk.value(QLatin1String("use")).toString(QStringLiteral("sig"));
        if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA") || use != QLatin1String("sig"))
            continue;
        const auto n = fromBase64Url(jwk.value(QLatin1String("n")).toString());
        const auto e = fromBase64Url(jwk.value(QLatin1String("e")).toString());
        // 2048 bits at least: the government login's keys are, and a shorter one is no signature at all.
        if (!n || !e || n->size() < 256 || e->isEmpty())
            continue;
        if (Pkey key = rsaPublicKey(*n, *e))
            set.m_keys->byKid[jwk.value(QLatin1String("kid")).toString()] = std::move(key);
    }
    if (set.m_keys->byKid.empty())
        *error = QStringLiteral("the JWKS holds no usable RSA signing key");
    return set;
}

bool JsonWebKeySet::contains(const QString &kid) const
{
    return m_keys->byKid.count(kid) > 0;
}

int JsonWebKeySet::size() const
{
    return int(m_keys->byKid.size());
}

bool JsonWebKeySet::verifyRs256(const QString &kid, const QByteArray &input,
                                const QByteArray &signature) const
{
    const auto it = m_keys->byKid.find(kid);
    if (it == m_keys->byKid.end())
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, it->second.get()) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

const char *IdTokenVerifier::name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return "ok";
    case Outcome::Malformed:
        return "malformed";
    case Outcome::UnsupportedAlgorithm:
        return "unsupported-algorithm";
    case Outcome::UnknownKey:
        return "unknown-key";
    case Outcome::BadSignature:
        return "bad-signature";
    case Outcome::WrongIssuer:
        return "wrong-issuer";
    case Outcome::WrongAudience:
        return "wrong-audience";
    case Outcome::Expired:
        return "expired";
    case Outcome::NotYetValid:
        return "not-yet-valid";
    case Outcome::WrongNonce:
        return "wrong-nonce";
    }
    return "unknown";
}

IdTokenVerifier::Result IdTokenVerifier::verify(const QByteArray &jwt, const JsonWebKeySet &keys,
                                                const IdTokenExpectations &expected)
{
    Result result;
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || jwt.size() > 16 * 1024) {
        result.detail = QStringLiteral("not a compact JWS");
        return result;
    }
    const auto headerBytes = fromBase64Url(QString::fromLatin1(parts[0]));
    const auto payloadBytes = fromBase64Url(QString::fromLatin1(parts[1]));
    const auto signature = fromBase64Url(QString::fromLatin1(parts[2]));
    const QJsonObject header = QJsonDocument::fromJson(headerBytes.value_or(QByteArray())).object();
    const QJsonDocument payload = QJsonDocument::fromJson(payloadBytes.value_or(QByteArray()));
    if (header.isEmpty() || !payload.isObject() || !signature) {
        result.detail = QStringLiteral("undecodable header, payload or signature");
        return result;
    }
    // Only the algorithm the client is registered for: never "none", never an HMAC keyed with a public key.
    if (header.value(QLatin1String("alg")).toString() != QLatin1String("RS256") ||
        header.contains(QLatin1String("crit"))) {
        result.outcome = Outcome::UnsupportedAlgorithm;
        result.detail = header.value(QLatin1String("alg")).toString();
        return result;
    }
    result.kid = header.value(QLatin1String("kid")).toString();
    if (!keys.contains(result.kid)) {
        result.outcome = Outcome::UnknownKey;
        result.detail = QStringLiteral("kid '%1'").arg(result.kid.left(80));
        return result;
    }
    if (!keys.verifyRs256(result.kid, parts[0] + '.' + parts[1], *signature)) {
        result.outcome = Outcome::BadSignature;
        result.detail =
            QStringLiteral("RS256 signature does not verify with kid '%1'").arg(result.kid.left(80));
        return result;
    }

    const QJsonObject claims = payload.object();
    if (claims.value(QLatin1String("iss")).toString() != expected.issuer) {
        result.outcome = Outcome::WrongIssuer;
        result.detail = claims.value(QLatin1String("iss")).toString().left(200);
        return result;
    }
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    const QJsonArray audiences = aud.isArray() ? aud.toArray() : QJsonArray{aud};
    const QString azp = claims.value(QLatin1String("azp")).toString();
    if (!audiences.contains(QJsonValue(expected.clientId)) ||
        (audiences.size() > 1 && azp != expected.clientId) || (!azp.isEmpty() && azp != expected.clientId)) {
        result.outcome = Outcome::WrongAudience;
        result.detail = QString::fromUtf8(QJsonDocument(audiences).toJson(QJsonDocument::Compact)).left(200);
        return result;
    }
    const qint64 now = expected.now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    const QJsonValue iat = claims.value(QLatin1String("iat"));
    const QJsonValue nbf = claims.value(QLatin1String("nbf"));
    if (!exp.isDouble() || !iat.isDouble() || (!nbf.isUndefined() && !nbf.isDouble())) {
        result.detail = QStringLiteral("exp and iat must be numbers");
        return result;
    }
    if (qint64(exp.toDouble()) + expected.skewSeconds <= now ||
        qint64(iat.toDouble()) + expected.maxAgeSeconds + expected.skewSeconds < now) {
        result.outcome = Outcome::Expired;
        result.detail = QStringLiteral("exp %1, iat %2, now %3")
                            .arg(qint64(exp.toDouble()))
                            .arg(qint64(iat.toDouble()))
                            .arg(now);
        return result;
    }
    if (qint64(iat.toDouble()) - expected.skewSeconds > now ||
        (nbf.isDouble() && qint64(nbf.toDouble()) - expected.skewSeconds > now)) {
        result.outcome = Outcome::NotYetValid;
        result.detail = QStringLiteral("iat %1, now %2").arg(qint64(iat.toDouble())).arg(now);
        return result;
    }
    if (expected.nonce.isEmpty() || claims.value(QLatin1String("nonce")).toString() != expected.nonce) {
        result.outcome = Outcome::WrongNonce;
        result.detail = QStringLiteral("nonce does not match the login's");
        return result;
    }
    result.outcome = Outcome::Ok;
    result.claims = claims;
    return result;
}

} // namespace lars::server::auth
