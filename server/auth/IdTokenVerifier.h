#pragma once
// Validates an OpenID Connect ID token (a compact JWS) the way the government login's relying parties
// must: RS256 only, the signature checked with OpenSSL against the provider's JSON Web Key Set, then
// iss, aud (and azp), exp and iat with a small clock skew, and the nonce this server sent. Pure: the
// caller fetches the key set (and fetches it again once when the token names a key it does not know).
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace lars::server::auth {

class JsonWebKeySet final
{
public:
    JsonWebKeySet();
    ~JsonWebKeySet();
    JsonWebKeySet(JsonWebKeySet &&) noexcept;
    JsonWebKeySet &operator=(JsonWebKeySet &&) noexcept;

    // Reads the RSA signing keys of a JWKS document ({"keys": [...]}); others are skipped.
    static JsonWebKeySet fromJson(const QByteArray &json, QString *error);
    bool contains(const QString &kid) const;
    int size() const;
    // RSASSA-PKCS1-v1_5 with SHA-256 over input, with the key kid.
    bool verifyRs256(const QString &kid, const QByteArray &input, const QByteArray &signature) const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
};

struct IdTokenExpectations
{
    QString issuer;
    QString clientId;
    QString nonce;
    QDateTime now = QDateTime::currentDateTimeUtc();
    int skewSeconds = 60;
    int maxAgeSeconds = 600; // an iat further back than this is refused too
};

class IdTokenVerifier final
{
public:
    enum class Outcome
    {
        Ok,
        Malformed,
        UnsupportedAlgorithm,
        UnknownKey, // no key of the set has the token's kid: fetch the set again (once)
        BadSignature,
        WrongIssuer,
        WrongAudience,
        Expired,
        NotYetValid,
        WrongNonce
    };
    struct Result
    {
        Outcome outcome = Outcome::Malformed;
        QString detail;     // for the log, never for the user
        QString kid;        // the key the token names
        QJsonObject claims; // when Ok
    };

    static Result verify(const QByteArray &jwt, const JsonWebKeySet &keys,
                         const IdTokenExpectations &expected);
    static const char *name(Outcome outcome);
};

} // namespace lars::server::auth
