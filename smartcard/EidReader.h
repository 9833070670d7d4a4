#pragma once
// Synchronous eID operations on one reader, each a whole task in one PC/SC transaction: full read with
// verification, login data, PIN status/verification, authentication signature. Recovers from a PC/SC
// service restart and from a card reset by retrying the task. Blocks: call it from a worker thread
// (EidSession does) or from a command-line tool.
#include "smartcard/CardData.h"
#include "smartcard/CardError.h"
#include "smartcard/CertificateInfo.h"
#include "smartcard/EidCard.h"
#include "smartcard/EidVerifier.h"
#include "smartcard/SecureBytes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace lars::smartcard {

class CardTransport;
class CertificateCache;
class PcscContext;

struct OperationResult
{
    CardError error;
    QString reader;
    QByteArray atr;
    ApduStats stats;
    qint64 elapsedUs = 0;
    bool ok() const { return !error.isError(); }
};

struct ReadOptions
{
    bool identity = true;
    bool address = true;
    bool photo = true;
    bool certificates = true;
    bool cardAuthenticity = true; // 1.8: INTERNAL AUTHENTICATE with the basic key
    bool verify = true;
};

struct ReadResult : OperationResult
{
    CardInfo card;
    std::optional<Identity> identity;
    std::optional<Address> address;
    CardFiles files;
    VerificationResult verification;
};

struct LoginData : OperationResult
{
    CardInfo card;
    QByteArray authenticationCertificate; // DER
    bool certificateFromCache = false;
    std::optional<CertificateInfo> certificate;
};

struct AuthenticationResult : LoginData
{
    QByteArray hash;
    EidSignature signature;
    bool usedPinpad = false;
};

struct PinResult : OperationResult
{
    int triesLeft = -1; // -1 unknown
    bool usedPinpad = false;
};

struct ReaderInfo
{
    QString name;
    bool cardPresent = false;
    bool mute = false;
    QByteArray atr;
    bool eidAtr = false;
    bool pinpad = false; // only known after a connection (readers() fills it for readers with a card)
};

// Known eID ATR families (applet 1.7 and 1.8).
bool isEidAtr(const QByteArray &atr);

class EidReader final
{
public:
    using TransportFactory = std::function<std::unique_ptr<CardTransport>(const QString &reader)>;

    EidReader();
    ~EidReader();
    EidReader(const EidReader &) = delete;
    EidReader &operator=(const EidReader &) = delete;

    // Empty: the first reader holding a card (eID ATRs first).
    void setReaderName(const QString &name) { m_readerName = name; }
    QString readerName() const { return m_readerName; }
    void setCertificateCache(std::shared_ptr<CertificateCache> cache) { m_cache = std::move(cache); }
    std::shared_ptr<CertificateCache> certificateCache() const { return m_cache; }
    void setTrustAnchors(const QList<QByteArray> &der) { m_verifier.setTrustAnchors(der); }
    // Tests: talk to a scripted card instead of PC/SC (reader names are then not resolved).
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }

    // withPinpad connects to each card to ask the reader for CCID features (slower).
    QList<ReaderInfo> readers(CardError *error = nullptr, bool withPinpad = true);
    ReadResult read(const ReadOptions &options = {});
    LoginData readLoginData();
    PinResult pinStatus();
    // An empty PIN uses the reader's pinpad when it has one.
    PinResult verifyPin(const SecureBytes &pin);
    // Card data + authentication certificate (cached by serial) + MSE SET, VERIFY, PSO, LOG OFF.
    AuthenticationResult authenticate(const QByteArray &hash, const SecureBytes &pin);

private:
    template <typename Result>
    Result run(const std::function<void(EidCard &, Result &)> &operation);
    QString resolveReader();
    void loadLoginData(EidCard &card, LoginData &result);

    std::unique_ptr<PcscContext> m_context;
    QString m_readerName;
    std::shared_ptr<CertificateCache> m_cache;
    EidVerifier m_verifier;
    TransportFactory m_factory;
};

} // namespace lars::smartcard

Q_DECLARE_METATYPE(lars::smartcard::ReadResult)
Q_DECLARE_METATYPE(lars::smartcard::LoginData)
Q_DECLARE_METATYPE(lars::smartcard::AuthenticationResult)
Q_DECLARE_METATYPE(lars::smartcard::PinResult)
