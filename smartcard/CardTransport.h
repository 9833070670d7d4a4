#pragma once
// The one seam between the eID protocol and the card: send a command APDU, get the response APDU.
// PcscCard implements it over PC/SC; tests script it.
#include <QByteArray>
#include <optional>

namespace lars::smartcard {

class CardTransport
{
public:
    virtual ~CardTransport() = default;
    // Returns data ‖ SW1 SW2. Throws CardException on transport failures (card removed, service gone…).
    virtual QByteArray transmit(const QByteArray &command) = 0;
    virtual QByteArray atr() const = 0;
    // Exclusive access for a multi-APDU operation (SCardBeginTransaction); nested calls are counted.
    virtual void beginTransaction() {}
    virtual void endTransaction() {}
    // CCID pinpad support (PC/SC part 10): the control code of FEATURE_VERIFY_PIN_DIRECT, if any.
    virtual std::optional<quint32> verifyPinDirectControlCode() { return std::nullopt; }
    virtual QByteArray control(quint32 code, const QByteArray &input);
};

// RAII transaction on a transport.
class TransactionGuard final
{
public:
    explicit TransactionGuard(CardTransport &transport)
        : m_transport(transport)
    {
        m_transport.beginTransaction();
    }
    ~TransactionGuard() { m_transport.endTransaction(); }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

private:
    CardTransport &m_transport;
};

} // namespace lars::smartcard
