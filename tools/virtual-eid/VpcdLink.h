#pragma once
// Connects a VirtualEidCard to Debian's vsmartcard-vpcd reader driver over TCP (2-byte big-endian
// length framing); reconnects when pcscd restarts; "remove"/"insert" take the card out and back in.

#include "tools/virtual-eid/VirtualEidCard.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace lars::tools {

class VpcdLink final : public QObject
{
    Q_OBJECT
public:
    VpcdLink(VirtualEidCard *card, QString host, quint16 port, QObject *parent = nullptr);

    void insert(); // connect (and keep reconnecting) to vpcd
    void remove(); // close the socket: pcscd sees the card removed
    bool isInserted() const { return m_inserted; }
    // Fault injection: after answering this many more APDUs the card is pulled out (0 = never).
    void setRemoveAfterApdus(int count) { m_removeAfter = count; }

signals:
    void connectedToReader();
    void disconnectedFromReader();

private:
    void onReadyRead();
    void onDisconnected();
    void scheduleReconnect();
    void send(const QByteArray &payload);
    void quickAck();

    VirtualEidCard *m_card;
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_reconnect;
    QByteArray m_buffer;
    bool m_inserted = false;
    int m_removeAfter = 0;
};

} // namespace lars::tools
