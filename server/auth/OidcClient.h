#pragma once
// lars-server's side of the government login towards the provider, all asynchronous (the server thread
// never waits on the provider): the discovery document (fetched on first use and again after a failure),
// the JSON Web Key Set (fetched again, once, when an ID token names a key it does not hold: the provider
// rotated its keys), and the exchange of an authorization code (client_secret_basic, PKCE verifier) for an
// ID token that IdTokenVerifier then checks.
#include "server/auth/IdTokenVerifier.h"
#include "server/auth/OidcConfig.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <functional>

class QNetworkReply;

namespace lars::server::auth {

class OidcClient final : public QObject
{
    Q_OBJECT
public:
    struct Metadata
    {
        QString issuer;
        QUrl authorizationEndpoint;
        QUrl tokenEndpoint;
        QUrl jwksUri;
    };
    struct Exchange
    {
        bool unreachable = false; // no answer at all (network, timeout): the provider is down
        QString error;            // empty when idToken holds the ID token
        QByteArray idToken;
    };
    struct Verification
    {
        IdTokenVerifier::Result result;
        QString jwksError; // the key set could not be fetched
    };

    explicit OidcClient(const OidcConfig &config, QObject *parent = nullptr);
    ~OidcClient() override;
    bool loadCa(QString *error);

    // done(error) once the metadata is known; an empty error means metadata() holds it.
    void withMetadata(std::function<void(const QString &error)> done);
    const Metadata &metadata() const { return m_metadata; }
    void exchangeCode(const QString &code, const QString &verifier,
                      std::function<void(const Exchange &)> done);
    void verifyIdToken(const QByteArray &jwt, const IdTokenExpectations &expected,
                       std::function<void(const Verification &)> done);

private:
    QNetworkReply *get(const QUrl &url);
    void fetchJwks(std::function<void(const QString &error)> done);

    const OidcConfig &m_config;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    Metadata m_metadata;
    bool m_haveMetadata = false;
    QList<std::function<void(const QString &)>> m_metadataWaiters;
    JsonWebKeySet m_keys;
};

} // namespace lars::server::auth
