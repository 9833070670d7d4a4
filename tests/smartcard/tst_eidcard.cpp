// APDU sequencing of the eID protocol against scripted card replies: card data, SELECT fallback, READ
// BINARY with 6Cxx / 6B00 / spurious errors, DER-length reads, GET RESPONSE chaining.
#include "ScriptedTransport.h"
#include "smartcard/EidCard.h"
#include "tests/smartcard/EidCardReplies.h"

#include <QTest>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>

using namespace lars::smartcard;
using namespace lars::test::eidcard;

class TestEidCard final : public QObject
{
    Q_OBJECT
private slots:
    void getCardData()
    {
        ScriptedTransport t;
        t.expect(QByteArray::fromHex("80E400001C"), ok(cardData(0x18)));
        EidCard card(t);
        const CardInfo info = card.getCardData();
        QVERIFY2(t.done(), qPrintable(t.report()));
        QCOMPARE(info.applet, AppletVersion::V18);
        QCOMPARE(card.applet(), AppletVersion::V18);
        QCOMPARE(info.serialHex(), QStringLiteral("00112233445566778899AABBCCDDEEFF"));
        QCOMPARE(card.stats().apdus, 1);
        QCOMPARE(card.stats().bytesSent, 5);
        QCOMPARE(card.stats().bytesReceived, 30);
    }
    void getCardDataWithTriesOn18()
    {
        ScriptedTransport t;
        t.expect(QByteArray::fromHex("80E400001C"), ok(cardData(0x18)))
            .expect(QByteArray::fromHex("80E400011F"), ok(cardData(0x18, 2)));
        EidCard card(t);
        QCOMPARE(card.getCardData(true).pinTriesLeft, 2);
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void getCardDataNotAnEid()
    {
        ScriptedTransport t;
        t.expect("80E400001C", "6E00");
        EidCard card(t);
        try {
            card.getCardData();
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::UnknownCard);
        }
    }
    void selectByPath()
    {
        ScriptedTransport t;
        t.expect(selectIdentity, "9000");
        EidCard card(t);
        card.selectFile(eidfile::Identity);
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void selectFallsBackToFidByFid()
    {
        ScriptedTransport t;
        t.expect(selectIdentity, "6A87")
            .expect("00A4020C023F00", "9000")
            .expect("00A4020C02DF01", "9000")
            .expect("00A4020C024031", "9000");
        EidCard card(t);
        card.selectFile(eidfile::Identity);
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void selectNotFound()
    {
        ScriptedTransport t;
        t.expect(selectIdentity, "6A82");
        EidCard card(t);
        try {
            card.selectFile(eidfile::Identity);
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::FileNotFound);
            QCOMPARE(e.error().statusWord, quint16(0x6A82));
        }
    }
    void readWithWrongLe()
    {
        // Like applet 1.7: a too-long Le answers 6Cxx; re-read at once with Le = xx.
        ScriptedTransport t;
        t.expect(selectIdentity, "9000")
            .expect("00B00000FC", "6C10")
            .expect(QByteArray::fromHex("00B0000010"), ok(bytes(16, 'a')));
        EidCard card(t);
        card.setApplet(AppletVersion::V17);
        QCOMPARE(card.readFile(eidfile::Identity), bytes(16, 'a'));
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void readSeveralChunks()
    {
        ScriptedTransport t;
        t.expect(selectIdentity, "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(bytes(252, 'a')))
            .expect(QByteArray::fromHex("00B000FCFC"), ok(bytes(252, 'b')))
            .expect(QByteArray::fromHex("00B001F8FC"), ok(bytes(10, 'c')));
        EidCard card(t);
        QCOMPARE(card.readFile(eidfile::Identity), bytes(252, 'a') + bytes(252, 'b') + bytes(10, 'c'));
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void endOfFileAtChunkBoundaryIsConfirmed()
    {
        // 6B00 right after a full chunk may be spurious: re-select and retry once before trusting it.
        ScriptedTransport t;
        t.expect(selectIdentity, "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(bytes(252, 'a')))
            .expect("00B000FCFC", "6B00")
            .expect(selectIdentity, "9000")
            .expect("00B000FCFC", "6B00");
        EidCard card(t);
        QCOMPARE(card.readFile(eidfile::Identity), bytes(252, 'a'));
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void spuriousMidFileErrorRetried_data()
    {
        QTest::addColumn<QByteArray>("sw");
        QTest::addRow("6B00") << QByteArray("6B00");
        QTest::addRow("6986") << QByteArray("6986");
    }
    void spuriousMidFileErrorRetried()
    {
        QFETCH(QByteArray, sw);
        ScriptedTransport t;
        t.expect(selectIdentity, "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(bytes(252, 'a')))
            .expect("00B000FCFC", sw.constData())
            .expect(selectIdentity, "9000")
            .expect(QByteArray::fromHex("00B000FCFC"), ok(bytes(100, 'b')));
        EidCard card(t);
        QCOMPARE(card.readFile(eidfile::Identity), bytes(252, 'a') + bytes(100, 'b'));
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void persistentMidFileErrorFails()
    {
        ScriptedTransport t;
        t.expect(selectIdentity, "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(bytes(252, 'a')))
            .expect("00B000FCFC", "6986")
            .expect(selectIdentity, "9000")
            .expect("00B000FCFC", "6986");
        EidCard card(t);
        try {
            card.readFile(eidfile::Identity);
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::CardStatus);
            QCOMPARE(e.error().statusWord, quint16(0x6986));
        }
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void certificateReadStopsAtDerLength()
    {
        // 504-byte certificate followed by 1100 zero bytes: read exactly 252 + 252, never the padding.
        const QByteArray cert = derBlob(504);
        ScriptedTransport t;
        t.expect("00A4080C04DF005038", "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(cert.left(252)))
            .expect(QByteArray::fromHex("00B000FCFC"), ok(cert.mid(252, 252)));
        EidCard card(t);
        QCOMPARE(card.readCertificate(eidfile::AuthenticationCert), cert);
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void certificateLastChunkExact()
    {
        const QByteArray cert = derBlob(300);
        ScriptedTransport t;
        t.expect("00A4080C04DF00503C", "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(cert.left(252)))
            .expect(QByteArray::fromHex("00B000FC30"), ok(cert.mid(252)));
        EidCard card(t);
        QCOMPARE(card.readCertificate(eidfile::RrnCert), cert);
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void absentCertificateIsEmpty()
    {
        ScriptedTransport t;
        t.expect("00A4080C04DF005039", "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(bytes(252, '\0')));
        EidCard card(t);
        QVERIFY(card.readCertificate(eidfile::SignatureCert).isEmpty());
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void truncatedCertificateFails()
    {
        const QByteArray cert = derBlob(504);
        ScriptedTransport t;
        t.expect("00A4080C04DF005038", "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(cert.left(252)))
            .expect(QByteArray::fromHex("00B000FCFC"), ok(cert.mid(252, 20)));
        EidCard card(t);
        try {
            card.readCertificate(eidfile::AuthenticationCert);
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::Protocol);
        }
    }
    void getResponseChaining()
    {
        ScriptedTransport t;
        t.expect("00A4080C04DF014031", "6180")
            .expect(QByteArray::fromHex("00C0000080"), bytes(128, 'x') + QByteArray::fromHex("6110"))
            .expect(QByteArray::fromHex("00C0000010"), ok(bytes(16, 'y')));
        EidCard card(t);
        const ResponseApdu r = card.transmit(QByteArray::fromHex(selectIdentity));
        QVERIFY(r.ok());
        QCOMPARE(r.data, bytes(128, 'x') + bytes(16, 'y'));
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void endlessChainIsCut()
    {
        ScriptedTransport t;
        t.expect("00A4080C04DF014031", "6101");
        for (int i = 0; i < 64; ++i)
            t.expect(QByteArray::fromHex("00C0000001"), QByteArray::fromHex("786101"));
        EidCard card(t);
        try {
            card.transmit(QByteArray::fromHex(selectIdentity));
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::Protocol);
        }
    }
};

QTEST_APPLESS_MAIN(TestEidCard)
#include "tst_eidcard.moc"
