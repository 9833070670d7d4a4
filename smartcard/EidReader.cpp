#include "smartcard/EidReader.h"

#include "smartcard/CertificateCache.h"
#include "smartcard/Logging.h"
#include "smartcard/PcscCard.h"
#include "smartcard/PcscContext.h"

#include <QElapsedTimer>
#include <openssl/rand.h>
#include <vector>

namespace lars::smartcard {

bool isEidAtr(const QByteArray &atr)
{
    // 1.7: 3B 98 xx 40 0A A5 03 01 01 01 AD 13 yy; 1.8: 3B 7F 96 00 00 80 31 80 65 B0 85 …
    static const QByteArray v17Tail = QByteArray::fromHex("400AA503010101AD13");
    static const QByteArray v18Head = QByteArray::fromHex("3B7F96000080318065B085");
    if (atr.size() == 13 && quint8(atr[0]) == 0x3B && quint8(atr[1]) == 0x98 && atr.mid(3, 9) == v17Tail)
        return true;
    return atr.startsWith(v18Head);
}

EidReader::EidReader()
    : m_context(std::make_unique<PcscContext>())
{}

EidReader::~EidReader() = default;

QList<ReaderInfo> EidReader::readers(CardError *error, bool withPinpad)
{
    QList<ReaderInfo> out;
    try {
        QStringList names;
        try {
            names = m_context->readers();
        } catch (const CardException &e) {
            if (e.error().code != CardErrorCode::NoService)
                throw;
            m_context->release(); // the service may have restarted: one fresh context
            names = m_context->readers();
        }
        if (names.isEmpty())
            return out;
        std::vector<QByteArray> utf8;
        std::vector<platform::ReaderState> states(std::size_t(names.size()));
        for (const QString &n : names)
            utf8.push_back(n.toUtf8());
        for (std::size_t i = 0; i < states.size(); ++i) {
            states[i] = {};
            states[i].szReader = utf8[i].constData();
            states[i].dwCurrentState = SCARD_STATE_UNAWARE;
        }
        const LONG rv =
            platform::getStatusChange(m_context->handle(), 0, states.data(), DWORD(states.size()));
        if (rv != SCARD_S_SUCCESS && rv != LONG(SCARD_E_TIMEOUT))
            PcscContext::raise(rv, QStringLiteral("SCardGetStatusChange"));
        for (std::size_t i = 0; i < states.size(); ++i) {
            ReaderInfo info;
            info.name = names[qsizetype(i)];
            info.cardPresent = states[i].dwEventState & SCARD_STATE_PRESENT;
            info.mute = states[i].dwEventState & SCARD_STATE_MUTE;
            info.atr =
                QByteArray(reinterpret_cast<const char *>(states[i].rgbAtr), qsizetype(states[i].cbAtr));
            info.eidAtr = isEidAtr(info.atr);
            if (withPinpad && info.cardPresent && !info.mute) {
                try {
                    PcscCard card(*m_context, info.name);
                    info.pinpad = card.verifyPinDirectControlCode().has_value();
                } catch (const CardException &) {
                    // busy or removed meanwhile: the pinpad stays unknown
                }
            }
            out.append(info);
        }
    } catch (const CardException &e) {
        if (error)
            *error = e.error();
    }
    return out;
}

QString EidReader::resolveReader()
{
    if (!m_readerName.isEmpty())
        return m_readerName;
    CardError error;
    const QList<ReaderInfo> list = readers(&error, false);
    if (error.isError())
        throw CardException(error);
    if (list.isEmpty())
        throw CardException(CardErrorCode::NoReader, QStringLiteral("no reader connected"));
    for (const ReaderInfo &r : list) {
        if (r.cardPresent && r.eidAtr)
            return r.name;
    }
    for (const ReaderInfo &r : list) {
        if (r.cardPresent)
            return r.name;
    }
    throw CardException(CardErrorCode::NoCard, QStringLiteral("no card in %1 reader(s)").arg(list.size()));
}

template <typename Result>
Result EidReader::run(const std::function<void(EidCard &, Result &)> &operation)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    // Attempt again once after the service restarted (stale context) and up to twice after a card reset.
    for (int attempt = 0; attempt < 3; ++attempt) {
        Result fresh;
        fresh.stats = result.stats;
        std::unique_ptr<CardTransport> transport;
        try {
            if (m_factory) {
                fresh.reader = m_readerName;
                transport = m_factory(m_readerName);
            } else {
                fresh.reader = resolveReader();
                transport = std::make_unique<PcscCard>(*m_context, fresh.reader);
            }
            fresh.atr = transport->atr();
            EidCard card(*transport);
            try {
                TransactionGuard transaction(*transport);
                operation(card, fresh);
            } catch (...) {
                fresh.stats.apdus += card.stats().apdus;
                fresh.stats.bytesSent += card.stats().bytesSent;
                fresh.stats.bytesReceived += card.stats().bytesReceived;
                throw;
            }
            fresh.stats.apdus += card.stats().apdus;
            fresh.stats.bytesSent += card.stats().bytesSent;
            fresh.stats.bytesReceived += card.stats().bytesReceived;
            result = std::move(fresh);
            result.error = {};
            break;
        } catch (const CardException &e) {
            result.stats = fresh.stats;
            result.reader = fresh.reader;
            result.error = e.error();
            const CardErrorCode code = e.error().code;
            if (code == CardErrorCode::NoService && attempt == 0 && !m_factory) {
                qCInfo(lcSmartcard) << "PC/SC service gone; establishing a new context";
                transport.reset();
                m_context->release();
                continue;
            }
            if (code == CardErrorCode::CardReset)
                continue;
            break;
        }
    }
    if (result.error.isError())
        qCInfo(lcSmartcard).noquote() << "card operation failed:" << result.error.toString();
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    return result;
}

