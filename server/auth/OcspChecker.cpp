#include "server/auth/OcspChecker.h"

#include "server/Logging.h"
#include "server/auth/OpenSsl.h"
#include "server/http/Wait.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace lars::server::auth {

namespace {

using RequestPtr = OpenSslPtr<OCSP_REQUEST, OCSP_REQUEST_free>;
using ResponsePtr = OpenSslPtr<OCSP_RESPONSE, OCSP_RESPONSE_free>;
using BasicPtr = OpenSslPtr<OCSP_BASICRESP, OCSP_BASICRESP_free>;
using CertIdPtr = OpenSslPtr<OCSP_CERTID, OCSP_CERTID_free>;
using StorePtr = OpenSslPtr<X509_STORE, X509_STORE_free>;

X509Ptr parse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

struct Verdict
{
    OcspChecker::Status status = OcspChecker::Status::Unreachable;
    QString detail;
    QDateTime nextUpdate;
};

// Checks the responder's answer to `request` about `id`: signature (chained to the anchors through the
// issuer), our nonce, freshness; then the certificate's status.
Verdict evaluate(const QByteArray &answer, OCSP_REQUEST *request, OCSP_CERTID *id, X509 *issuer,
                 const QList<QByteArray> &anchors)
{
    const auto *p = reinterpret_cast<const unsigned char *>(answer.constData());
    ResponsePtr response(d2i_OCSP_RESPONSE(nullptr, &p, answer.size()));
    if (!response)
        return {OcspChecker::Status::Unreachable, QStringLiteral("not an OCSP response"), {}};
    if (OCSP_response_status(response.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return {OcspChecker::Status::Unreachable,
                QStringLiteral("responder status %1").arg(OCSP_response_status(response.get())),
                {}};
    BasicPtr basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return {OcspChecker::Status::Unreachable, QStringLiteral("no basic response"), {}};
    if (OCSP_check_nonce(request, basic.get()) != 1)
        return {OcspChecker::Status::Unreachable,
                QStringLiteral("nonce missing or wrong (a replayed answer?)"),
                {}};
    StorePtr store(X509_STORE_new());
    for (const QByteArray &der : anchors)
        if (X509Ptr anchor = parse(der))
            X509_STORE_add_cert(store.get(), anchor.get());
    // Borrows the issuer: the stack is freed without freeing what it points to.
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> issuers(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_free(s); });
    sk_X509_push(issuers.get(), issuer);
    if (OCSP_basic_verify(basic.get(), issuers.get(), store.get(), 0) != 1)
        return {
            OcspChecker::Status::Unreachable, QStringLiteral("the answer's signature does not verify"), {}};
    int status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
    if (OCSP_resp_find_status(basic.get(), id, &status, &reason, &revokedAt, &thisUpdate, &nextUpdate) != 1)
        return {
            OcspChecker::Status::Unreachable, QStringLiteral("the answer is about another certificate"), {}};
    // Five minutes of clock skew; an answer older than a day without nextUpdate is stale.
    if (OCSP_check_validity(thisUpdate, nextUpdate, 300, 86400) != 1)
        return {OcspChecker::Status::Unreachable, QStringLiteral("the answer is not fresh"), {}};
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        return {OcspChecker::Status::Good, QStringLiteral("good"), OpenSsl::toDateTime(nextUpdate)};
    case V_OCSP_CERTSTATUS_REVOKED:
        return {OcspChecker::Status::Revoked,
                QStringLiteral("revoked at %1 (reason %2)")
                    .arg(OpenSsl::toDateTime(revokedAt).toString(Qt::ISODate))
                    .arg(reason),
                {}};
    default:
        return {OcspChecker::Status::Unknown, QStringLiteral("unknown to the responder"), {}};
    }
}

} // namespace

