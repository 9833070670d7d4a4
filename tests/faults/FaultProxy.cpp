#include "tests/faults/FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace lars::test {

FaultProxy::FaultProxy(quint64 seed, QObject *parent)
    : QObject(parent)
    , m_random(quint32(seed ^ (seed >> 32)))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    const QList<Link *> links = std::exchange(m_links, {});
    for (Link *link : links) {
        for (QTcpSocket *socket : {link->client.data(), link->server.data()})
            if (socket) {
                socket->disconnect(this); // aborting emits disconnected(): not back into closeLink()
                socket->abort();
            }
        delete link;
    }
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int FaultProxy::resetAll()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        closeLink(link, true);
    m_counts.resets += int(links.size());
    return int(links.size());
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_counts.connections;
        auto *link = new Link;
        link->client = client;
        m_links.append(link);
        if (m_target == 0) {
            ++m_counts.refused;
            closeLink(link, true);
            continue;
        }
        const int roll = int(m_random.bounded(1000));
        int edge = m_mix.delay;
        if (roll < edge) {
            link->fault = Fault::Delay;
            link->delayMs = 50 + int(m_random.bounded(400));
            ++m_counts.delayed;
        } else if (roll < (edge += m_mix.reset)) {
            link->fault = Fault::Reset;
            link->resetAfter = 100 + m_random.bounded(6000);
        } else if (roll < (edge += m_mix.drop)) {
            ++m_counts.dropped;
            closeLink(link, false);
            continue;
        } else if (roll < (edge += m_mix.blackHole)) {
            // Accepted and read, never forwarded nor answered: the client's timeout must end it.
            ++m_counts.blackHoled;
            connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
            connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link, false); });
            continue;
        } else {
            ++m_counts.passed;
        }
        auto *server = new QTcpSocket(this);
        link->server = server;
        connect(client, &QTcpSocket::readyRead, this,
                [this, link] { forward(link, link->client, link->server); });
        connect(server, &QTcpSocket::readyRead, this,
                [this, link] { forward(link, link->server, link->client); });
        connect(server, &QTcpSocket::connected, this,
                [this, link] { forward(link, link->client, link->server); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link, false); });
        connect(server, &QTcpSocket::disconnected, this, [this, link] { closeLink(link, false); });
        connect(server, &QTcpSocket::errorOccurred, this, [this, link] { closeLink(link, true); });
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::forward(Link *link, QTcpSocket *from, QTcpSocket *to)
{
    if (!from || !to || to->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray data = from->readAll();
    if (data.isEmpty())
        return;
    if (link->fault == Fault::Reset && link->forwarded + data.size() >= link->resetAfter) {
        // Part of the bytes get through, then both sides see the connection die.
        to->write(data.left(int(std::max<qint64>(0, link->resetAfter - link->forwarded))));
        to->flush();
        ++m_counts.resets;
        closeLink(link, true);
        return;
    }
    link->forwarded += data.size();
    if (link->fault == Fault::Delay) {
        QPointer<QTcpSocket> target(to);
        QTimer::singleShot(link->delayMs, this, [target, data] {
            if (target)
                target->write(data);
        });
        return;
    }
    to->write(data);
}

void FaultProxy::closeLink(Link *link, bool abort)
{
    if (!m_links.removeOne(link))
        return;
    for (QTcpSocket *socket : {link->client.data(), link->server.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (abort)
            socket->abort();
        else
            socket->disconnectFromHost();
        socket->deleteLater();
    }
    delete link;
}

} // namespace lars::test
