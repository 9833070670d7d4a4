#pragma once
// The desktop's end of the government login's redirect (RFC 8252, 7.3): a one-shot HTTP listener on
// 127.0.0.1 only, on a port the system picks (or a fixed one), at a path of its own. The browser lands here
// after the login with the server's one-time code or an error and this LARS's state; the tab gets a Dutch
// page saying it may be closed, and the listener stops. Requests to other paths get 404; a request that is
// not HTTP or too large is dropped.
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace lars::ui {

class OidcLoopback final : public QObject
{
    Q_OBJECT
public:
    explicit OidcLoopback(QObject *parent = nullptr);
    ~OidcLoopback() override;

    // Listens on 127.0.0.1:port (0: any free port); false with errorString() when that is impossible.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    QString errorString() const { return m_error; }
    QUrl redirectUri() const;
    // The state this LARS sent: a redirect with another one is answered with a refusal page.
    void setExpectedState(const QString &state) { m_state = state; }

signals:
    // The browser came back (once): the query of the redirect and whether its state was ours.
    void redirected(const QUrlQuery &query, bool stateMatches);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    static void reply(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server;
    QString m_path;
    QString m_state;
    QString m_error;
};

} // namespace lars::ui
