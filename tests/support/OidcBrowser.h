#pragma once
// Test helper that plays the user's web browser in a government login: follows redirects (across http and
// https, POST answered with 303 becoming GET), keeps cookies, trusts the test server's certificate, and
// fills in the provider's Dutch pages (choose a demo person and key, then allow or refuse). It stops at a
// URL under stopAt without fetching it (the desktop's loopback redirect in API tests) or fetches it (a
// real loopback listener in GUI tests).
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

namespace lars::test {

class OidcBrowser final
{
public:
    struct Page
    {
        QUrl url;
        int status = 0;
        QByteArray body;
        QString networkError;
        QString formAction() const; // the first <form action="…"> of the page, resolved against url
    };

    explicit OidcBrowser(const QSslCertificate &serverCertificate = QSslCertificate());
    // URLs that start with this prefix are returned as they are, not fetched.
    void setStopAt(const QUrl &prefix) { m_stopAt = prefix; }

    Page open(const QUrl &url);
    Page submit(const Page &form, const QList<std::pair<QString, QString>> &fields);
    // The whole login from the start URL: the login page (person, key, decision) and, when the provider
    // asks, the consent page (allow or deny). Returns the last page (or the stopAt URL reached).
    Page logIn(const QUrl &start, const QString &person, bool allow = true, const QString &key = {});
    // Cancels on the provider's login page.
    Page cancelAtLogin(const QUrl &start);

private:
    Page follow(QNetworkReply *reply);

    QNetworkAccessManager m_nam;
    QSslCertificate m_certificate;
    QUrl m_stopAt;
};

} // namespace lars::test
