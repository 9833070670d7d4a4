#include "smartcard/PcscContext.h"

#include "smartcard/Logging.h"

#include <vector>

namespace lars::smartcard {

PcscContext::~PcscContext()
{
    release();
}

void PcscContext::establish()
{
    if (m_established)
        return;
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_USER, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS)
        raise(rv, QStringLiteral("SCardEstablishContext"));
    m_context = context;
    m_established = true;
}

void PcscContext::release()
{
    if (!m_established)
        return;
    m_established = false;
    SCardReleaseContext(m_context);
    m_context = 0;
}

void PcscContext::ensureValid()
{
    if (m_established && SCardIsValidContext(m_context) != SCARD_S_SUCCESS)
        release();
    establish();
}

QStringList PcscContext::readers()
{
    establish();
    DWORD length = 0;
    LONG rv = platform::listReaders(m_context, nullptr, &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return {};
    if (rv != SCARD_S_SUCCESS)
        raise(rv, QStringLiteral("SCardListReaders"));
    std::vector<char> buffer(length + 1, '\0');
    rv = platform::listReaders(m_context, buffer.data(), &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return {};
    if (rv != SCARD_S_SUCCESS)
        raise(rv, QStringLiteral("SCardListReaders"));
    return platform::splitMultiString(buffer.data(), length);
}

void PcscContext::cancel()
{
    if (m_established)
        SCardCancel(m_context);
}

bool PcscContext::isServiceGone(LONG rv)
{
    return rv == LONG(SCARD_E_NO_SERVICE) || rv == LONG(SCARD_E_SERVICE_STOPPED) ||
           rv == LONG(SCARD_E_INVALID_HANDLE) || rv == LONG(SCARD_F_COMM_ERROR);
}

CardError PcscContext::errorFor(LONG rv, const QString &what)
{
    CardError e;
    e.pcscCode = qint64(quint32(rv));
    e.detail = what + QStringLiteral(": ") + platform::errorText(rv);
    switch (rv) {
    case LONG(SCARD_E_NO_SERVICE):
    case LONG(SCARD_E_SERVICE_STOPPED):
    case LONG(SCARD_F_COMM_ERROR):
    case LONG(SCARD_E_INVALID_HANDLE):
        e.code = CardErrorCode::NoService;
        break;
    case LONG(SCARD_E_NO_READERS_AVAILABLE):
    case LONG(SCARD_E_UNKNOWN_READER):
    case LONG(SCARD_E_READER_UNAVAILABLE):
        e.code = CardErrorCode::NoReader;
        break;
    case LONG(SCARD_E_NO_SMARTCARD):
        e.code = CardErrorCode::NoCard;
        break;
    case LONG(SCARD_W_REMOVED_CARD):
        e.code = CardErrorCode::CardRemoved;
        break;
    case LONG(SCARD_W_RESET_CARD):
        e.code = CardErrorCode::CardReset;
        break;
    case LONG(SCARD_E_SHARING_VIOLATION):
        e.code = CardErrorCode::ReaderBusy;
        break;
    case LONG(SCARD_W_UNRESPONSIVE_CARD):
    case LONG(SCARD_W_UNPOWERED_CARD):
    case LONG(SCARD_W_UNSUPPORTED_CARD):
    case LONG(SCARD_E_PROTO_MISMATCH):
        e.code = CardErrorCode::UnreadableCard;
        break;
    case LONG(SCARD_E_NOT_TRANSACTED):
    case LONG(SCARD_E_TIMEOUT):
        e.code = CardErrorCode::CardRemoved;
        break;
    default:
        e.code = CardErrorCode::Internal;
        break;
    }
    return e;
}

void PcscContext::raise(LONG rv, const QString &what)
{
    throw CardException(errorFor(rv, what));
}

} // namespace lars::smartcard
