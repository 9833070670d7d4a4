#include "tools/virtual-eid/VirtualEidCard.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace lars::tools {

namespace {

const QByteArray kMf = QByteArray::fromHex("3F00");
const QByteArray kBelpicDf = QByteArray::fromHex("3F00DF00");
const QByteArray kIdDf = QByteArray::fromHex("3F00DF01");
const QByteArray kBelpicAid = QByteArray::fromHex("A000000177504B43532D3135");
const QByteArray kIdAid = QByteArray::fromHex("A000000177496446696C6573");
const QByteArray kAppletAid = QByteArray::fromHex("A00000003029057000AD13100101FF");

QByteArray sw(quint16 word)
{
    QByteArray r(2, '\0');
    r[0] = static_cast<char>(word >> 8);
    r[1] = static_cast<char>(word & 0xFF);
    return r;
}

QByteArray sw(quint8 sw1, int sw2)
{
    return sw(static_cast<quint16>((sw1 << 8) | (sw2 & 0xFF)));
}

constexpr quint16 kOk = 0x9000;
constexpr quint16 kWrongLength = 0x6700;
constexpr quint16 kSecurityNotSatisfied = 0x6982;
constexpr quint16 kBlocked = 0x6983;
constexpr quint16 kConditionsNotSatisfied = 0x6985;
constexpr quint16 kNoCurrentEf = 0x6986;
constexpr quint16 kWrongData = 0x6A80;
constexpr quint16 kFileNotFound = 0x6A82;
constexpr quint16 kWrongP1P2 = 0x6A86;
constexpr quint16 kLcInconsistent = 0x6A87;
constexpr quint16 kReferenceNotFound = 0x6A88;
constexpr quint16 kWrongOffset = 0x6B00;
constexpr quint16 kInsNotSupported = 0x6D00;
constexpr quint16 kClaNotSupported = 0x6E00;

} // namespace

VirtualEidCard::VirtualEidCard(CardData data, QString stateFile)
    : m_data(std::move(data))
    , m_stateFile(std::move(stateFile))
{
    m_triesLeft = m_data.initialPinTriesLeft;
    if (m_data.persistPinTries && !m_stateFile.isEmpty()) {
        QFile f(m_stateFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (o.contains(QStringLiteral("pinTriesLeft")))
                m_triesLeft = qBound(0, o.value(QStringLiteral("pinTriesLeft")).toInt(), m_data.maxPinTries);
        }
    }
    reset();
}

void VirtualEidCard::powerOn()
{
    reset();
}

void VirtualEidCard::powerOff()
{
    reset();
}

void VirtualEidCard::reset()
{
    // The applet is selected by default after reset, with the MF as current DF.
    m_currentDf = kMf;
    m_currentEf.clear();
    m_pending.clear();
    clearSecurityState();
}

void VirtualEidCard::clearSecurityState()
{
    m_pinVerified = false;
    m_signatureRight = false;
    m_mseSet = false;
    m_mseAlgorithm = 0;
    m_mseKey = 0;
}

void VirtualEidCard::saveTries()
{
    if (!m_data.persistPinTries || m_stateFile.isEmpty())
        return;
    QSaveFile f(m_stateFile);
    if (f.open(QIODevice::WriteOnly)) {
        QJsonObject o;
        o.insert(QStringLiteral("pinTriesLeft"), m_triesLeft);
        f.write(QJsonDocument(o).toJson());
        f.commit();
    }
}

bool VirtualEidCard::isDf(const QByteArray &path) const
{
    return path == kMf || path == kBelpicDf || path == kIdDf;
}

