#pragma once
// Checks an eID login assertion with OpenSSL: the authentication certificate chains to a configured trust
// anchor (intermediates from the configuration or the request), is valid today, and signed the challenge.
// The outcome is one stable failure the login route turns into a problem+json type.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lars::server::auth {

// What the card signs: this prefix and the nonce as sent, so a login signature can never be replayed as
// a signature for anything else (domain separation).
inline constexpr char kSignedPrefix[] = "lars-eid-login-v1:";

struct EidAssertion
{
    QByteArray certificate;          // DER authentication certificate
    QList<QByteArray> intermediates; // DER, untrusted (the citizen CA of the card)
    QByteArray signature;            // RSA PKCS#1 v1.5 over SHA-256, or DER ECDSA over SHA-384
    QString nonce;
};

class EidAssertionVerifier final
{
public:
    enum class Outcome
    {
        Ok,
        Malformed,
        NotTrusted,
        Expired,
        NotYetValid,
        BadSignature
    };

    struct Result
    {
        Outcome outcome = Outcome::Malformed;
        QString detail; // technical; logged, never shown raw
        QString nationalNumber;
        QString commonName;
        QByteArray certificateFingerprint; // SHA-256 of the DER, hex: the rate-limit key per card
        QDateTime notAfter;
        QByteArray issuer; // DER of the certificate that issued it (from the verified chain)
        QString ocspUrl;   // the responder the certificate names (Authority Information Access), if any
    };

    // PEM files: self-signed certificates become trust anchors, the others known intermediates.
    bool addTrustFile(const QString &path, QString *error);
    void addAnchor(const QByteArray &der) { m_anchors.append(der); }
    void addIntermediate(const QByteArray &der) { m_intermediates.append(der); }
    int anchorCount() const { return int(m_anchors.size()); }
    const QList<QByteArray> &anchors() const { return m_anchors; }

    Result verify(const EidAssertion &assertion,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static QByteArray signedData(const QString &nonce);

private:
    QList<QByteArray> m_anchors;
    QList<QByteArray> m_intermediates;
};

} // namespace lars::server::auth
