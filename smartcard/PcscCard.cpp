#include "smartcard/PcscCard.h"

#include "smartcard/Logging.h"
#include "smartcard/PcscContext.h"

namespace lars::smartcard {

namespace {
constexpr quint8 FeatureVerifyPinDirect = 0x06;
}

PcscCard::PcscCard(PcscContext &context, const QString &reader)
    : m_context(context)
    , m_reader(reader)
{
    context.establish();
    const QByteArray name = reader.toUtf8();
    const LONG rv = platform::connect(context.handle(), name.constData(), SCARD_SHARE_SHARED,
                                      SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &m_protocol);
    if (rv != SCARD_S_SUCCESS) {
        CardError e = PcscContext::errorFor(rv, QStringLiteral("SCardConnect"));
        if (e.code == CardErrorCode::CardRemoved)
            e.code = CardErrorCode::NoCard;
        throw CardException(e);
    }
    readAtr();
}

PcscCard::~PcscCard()
{
    while (m_transactionDepth > 0)
        endTransaction();
    SCardDisconnect(m_card, SCARD_LEAVE_CARD);
}

void PcscCard::readAtr()
{
    unsigned char atr[platform::MaxAtrLength];
    DWORD atrLength = sizeof atr;
    DWORD state = 0;
    DWORD protocol = 0;
    const LONG rv = platform::status(m_card, &state, &protocol, atr, &atrLength);
    if (rv == SCARD_S_SUCCESS)
        m_atr = QByteArray(reinterpret_cast<const char *>(atr), qsizetype(atrLength));
}

void PcscCard::reconnect()
{
    m_transactionDepth = 0;
    const LONG rv = SCardReconnect(m_card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                   SCARD_LEAVE_CARD, &m_protocol);
    if (rv != SCARD_S_SUCCESS)
        PcscContext::raise(rv, QStringLiteral("SCardReconnect"));
    readAtr();
}

QByteArray PcscCard::transmit(const QByteArray &command)
{
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    unsigned char response[258 + 16];
    DWORD responseLength = sizeof response;
    const LONG rv = SCardTransmit(m_card, pci, reinterpret_cast<const unsigned char *>(command.constData()),
                                  DWORD(command.size()), nullptr, response, &responseLength);
    if (rv == SCARD_W_RESET_CARD) {
        // Another application reset the card: selections and PIN state are gone, so the operation
        // must start over. Reconnect now and let the caller retry.
        qCInfo(lcSmartcard) << "card in" << m_reader << "was reset; reconnecting";
        reconnect();
        PcscContext::raise(rv, QStringLiteral("SCardTransmit"));
    }
    if (rv != SCARD_S_SUCCESS)
        PcscContext::raise(rv, QStringLiteral("SCardTransmit"));
    return QByteArray(reinterpret_cast<const char *>(response), qsizetype(responseLength));
}

void PcscCard::beginTransaction()
{
    if (m_transactionDepth++ > 0)
        return;
    LONG rv = SCardBeginTransaction(m_card);
    if (rv == SCARD_W_RESET_CARD) {
        reconnect();
        m_transactionDepth = 1;
        rv = SCardBeginTransaction(m_card);
    }
    if (rv != SCARD_S_SUCCESS) {
        m_transactionDepth = 0;
        PcscContext::raise(rv, QStringLiteral("SCardBeginTransaction"));
    }
}

void PcscCard::endTransaction()
{
    if (m_transactionDepth == 0 || --m_transactionDepth > 0)
        return;
    SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
}

std::optional<quint32> PcscCard::verifyPinDirectControlCode()
{
    if (m_featuresQueried)
        return m_verifyPinDirect;
    m_featuresQueried = true;
    unsigned char out[256];
    DWORD outLength = 0;
    const LONG rv =
        SCardControl(m_card, platform::featureRequestControlCode(), nullptr, 0, out, sizeof out, &outLength);
    if (rv != SCARD_S_SUCCESS)
        return std::nullopt; // readers without CCID features (and vpcd) refuse the request
    // TLV list: tag (1), length (1, always 4), control code (4, big-endian).
    for (DWORD i = 0; i + 6 <= outLength; i += 2 + out[i + 1]) {
        if (out[i] == FeatureVerifyPinDirect && out[i + 1] == 4) {
            m_verifyPinDirect = quint32(out[i + 2]) << 24 | quint32(out[i + 3]) << 16 |
                                quint32(out[i + 4]) << 8 | quint32(out[i + 5]);
        }
    }
    return m_verifyPinDirect;
}

QByteArray PcscCard::control(quint32 code, const QByteArray &input)
{
    unsigned char out[258];
    DWORD outLength = 0;
    const LONG rv = SCardControl(m_card, DWORD(code), input.constData(), DWORD(input.size()), out, sizeof out,
                                 &outLength);
    if (rv != SCARD_S_SUCCESS)
        PcscContext::raise(rv, QStringLiteral("SCardControl"));
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(outLength));
}

} // namespace lars::smartcard