QByteArray VirtualEidCard::transmit(const QByteArray &apdu)
{
    if (apdu.size() < 4)
        return sw(kWrongLength);
    Command c;
    c.cla = static_cast<quint8>(apdu[0]);
    c.ins = static_cast<quint8>(apdu[1]);
    c.p1 = static_cast<quint8>(apdu[2]);
    c.p2 = static_cast<quint8>(apdu[3]);
    if (apdu.size() == 5) {
        c.hasLe = true;
        c.le = static_cast<quint8>(apdu[4]) == 0 ? 256 : static_cast<quint8>(apdu[4]);
    } else if (apdu.size() > 5) {
        const int lc = static_cast<quint8>(apdu[4]);
        if (lc == 0) // extended lengths are not supported by the card
            return sw(kWrongLength);
        c.hasLc = true;
        if (apdu.size() == 5 + lc) {
            c.data = apdu.mid(5, lc);
        } else if (apdu.size() == 6 + lc) {
            c.data = apdu.mid(5, lc);
            c.hasLe = true;
            c.le = static_cast<quint8>(apdu[5 + lc]) == 0 ? 256 : static_cast<quint8>(apdu[5 + lc]);
        } else {
            return sw(kWrongLength);
        }
    }
    if (c.ins != 0xC0)
        m_pending.clear();

    const bool iso = c.cla == 0x00;
    const bool proprietary = c.cla == 0x80;
    switch (c.ins) {
    case 0xA4:
        return iso ? select(c) : sw(kClaNotSupported);
    case 0xB0:
        return iso ? readBinary(c) : sw(kClaNotSupported);
    case 0xC0:
        return iso ? getResponse(c) : sw(kClaNotSupported);
    case 0x20:
        return iso ? verify(c) : sw(kClaNotSupported);
    case 0x22:
        return iso ? manageSecurityEnvironment(c) : sw(kClaNotSupported);
    case 0x2A:
        return iso ? computeSignature(c) : sw(kClaNotSupported);
    case 0x88:
        if (m_data.applet != CardData::Applet::V18)
            return sw(kInsNotSupported);
        return iso ? internalAuthenticate(c) : sw(kClaNotSupported);
    case 0x84:
        return iso ? getChallenge(c) : sw(kClaNotSupported);
    case 0xE4:
        return proprietary ? getCardData(c) : sw(kClaNotSupported);
    case 0xE6:
        return proprietary ? logOff(c) : sw(kClaNotSupported);
    default:
        return sw(kInsNotSupported);
    }
}

QByteArray VirtualEidCard::select(const Command &c)
{
    if (c.p2 != 0x0C)
        return sw(kWrongP1P2);
    QByteArray target;
    switch (c.p1) {
    case 0x00:
    case 0x02: { // by file identifier, relative to the current DF
        if (c.data.size() != 2)
            return sw(kLcInconsistent);
        if (c.data == kMf) {
            target = kMf;
        } else if (m_currentDf.endsWith(c.data)) {
            target = m_currentDf;
        } else {
            target = m_currentDf + c.data;
            if (!isDf(target) && !m_data.files.contains(target))
                return sw(kFileNotFound);
        }
        break;
    }
    case 0x08: { // by path from the MF (without 3F00)
        if (c.data.isEmpty() || c.data.size() % 2 != 0)
            return sw(kLcInconsistent);
        if (m_faults.selectPath6A87Every > 0 && ++m_pathSelects % m_faults.selectPath6A87Every == 0)
            return sw(kLcInconsistent);
        QByteArray path = c.data;
        if (path.startsWith(kMf))
            path = path.mid(2);
        target = kMf + path;
        if (!isDf(target) && !m_data.files.contains(target))
            return sw(kFileNotFound);
        break;
    }
    case 0x04: { // by DF name
        if (c.data.isEmpty() || c.data.size() > 16)
            return sw(kLcInconsistent);
        if (c.data == kBelpicAid)
            target = kBelpicDf;
        else if (c.data == kIdAid)
            target = kIdDf;
        else if (c.data == kAppletAid)
            target = kMf;
        else
            return sw(kFileNotFound);
        break;
    }
    default:
        return sw(kWrongP1P2);
    }
    if (isDf(target)) {
        m_currentDf = target;
        m_currentEf.clear();
    } else {
        m_currentDf = target.left(target.size() - 2);
        m_currentEf = target;
    }
    return sw(kOk);
}

QByteArray VirtualEidCard::readBinary(const Command &c)
{
    if (c.hasLc)
        return sw(kWrongLength);
    if (m_currentEf.isEmpty())
        return sw(kNoCurrentEf);
    if (c.p1 & 0x80) // short EF identifiers are not supported
        return sw(kWrongP1P2);
    const QByteArray &file = m_data.files[m_currentEf];
    const int offset = (c.p1 << 8) | c.p2;
    if (offset >= file.size())
        return sw(kWrongOffset);
    if (offset > 0 && m_faults.spuriousReadEvery > 0 && ++m_midFileReads % m_faults.spuriousReadEvery == 0)
        return sw(kWrongOffset);
    const int remaining = static_cast<int>(file.size()) - offset;
    const int le = c.hasLe ? c.le : 256;
    if (le > remaining) // like real cards: tell the exact length instead of answering short
        return sw(0x6C, remaining);
    return file.mid(offset, le) + sw(kOk);
}

QByteArray VirtualEidCard::answerLater(const QByteArray &data)
{
    m_pending = data;
    return sw(0x61, data.size() >= 256 ? 0 : static_cast<int>(data.size()));
}

