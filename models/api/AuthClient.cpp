#include "models/api/AuthClient.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace lars::models {

namespace {
constexpr char kSignedPrefix[] = "lars-eid-login-v1:";

LoginGrant grantFromJson(const QJsonObject &o)
{
    LoginGrant grant;
    grant.token = o.value(QLatin1String("token")).toString().toLatin1();
    grant.staffId = o.value(QLatin1String("staffId")).toInteger();
    grant.clbId = o.value(QLatin1String("clbId")).toInteger();
    grant.clbCount = o.value(QLatin1String("clbCount")).toInt();
    grant.expiresAt =
        QDateTime::fromString(o.value(QLatin1String("expiresAt")).toString(), Qt::ISODateWithMs);
    return grant;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

AuthClient::AuthClient(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    qRegisterMetaType<lars::models::AuthError>();
}

QByteArray AuthClient::signedData(const QString &nonce)
{
    return QByteArray(kSignedPrefix) + nonce.toUtf8();
}

void AuthClient::handle(QNetworkReply *reply, Operation operation,
                        std::function<void(const QJsonObject &, QNetworkReply *)> success)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, operation, success = std::move(success)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const AuthError error = AuthError::fromReply(reply, body);
        if (error.isError()) {
            qCInfo(lcApi) << operation << "failed:" << error.httpStatus << error.problemType << error.title;
            QList<FieldError> fields;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray())
                fields.append(FieldError::fromJson(v.toObject()));
            emit failed(operation, error, fields);
            return;
        }
        success(QJsonDocument::fromJson(body).object(), reply);
    });
}

void AuthClient::requestChallenge()
{
    handle(m_api->post(QStringLiteral("/api/v1/auth/challenge"), {}), Operation::Challenge,
           [this](const QJsonObject &o, QNetworkReply *) {
               emit challengeReady(o.value(QLatin1String("nonce")).toString());
           });
}

void AuthClient::loginWithEid(const QString &nonce, const QByteArray &certificate,
                              const QByteArray &signature, qint64 preferredClbId)
{
    QJsonObject body{{QStringLiteral("nonce"), nonce},
                     {QStringLiteral("certificate"), QString::fromLatin1(certificate.toBase64())},
                     {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    if (preferredClbId > 0)
        body.insert(QStringLiteral("clbId"), preferredClbId);
    handle(m_api->post(QStringLiteral("/api/v1/auth/eid"), compact(body)), Operation::EidLogin,
           [this](const QJsonObject &o, QNetworkReply *) { emit loggedIn(grantFromJson(o)); });
}

void AuthClient::loginWithOidcCode(const QString &code, const QString &codeVerifier, qint64 preferredClbId)
{
    QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("codeVerifier"), codeVerifier}};
    if (preferredClbId > 0)
        body.insert(QStringLiteral("clbId"), preferredClbId);
    handle(m_api->post(QStringLiteral("/api/v1/auth/oidc/token"), compact(body)), Operation::OidcLogin,
           [this](const QJsonObject &o, QNetworkReply *) { emit loggedIn(grantFromJson(o)); });
}

void AuthClient::fetchProfile(const QByteArray &token)
{
    QNetworkRequest request = m_api->request(QStringLiteral("/api/v1/me"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    handle(m_api->get(request), Operation::Profile,
           [this](const QJsonObject &o, QNetworkReply *) { emit profileReady(SessionProfile::fromJson(o)); });
}

void AuthClient::switchClb(qint64 clbId)
{
    handle(
        m_api->post(QStringLiteral("/api/v1/auth/switch-clb"), compact({{QStringLiteral("clbId"), clbId}})),
        Operation::SwitchClb,
        [this](const QJsonObject &o, QNetworkReply *) { emit clbSwitched(grantFromJson(o)); });
}

void AuthClient::logout()
{
    handle(m_api->post(QStringLiteral("/api/v1/auth/logout"), {}), Operation::Logout,
           [this](const QJsonObject &, QNetworkReply *) { emit loggedOut(); });
}

void AuthClient::revoke(const QByteArray &token)
{
    QNetworkRequest request = m_api->request(QStringLiteral("/api/v1/auth/logout"));
    request.setRawHeader("Authorization", "Bearer " + token);
    handle(m_api->post(request, {}), Operation::Logout,
           [this](const QJsonObject &, QNetworkReply *) { emit loggedOut(); });
}

void AuthClient::requestAdminLink()
{
    handle(m_api->post(QStringLiteral("/api/v1/admin-link"), {}), Operation::AdminLink,
           [this](const QJsonObject &o, QNetworkReply *) {
               // The server answers a path on itself; the web application's address follows the server's.
               const QUrl link(o.value(QLatin1String("url")).toString());
               emit adminLinkReady(link.isRelative() ? m_api->baseUrl().resolved(link) : link);
           });
}

void AuthClient::fetchContact(qint64 clbId)
{
    handle(m_api->get(QStringLiteral("/api/v1/me/clbs/%1/contact").arg(clbId)), Operation::GetContact,
           [this, clbId](const QJsonObject &o, QNetworkReply *) {
               emit contactReady(clbId, ContactData::fromJson(o));
           });
}

} // namespace lars::models
