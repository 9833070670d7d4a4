#pragma once
// Why a login or session call failed, as one value the UI words: the server's problem+json type mapped
// to a kind, or the network/TLS failure underneath.
#include <QString>

class QNetworkReply;

namespace lars::models {

struct AuthError
{
    enum class Kind
    {
        None,
        Network,               // no answer (offline, timeout)
        ServerNotTrusted,      // TLS failure
        ChallengeExpired,      // the nonce was unknown or too old: start again
        NonceReplayed,         // the nonce was already used
        UnknownPerson,         // valid eID, but no LARS staff account
        NoClb,                 // a staff account without any CLB
        CertificateNotTrusted, // the card does not chain to the server's trust anchors
        CardExpired,           // the card's certificate is out of date (or not yet valid)
        CardRevoked,           // the issuer's OCSP responder says revoked (or does not know the card)
        RevocationUnavailable, // the issuer's responder could not be asked: try again later
        SignatureInvalid,      // the signature did not match the challenge
        CertificateInvalid,    // not an authentication certificate
        TooManyAttempts,       // rate limited; retryAfterSeconds says how long
        SessionExpired,        // 401 on an authenticated call
        NotStaffOfClb,         // switching to a CLB one does not work for
        Conflict,              // 412: someone else changed it first
        Validation,            // 422
        Server,                // anything else
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString problemType; // the last path segment of the problem type URI
    QString title;       // the server's English title (logs)
    qint64 retryAfterSeconds = 0;

    bool isError() const { return kind != Kind::None; }
    // Reads a finished reply; None when it succeeded (2xx).
    static AuthError fromReply(QNetworkReply *reply, const QByteArray &body);
    static Kind kindForProblem(const QString &type);
};

} // namespace lars::models
