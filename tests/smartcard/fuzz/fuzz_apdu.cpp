// libFuzzer: APDU response handling. The input scripts the card's answers (each: 1 length byte, then
// that many bytes); the protocol runs a login and a full read against them and must end with a result
// or a CardException: no crash, no hang, no endless loop.
#include "smartcard/CardError.h"
#include "smartcard/CardTransport.h"
#include "smartcard/EidCard.h"

#include <cstdint>

using namespace lars::smartcard;

namespace {
class FuzzTransport final : public CardTransport
{
public:
    FuzzTransport(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    QByteArray transmit(const QByteArray &) override
    {
        if (++m_count > 2000 || m_pos >= m_size)
            throw CardException(CardErrorCode::CardRemoved, QStringLiteral("script ended"));
        const size_t length = m_data[m_pos++];
        const size_t n = std::min(length, m_size - m_pos);
        QByteArray r(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(n));
        m_pos += n;
        return r;
    }
    QByteArray atr() const override { return {}; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
    int m_count = 0;
};

template <typename F>
void attempt(F f)
{
    try {
        f();
    } catch (const CardException &) {
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTransport transport(data, size);
    EidCard card(transport);
    card.setWrongLengthDelay(0);
    attempt([&] { card.getCardData(true); });
    if (card.applet() == AppletVersion::Unknown)
        card.setApplet(size % 2 ? AppletVersion::V17 : AppletVersion::V18);
    attempt([&] { (void)card.readCertificate(eidfile::AuthenticationCert); });
    attempt([&] { (void)card.readFile(eidfile::Identity); });
    attempt([&] { (void)card.pinTriesLeft(); });
    attempt([&] { (void)card.sign(EidKey::Authentication, QByteArray(48, 'h'), SecureBytes("1234", 4)); });
    attempt([&] { (void)card.internalAuthenticate(QByteArray(48, 'c')); });
    attempt([&] { card.logOff(); });
    return 0;
}
