#pragma once
// The APDU engine of the virtual Belgian eID card: file system, PIN, keys and T=0 behaviour of the
// Belpic applet 1.7 / 1.8, independent of how APDUs arrive (vpcd socket or an in-process test).

#include "tools/virtual-eid/CardData.h"

#include <QByteArray>
#include <QString>

namespace lars::tools {

class VirtualEidCard final
{
public:
    // stateFile: where PIN tries are persisted when the card data asks for it (empty = never).
    explicit VirtualEidCard(CardData data, QString stateFile = {});

    // Misbehaviour seen on real cards and readers, off by default, so readers can test their recovery.
    struct Faults
    {
        int selectPath6A87Every = 0; // every Nth SELECT by path answers 6A87 (readers fall back FID by FID)
        int spuriousReadEvery = 0;   // every Nth READ BINARY past offset 0 answers a spurious 6B00
    };
    void setFaults(const Faults &faults) { m_faults = faults; }

    const CardData &data() const { return m_data; }
    QByteArray atr() const { return m_data.atr(); }
    void powerOn();
    void powerOff();
    void reset();
    QByteArray transmit(const QByteArray &apdu);

    int pinTriesLeft() const { return m_triesLeft; }

private:
    struct Command
    {
        quint8 cla = 0, ins = 0, p1 = 0, p2 = 0;
        QByteArray data;
        bool hasLc = false;
        bool hasLe = false;
        int le = 0; // 1..256 when hasLe
    };

    QByteArray select(const Command &c);
    QByteArray readBinary(const Command &c);
    QByteArray getResponse(const Command &c);
    QByteArray getCardData(const Command &c);
    QByteArray verify(const Command &c);
    QByteArray manageSecurityEnvironment(const Command &c);
    QByteArray computeSignature(const Command &c);
    QByteArray internalAuthenticate(const Command &c);
    QByteArray logOff(const Command &c);
    QByteArray getChallenge(const Command &c);

    QByteArray answerLater(const QByteArray &data); // case 4 under T=0: 61xx, data via GET RESPONSE
    QByteArray sign(const EvpKey &key, quint8 algorithm, const QByteArray &input, bool *badInput) const;
    bool isDf(const QByteArray &path) const;
    void clearSecurityState();
    void saveTries();

    CardData m_data;
    QString m_stateFile;
    QByteArray m_currentDf;
    QByteArray m_currentEf;
    QByteArray m_pending;
    int m_triesLeft = 3;
    bool m_pinVerified = false;
    bool m_signatureRight = false; // the signature key needs a VERIFY before each use
    bool m_mseSet = false;
    quint8 m_mseAlgorithm = 0;
    quint8 m_mseKey = 0;
    Faults m_faults;
    int m_pathSelects = 0;
    int m_midFileReads = 0;
};

} // namespace lars::tools
