#include "tests/support/OidcBrowser.h"

#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace lars::test {

QString OidcBrowser::Page::formAction() const
{
    static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
    const auto match = action.match(QString::fromUtf8(body));
    return match.hasMatch() ? url.resolved(QUrl(match.captured(1))).toString() : QString();
}

OidcBrowser::OidcBrowser(const QSslCertificate &serverCertificate)
    : m_certificate(serverCertificate)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
}

OidcBrowser::Page OidcBrowser::follow(QNetworkReply *reply)
{
    for (int hops = 0; hops < 20; ++hops) {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(20000);
        }
        Page page;
        page.url = reply->url();
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
        if (page.status == 0)
            page.networkError = reply->errorString();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        reply->deleteLater();
        if (page.status < 300 || page.status >= 400 || location.isEmpty())
            return page;
        const QUrl next = page.url.resolved(location);
        if (!m_stopAt.isEmpty() && next.toString().startsWith(m_stopAt.toString())) {
            page.url = next;
            page.body.clear();
            return page;
        }
        QNetworkRequest request(next);
        if (!m_certificate.isNull()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificate(m_certificate);
            request.setSslConfiguration(ssl);
        }
        reply = m_nam.get(request);
    }
    return {};
}

OidcBrowser::Page OidcBrowser::open(const QUrl &url)
{
    QNetworkRequest request(url);
    if (!m_certificate.isNull()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(m_certificate);
        request.setSslConfiguration(ssl);
    }
    return follow(m_nam.get(request));
}

OidcBrowser::Page OidcBrowser::submit(const Page &form, const QList<std::pair<QString, QString>> &fields)
{
    QNetworkRequest request{QUrl(form.formAction())};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QByteArray body;
    for (const auto &[key, value] : fields)
        body +=
            (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    return follow(m_nam.post(request, body));
}

OidcBrowser::Page OidcBrowser::logIn(const QUrl &start, const QString &person, bool allow, const QString &key)
{
    Page page = open(start);
    if (!page.body.contains("name=\"person\""))
        return page;
    page = submit(page, {{QStringLiteral("person"), person},
                         {QStringLiteral("key"), key.isEmpty() ? QStringLiteral("itsme") : key},
                         {QStringLiteral("decision"), QStringLiteral("allow")}});
    if (page.formAction().contains(QLatin1String("/consent")))
        page = submit(
            page, {{QStringLiteral("decision"), allow ? QStringLiteral("allow") : QStringLiteral("deny")}});
    return page;
}

OidcBrowser::Page OidcBrowser::cancelAtLogin(const QUrl &start)
{
    Page page = open(start);
    if (!page.body.contains("name=\"person\""))
        return page;
    return submit(page, {{QStringLiteral("decision"), QStringLiteral("cancel")}});
}

} // namespace lars::test
