#pragma once
// The login and session calls of the REST API: challenge, eID login, profile (/me), switching CLB,
// logout, reading per-CLB contact data (saved through the outbox, see PersonalDataDialog) and the one-time
// web-administration link. One signal per answer; every failure arrives as failed(operation, error).
#include "models/ContactData.h"
#include "models/api/AuthError.h"
#include "models/api/SessionProfile.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkReply;

namespace lars::models {

class ApiClient;

struct LoginGrant
{
    QByteArray token;
    qint64 staffId = 0;
    qint64 clbId = 0;
    int clbCount = 0;
    QDateTime expiresAt;
};

class AuthClient final : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Challenge,
        EidLogin,
        Profile,
        SwitchClb,
        Logout,
        AdminLink,
        GetContact,
        OidcLogin
    };
    Q_ENUM(Operation)

    explicit AuthClient(ApiClient *api, QObject *parent = nullptr);
    ApiClient *api() const { return m_api; }

    void requestChallenge();
    // certificate: DER; signature: RSA PKCS#1 (applet 1.7) or DER ECDSA (1.8) over the signed data.
    void loginWithEid(const QString &nonce, const QByteArray &certificate, const QByteArray &signature,
                      qint64 preferredClbId = 0);
    // The government login's one-time code (from the loopback redirect) and this login's PKCE verifier.
    void loginWithOidcCode(const QString &code, const QString &codeVerifier, qint64 preferredClbId = 0);
    // GET /me with the current token, or with the one given (checking a session kept from an earlier run).
    void fetchProfile(const QByteArray &token = {});
    void switchClb(qint64 clbId);
    void logout();
    // Revokes a token that is not the current one (a session kept from an earlier run); loggedOut() after.
    void revoke(const QByteArray &token);
    void requestAdminLink();
    void fetchContact(qint64 clbId);

    // The bytes the card signs for a nonce (hashed off-card with SHA-256 on 1.7, SHA-384 on 1.8).
    static QByteArray signedData(const QString &nonce);

signals:
    void challengeReady(const QString &nonce);
    void loggedIn(const lars::models::LoginGrant &grant);
    void profileReady(const lars::models::SessionProfile &profile);
    void clbSwitched(const lars::models::LoginGrant &grant);
    void loggedOut();
    void adminLinkReady(const QUrl &url);
    void contactReady(qint64 clbId, const lars::models::ContactData &contact);
    void failed(lars::models::AuthClient::Operation operation, const lars::models::AuthError &error,
                const QList<lars::models::FieldError> &fieldErrors);

private:
    void handle(QNetworkReply *reply, Operation operation,
                std::function<void(const QJsonObject &, QNetworkReply *)> success);

    ApiClient *m_api;
};

} // namespace lars::models
