#include "tools/virtual-eid/VpcdLink.h"

#include "tools/virtual-eid/Logging.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace lars::tools {

VpcdLink::VpcdLink(VirtualEidCard *card, QString host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_card(card)
    , m_host(std::move(host))
    , m_port(port)
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(100);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_inserted && m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(m_host, m_port);
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_buffer.clear();
        m_card->reset();
        qCInfo(lcVirtualEid) << "connected to vpcd on port" << m_port;
        emit connectedToReader();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &VpcdLink::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &VpcdLink::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            scheduleReconnect();
    });
}

void VpcdLink::insert()
{
    m_inserted = true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(m_host, m_port);
}

void VpcdLink::remove()
{
    m_inserted = false;
    m_reconnect.stop();
    m_socket.abort();
    m_card->powerOff();
    emit disconnectedFromReader();
}

void VpcdLink::onDisconnected()
{
    // vpcd went away (pcscd stopped or restarted): keep trying while the card is "inserted".
    qCInfo(lcVirtualEid) << "disconnected from vpcd";
    m_card->powerOff();
    emit disconnectedFromReader();
    scheduleReconnect();
}

void VpcdLink::scheduleReconnect()
{
    if (m_inserted && !m_reconnect.isActive())
        m_reconnect.start();
}

void VpcdLink::quickAck()
{
    // vpcd writes length and payload separately; without QUICKACK a delayed ACK costs ~40 ms per APDU.
    // Linux clears the flag again after use, so it is set after every read.
    const int one = 1;
    ::setsockopt(static_cast<int>(m_socket.socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

void VpcdLink::send(const QByteArray &payload)
{
    QByteArray frame(2, '\0');
    frame[0] = static_cast<char>((payload.size() >> 8) & 0xFF);
    frame[1] = static_cast<char>(payload.size() & 0xFF);
    frame += payload;
    m_socket.write(frame);
    m_socket.flush();
}

void VpcdLink::onReadyRead()
{
    m_buffer += m_socket.readAll();
    quickAck();
    while (m_buffer.size() >= 2) {
        const int len = (static_cast<quint8>(m_buffer[0]) << 8) | static_cast<quint8>(m_buffer[1]);
        if (m_buffer.size() < 2 + len)
            break;
        const QByteArray payload = m_buffer.mid(2, len);
        m_buffer.remove(0, 2 + len);
        if (payload.size() == 1) {
            switch (static_cast<quint8>(payload[0])) {
            case 0x00:
                m_card->powerOff();
                break;
            case 0x01:
                m_card->powerOn();
                break;
            case 0x02:
                m_card->reset();
                break;
            case 0x04:
                send(m_card->atr());
                break;
            default:
                qCWarning(lcVirtualEid) << "unknown vpcd control" << payload.toHex();
            }
            continue;
        }
        const QByteArray response = m_card->transmit(payload);
        // The PIN block of VERIFY never goes to the log, not even for TEST PINs.
        const bool secret = payload.size() > 5 && static_cast<quint8>(payload[1]) == 0x20;
        qCDebug(lcVirtualEid) << "APDU"
                              << (secret ? payload.left(5).toHex(' ') + " <PIN block>" : payload.toHex(' '))
                              << "->" << response.toHex(' ');
        send(response);
        if (m_removeAfter > 0 && --m_removeAfter == 0) {
            qCInfo(lcVirtualEid) << "fault: card removed after the configured number of APDUs";
            m_socket.waitForBytesWritten(1000); // the answer goes out before the card does
            remove();
            return;
        }
    }
}

} // namespace lars::tools
