#pragma once
// Test helper: the real HAProxy (Debian package) in front of lars-server processes, running the shipped
// packaging/server/haproxy.cfg with the test's own port, certificate (made with openssl) and servers, in
// the foreground; talks HTTPS to it with QNetworkAccessManager like ServerProcess does.
#include "tests/support/ServerProcess.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

namespace lars::test {

class HaproxyProcess final
{
public:
    struct Server
    {
        QString name;
        quint16 port = 0; // a lars-server --listen-plain port on 127.0.0.1
    };

    HaproxyProcess();
    ~HaproxyProcess(); // stops HAProxy
    HaproxyProcess(const HaproxyProcess &) = delete;
    HaproxyProcess &operator=(const HaproxyProcess &) = delete;

    // Starts HAProxy on a free loopback port; returns once a health request through it answers 200.
    bool start(const QList<Server> &servers);
    bool stop();

    quint16 port() const { return m_port; }
    QSslCertificate certificate() const { return m_certificate; }
    QString config() const { return m_config; }
    QString errorString() const { return m_error; }
    QByteArray log();

    // HTTPS through HAProxy (blocking for the test, as ServerProcess::request).
    QNetworkReply *startRequest(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QNetworkAccessManager &network() { return m_nam; }

    static QString binary(); // /usr/sbin/haproxy

private:
    QString configFor(const QList<Server> &servers, const QString &pem) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    QString m_config;
    QNetworkAccessManager m_nam;
    QString m_error;
};

} // namespace lars::test