QByteArray VirtualEidCard::getResponse(const Command &c)
{
    if (c.p1 != 0 || c.p2 != 0)
        return sw(kWrongP1P2);
    if (c.hasLc)
        return sw(kWrongLength);
    if (m_pending.isEmpty())
        return sw(kConditionsNotSatisfied);
    const int le = c.hasLe ? c.le : 256;
    if (le > m_pending.size())
        return sw(0x6C, static_cast<int>(m_pending.size()));
    const QByteArray out = m_pending.left(le);
    m_pending.remove(0, le);
    if (!m_pending.isEmpty()) // chaining: more data follows
        return out + sw(0x61, m_pending.size() >= 256 ? 0 : static_cast<int>(m_pending.size()));
    return out + sw(kOk);
}

QByteArray VirtualEidCard::getCardData(const Command &c)
{
    const bool v18 = m_data.applet == CardData::Applet::V18;
    if (c.p1 != 0 || !(c.p2 == 0 || (c.p2 == 1 && v18)))
        return sw(kWrongP1P2);
    if (c.hasLc)
        return sw(kWrongLength);
    QByteArray d = m_data.serial;
    d.append(char(0xA5));              // 16 component code
    d.append(char(0x03));              // 17 OS number
    d.append(char(0x01));              // 18 OS version
    d.append(char(0x01));              // 19 softmask number
    d.append(char(0x01));              // 20 softmask version
    d.append(char(v18 ? 0x18 : 0x17)); // 21 applet version
    d.append(char(0x00));              // 22-23 global OS version
    d.append(char(v18 ? 0x02 : 0x01));
    d.append(char(0x01));              // 24 applet interface version
    d.append(char(v18 ? 0x00 : 0x21)); // 25 PKCS#1 support
    d.append(char(0x00));              // 26 key exchange version
    d.append(char(0x0F));              // 27 application life cycle: operational
    if (c.p2 == 1) {
        d.append(char(m_triesLeft)); // 28 PIN tries left
        d.append(char(0x00));        // 29-30 reserved
        d.append(char(0x00));
    }
    const int le = c.hasLe ? c.le : 256;
    if (le != d.size())
        return sw(0x6C, static_cast<int>(d.size()));
    return d + sw(kOk);
}

QByteArray VirtualEidCard::verify(const Command &c)
{
    if (c.p1 != 0x00)
        return sw(kWrongP1P2);
    if (c.p2 != 0x01)
        return sw(kReferenceNotFound);
    if (!c.hasLc) { // status only: no try is used
        if (m_triesLeft == 0)
            return sw(kBlocked);
        if (m_pinVerified)
            return sw(kOk);
        return sw(0x63, 0xC0 | m_triesLeft);
    }
    if (c.data.size() != 8)
        return sw(kWrongLength);
    if (m_triesLeft == 0)
        return sw(kBlocked);
    // PIN block: 0x20 + length, BCD digits, F-padded nibble, FF-padded to 8 bytes.
    const quint8 control = static_cast<quint8>(c.data[0]);
    const int len = control & 0x0F;
    if ((control & 0xF0) != 0x20 || len < 4 || len > 12)
        return sw(kWrongData);
    QByteArray digits;
    for (int i = 0; i < 14; ++i) {
        const quint8 b = static_cast<quint8>(c.data[1 + i / 2]);
        const int nibble = (i % 2 == 0) ? (b >> 4) : (b & 0x0F);
        if (i < len) {
            if (nibble > 9)
                return sw(kWrongData);
            digits.append(char('0' + nibble));
        } else if (nibble != 0x0F) {
            return sw(kWrongData);
        }
    }
    if (digits == m_data.pin) {
        m_triesLeft = m_data.maxPinTries;
        m_pinVerified = true;
        m_signatureRight = true;
        saveTries();
        return sw(kOk);
    }
    --m_triesLeft;
    saveTries();
    m_pinVerified = false; // a wrong PIN drops all PIN rights
    m_signatureRight = false;
    return sw(0x63, 0xC0 | m_triesLeft);
}

QByteArray VirtualEidCard::manageSecurityEnvironment(const Command &c)
{
    if (c.p1 != 0x41 || c.p2 != 0xB6)
        return sw(kWrongP1P2);
    if (c.data.size() != 5 || static_cast<quint8>(c.data[0]) != 0x04 ||
        static_cast<quint8>(c.data[1]) != 0x80 || static_cast<quint8>(c.data[3]) != 0x84)
        return sw(kWrongData);
    const quint8 alg = static_cast<quint8>(c.data[2]);
    const quint8 key = static_cast<quint8>(c.data[4]);
    if (key != 0x82 && key != 0x83)
        return sw(kReferenceNotFound);
    const bool v18 = m_data.applet == CardData::Applet::V18;
    const bool algOk =
        v18 ? (alg == 0x01 || alg == 0x02 || alg == 0x40) : (alg == 0x01 || alg == 0x02 || alg == 0x08);
    if (!algOk)
        return sw(kWrongData);
    m_mseSet = true;
    m_mseAlgorithm = alg;
    m_mseKey = key;
    return sw(kOk);
}

