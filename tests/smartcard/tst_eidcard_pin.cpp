// The eID protocol's PIN and keys against scripted card replies: PIN blocks, VERIFY, signatures per
// applet and algorithm, LOG OFF, the login path with its certificate cache, and EidReader's retry after
// a card reset.
#include "ScriptedTransport.h"
#include "smartcard/CertificateCache.h"
#include "smartcard/EidCard.h"
#include "smartcard/EidReader.h"
#include "tests/smartcard/EidCardReplies.h"

#include <QTest>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>

using namespace lars::smartcard;
using namespace lars::test::eidcard;

class TestEidCardPin final : public QObject
{
    Q_OBJECT
private slots:
    void pinBlock_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("block");
        QTest::addRow("1234") << QByteArray("1234") << QByteArray::fromHex("241234FFFFFFFFFF");
        QTest::addRow("12345") << QByteArray("12345") << QByteArray::fromHex("2512345FFFFFFFFF");
        QTest::addRow("123456789012")
            << QByteArray("123456789012") << QByteArray::fromHex("2C123456789012FF");
    }
    void pinBlock()
    {
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, block);
        QCOMPARE(hex(EidCard::pinBlock(SecureBytes(pin.constData(), std::size_t(pin.size())))), hex(block));
    }
    void invalidPinNeverSent_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addRow("short") << QByteArray("123");
        QTest::addRow("long") << QByteArray("1234567890123");
        QTest::addRow("letters") << QByteArray("12a4");
        QTest::addRow("empty") << QByteArray();
    }
    void invalidPinNeverSent()
    {
        QFETCH(QByteArray, pin);
        ScriptedTransport t;
        EidCard card(t);
        try {
            card.verifyPin(SecureBytes(pin.constData(), std::size_t(pin.size())));
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::InvalidPin);
        }
        QVERIFY(t.sent.isEmpty());
    }
    void verifyPinResults_data()
    {
        QTest::addColumn<QByteArray>("sw");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("tries");
        QTest::addRow("ok") << QByteArray("9000") << int(CardErrorCode::None) << -1;
        QTest::addRow("2 left") << QByteArray("63C2") << int(CardErrorCode::WrongPin) << 2;
        QTest::addRow("1 left") << QByteArray("63C1") << int(CardErrorCode::WrongPin) << 1;
        QTest::addRow("0 left") << QByteArray("63C0") << int(CardErrorCode::PinBlocked) << 0;
        QTest::addRow("blocked") << QByteArray("6983") << int(CardErrorCode::PinBlocked) << 0;
    }
    void verifyPinResults()
    {
        QFETCH(QByteArray, sw);
        QFETCH(int, code);
        QFETCH(int, tries);
        ScriptedTransport t;
        t.expect("0020000108 241234FFFFFFFFFF", sw.constData());
        EidCard card(t);
        CardError error;
        try {
            card.verifyPin(SecureBytes("1234", 4));
        } catch (const CardException &e) {
            error = e.error();
        }
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.triesLeft, tries);
        QVERIFY(!error.detail.contains(QStringLiteral("1234")));
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void pinTriesWithoutUsingOne()
    {
        ScriptedTransport t;
        t.expect("00200001", "63C3");
        EidCard card(t);
        card.setApplet(AppletVersion::V17);
        QCOMPARE(card.pinTriesLeft(), 3);
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void signatureOn18()
    {
        const QByteArray hash = bytes(48, 'h');
        QByteArray rs(96, '\0');
        rs[0] = char(0x80); // r with the high bit set: DER adds a leading zero
        rs[47] = 1;
        rs[95] = 2;
        ScriptedTransport t;
        t.expect("002241B605 04 80 02 84 82", "9000")
            .expect("0020000108 241234FFFFFFFFFF", "9000")
            .expect(QByteArray::fromHex("002A9E9A30") + hash, QByteArray::fromHex("6160"))
            .expect(QByteArray::fromHex("00C0000060"), ok(rs));
        EidCard card(t);
        card.setApplet(AppletVersion::V18);
        const EidSignature sig = card.sign(EidKey::Authentication, hash, SecureBytes("1234", 4));
        QVERIFY2(t.done(), qPrintable(t.report()));
        QVERIFY(sig.isEcdsa);
        QCOMPARE(sig.raw, rs);
        const unsigned char *p = reinterpret_cast<const unsigned char *>(sig.encoded.constData());
        ECDSA_SIG *decoded = d2i_ECDSA_SIG(nullptr, &p, long(sig.encoded.size()));
        QVERIFY(decoded);
        QByteArray back(96, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(decoded), reinterpret_cast<unsigned char *>(back.data()), 48);
        BN_bn2binpad(ECDSA_SIG_get0_s(decoded), reinterpret_cast<unsigned char *>(back.data()) + 48, 48);
        ECDSA_SIG_free(decoded);
        QCOMPARE(back, rs);
    }
    void signatureAlgorithms_data()
    {
        QTest::addColumn<int>("applet");
        QTest::addColumn<int>("hashLength");
        QTest::addColumn<QByteArray>("alg");
        QTest::addColumn<bool>("digestInfo");
        QTest::addRow("1.7 SHA-1") << 0x17 << 20 << QByteArray("02") << false;
        QTest::addRow("1.7 SHA-256") << 0x17 << 32 << QByteArray("08") << false;
        QTest::addRow("1.7 SHA-384") << 0x17 << 48 << QByteArray("01") << true;
        QTest::addRow("1.7 SHA-512") << 0x17 << 64 << QByteArray("01") << true;
        QTest::addRow("1.8 SHA-256") << 0x18 << 32 << QByteArray("01") << false;
        QTest::addRow("1.8 SHA-384") << 0x18 << 48 << QByteArray("02") << false;
    }
    void signatureAlgorithms()
    {
        QFETCH(int, applet);
        QFETCH(int, hashLength);
        QFETCH(QByteArray, alg);
        QFETCH(bool, digestInfo);
        const QByteArray hash = bytes(hashLength, 'h');
        const QByteArray input = digestInfo ? EidCard::digestInfoPrefix(hashLength) + hash : hash;
        QByteArray pso = QByteArray::fromHex("002A9E9A");
        pso.append(char(input.size()));
        pso += input;
        const QByteArray sig = applet == 0x17 ? bytes(256, 's') : bytes(96, 's');
        ScriptedTransport t;
        t.expect(QByteArray::fromHex("002241B605048"
                                     "0") +
                     QByteArray::fromHex(alg) + QByteArray::fromHex("8482"),
                 ok())
            .expect(pso, ok(sig));
        EidCard card(t);
        card.setApplet(applet == 0x17 ? AppletVersion::V17 : AppletVersion::V18);
        card.prepareSignature(EidKey::Authentication, hashLength);
        const EidSignature s = card.computeSignature(hash);
        QVERIFY2(t.done(), qPrintable(t.report()));
        QCOMPARE(s.raw, sig);
        QCOMPARE(s.isEcdsa, applet == 0x18);
    }
    void signatureNeedsPin()
    {
        ScriptedTransport t;
        t.expect("002241B605 04 80 08 84 82", "9000")
            .expect(QByteArray::fromHex("002A9E9A20") + bytes(32, 'h'), QByteArray::fromHex("6982"));
        EidCard card(t);
        card.setApplet(AppletVersion::V17);
        card.prepareSignature(EidKey::Authentication, 32);
        try {
            card.computeSignature(bytes(32, 'h'));
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::PinRequired);
        }
    }
    void unsupportedHash()
    {
        ScriptedTransport t;
        EidCard card(t);
        card.setApplet(AppletVersion::V17);
        QVERIFY_THROWS_EXCEPTION(CardException, card.prepareSignature(EidKey::Authentication, 33));
        QVERIFY(t.sent.isEmpty());
    }
    void logOff()
    {
        ScriptedTransport t;
        t.expect("80E60000", "9000");
        EidCard card(t);
        card.logOff();
        QVERIFY2(t.done(), qPrintable(t.report()));
    }
    void cardRemovedMidReadIsAnError()
    {
        ScriptedTransport t;
        t.expect(selectIdentity, "9000")
            .expect(QByteArray::fromHex("00B00000FC"), ok(bytes(252, 'a')))
            .fail("00B000FCFC", CardErrorCode::CardRemoved);
        EidCard card(t);
        try {
            card.readFile(eidfile::Identity);
            QFAIL("no exception");
        } catch (const CardException &e) {
            QCOMPARE(e.error().code, CardErrorCode::CardRemoved);
        }
    }
    void derLength()
    {
        QCOMPARE(EidCard::derLength(QByteArray::fromHex("3003020101")), 5);
        QCOMPARE(EidCard::derLength(QByteArray::fromHex("308104")), 7);
        QCOMPARE(EidCard::derLength(QByteArray::fromHex("30820400")), 1028);
        QCOMPARE(EidCard::derLength(QByteArray::fromHex("3082")), 0);
        QCOMPARE(EidCard::derLength(QByteArray::fromHex("3080")), 0);
        QCOMPARE(EidCard::derLength(QByteArray::fromHex("30")), 0);
    }
    void rawEcdsaToDerRejectsOddLength()
    {
        QVERIFY(EidCard::rawEcdsaToDer(bytes(95, 'a')).isEmpty());
        QVERIFY(EidCard::rawEcdsaToDer({}).isEmpty());
        QVERIFY(!EidCard::rawEcdsaToDer(bytes(96, 'a')).isEmpty());
    }

    // EidReader over the scripted card: the login path, the certificate cache, the reset retry.
    void loginPathAndCache()
    {
        const QByteArray cert = selfSignedCertificate();
        QVERIFY(cert.size() > 252);
        auto cache = std::make_shared<CertificateCache>();
        EidReader reader;
        reader.setCertificateCache(cache);
        int transports = 0;
        reader.setTransportFactory([&](const QString &) {
            auto t = std::make_unique<ScriptedTransport>();
            t->expect(QByteArray::fromHex("80E400001C"), ok(cardData(0x17)));
            if (transports++ == 0) {
                QByteArray second = QByteArray::fromHex("00B000FC");
                second.append(char(cert.size() - 252));
                t->expect("00A4080C04DF005038", "9000")
                    .expect(QByteArray::fromHex("00B00000FC"), ok(cert.left(252)))
                    .expect(second, ok(cert.mid(252)));
            }
            t->expect("002241B605 04 80 08 84 82", "9000")
                .expect("0020000108 241234FFFFFFFFFF", "9000")
                .expect(QByteArray::fromHex("002A9E9A20") + bytes(32, 'h'), QByteArray::fromHex("6100"))
                .expect(QByteArray::fromHex("00C0000000"), ok(bytes(256, 's')))
                .expect("80E60000", "9000");
            return std::unique_ptr<CardTransport>(std::move(t));
        });
        const AuthenticationResult first = reader.authenticate(bytes(32, 'h'), SecureBytes("1234", 4));
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QVERIFY(!first.certificateFromCache);
        QCOMPARE(first.authenticationCertificate, cert);
        QCOMPARE(first.certificate->commonName, QStringLiteral("Test Cardholder (Authentication)"));
        QCOMPARE(first.certificate->serialNumberAttribute, QStringLiteral("85073003328"));
        QCOMPARE(first.signature.encoded, bytes(256, 's'));
        QCOMPARE(first.stats.apdus, 9);
        const AuthenticationResult second = reader.authenticate(bytes(32, 'h'), SecureBytes("1234", 4));
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QVERIFY(second.certificateFromCache);
        QCOMPARE(second.authenticationCertificate, cert);
        QCOMPARE(second.stats.apdus, 6);
    }
    void wrongPinInLoginLogsNothingAndReportsTries()
    {
        EidReader reader;
        auto cache = std::make_shared<CertificateCache>();
        const QByteArray cert = selfSignedCertificate();
        cache->storeAuthenticationCertificate(cardData(0x18).left(16), cert);
        reader.setCertificateCache(cache);
        reader.setTransportFactory([&](const QString &) {
            auto t = std::make_unique<ScriptedTransport>();
            t->expect(QByteArray::fromHex("80E400001C"), ok(cardData(0x18)))
                .expect("002241B605 04 80 01 84 82", "9000")
                .expect("0020000108 24999 9FFFFFFFFFF", "63C2");
            return std::unique_ptr<CardTransport>(std::move(t));
        });
        const AuthenticationResult r = reader.authenticate(bytes(32, 'h'), SecureBytes("9999", 4));
        QCOMPARE(r.error.code, CardErrorCode::WrongPin);
        QCOMPARE(r.error.triesLeft, 2);
    }
    void resetIsRetried()
    {
        EidReader reader;
        int attempts = 0;
        reader.setTransportFactory([&](const QString &) {
            auto t = std::make_unique<ScriptedTransport>();
            if (attempts++ == 0) {
                t->fail("80E400001C", CardErrorCode::CardReset);
            } else {
                t->expect(QByteArray::fromHex("80E400001C"), ok(cardData(0x18)))
                    .expect(QByteArray::fromHex("80E400011F"), ok(cardData(0x18, 3)));
            }
            return std::unique_ptr<CardTransport>(std::move(t));
        });
        const PinResult r = reader.pinStatus();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.triesLeft, 3);
        QCOMPARE(attempts, 2);
        QCOMPARE(r.stats.apdus, 3);
    }
    void pinpadVerify_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("code");
        QTest::addRow("ok") << QByteArray("9000") << int(CardErrorCode::None);
        QTest::addRow("wrong") << QByteArray("63C1") << int(CardErrorCode::WrongPin);
        QTest::addRow("timeout") << QByteArray("6400") << int(CardErrorCode::PinCancelled);
        QTest::addRow("cancel") << QByteArray("6401") << int(CardErrorCode::PinCancelled);
    }
    void pinpadVerify()
    {
        // An empty PIN on a reader with FEATURE_VERIFY_PIN_DIRECT: the PIN is typed on the reader.
        QFETCH(QByteArray, answer);
        QFETCH(int, code);
        EidReader reader;
        QList<quint32> codes;
        QList<QByteArray> inputs;
        reader.setTransportFactory([&](const QString &) {
            auto t = std::make_unique<ScriptedTransport>();
            t->controlCodes = &codes;
            t->controlInputs = &inputs;
            t->pinpadCode = 0x42330006;
            t->pinpadAnswer = answer;
            t->expect(QByteArray::fromHex("80E400001C"), ok(cardData(0x17)));
            if (answer == "9000")
                t->expect("80E60000", "9000");
            return std::unique_ptr<CardTransport>(std::move(t));
        });
        const PinResult r = reader.verifyPin(SecureBytes());
        QCOMPARE(int(r.error.code), code);
        QCOMPARE(codes, QList<quint32>{0x42330006});
        QCOMPARE(inputs.size(), 1);
        const QByteArray s = inputs.first();
        // PIN_VERIFY_STRUCTURE: Belpic format bytes, then the VERIFY APDU template with an empty PIN block.
        QCOMPARE(hex(s.left(5)), hex(QByteArray::fromHex("1E1E894704")));
        QCOMPARE(hex(s.right(13)), hex(QByteArray::fromHex("00200001082FFFFFFFFFFFFFFF")));
        QCOMPARE(quint8(s[15]), quint8(13));
        if (answer == "9000")
            QVERIFY(r.usedPinpad);
    }
    void removedIsNotRetried()
    {
        EidReader reader;
        int attempts = 0;
        reader.setTransportFactory([&](const QString &) {
            ++attempts;
            auto t = std::make_unique<ScriptedTransport>();
            t->fail("80E400001C", CardErrorCode::CardRemoved);
            return std::unique_ptr<CardTransport>(std::move(t));
        });
        const LoginData r = reader.readLoginData();
        QCOMPARE(r.error.code, CardErrorCode::CardRemoved);
        QCOMPARE(attempts, 1);
    }
};

QTEST_APPLESS_MAIN(TestEidCardPin)
#include "tst_eidcard_pin.moc"
