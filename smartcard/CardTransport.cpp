#include "smartcard/CardTransport.h"

#include "smartcard/CardError.h"

namespace lars::smartcard {

QByteArray CardTransport::control(quint32, const QByteArray &)
{
    throw CardException(CardErrorCode::Unsupported, QStringLiteral("reader control not supported"));
}

} // namespace lars::smartcard
