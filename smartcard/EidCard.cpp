#include "smartcard/EidCard.h"

#include "smartcard/CardError.h"
#include "smartcard/CardTransport.h"
#include "smartcard/Logging.h"

#include <QThread>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>

namespace lars::smartcard {

namespace {
constexpr quint8 MaxChunk = 0xFC;            // READ BINARY chunk the cards accept
constexpr qsizetype MaxFileSize = 32 * 1024; // far above any eID file: stops a broken card looping
constexpr int MaxResponseChain = 64;

QByteArray apdu(std::initializer_list<quint8> header, const QByteArray &data = {})
{
    QByteArray a;
    for (const quint8 b : header)
        a.append(char(b));
    if (!data.isEmpty()) {
        a.append(char(quint8(data.size())));
        a.append(data);
    }
    return a;
}

QString swText(quint16 sw)
{
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0'));
}

[[noreturn]] void throwStatus(const QString &what, quint16 sw)
{
    if (sw == 0x6A82)
        throw CardException(CardErrorCode::FileNotFound, what + QStringLiteral(": file not found"), sw);
    if (sw == 0x6982)
        throw CardException(CardErrorCode::PinRequired,
                            what + QStringLiteral(": security status not satisfied"), sw);
    throw CardException(CardErrorCode::CardStatus, what + QStringLiteral(": status ") + swText(sw), sw);
}
} // namespace

ResponseApdu ResponseApdu::fromRaw(const QByteArray &raw)
{
    if (raw.size() < 2)
        throw CardException(CardErrorCode::Protocol, QStringLiteral("response shorter than a status word"));
    ResponseApdu r;
    r.data = raw.left(raw.size() - 2);
    r.sw = quint16(quint8(raw[raw.size() - 2]) << 8 | quint8(raw[raw.size() - 1]));
    return r;
}

EidCard::EidCard(CardTransport &transport)
    : m_transport(transport)
{}

QByteArray EidCard::transmitRaw(const QByteArray &command)
{
    ++m_stats.apdus;
    m_stats.bytesSent += command.size();
    QByteArray response = m_transport.transmit(command);
    m_stats.bytesReceived += response.size();
    return response;
}

ResponseApdu EidCard::transmit(const QByteArray &command)
{
    ResponseApdu r = ResponseApdu::fromRaw(transmitRaw(command));
    if (r.sw1() == 0x6C) {
        // Wrong Le: resend with the length the card asked for. Applet 1.8 needs a pause first.
        if (m_applet == AppletVersion::V18 && m_wrongLengthDelayMs > 0)
            QThread::msleep(static_cast<unsigned long>(m_wrongLengthDelayMs));
        QByteArray again = command;
        if (again.size() == 5)
            again[4] = char(r.sw2());
        else
            again.append(char(r.sw2()));
        r = ResponseApdu::fromRaw(transmitRaw(again));
        if (r.sw1() == 0x6C)
            throw CardException(CardErrorCode::Protocol, QStringLiteral("card repeats 6Cxx"), r.sw);
    }
    if (r.sw1() != 0x61)
        return r;
    QByteArray data = r.data;
    for (int i = 0; r.sw1() == 0x61; ++i) {
        if (i >= MaxResponseChain || data.size() > MaxFileSize)
            throw CardException(CardErrorCode::Protocol, QStringLiteral("endless GET RESPONSE chain"), r.sw);
        r = ResponseApdu::fromRaw(transmitRaw(apdu({0x00, 0xC0, 0x00, 0x00, r.sw2()})));
        if (r.sw1() == 0x6C)
            r = ResponseApdu::fromRaw(transmitRaw(apdu({0x00, 0xC0, 0x00, 0x00, r.sw2()})));
        data += r.data;
    }
    r.data = data;
    return r;
}

CardInfo EidCard::getCardData(bool withPinTries)
{
    ResponseApdu r = transmit(apdu({0x80, 0xE4, 0x00, 0x00, 0x1C}));
    if (!r.ok()) {
        if (r.sw == 0x6D00 || r.sw == 0x6E00)
            throw CardException(CardErrorCode::UnknownCard, QStringLiteral("GET CARD DATA not supported"),
                                r.sw);
        throwStatus(QStringLiteral("GET CARD DATA"), r.sw);
    }
    auto info = CardInfo::parse(r.data);
    if (!info)
        throw CardException(CardErrorCode::Protocol,
                            QStringLiteral("GET CARD DATA: %1 bytes, expected 28").arg(r.data.size()));
    m_applet = info->applet;
    if (withPinTries && info->applet == AppletVersion::V18) {
        r = transmit(apdu({0x80, 0xE4, 0x00, 0x01, 0x1F}));
        if (r.ok()) {
            if (auto withTries = CardInfo::parse(r.data); withTries && withTries->pinTriesLeft >= 0)
                info->pinTriesLeft = withTries->pinTriesLeft;
        }
    }
    return *info;
}

void EidCard::selectFid(quint16 fid)
{
    QByteArray fidBytes;
    fidBytes.append(char(fid >> 8));
    fidBytes.append(char(fid & 0xff));
    const ResponseApdu r = transmit(apdu({0x00, 0xA4, 0x02, 0x0C}, fidBytes));
    if (!r.ok())
        throwStatus(QStringLiteral("SELECT %1").arg(fid, 4, 16, QLatin1Char('0')), r.sw);
}

void EidCard::selectPath(const eidfile::Path &path)
{
    selectFid(0x3F00);
    for (const quint16 fid : path)
        selectFid(fid);
}

void EidCard::selectFile(const eidfile::Path &path)
{
    QByteArray p;
    for (const quint16 fid : path) {
        p.append(char(fid >> 8));
        p.append(char(fid & 0xff));
    }
    const ResponseApdu r = transmit(apdu({0x00, 0xA4, 0x08, 0x0C}, p));
    if (r.ok())
        return;
    if (r.sw == 0x6A82)
        throwStatus(QStringLiteral("SELECT path"), r.sw);
    // Some readers/cards intermittently refuse path selection (6A87, 6A86…): select FID by FID.
    qCDebug(lcSmartcard) << "SELECT by path answered" << swText(r.sw) << "- selecting FID by FID";
    selectPath(path);
}

ResponseApdu EidCard::readBinary(quint16 offset, quint8 le)
{
    return transmit(apdu({0x00, 0xB0, quint8(offset >> 8), quint8(offset & 0xff), le}));
}

qsizetype EidCard::derLength(const QByteArray &data)
{
    if (data.size() < 2)
        return 0;
    const quint8 first = quint8(data[1]);
    if (first < 0x80)
        return 2 + first;
    const int n = first & 0x7f;
    if (n == 0 || n > 3 || data.size() < 2 + n)
        return 0;
    qsizetype length = 0;
    for (int i = 0; i < n; ++i)
        length = (length << 8) | quint8(data[2 + i]);
    return 2 + n + length;
}

QByteArray EidCard::readFile(const eidfile::Path &path, bool cutAtDer)
{
    selectFile(path);
    QByteArray content;
    qsizetype expected = -1;
    int retries = 0;
    while (content.size() < MaxFileSize) {
        quint8 le = MaxChunk;
        if (expected >= 0)
            le = quint8(qMin<qsizetype>(MaxChunk, expected - content.size()));
        if (le == 0)
            break;
        const ResponseApdu r = readBinary(quint16(content.size()), le);
        if (r.ok()) {
            retries = 0;
            content += r.data;
            if (cutAtDer && expected < 0 && !content.isEmpty()) {
                if (content[0] == '\0')
                    return {}; // absent certificate: the file is all zeros
                expected = derLength(content);
                if (expected == 0 && content.size() >= 6)
                    throw CardException(CardErrorCode::Protocol,
                                        QStringLiteral("file does not start with DER"));
                if (expected == 0)
                    expected = -1;
            }
            if (r.data.size() < le)
                break; // a short chunk is the end of the file
            if (expected >= 0 && content.size() >= expected)
                break;
            continue;
        }
        // 6B00 is "offset past the end", but some readers return it (or 6986) spuriously mid-file:
        // re-select and retry once before trusting it.
        if ((r.sw == 0x6B00 || r.sw == 0x6986) && retries < 1) {
            ++retries;
            qCDebug(lcSmartcard) << "READ BINARY at" << content.size() << "answered" << swText(r.sw)
                                 << "- re-selecting and retrying";
            selectFile(path);
            continue;
        }
        if (r.sw == 0x6B00)
            break;
        throwStatus(QStringLiteral("READ BINARY"), r.sw);
    }
    if (content.size() >= MaxFileSize)
        throw CardException(CardErrorCode::Protocol,
                            QStringLiteral("file larger than %1 bytes").arg(MaxFileSize));
    if (expected >= 0) {
        if (content.size() < expected)
            throw CardException(
                CardErrorCode::Protocol,
                QStringLiteral("DER object of %1 bytes in a %2-byte file").arg(expected).arg(content.size()));
        content.truncate(expected);
    }
    return content;
}

QByteArray EidCard::pinBlock(const SecureBytes &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        throw CardException(CardErrorCode::InvalidPin, QStringLiteral("PIN length out of 4-12"));
    QByteArray block(8, char(0xff));
    block[0] = char(0x20 + pin.size());
    for (std::size_t i = 0; i < pin.size(); ++i) {
        const unsigned char c = pin[i];
        if (c < '0' || c > '9') {
            wipe(block);
            throw CardException(CardErrorCode::InvalidPin, QStringLiteral("PIN is not all digits"));
        }
        const int nibble = c - '0';
        const qsizetype index = 1 + qsizetype(i / 2);
        if (i % 2 == 0)
            block[index] = char((nibble << 4) | 0x0f);
        else
            block[index] = char((quint8(block[index]) & 0xf0) | nibble);
    }
    return block;
}

namespace {
void checkVerifyStatus(quint16 sw)
{
    if (sw == 0x9000)
        return;
    if ((sw & 0xfff0) == 0x63C0) {
        CardError e{(sw & 0x0f) == 0 ? CardErrorCode::PinBlocked : CardErrorCode::WrongPin,
                    QStringLiteral("VERIFY: wrong PIN"), int(sw & 0x0f), sw, 0};
        throw CardException(e);
    }
    if (sw == 0x6983 || sw == 0x6984)
        throw CardException(
            CardError{CardErrorCode::PinBlocked, QStringLiteral("VERIFY: PIN blocked"), 0, sw, 0});
    if (sw == 0x6400 || sw == 0x6401)
        throw CardException(CardErrorCode::PinCancelled, QStringLiteral("pinpad: cancelled or timed out"),
                            sw);
    if (sw == 0x6402 || sw == 0x6403 || sw == 0x6B80)
        throw CardException(CardErrorCode::InvalidPin, QStringLiteral("pinpad: PIN format refused"), sw);
    throwStatus(QStringLiteral("VERIFY"), sw);
}
} // namespace

void EidCard::verifyPin(const SecureBytes &pin)
{
    QByteArray block = pinBlock(pin);
    QByteArray command = apdu({0x00, 0x20, 0x00, 0x01}, block);
    wipe(block);
    ResponseApdu r;
    try {
        r = transmit(command);
    } catch (...) {
        wipe(command);
        throw;
    }
    wipe(command);
    checkVerifyStatus(r.sw);
}

void EidCard::verifyPinOnPinpad(quint32 controlCode)
{
    // PC/SC part 10 PIN_VERIFY_STRUCTURE (multi-byte fields little-endian), Belpic PIN block format.
    QByteArray s;
    s.append(char(30));   // bTimerOut (s)
    s.append(char(30));   // bTimerOut2
    s.append(char(0x89)); // bmFormatString: byte units, PIN at byte 1, left justified, BCD
    s.append(char(0x47)); // bmPINBlockString: 4-bit length field, 7-byte PIN block
    s.append(char(0x04)); // bmPINLengthFormat: length at bit 4 of byte 0
    s.append(char(12));   // wPINMaxExtraDigit: max 12 …
    s.append(char(4));    // … min 4
    s.append(char(0x02)); // bEntryValidationCondition: OK key
    s.append(char(0x01)); // bNumberMessage
    s.append(char(0x13)); // wLangId 0x0813 (nl-BE)
    s.append(char(0x08));
    s.append(char(0x00));          // bMsgIndex
    s.append(QByteArray(3, '\0')); // bTeoPrologue
    const QByteArray command = QByteArray::fromHex("00200001082FFFFFFFFFFFFFFF");
    s.append(char(command.size()));
    s.append(QByteArray(3, '\0'));
    s.append(command);
    ++m_stats.apdus;
    const QByteArray out = m_transport.control(controlCode, s);
    const ResponseApdu r = ResponseApdu::fromRaw(out);
    checkVerifyStatus(r.sw);
}

int EidCard::pinTriesLeft()
{
    if (m_applet == AppletVersion::V18) {
        const CardInfo info = getCardData(true);
        if (info.pinTriesLeft >= 0)
            return info.pinTriesLeft;
    }
    const ResponseApdu r = transmit(apdu({0x00, 0x20, 0x00, 0x01}));
    if ((r.sw & 0xfff0) == 0x63C0)
        return r.sw & 0x0f;
    if (r.sw == 0x6983 || r.sw == 0x6984)
        return 0;
    return -1; // 9000 (already verified) or not supported: unknown
}

QByteArray EidCard::digestInfoPrefix(qsizetype hashLength)
{
    switch (hashLength) {
    case 20:
        return QByteArray::fromHex("3021300906052b0e03021a05000414");
    case 32:
        return QByteArray::fromHex("3031300d060960864801650304020105000420");
    case 48:
        return QByteArray::fromHex("3041300d060960864801650304020205000430");
    case 64:
        return QByteArray::fromHex("3051300d060960864801650304020305000440");
    default:
        return {};
    }
}

void EidCard::prepareSignature(EidKey key, qsizetype hashLength)
{
    quint8 alg = 0;
    if (m_applet == AppletVersion::V17) {
        if (hashLength == 20)
            alg = 0x02;
        else if (hashLength == 32)
            alg = 0x08;
        else if (hashLength == 48 || hashLength == 64)
            alg = 0x01; // DigestInfo built here
    } else if (m_applet == AppletVersion::V18) {
        if (hashLength == 32)
            alg = 0x01;
        else if (hashLength == 48)
            alg = 0x02;
        else if (hashLength == 20 || hashLength == 64)
            alg = 0x40;
    } else {
        throw CardException(CardErrorCode::Unsupported,
                            QStringLiteral("applet version unknown: read card data first"));
    }
    if (alg == 0)
        throw CardException(CardErrorCode::Unsupported,
                            QStringLiteral("cannot sign a %1-byte hash").arg(hashLength));
    QByteArray mse;
    for (const quint8 b : {quint8(0x04), quint8(0x80), alg, quint8(0x84), quint8(key)})
        mse.append(char(b));
    const ResponseApdu r = transmit(apdu({0x00, 0x22, 0x41, 0xB6}, mse));
    if (!r.ok()) {
        if (r.sw == 0x6A80 || r.sw == 0x6A88)
            throw CardException(CardErrorCode::Unsupported, QStringLiteral("MSE SET refused"), r.sw);
        throwStatus(QStringLiteral("MSE SET"), r.sw);
    }
    m_signatureAlgorithm = alg;
}

EidSignature EidCard::computeSignature(const QByteArray &hash)
{
    QByteArray input = hash;
    if (m_applet == AppletVersion::V17 && m_signatureAlgorithm == 0x01)
        input = digestInfoPrefix(hash.size()) + hash;
    const ResponseApdu r = transmit(apdu({0x00, 0x2A, 0x9E, 0x9A}, input));
    if (!r.ok())
        throwStatus(QStringLiteral("PSO: COMPUTE DIGITAL SIGNATURE"), r.sw);
    EidSignature sig;
    sig.raw = r.data;
    if (m_applet == AppletVersion::V18) {
        sig.isEcdsa = true;
        sig.encoded = rawEcdsaToDer(r.data);
        if (sig.encoded.isEmpty())
            throw CardException(CardErrorCode::Protocol,
                                QStringLiteral("ECDSA signature of %1 bytes").arg(r.data.size()));
    } else {
        if (r.data.isEmpty())
            throw CardException(CardErrorCode::Protocol, QStringLiteral("empty signature"));
        sig.encoded = r.data;
    }
    return sig;
}

EidSignature EidCard::sign(EidKey key, const QByteArray &hash, const SecureBytes &pin)
{
    prepareSignature(key, hash.size());
    verifyPin(pin);
    return computeSignature(hash);
}

QByteArray EidCard::internalAuthenticate(const QByteArray &challenge48)
{
    if (challenge48.size() != 48)
        throw CardException(CardErrorCode::Unsupported,
                            QStringLiteral("INTERNAL AUTHENTICATE needs 48 bytes"));
    const ResponseApdu r =
        transmit(apdu({0x00, 0x88, 0x02, 0x81}, QByteArray::fromHex("9430") + challenge48));
    if (!r.ok())
        throwStatus(QStringLiteral("INTERNAL AUTHENTICATE"), r.sw);
    return r.data;
}

void EidCard::logOff()
{
    const ResponseApdu r = transmit(apdu({0x80, 0xE6, 0x00, 0x00}));
    if (!r.ok())
        throwStatus(QStringLiteral("LOG OFF"), r.sw);
}

QByteArray EidCard::rawEcdsaToDer(const QByteArray &rs)
{
    if (rs.isEmpty() || rs.size() % 2 != 0 || rs.size() > 132)
        return {};
    const int half = int(rs.size() / 2);
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(rs.constData()), half, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(rs.constData()) + half, half, nullptr);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    if (!r || !s || !sig || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return {};
    }
    QByteArray der;
    const int length = i2d_ECDSA_SIG(sig, nullptr);
    if (length > 0) {
        der.resize(length);
        unsigned char *p = reinterpret_cast<unsigned char *>(der.data());
        i2d_ECDSA_SIG(sig, &p);
    }
    ECDSA_SIG_free(sig);
    return der;
}

} // namespace lars::smartcard
