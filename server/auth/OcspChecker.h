#pragma once
// Asks the card issuer's OCSP responder whether an eID authentication certificate has been revoked
// (RFC 6960), without blocking the server: status() answers from a cache or starts a query and returns
// Pending; the query's Wait fires when the answer (or the timeout) is in and the login runs again. The
// responder's answer must be signed by the issuing CA or a responder it delegated to (verified against
// the eID trust anchors), carry our nonce, and be fresh. Good answers are cached until their nextUpdate
// (at most cacheSeconds), a revocation for an hour, failures for a few seconds.
#include "server/http/Response.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <memory>

namespace lars::server::auth {

class OcspChecker final : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl responder; // used for certificates that name none (and instead of theirs when forced)
        bool forceResponder = false;
        bool allowUnreachable = false; // the policy when no answer comes: refuse (default) or let in, logged
        int timeoutMs = 3000;
        int cacheSeconds = 300;
    };
    enum class Status
    {
        NotChecked, // no responder known for this certificate
        Good,
        Revoked,
        Unknown,     // the responder does not know the certificate
        Unreachable, // no valid answer in time (refused or allowed by policy)
        Pending,     // a query is under way: wait on wait()
    };

    OcspChecker(Config config, QList<QByteArray> anchorsDer, QObject *parent = nullptr);

    // certificateDer/issuerDer from a verified chain; aiaUrl is the certificate's own OCSP URL (may be
    // empty).
    Status status(const QByteArray &certificateDer, const QByteArray &issuerDer, const QString &aiaUrl,
                  QString *detail);
    // Fires when the query for this certificate has settled (only valid after status() returned Pending).
    std::shared_ptr<http::Wait> wait(const QByteArray &certificateDer) const;
    bool allowsUnreachable() const { return m_config.allowUnreachable; }

private:
    struct Entry
    {
        Status status = Status::Pending;
        QString detail;
        QDateTime until;
        std::shared_ptr<http::Wait> wait;
    };
    void start(const QByteArray &key, const QByteArray &certificateDer, const QByteArray &issuerDer,
               const QUrl &url);
    void settle(const QByteArray &key, Status status, const QString &detail, const QDateTime &until);

    Config m_config;
    QList<QByteArray> m_anchors;
    QNetworkAccessManager m_network;
    QHash<QByteArray, Entry> m_cache; // by SHA-256 of the certificate
};

} // namespace lars::server::auth
