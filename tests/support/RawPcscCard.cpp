#include "tests/support/RawPcscCard.h"

#include <winscard.h>

namespace lars::test {

RawPcscCard::~RawPcscCard()
{
    disconnect();
}

QString RawPcscCard::errorString() const
{
    return QString::fromLatin1(pcsc_stringify_error(static_cast<LONG>(m_lastError)));
}

bool RawPcscCard::connect(const QString &reader)
{
    disconnect();
    SCARDCONTEXT ctx = 0;
    m_lastError = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
    if (m_lastError != SCARD_S_SUCCESS)
        return false;
    m_context = static_cast<long>(ctx);
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    const QByteArray name = reader.toLatin1();
    m_lastError = SCardConnect(ctx, name.constData(), SCARD_SHARE_SHARED,
                               SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
    if (m_lastError != SCARD_S_SUCCESS)
        return false;
    m_card = static_cast<long>(card);
    m_protocol = protocol;
    unsigned char atr[MAX_ATR_SIZE];
    DWORD atrLen = sizeof atr;
    char readerName[256];
    DWORD readerLen = sizeof readerName;
    DWORD state = 0;
    m_lastError = SCardStatus(card, readerName, &readerLen, &state, &protocol, atr, &atrLen);
    if (m_lastError != SCARD_S_SUCCESS)
        return false;
    m_atr = QByteArray(reinterpret_cast<const char *>(atr), static_cast<qsizetype>(atrLen));
    return true;
}

void RawPcscCard::disconnect()
{
    if (m_card)
        SCardDisconnect(static_cast<SCARDHANDLE>(m_card), SCARD_LEAVE_CARD);
    if (m_context)
        SCardReleaseContext(static_cast<SCARDCONTEXT>(m_context));
    m_card = 0;
    m_context = 0;
    m_atr.clear();
}

QByteArray RawPcscCard::transmit(const QByteArray &apdu)
{
    unsigned char buf[258 + 2];
    DWORD len = sizeof buf;
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    m_lastError = SCardTransmit(static_cast<SCARDHANDLE>(m_card), pci,
                                reinterpret_cast<const unsigned char *>(apdu.constData()),
                                static_cast<DWORD>(apdu.size()), nullptr, buf, &len);
    if (m_lastError != SCARD_S_SUCCESS)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), static_cast<qsizetype>(len));
}

quint16 RawPcscCard::sw(const QByteArray &response)
{
    if (response.size() < 2)
        return 0;
    return static_cast<quint16>((static_cast<quint8>(response[response.size() - 2]) << 8) |
                                static_cast<quint8>(response[response.size() - 1]));
}

QByteArray RawPcscCard::readFile(const QByteArray &pathWithoutMf, int chunk, quint16 *swOut)
{
    QByteArray select = QByteArray::fromHex("00A4080C");
    select.append(static_cast<char>(pathWithoutMf.size()));
    select += pathWithoutMf;
    QByteArray r = transmit(select);
    if (sw(r) != 0x9000) {
        if (swOut)
            *swOut = sw(r);
        return {};
    }
    QByteArray file;
    int le = chunk;
    for (;;) {
        QByteArray read = QByteArray::fromHex("00B0");
        read.append(static_cast<char>((file.size() >> 8) & 0x7F));
        read.append(static_cast<char>(file.size() & 0xFF));
        read.append(static_cast<char>(le & 0xFF));
        r = transmit(read);
        const quint16 status = sw(r);
        if (status == 0x9000) {
            file += data(r);
            if (data(r).size() < le)
                break;
            continue;
        }
        if ((status & 0xFF00) == 0x6C00 && le != (status & 0xFF)) {
            le = status & 0xFF; // the card tells the bytes left
            continue;
        }
        if (status == 0x6B00 && !file.isEmpty())
            break; // offset past the end: the file ended exactly on a chunk boundary
        if (swOut)
            *swOut = status;
        return {};
    }
    if (swOut)
        *swOut = 0x9000;
    return file;
}

} // namespace lars::test
