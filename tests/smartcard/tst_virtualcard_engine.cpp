// The virtual eID card's APDU engine in-process (no pcscd): APDU parsing, T=0 chaining, PIN state
// persistence, fault injection. The same card through pcscd is tst_virtualcard.

#include "tools/virtual-eid/CardData.h"
#include "tools/virtual-eid/VirtualEidCard.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using lars::tools::CardData;
using lars::tools::VirtualEidCard;

namespace {

QString cardDir(const char *id)
{
    return QDir(qEnvironmentVariable("LARS_BINARY_DIR"))
        .filePath(QStringLiteral("test-pki/cards/") + QLatin1String(id));
}

CardData load(const char *id)
{
    QString error;
    auto data = CardData::load(cardDir(id), {}, &error);
    if (!data)
        qFatal("cannot load %s: %s", id, qPrintable(error));
    return *data;
}

QByteArray sw(const QByteArray &r)
{
    return r.right(2).toHex();
}

QByteArray x(const char *hex)
{
    return QByteArray::fromHex(hex);
}

} // namespace

class TstVirtualCardEngine final : public QObject
{
    Q_OBJECT

private slots:
    void loadsBothApplets()
    {
        VirtualEidCard v17(load("jan-claes"));
        VirtualEidCard v18(load("an-peeters"));
        QCOMPARE(v17.atr(), x("3B9813400AA503010101AD1311"));
        QCOMPARE(v18.atr(), x("3B7F96000080318065B085040120120FFF829000"));
        QVERIFY(v18.data().basicKey);
        QVERIFY(!v17.data().basicKey);
        QVERIFY(v17.data().files.contains(x("3F00DF014031")));
        QVERIFY(!v17.data().files.contains(x("3F00DF014040")));
        // A source profile finds its generated card in the PKI directory.
        QString error;
        const auto viaProfile = CardData::load(
            QStringLiteral("%1/tools/virtual-eid/profiles/sofie-maes.json")
                .arg(qEnvironmentVariable("LARS_SOURCE_DIR")),
            QDir(qEnvironmentVariable("LARS_BINARY_DIR")).filePath(QStringLiteral("test-pki")), &error);
        QVERIFY2(viaProfile, qPrintable(error));
        QCOMPARE(viaProfile->id, QStringLiteral("sofie-maes"));
        const auto viaId = CardData::load(
            QStringLiteral("jan-claes"),
            QDir(qEnvironmentVariable("LARS_BINARY_DIR")).filePath(QStringLiteral("test-pki")), &error);
        QVERIFY2(viaId, qPrintable(error));
        QCOMPARE(viaId->applet, CardData::Applet::V17);
    }

    void apduLengthsAreChecked()
    {
        VirtualEidCard card(load("an-peeters"));
        QCOMPARE(sw(card.transmit(x("00A4"))), QByteArray("6700"));
        QCOMPARE(sw(card.transmit(x("00A4080C04DF00"))), QByteArray("6700"));     // Lc says 4, 2 bytes follow
        QCOMPARE(sw(card.transmit(x("00A4080C0000020000"))), QByteArray("6700")); // extended length
        QCOMPARE(sw(card.transmit(x("00B0000000"))), QByteArray("6986"));         // nothing selected yet
        QCOMPARE(sw(card.transmit(x("00A4080C04DF014033"))), QByteArray("9000"));
        QCOMPARE(sw(card.transmit(x("00B0000001FF"))), QByteArray("6700")); // READ BINARY with data
    }

    void chainingAndReset()
    {
        VirtualEidCard card(load("an-peeters"));
        QCOMPARE(sw(card.transmit(x("0020000108241234FFFFFFFFFF"))), QByteArray("9000"));
        QCOMPARE(sw(card.transmit(x("002241B6050480028482"))), QByteArray("9000"));
        QByteArray pso = x("002A9E9A30") + QByteArray(48, '\x11');
        QCOMPARE(sw(card.transmit(pso)), QByteArray("6160"));
        QCOMPARE(sw(card.transmit(x("00C0000010"))), QByteArray("6150"));
        QCOMPARE(sw(card.transmit(x("00B0000010"))), QByteArray("6986")); // another command drops the rest
        QCOMPARE(sw(card.transmit(x("00C0000010"))), QByteArray("6985"));
        card.reset(); // the PIN right is gone after a reset
        QCOMPARE(sw(card.transmit(x("002241B6050480028482"))), QByteArray("9000"));
        QCOMPARE(sw(card.transmit(pso)), QByteArray("6982"));
    }

    void triesPersistWithStateFile()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("kids.state.json"));
        {
            VirtualEidCard card(load("kids-lotte-janssens"), state);
            QCOMPARE(sw(card.transmit(x("0020000108249999FFFFFFFFFF"))), QByteArray("63c2"));
            QCOMPARE(sw(card.transmit(x("0020000108249999FFFFFFFFFF"))), QByteArray("63c1"));
        }
        VirtualEidCard again(load("kids-lotte-janssens"), state);
        QCOMPARE(again.pinTriesLeft(), 1);
        VirtualEidCard notPersisting(load("sofie-maes"), dir.filePath(QStringLiteral("sofie.state.json")));
        QCOMPARE(sw(notPersisting.transmit(x("0020000108249999FFFFFFFFFF"))), QByteArray("63c2"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sofie.state.json"))));
        VirtualEidCard blocked(load("blocked-tom-wouters"),
                               dir.filePath(QStringLiteral("blocked.state.json")));
        QCOMPARE(blocked.pinTriesLeft(), 0);
    }

    void faults()
    {
        VirtualEidCard card(load("jan-claes"));
        VirtualEidCard::Faults f;
        f.selectPath6A87Every = 1;
        card.setFaults(f);
        QCOMPARE(sw(card.transmit(x("00A4080C04DF014033"))), QByteArray("6a87"));
        QCOMPARE(sw(card.transmit(x("00A4020C02DF01"))), QByteArray("9000"));
        QCOMPARE(sw(card.transmit(x("00A4020C024033"))), QByteArray("9000"));
        QCOMPARE(sw(card.transmit(x("00B0000010"))), QByteArray("9000"));
    }
};

QTEST_GUILESS_MAIN(TstVirtualCardEngine)
#include "tst_virtualcard_engine.moc"