QByteArray VirtualEidCard::sign(const EvpKey &key, quint8 algorithm, const QByteArray &input,
                                bool *badInput) const
{
    *badInput = false;
    const bool v18 = m_data.applet == CardData::Applet::V18;
    const EVP_MD *md = nullptr;
    if (v18) {
        const int expected = algorithm == 0x01 ? 32 : algorithm == 0x02 ? 48 : -1;
        if ((expected > 0 && input.size() != expected) || input.isEmpty() || input.size() > 64) {
            *badInput = true;
            return {};
        }
    } else {
        if (algorithm == 0x02)
            md = EVP_sha1();
        else if (algorithm == 0x08)
            md = EVP_sha256();
        const int expected = md ? EVP_MD_get_size(md) : -1;
        if ((expected > 0 && input.size() != expected) || input.isEmpty() || input.size() > 245) {
            *badInput = true;
            return {};
        }
    }
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key.get(), nullptr);
    QByteArray out;
    size_t outLen = 0;
    bool ok = ctx && EVP_PKEY_sign_init(ctx) > 0;
    if (ok && !v18) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
        if (ok && md) // the card builds the DigestInfo; with algorithm 0x01 the host did
            ok = EVP_PKEY_CTX_set_signature_md(ctx, md) > 0;
    }
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    if (ok)
        ok = EVP_PKEY_sign(ctx, nullptr, &outLen, in, static_cast<size_t>(input.size())) > 0;
    if (ok) {
        out.resize(static_cast<qsizetype>(outLen));
        ok = EVP_PKEY_sign(ctx, reinterpret_cast<unsigned char *>(out.data()), &outLen, in,
                           static_cast<size_t>(input.size())) > 0;
        out.resize(static_cast<qsizetype>(outLen));
    }
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return {};
    if (!v18)
        return out;
    // ECDSA: the card answers the raw r || s, each 48 bytes.
    const auto *p = reinterpret_cast<const unsigned char *>(out.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(out.size()));
    if (!sig)
        return {};
    QByteArray raw(96, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 48);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 48, 48);
    ECDSA_SIG_free(sig);
    return raw;
}

QByteArray VirtualEidCard::computeSignature(const Command &c)
{
    if (c.p1 != 0x9E || c.p2 != 0x9A)
        return sw(kWrongP1P2);
    if (c.data.isEmpty())
        return sw(kWrongLength);
    if (!m_mseSet)
        return sw(kConditionsNotSatisfied);
    if (m_triesLeft == 0)
        return sw(kBlocked);
    const bool signatureKey = m_mseKey == 0x83;
    if (!m_pinVerified || (signatureKey && !m_signatureRight))
        return sw(kSecurityNotSatisfied);
    bool badInput = false;
    const QByteArray signature =
        sign(signatureKey ? m_data.signKey : m_data.authKey, m_mseAlgorithm, c.data, &badInput);
    if (badInput)
        return sw(kWrongData);
    if (signature.isEmpty())
        return sw(0x6F00);
    if (signatureKey)
        m_signatureRight = false;
    return answerLater(signature);
}

QByteArray VirtualEidCard::internalAuthenticate(const Command &c)
{
    if (c.p1 != 0x02 || c.p2 != 0x81)
        return sw(kWrongP1P2);
    if (c.data.size() != 50 || static_cast<quint8>(c.data[0]) != 0x94 ||
        static_cast<quint8>(c.data[1]) != 0x30)
        return sw(kWrongData);
    bool badInput = false;
    const QByteArray signature = sign(m_data.basicKey, 0x02, c.data.mid(2), &badInput);
    if (signature.isEmpty())
        return sw(0x6F00);
    return answerLater(signature);
}

QByteArray VirtualEidCard::getChallenge(const Command &c)
{
    if (c.p1 != 0 || c.p2 != 0)
        return sw(kWrongP1P2);
    if (c.hasLc || !c.hasLe)
        return sw(kWrongLength);
    QByteArray random(c.le, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), c.le);
    return random + sw(kOk);
}

QByteArray VirtualEidCard::logOff(const Command &c)
{
    if (c.p1 != 0 || c.p2 != 0)
        return sw(kWrongP1P2);
    clearSecurityState();
    return sw(kOk);
}

} // namespace lars::tools
