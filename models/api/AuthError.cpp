#include "models/api/AuthError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace lars::models {

AuthError::Kind AuthError::kindForProblem(const QString &type)
{
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("challenge-expired"), Kind::ChallengeExpired},
        {QStringLiteral("nonce-replayed"), Kind::NonceReplayed},
        // The government login's one-time code: the same words as an expired or used eID challenge.
        {QStringLiteral("oidc-code-expired"), Kind::ChallengeExpired},
        {QStringLiteral("oidc-code-used"), Kind::NonceReplayed},
        {QStringLiteral("unknown-person"), Kind::UnknownPerson},
        {QStringLiteral("no-clb"), Kind::NoClb},
        {QStringLiteral("certificate-not-trusted"), Kind::CertificateNotTrusted},
        {QStringLiteral("card-expired"), Kind::CardExpired},
        {QStringLiteral("card-not-yet-valid"), Kind::CardExpired},
        {QStringLiteral("certificate-revoked"), Kind::CardRevoked},
        {QStringLiteral("certificate-unknown"), Kind::CardRevoked},
        {QStringLiteral("revocation-unavailable"), Kind::RevocationUnavailable},
        {QStringLiteral("signature-invalid"), Kind::SignatureInvalid},
        {QStringLiteral("certificate-invalid"), Kind::CertificateInvalid},
        {QStringLiteral("too-many-attempts"), Kind::TooManyAttempts},
        {QStringLiteral("unauthenticated"), Kind::SessionExpired},
        {QStringLiteral("not-staff-of-clb"), Kind::NotStaffOfClb},
        {QStringLiteral("stale"), Kind::Conflict},
        {QStringLiteral("validation"), Kind::Validation},
    };
    return kinds.value(type, Kind::Server);
}

AuthError AuthError::fromReply(QNetworkReply *reply, const QByteArray &body)
{
    AuthError error;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error.httpStatus >= 200 && error.httpStatus < 300 && reply->error() == QNetworkReply::NoError)
        return error;
    if (error.httpStatus == 0) {
        error.kind =
            reply->error() == QNetworkReply::SslHandshakeFailedError ? Kind::ServerNotTrusted : Kind::Network;
        error.title = reply->errorString();
        return error;
    }
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString type = problem.value(QLatin1String("type")).toString();
    error.problemType = type.mid(type.lastIndexOf(u'/') + 1);
    error.title = problem.value(QLatin1String("title")).toString();
    error.kind = kindForProblem(error.problemType);
    if (error.kind == Kind::Server && error.httpStatus == 401)
        error.kind = Kind::SessionExpired;
    if (error.kind == Kind::Server && error.httpStatus == 412)
        error.kind = Kind::Conflict;
    error.retryAfterSeconds = reply->rawHeader("Retry-After").toLongLong();
    return error;
}

} // namespace lars::models
