#pragma once
// A connection to the card in one reader: CardTransport over SCardTransmit, with transactions,
// reconnect after a reset by another application, and CCID pinpad feature discovery.
#include "smartcard/CardTransport.h"
#include "smartcard/Pcsc.h"

#include <QString>

namespace lars::smartcard {

class PcscContext;

class PcscCard final : public CardTransport
{
public:
    // Connects shared (T=0 or T=1). Throws NoCard, UnreadableCard, NoReader, NoService, ReaderBusy.
    PcscCard(PcscContext &context, const QString &reader);
    ~PcscCard() override;
    PcscCard(const PcscCard &) = delete;
    PcscCard &operator=(const PcscCard &) = delete;

    QByteArray transmit(const QByteArray &command) override;
    QByteArray atr() const override { return m_atr; }
    void beginTransaction() override;
    void endTransaction() override;
    std::optional<quint32> verifyPinDirectControlCode() override;
    QByteArray control(quint32 code, const QByteArray &input) override;

    QString reader() const { return m_reader; }
    // After SCARD_W_RESET_CARD: the card lost its state (selection, PIN); transactions are gone too.
    void reconnect();

private:
    void readAtr();

    PcscContext &m_context;
    QString m_reader;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    QByteArray m_atr;
    int m_transactionDepth = 0;
    bool m_featuresQueried = false;
    std::optional<quint32> m_verifyPinDirect;
};

} // namespace lars::smartcard