OcspChecker::OcspChecker(Config config, QList<QByteArray> anchorsDer, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_anchors(std::move(anchorsDer))
{
    m_network.setTransferTimeout(m_config.timeoutMs);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

OcspChecker::Status OcspChecker::status(const QByteArray &certificateDer, const QByteArray &issuerDer,
                                        const QString &aiaUrl, QString *detail)
{
    const QUrl url = m_config.forceResponder || aiaUrl.isEmpty() ? m_config.responder : QUrl(aiaUrl);
    if (!url.isValid() || url.isEmpty())
        return Status::NotChecked;
    const QByteArray key = QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha256);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.cend() &&
        (it->status == Status::Pending || it->until > QDateTime::currentDateTimeUtc())) {
        *detail = it->detail;
        return it->status;
    }
    start(key, certificateDer, issuerDer, url);
    const Entry &started = m_cache[key]; // settled at once when no request could be built
    *detail = started.detail;
    return started.status;
}

std::shared_ptr<http::Wait> OcspChecker::wait(const QByteArray &certificateDer) const
{
    return m_cache.value(QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha256)).wait;
}

void OcspChecker::start(const QByteArray &key, const QByteArray &certificateDer, const QByteArray &issuerDer,
                        const QUrl &url)
{
    if (m_cache.size() > 10000) { // a bound on memory: forget what has expired
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_cache.removeIf(
            [&now](const auto &e) { return e.value().status != Status::Pending && e.value().until < now; });
    }
    m_cache[key] = Entry{Status::Pending, {}, {}, std::make_shared<http::Wait>()};
    X509Ptr cert = parse(certificateDer);
    X509Ptr issuer = parse(issuerDer);
    CertIdPtr id(cert && issuer ? OCSP_cert_to_id(EVP_sha1(), cert.get(), issuer.get()) : nullptr);
    RequestPtr request(OCSP_REQUEST_new());
    if (!id || !request || !OCSP_request_add0_id(request.get(), OCSP_CERTID_dup(id.get())) ||
        OCSP_request_add1_nonce(request.get(), nullptr, -1) != 1) {
        settle(key, Status::Unreachable, QStringLiteral("cannot build the OCSP request"), {});
        return;
    }
    unsigned char *der = nullptr;
    const int length = i2d_OCSP_REQUEST(request.get(), &der);
    const QByteArray body(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);

    QNetworkRequest post(url);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/ocsp-request"));
    QNetworkReply *reply = m_network.post(post, body);
    // The request and the id are needed to check the answer (nonce, which certificate): the lambda owns them.
    auto state = std::make_shared<std::tuple<RequestPtr, CertIdPtr, X509Ptr>>(
        std::move(request), std::move(id), std::move(issuer));
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, state, url] {
        reply->deleteLater();
        const auto &[req, certId, iss] = *state;
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || http != 200) {
            settle(key, Status::Unreachable,
                   QStringLiteral("%1: %2").arg(url.toString(), reply->errorString()), {});
            return;
        }
        const Verdict v = evaluate(reply->readAll(), req.get(), certId.get(), iss.get(), m_anchors);
        settle(key, v.status, v.detail, v.nextUpdate);
    });
}

void OcspChecker::settle(const QByteArray &key, Status status, const QString &detail,
                         const QDateTime &nextUpdate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until = now.addSecs(10); // failures and "unknown": asked again soon
    if (status == Status::Good) {
        until = now.addSecs(m_config.cacheSeconds);
        if (nextUpdate.isValid() && nextUpdate < until)
            until = nextUpdate;
    } else if (status == Status::Revoked) {
        until = now.addSecs(3600);
    }
    // The login that waited for this answer runs again right away: it must find it.
    until = std::max(until, now.addSecs(5));
    if (status == Status::Unreachable)
        qCWarning(lcServer).noquote() << "OCSP: no valid answer:" << detail;
    Entry &entry = m_cache[key];
    const std::shared_ptr<http::Wait> wait = entry.wait;
    entry = Entry{status, detail, until, wait};
    if (wait)
        emit wait->done();
}

} // namespace lars::server::auth
