#pragma once
// Test helper: a raw PC/SC connection to one reader (T=0) to send APDUs exactly as written, without
// the project's smartcard layer; used to test the virtual card itself through pcscd.

#include <QByteArray>
#include <QString>

namespace lars::test {

class RawPcscCard final
{
public:
    RawPcscCard() = default;
    ~RawPcscCard();
    RawPcscCard(const RawPcscCard &) = delete;
    RawPcscCard &operator=(const RawPcscCard &) = delete;

    bool connect(const QString &reader); // exclusive? no: shared, protocol T=0
    void disconnect();
    QByteArray atr() const { return m_atr; }
    unsigned long protocol() const { return m_protocol; }
    long lastError() const { return m_lastError; } // the PC/SC result of the last call
    QString errorString() const;

    // Sends an APDU, returns data + SW1 SW2 (empty on a PC/SC error). No 61xx/6Cxx handling.
    QByteArray transmit(const QByteArray &apdu);
    QByteArray transmitHex(const char *hex) { return transmit(QByteArray::fromHex(hex)); }
    // SELECT by path from the MF (00 A4 08 0C), then READ BINARY in chunks of `chunk` bytes until 6B00
    // or a 6Cxx tells the rest; returns the file, or empty on an error (sw = the failing status word).
    QByteArray readFile(const QByteArray &pathWithoutMf, int chunk = 252, quint16 *sw = nullptr);

    static quint16 sw(const QByteArray &response); // last two bytes
    static QByteArray data(const QByteArray &response) { return response.left(response.size() - 2); }

private:
    long m_context = 0;
    long m_card = 0;
    unsigned long m_protocol = 0;
    long m_lastError = 0;
    QByteArray m_atr;
};

} // namespace lars::test
