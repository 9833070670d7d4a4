#pragma once
// The Belgian eID (Belpic applet 1.7 and 1.8) APDU protocol over a CardTransport: SELECT, READ BINARY,
// GET RESPONSE chaining, GET CARD DATA, VERIFY PIN, MSE SET + PSO signatures, LOG OFF.
// Throws CardException; callers hold a transaction around multi-APDU work.
#include "smartcard/CardData.h"
#include "smartcard/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace lars::smartcard {

class CardTransport;

struct ApduStats
{
    int apdus = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

struct ResponseApdu
{
    QByteArray data;
    quint16 sw = 0;
    quint8 sw1() const { return quint8(sw >> 8); }
    quint8 sw2() const { return quint8(sw & 0xff); }
    bool ok() const { return sw == 0x9000; }
    static ResponseApdu fromRaw(const QByteArray &raw); // throws Protocol on < 2 bytes
};

// File identifiers and paths below 3F00.
namespace eidfile {
using Path = QList<quint16>;
inline const Path Identity{0xDF01, 0x4031};
inline const Path IdentitySignature{0xDF01, 0x4032};
inline const Path Address{0xDF01, 0x4033};
inline const Path AddressSignature{0xDF01, 0x4034};
inline const Path Photo{0xDF01, 0x4035};
inline const Path BasicPublicKey{0xDF01, 0x4040};
inline const Path AuthenticationCert{0xDF00, 0x5038};
inline const Path SignatureCert{0xDF00, 0x5039};
inline const Path CaCert{0xDF00, 0x503A};
inline const Path RootCert{0xDF00, 0x503B};
inline const Path RrnCert{0xDF00, 0x503C};
} // namespace eidfile

enum class EidKey : quint8
{
    Authentication = 0x82,
    NonRepudiation = 0x83
};

struct EidSignature
{
    QByteArray raw;     // as the card returned it (1.7: RSA block, 1.8: r‖s)
    QByteArray encoded; // 1.7: the same RSA signature; 1.8: DER ECDSA-Sig-Value
    bool isEcdsa = false;
};

class EidCard final
{
public:
    explicit EidCard(CardTransport &transport);

    CardTransport &transport() { return m_transport; }
    const ApduStats &stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }
    // Tells the protocol which applet it talks to (GET CARD DATA does this itself).
    void setApplet(AppletVersion applet) { m_applet = applet; }
    // Pause before re-reading after 6Cxx on applet 1.8 (real cards need ~50 ms; the fuzzer sets 0).
    void setWrongLengthDelay(int milliseconds) { m_wrongLengthDelayMs = milliseconds; }
    AppletVersion applet() const { return m_applet; }

    // One APDU with T=0 handling: 61xx → GET RESPONSE (chained), 6Cxx → resend with the right Le.
    ResponseApdu transmit(const QByteArray &command);

    CardInfo getCardData(bool withPinTries = false);
    void selectFile(const eidfile::Path &path);
    // Reads a transparent file. With cutAtDer the read stops at the end of the DER object the file starts
    // with (certificates and 1.8 signatures are zero padded); an all-zero start returns an empty result.
    QByteArray readFile(const eidfile::Path &path, bool cutAtDer = false);
    QByteArray readCertificate(const eidfile::Path &path) { return readFile(path, true); }

    // VERIFY with the PIN (4-12 digits). Throws WrongPin (triesLeft), PinBlocked, InvalidPin.
    void verifyPin(const SecureBytes &pin);
    // VERIFY on the reader's pinpad (FEATURE_VERIFY_PIN_DIRECT); same errors plus PinCancelled.
    void verifyPinOnPinpad(quint32 controlCode);
    // Tries left without using one (VERIFY with Lc = 0, or GET CARD DATA P2=01 on 1.8); -1 if unknown.
    int pinTriesLeft();
    // MSE SET + PSO over a hash computed off-card (20, 32, 48 or 64 bytes).
    // The caller verifies the PIN between prepareSignature() and computeSignature() (middleware order),
    // or uses sign() which does MSE SET, VERIFY, PSO.
    void prepareSignature(EidKey key, qsizetype hashLength);
    EidSignature computeSignature(const QByteArray &hash);
    EidSignature sign(EidKey key, const QByteArray &hash, const SecureBytes &pin);
    // Applet 1.8: INTERNAL AUTHENTICATE with the basic key; returns r‖s.
    QByteArray internalAuthenticate(const QByteArray &challenge48);
    void logOff();

    static QByteArray pinBlock(const SecureBytes &pin);       // throws InvalidPin; caller wipes the result
    static QByteArray digestInfoPrefix(qsizetype hashLength); // PKCS#1 DigestInfo header for SHA-1/2
    static QByteArray rawEcdsaToDer(const QByteArray &rs);    // r‖s → DER, empty if malformed
    // Length of the DER TLV at the start of data (header included), 0 if none / incomplete header.
    static qsizetype derLength(const QByteArray &data);

private:
    QByteArray transmitRaw(const QByteArray &command);
    ResponseApdu readBinary(quint16 offset, quint8 le);
    void selectPath(const eidfile::Path &path);
    void selectFid(quint16 fid);

    CardTransport &m_transport;
    ApduStats m_stats;
    AppletVersion m_applet = AppletVersion::Unknown;
    quint8 m_signatureAlgorithm = 0;
    int m_wrongLengthDelayMs = 50;
};

} // namespace lars::smartcard