ReadResult EidReader::read(const ReadOptions &options)
{
    auto result = run<ReadResult>([&](EidCard &card, ReadResult &r) {
        r.card = card.getCardData();
        CardFiles &f = r.files;
        f.applet = r.card.applet;
        if (options.identity || options.address || options.photo) {
            f.identity = card.readFile(eidfile::Identity);
            f.identitySignature = card.readFile(eidfile::IdentitySignature);
        }
        if (options.address) {
            f.address = card.readFile(eidfile::Address);
            f.addressSignature = card.readFile(eidfile::AddressSignature);
        }
        if (options.photo)
            f.photo = card.readFile(eidfile::Photo);
        if (r.card.applet == AppletVersion::V18 && options.cardAuthenticity) {
            f.basicPublicKey = card.readFile(eidfile::BasicPublicKey, true);
            f.internalAuthChallenge = QByteArray(48, '\0');
            RAND_bytes(reinterpret_cast<unsigned char *>(f.internalAuthChallenge.data()), 48);
            f.internalAuthSignature = card.internalAuthenticate(f.internalAuthChallenge);
        }
        if (options.certificates) {
            f.authenticationCert = card.readCertificate(eidfile::AuthenticationCert);
            f.signatureCert = card.readCertificate(eidfile::SignatureCert);
            f.caCert = card.readCertificate(eidfile::CaCert);
            f.rootCert = card.readCertificate(eidfile::RootCert);
            f.rrnCert = card.readCertificate(eidfile::RrnCert);
            if (m_cache)
                m_cache->storeAuthenticationCertificate(r.card.serial, f.authenticationCert);
        } else if (options.verify) {
            f.rrnCert = card.readCertificate(eidfile::RrnCert);
        }
    });
    if (!result.ok())
        return result;
    QString error;
    if (!result.files.identity.isEmpty()) {
        result.identity = Identity::parse(result.files.identity, &error);
        if (!result.identity)
            result.error = CardError{CardErrorCode::Protocol, error, -1, 0, 0};
    }
    if (!result.files.address.isEmpty()) {
        result.address = Address::parse(result.files.address, &error);
        if (!result.address)
            result.error = CardError{CardErrorCode::Protocol, error, -1, 0, 0};
    }
    if (options.verify)
        result.verification = m_verifier.verify(result.files);
    return result;
}

void EidReader::loadLoginData(EidCard &card, LoginData &r)
{
    r.card = card.getCardData();
    if (r.card.applet == AppletVersion::Unknown)
        throw CardException(CardErrorCode::UnknownCard,
                            QStringLiteral("applet version %1").arg(r.card.appletVersionByte));
    if (m_cache) {
        if (auto cached = m_cache->authenticationCertificate(r.card.serial)) {
            r.authenticationCertificate = *cached;
            r.certificateFromCache = true;
        }
    }
    if (r.authenticationCertificate.isEmpty()) {
        r.authenticationCertificate = card.readCertificate(eidfile::AuthenticationCert);
        if (r.authenticationCertificate.isEmpty())
            throw CardException(CardErrorCode::FileNotFound,
                                QStringLiteral("the card has no authentication certificate"));
        if (m_cache)
            m_cache->storeAuthenticationCertificate(r.card.serial, r.authenticationCertificate);
    }
    r.certificate = CertificateInfo::parse(r.authenticationCertificate);
    if (!r.certificate)
        throw CardException(CardErrorCode::Protocol, QStringLiteral("authentication certificate unreadable"));
}

LoginData EidReader::readLoginData()
{
    return run<LoginData>([&](EidCard &card, LoginData &r) { loadLoginData(card, r); });
}

PinResult EidReader::pinStatus()
{
    return run<PinResult>([&](EidCard &card, PinResult &r) {
        const CardInfo info = card.getCardData(true);
        r.triesLeft = info.pinTriesLeft >= 0 ? info.pinTriesLeft : card.pinTriesLeft();
        if (r.triesLeft == 0)
            throw CardException(CardError{CardErrorCode::PinBlocked, QStringLiteral("PIN blocked"), 0, 0, 0});
    });
}

PinResult EidReader::verifyPin(const SecureBytes &pin)
{
    return run<PinResult>([&](EidCard &card, PinResult &r) {
        card.getCardData();
        const auto pinpad = card.transport().verifyPinDirectControlCode();
        if (pin.isEmpty() && pinpad) {
            r.usedPinpad = true;
            card.verifyPinOnPinpad(*pinpad);
        } else {
            card.verifyPin(pin);
        }
        card.logOff();
    });
}

AuthenticationResult EidReader::authenticate(const QByteArray &hash, const SecureBytes &pin)
{
    return run<AuthenticationResult>([&](EidCard &card, AuthenticationResult &r) {
        loadLoginData(card, r);
        r.hash = hash;
        const auto pinpad = pin.isEmpty() ? card.transport().verifyPinDirectControlCode() : std::nullopt;
        // Middleware order: MSE SET, VERIFY, PSO; then LOG OFF so the PIN right does not outlive the login.
        card.prepareSignature(EidKey::Authentication, hash.size());
        if (pinpad) {
            r.usedPinpad = true;
            card.verifyPinOnPinpad(*pinpad);
        } else {
            card.verifyPin(pin);
        }
        try {
            r.signature = card.computeSignature(hash);
        } catch (...) {
            card.logOff();
            throw;
        }
        card.logOff();
    });
}

} // namespace lars::smartcard
