// The virtual eID card (tools/virtual-eid) through the real pcscd + vsmartcard-vpcd, with raw PC/SC
// APDUs: ATRs, file layout, status words, T=0 behaviour, card data, faults, removal and reconnects.
#include "tests/smartcard/VirtualCardTestKit.h"

#include <QTest>

using lars::test::RawPcscCard;
using lars::test::VirtualCardProcess;
using namespace lars::test::virtualcard;

class TstVirtualCard final : public QObject
{
    Q_OBJECT

private:
    // PSO after 61xx: fetches the data with one GET RESPONSE.
    static QByteArray fetch(RawPcscCard &card, const QByteArray &response)
    {
        if ((RawPcscCard::sw(response) & 0xFF00) != 0x6100)
            return {};
        const QByteArray r = card.transmit(apdu("00C00000", {}, RawPcscCard::sw(response) & 0xFF));
        return RawPcscCard::sw(r) == 0x9000 ? RawPcscCard::data(r) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(VirtualCardProcess::binary()), qPrintable(VirtualCardProcess::binary()));
        QVERIFY2(QFile::exists(VirtualCardProcess::trustAnchorsPem()), "the TEST PKI was not generated");
        QVERIFY2(!cardJson(QStringLiteral("an-peeters")).isEmpty(), "no generated card an-peeters");
    }

    void atrAndProtocol_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("atr");
        QTest::newRow("applet 1.7") << QStringLiteral("jan-claes") << kAtr17;
        QTest::newRow("applet 1.8") << QStringLiteral("an-peeters") << kAtr18;
    }
    void atrAndProtocol()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, atr);
        START_CARD(card, conn, id);
        QCOMPARE(conn.atr().toHex(' '), atr.toHex(' '));
        QCOMPARE(conn.protocol(), static_cast<unsigned long>(SCARD_PROTOCOL_T0));
    }

    void everyFileByteExact_data() { atrAndProtocol_data(); }
    void everyFileByteExact()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const QJsonObject files = cardJson(id).value(QStringLiteral("files")).toObject();
        QVERIFY(files.contains(QStringLiteral("DF01/4031")));
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QByteArray path = QByteArray::fromHex(it.key().toLatin1().replace('/', ""));
            quint16 sw = 0;
            const QByteArray onCard = conn.readFile(path, 252, &sw);
            QVERIFY2(sw == 0x9000, qPrintable(QStringLiteral("%1: SW %2").arg(it.key()).arg(sw, 4, 16)));
            QCOMPARE(onCard.toHex(), cardFile(id, it.key()).toHex());
        }
        // The same file FID by FID (the fallback of readers whose SELECT by path fails), and by AID.
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("3F00"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("DF01"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("4033"))), 0x9000);
        const QByteArray address = cardFile(id, QStringLiteral("DF01/4033"));
        QByteArray r = conn.transmit(apdu("00B00000", {}, static_cast<int>(address.size())));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), address);
        QCOMPARE_SW(conn.transmit(apdu("00A4040C", QByteArray::fromHex("A000000177504B43532D3135"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("5032"))), 0x9000);
        r = conn.transmit(apdu("00B00000", {}, 2));
        QCOMPARE(RawPcscCard::data(r), cardFile(id, QStringLiteral("DF00/5032")).left(2));
        // 4040 (basic public key) exists on applet 1.8 only.
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014040"))), v18 ? 0x9000 : 0x6A82);
    }

    void selectStatusWords()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005033"))), 0x6A82);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF02"))), 0x6A82);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("3F00"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("5038"))), 0x6A82); // not in the MF
        QCOMPARE_SW(conn.transmit(apdu("00A40200", QByteArray::fromHex("3F00"))), 0x6A86); // FCI not offered
        QCOMPARE_SW(conn.transmit(apdu("00A4070C", QByteArray::fromHex("DF00"))), 0x6A86);
        QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex("DF0050"))), 0x6A87);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF0050"))), 0x6A87);
        QCOMPARE_SW(conn.transmit(apdu("00A4040C", QByteArray::fromHex("A000000177FFFFFF"))), 0x6A82);
        QCOMPARE_SW(conn.transmit(apdu("00A4040C", QByteArray::fromHex("A00000003029057000AD13100101FF"))),
                    0x9000);
        // A DF is current, no EF: READ BINARY has nothing to read.
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF00"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0x10)), 0x6986);
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00FF000000")), 0x6D00);
        QCOMPARE_SW(conn.transmit(apdu("80A4080C", QByteArray::fromHex("DF00"))), 0x6E00);
    }

    void readBinaryLengths_data() { atrAndProtocol_data(); }
    void readBinaryLengths()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const QByteArray address = cardFile(id, QStringLiteral("DF01/4033"));
        QCOMPARE(address.size(), 117);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014033"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0xFC)), 0x6C75); // Le too long: the card tells 0x75
        QCOMPARE_SW(conn.transmit(apdu("00B00064", {}, 0x20)), 0x6C11);
        QByteArray r = conn.transmit(apdu("00B00064", {}, 0x11));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), address.mid(100));
        QCOMPARE_SW(conn.transmit(apdu("00B00075", {}, 0x01)), 0x6B00); // offset = size
        QCOMPARE_SW(conn.transmit(apdu("00B00100", {}, 0x01)), 0x6B00);
        // Le = 00 means 256 bytes.
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005038"))), 0x9000);
        r = conn.transmit(apdu("00B00000", {}, 0x00));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), cardFile(id, QStringLiteral("DF00/5038")).left(256));
    }

    void certificateFilesArePaddedDer_data() { atrAndProtocol_data(); }
    void certificateFilesArePaddedDer()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        const QByteArray file = conn.readFile(QByteArray::fromHex("DF005038"));
        const int len = derLength(file);
        QVERIFY(len > 500 && len < file.size());
        QCOMPARE(file.mid(len), QByteArray(file.size() - len, '\0'));
        QCOMPARE(file.size() - len, v18 ? 1100 : 50);
        const X509Ptr onCard = certFromDer(file);
        QVERIFY(onCard);
        const X509Ptr pem =
            certFromPem(readAll(VirtualCardProcess::cardDirectory(id) + "/authentication.pem"));
        QCOMPARE(certDer(onCard.get()), certDer(pem.get()));
        // Subject like a real eID certificate: national number in serialNumber, C=BE.
        char buf[64] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(onCard.get()), NID_serialNumber, buf, sizeof buf);
        QCOMPARE(QString::fromLatin1(buf), cardJson(id).value(QStringLiteral("nationalNumber")).toString());
        X509_NAME_get_text_by_NID(X509_get_subject_name(onCard.get()), NID_countryName, buf, sizeof buf);
        QCOMPARE(QByteArray(buf), QByteArray("BE"));
        // The root in 503B is a TEST root.
        const X509Ptr root = certFromDer(conn.readFile(QByteArray::fromHex("DF00503B")));
        X509_NAME_get_text_by_NID(X509_get_subject_name(root.get()), NID_commonName, buf, sizeof buf);
        QVERIFY2(QByteArray(buf).contains("TEST"), buf);
    }

    void getCardData_data() { atrAndProtocol_data(); }
    void getCardData()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        QByteArray r = conn.transmit(apdu("80E40000", {}, 0x1C));
        QCOMPARE_SW(r, 0x9000);
        const QByteArray d = RawPcscCard::data(r);
        QCOMPARE(d.size(), 28);
        QCOMPARE(d.left(16).toHex().toUpper(),
                 cardJson(id).value(QStringLiteral("serial")).toString().toLatin1());
        QCOMPARE(static_cast<int>(static_cast<quint8>(d[21])), v18 ? 0x18 : 0x17);
        QCOMPARE_SW(conn.transmit(apdu("80E40000", {}, 0x10)), 0x6C1C);
        QCOMPARE_SW(conn.transmit(apdu("00E40000", {}, 0x1C)), 0x6E00);
        r = conn.transmit(apdu("80E40001", {}, 0x1F));
        if (!v18) {
            QCOMPARE_SW(r, 0x6A86);
            return;
        }
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r).size(), 31);
        QCOMPARE(static_cast<int>(RawPcscCard::data(r)[28]), 3); // PIN tries left
        QCOMPARE(RawPcscCard::data(r).left(28), d);
    }

    void getChallenge()
    {
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        const QByteArray a = conn.transmit(apdu("00840000", {}, 0x08));
        const QByteArray b = conn.transmit(apdu("00840000", {}, 0x08));
        QCOMPARE_SW(a, 0x9000);
        QCOMPARE(RawPcscCard::data(a).size(), 8);
        QVERIFY(a != b);
    }

    void getResponseChaining()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        const QByteArray hash = QCryptographicHash::hash("chaining", QCryptographicHash::Sha384);
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", hash)), 0x6160);
        QCOMPARE_SW(conn.transmit(apdu("00C00000", {}, 0x70)), 0x6C60); // asks more than there is
        QByteArray r = conn.transmit(apdu("00C00000", {}, 0x40));
        QCOMPARE_SW(r, 0x6120); // 64 bytes, 32 more follow
        QByteArray signature = RawPcscCard::data(r);
        r = conn.transmit(apdu("00C00000", {}, 0x20));
        QCOMPARE_SW(r, 0x9000);
        signature += RawPcscCard::data(r);
        QCOMPARE(signature.size(), 96);
        QCOMPARE_SW(conn.transmit(apdu("00C00000", {}, 0x20)), 0x6985); // nothing left
        const X509Ptr cert = certFromPem(readAll(card.cardDirectory() + "/authentication.pem"));
        QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), nullptr, hash, rawEcdsaToDer(signature)));
    }

    void rsaGetResponse256()
    {
        // RSA (1.7): 256 bytes announced as 6100, fetched with Le = 00.
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        const QByteArray hash = QCryptographicHash::hash("rsa", QCryptographicHash::Sha256);
        QCOMPARE_SW(conn.transmit(mse(0x08, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", hash)), 0x6100);
        const QByteArray r = conn.transmit(apdu("00C00000", {}, 0x00));
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r).size(), 256);
        const X509Ptr cert = certFromPem(readAll(card.cardDirectory() + "/authentication.pem"));
        QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), EVP_sha256(), hash, RawPcscCard::data(r)));
    }

    void faultInjection()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"),
                   QStringList{QStringLiteral("--fault"), QStringLiteral("select-path-6a87:2"),
                               QStringLiteral("--fault"), QStringLiteral("read-spurious-6b00:2")});
        const QByteArray address = cardFile(QStringLiteral("an-peeters"), QStringLiteral("DF01/4033"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014033"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014033"))),
                    0x6A87);                             // 2nd path SELECT
        for (const char *fid : {"3F00", "DF01", "4033"}) // the FID-by-FID fallback works
            QCOMPARE_SW(conn.transmit(apdu("00A4020C", QByteArray::fromHex(fid))), 0x9000);
        QByteArray r = conn.transmit(apdu("00B00000", {}, 0x10));
        QCOMPARE(RawPcscCard::data(r), address.left(0x10));
        r = conn.transmit(apdu("00B00010", {}, 0x10));
        QCOMPARE(RawPcscCard::data(r), address.mid(0x10, 0x10));
        QCOMPARE_SW(conn.transmit(apdu("00B00020", {}, 0x10)), 0x6B00); // spurious, mid-file
        r = conn.transmit(apdu("00B00020", {}, 0x10));                  // the retry works
        QCOMPARE_SW(r, 0x9000);
        QCOMPARE(RawPcscCard::data(r), address.mid(0x20, 0x10));
    }

    void removedMidRead()
    {
        START_CARD(card, conn, QStringLiteral("jan-claes"),
                   QStringList{QStringLiteral("--fault"), QStringLiteral("remove-after-apdus:2")});
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005038"))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0xFC)), 0x9000); // answered, then the card is gone
        QString error;
        QVERIFY2(VirtualCardProcess::waitForCard(VirtualCardProcess::kSlot0Port, false, 10000, &error),
                 qPrintable(error));
        QVERIFY(conn.transmit(apdu("00B000FC", {}, 0xFC)).isEmpty());
        QVERIFY(conn.lastError() != SCARD_S_SUCCESS);
        QVERIFY2(card.insert(), qPrintable(card.errorString()));
        RawPcscCard again;
        QVERIFY2(again.connect(card.readerName()), qPrintable(again.errorString()));
        QCOMPARE(again.readFile(QByteArray::fromHex("DF005038")),
                 cardFile(QStringLiteral("jan-claes"), QStringLiteral("DF00/5038")));
    }

    void removeAndReinsert()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF014031"))), 0x9000);
        QVERIFY2(card.remove(), qPrintable(card.errorString()));
        QVERIFY(conn.transmit(apdu("00B00000", {}, 0x10)).isEmpty());
        QVERIFY(conn.lastError() != SCARD_S_SUCCESS);
        QVERIFY2(card.insert(), qPrintable(card.errorString()));
        RawPcscCard again;
        QVERIFY2(again.connect(card.readerName()), qPrintable(again.errorString()));
        QCOMPARE(again.atr(), kAtr18);
        QCOMPARE_SW(again.transmit(apdu("00A4080C", QByteArray::fromHex("DF014031"))), 0x9000);
    }

    void reconnectsAfterPcscdRestart()
    {
        const QString ctl = qEnvironmentVariable("LARS_PCSCD_CTL");
        QVERIFY2(!ctl.isEmpty(), "run under scripts/with-services (LARS_PCSCD_CTL)");
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        conn.disconnect();
        QCOMPARE(QProcess::execute(ctl, {QStringLiteral("restart")}), 0);
        QString error;
        QVERIFY2(VirtualCardProcess::waitForCard(VirtualCardProcess::kSlot0Port, true, 15000, &error),
                 qPrintable(error));
        RawPcscCard again;
        QVERIFY2(again.connect(card.readerName()), qPrintable(again.errorString()));
        QCOMPARE(again.atr(), kAtr17);
        QCOMPARE(again.readFile(QByteArray::fromHex("DF014033")),
                 cardFile(QStringLiteral("jan-claes"), QStringLiteral("DF01/4033")));
    }

    void apduRoundTripIsFast()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        QCOMPARE_SW(conn.transmit(apdu("00A4080C", QByteArray::fromHex("DF005038"))), 0x9000);
        constexpr int n = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i)
            QCOMPARE_SW(conn.transmit(apdu("00B00000", {}, 0xFC)), 0x9000);
        const double perApdu = double(timer.nsecsElapsed()) / n / 1e6;
        qInfo("READ BINARY 252 B through pcscd: %.3f ms per APDU", perApdu);
        // Without TCP_QUICKACK on the card's socket this is ~40-50 ms (delayed ACK).
        QVERIFY2(perApdu < 10.0, qPrintable(QString::number(perApdu)));
    }
};

QTEST_GUILESS_MAIN(TstVirtualCard)
#include "tst_virtualcard.moc"
