// The virtual eID card's keys through the real pcscd + vsmartcard-vpcd, with raw PC/SC APDUs: PIN
// counting and blocking, signatures and RRN signatures, internal authenticate, certificate chains.
#include "tests/smartcard/VirtualCardTestKit.h"

#include <QTest>

using lars::test::RawPcscCard;
using lars::test::VirtualCardProcess;
using namespace lars::test::virtualcard;

class TstVirtualCardKeys final : public QObject
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
    void pinCountsDownAndBlocks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("applet 1.7") << QStringLiteral("elise-dubois");
        QTest::newRow("applet 1.8") << QStringLiteral("sofie-maes");
    }
    void pinCountsDownAndBlocks()
    {
        QFETCH(QString, id);
        START_CARD(card, conn, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        const QByteArray status = QByteArray::fromHex("00200001"); // Lc absent: status, no try used
        QCOMPARE_SW(conn.transmit(status), 0x63C3);
        QCOMPARE_SW(conn.transmit(verifyPin("9999")), 0x63C2);
        QCOMPARE_SW(conn.transmit(status), 0x63C2);
        QCOMPARE_SW(conn.transmit(apdu("00200001", QByteArray::fromHex("2A1234FFFFFFFFFF"))),
                    0x6A80); // bad block
        QCOMPARE_SW(conn.transmit(apdu("00200001", QByteArray::fromHex("241234FF"))), 0x6700);
        QCOMPARE_SW(conn.transmit(status), 0x63C2);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000); // right PIN resets the counter
        QCOMPARE_SW(conn.transmit(status), 0x9000);
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("80E60000")), 0x9000); // LOG OFF
        QCOMPARE_SW(conn.transmit(status), 0x63C3);
        QCOMPARE_SW(conn.transmit(verifyPin("12345")), 0x63C2);
        QCOMPARE_SW(conn.transmit(verifyPin("4321")), 0x63C1);
        QCOMPARE_SW(conn.transmit(verifyPin("000000000000")), 0x63C0);
        QCOMPARE_SW(conn.transmit(status), 0x6983);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x6983); // blocked: even the right PIN
        QCOMPARE_SW(conn.transmit(mse(v18 ? 0x02 : 0x08, 0x82)), 0x9000);
        const QByteArray r =
            conn.transmit(apdu("002A9E9A", QCryptographicHash::hash("x", v18 ? QCryptographicHash::Sha384
                                                                             : QCryptographicHash::Sha256)));
        QVERIFY2(RawPcscCard::sw(r) == 0x6982 || RawPcscCard::sw(r) == 0x6983, r.toHex().constData());
        if (v18) {
            const QByteArray d = conn.transmit(apdu("80E40001", {}, 0x1F));
            QCOMPARE(static_cast<int>(d[28]), 0);
        }
    }

    void blockedProfileStartsBlocked()
    {
        START_CARD(card, conn, QStringLiteral("blocked-tom-wouters"));
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00200001")), 0x6983);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x6983);
        // Files stay readable.
        QVERIFY(!conn.readFile(QByteArray::fromHex("DF014031")).isEmpty());
    }

    void pinTriesPersistOnlyWhenAsked_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("afterRestart");
        QTest::newRow("persisting kids card") << QStringLiteral("kids-lotte-janssens") << 0x63C2;
        QTest::newRow("non-persisting card") << QStringLiteral("sofie-maes") << 0x63C3;
    }
    void pinTriesPersistOnlyWhenAsked()
    {
        QFETCH(QString, id);
        QFETCH(int, afterRestart);
        QTemporaryDir state;
        const QStringList args{QStringLiteral("--state-dir"), state.path()};
        {
            START_CARD(card, conn, id, args);
            QCOMPARE_SW(conn.transmit(verifyPin("0000")), 0x63C2);
        }
        {
            START_CARD(card, conn, id, args);
            QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00200001")), afterRestart);
            QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        }
        START_CARD(card, conn, id, args);
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("00200001")), 0x63C3);
    }

    void signaturesVerify_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("hash"); // QCryptographicHash::Algorithm
        QTest::addColumn<bool>("digestInfo");
        const int sha1 = QCryptographicHash::Sha1, sha256 = QCryptographicHash::Sha256,
                  sha384 = QCryptographicHash::Sha384;
        QTest::newRow("1.7 auth PKCS#1 DigestInfo") << "jan-claes" << 0x82 << 0x01 << sha256 << true;
        QTest::newRow("1.7 auth SHA-1") << "jan-claes" << 0x82 << 0x02 << sha1 << false;
        QTest::newRow("1.7 auth SHA-256") << "jan-claes" << 0x82 << 0x08 << sha256 << false;
        QTest::newRow("1.7 sign SHA-256") << "jan-claes" << 0x83 << 0x08 << sha256 << false;
        QTest::newRow("1.8 auth SHA-256") << "an-peeters" << 0x82 << 0x01 << sha256 << false;
        QTest::newRow("1.8 auth SHA-384") << "an-peeters" << 0x82 << 0x02 << sha384 << false;
        QTest::newRow("1.8 auth unspecified") << "an-peeters" << 0x82 << 0x40 << sha384 << false;
        QTest::newRow("1.8 sign SHA-384") << "an-peeters" << 0x83 << 0x02 << sha384 << false;
    }
    void signaturesVerify()
    {
        QFETCH(QString, id);
        QFETCH(int, key);
        QFETCH(int, algorithm);
        QFETCH(int, hash);
        QFETCH(bool, digestInfo);
        START_CARD(card, conn, id);
        const auto alg = static_cast<QCryptographicHash::Algorithm>(hash);
        const QByteArray digest =
            QCryptographicHash::hash(QByteArray::number(QRandomGenerator::global()->generate()), alg);
        QByteArray input = digest;
        if (digestInfo) // SHA-256 DigestInfo prefix, built off-card
            input = QByteArray::fromHex("3031300d060960864801650304020105000420") + digest;
        QCOMPARE_SW(conn.transmit(mse(static_cast<quint8>(algorithm), static_cast<quint8>(key))), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", input)), 0x6982); // no PIN yet
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        const QByteArray signature = fetch(conn, conn.transmit(apdu("002A9E9A", input)));
        const bool v18 = id == QLatin1String("an-peeters");
        QCOMPARE(signature.size(), v18 ? 96 : 256);
        const X509Ptr cert = certFromPem(
            readAll(card.cardDirectory() + (key == 0x82 ? "/authentication.pem" : "/signature.pem")));
        const EVP_MD *md = alg == QCryptographicHash::Sha1 ? EVP_sha1() : EVP_sha256();
        if (v18)
            QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), nullptr, digest, rawEcdsaToDer(signature)));
        else
            QVERIFY(verifyHash(X509_get0_pubkey(cert.get()), md, digest, signature));
    }

    void signatureRulesAndWrongInput()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        const QByteArray h384 = QCryptographicHash::hash("a", QCryptographicHash::Sha384);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6985); // no MSE SET
        QCOMPARE_SW(conn.transmit(mse(0x08, 0x82)), 0x6A80);        // 1.7-only algorithm
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x81)), 0x6A88);        // no such key
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x83)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384.left(32))), 0x6A80); // SHA-384 needs 48 bytes
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6982); // signature key: VERIFY before each use
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        // The authentication key keeps its PIN right until LOG OFF.
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        QVERIFY(!fetch(conn, conn.transmit(apdu("002A9E9A", h384))).isEmpty());
        QCOMPARE_SW(conn.transmit(QByteArray::fromHex("80E60000")), 0x9000);
        QCOMPARE_SW(conn.transmit(mse(0x02, 0x82)), 0x9000);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6982);
        // A wrong PIN drops the rights.
        QCOMPARE_SW(conn.transmit(verifyPin("1234")), 0x9000);
        QCOMPARE_SW(conn.transmit(verifyPin("1111")), 0x63C2);
        QCOMPARE_SW(conn.transmit(apdu("002A9E9A", h384)), 0x6982);
    }

    void internalAuthenticateWithBasicKey()
    {
        START_CARD(card, conn, QStringLiteral("an-peeters"));
        const QByteArray challenge = QCryptographicHash::hash("challenge", QCryptographicHash::Sha384);
        const QByteArray r = conn.transmit(apdu("00880281", QByteArray::fromHex("9430") + challenge));
        QCOMPARE_SW(r, 0x6160); // no PIN needed
        const QByteArray signature = fetch(conn, r);
        QCOMPARE(signature.size(), 96);
        const QByteArray spki = conn.readFile(QByteArray::fromHex("DF014040"));
        QCOMPARE(spki.size(), 120);
        const auto *p = reinterpret_cast<const unsigned char *>(spki.constData());
        const KeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())), EVP_PKEY_free);
        QVERIFY(key);
        QVERIFY(verifyHash(key.get(), nullptr, challenge, rawEcdsaToDer(signature)));
        // Tag 0x1A of the identity file = SHA-384 of 4040, so the RRN signature covers the basic key.
        const auto tags = parseTlv(conn.readFile(QByteArray::fromHex("DF014031")));
        QCOMPARE(tags.value(0x1A), QCryptographicHash::hash(spki, QCryptographicHash::Sha384));
    }

    void internalAuthenticateNotOn17()
    {
        START_CARD(card, conn, QStringLiteral("jan-claes"));
        QCOMPARE_SW(conn.transmit(apdu("00880281", QByteArray::fromHex("9430") + QByteArray(48, 'x'))),
                    0x6D00);
    }

    void rrnSignaturesVerify_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList ids =
            QDir(VirtualCardProcess::pkiDirectory() + "/cards").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(ids.size() >= 9);
        for (const QString &id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }
    void rrnSignaturesVerify()
    {
        QFETCH(QString, id);
        const bool v18 = cardJson(id).value(QStringLiteral("applet")).toString() == QLatin1String("1.8");
        const QByteArray identity = cardFile(id, QStringLiteral("DF01/4031"));
        const QByteArray identitySig = cardFile(id, QStringLiteral("DF01/4032"));
        const QByteArray address = cardFile(id, QStringLiteral("DF01/4033"));
        const QByteArray addressSig = cardFile(id, QStringLiteral("DF01/4034"));
        const QByteArray photo = cardFile(id, QStringLiteral("DF01/4035"));
        const auto tags = parseTlv(identity);
        QCOMPARE(QString::fromLatin1(tags.value(0x06)),
                 cardJson(id).value(QStringLiteral("nationalNumber")).toString());
        QVERIFY(photo.startsWith("\xFF\xD8")); // JPEG
        const QByteArray photoHash = tags.value(0x11);
        QCryptographicHash::Algorithm alg = QCryptographicHash::Sha384;
        const EVP_MD *md = EVP_sha384();
        if (!v18) {
            QVERIFY(photoHash.size() == 20 || photoHash.size() == 32);
            alg = photoHash.size() == 20 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
            md = photoHash.size() == 20 ? EVP_sha1() : EVP_sha256();
        } else {
            QCOMPARE(photoHash.size(), 48);
        }
        QCOMPARE(photoHash, QCryptographicHash::hash(photo, alg));

        const X509Ptr rrn = certFromDer(cardFile(id, QStringLiteral("DF00/503C")));
        const X509Ptr root = certFromDer(cardFile(id, QStringLiteral("DF00/503B")));
        QVERIFY(rrn && root);
        QCOMPARE(X509_verify(rrn.get(), X509_get0_pubkey(root.get())), 1); // the root signs the RRN cert
        auto signature = [v18](const QByteArray &file) { return v18 ? file.left(derLength(file)) : file; };
        QVERIFY(verifyData(X509_get0_pubkey(rrn.get()), md, identity, signature(identitySig)));
        QByteArray stripped = address;
        while (stripped.endsWith('\0'))
            stripped.chop(1);
        QVERIFY(verifyData(X509_get0_pubkey(rrn.get()), md, stripped + identitySig, signature(addressSig)));
        // A changed byte breaks it.
        QByteArray tampered = identity;
        tampered[10] = static_cast<char>(tampered[10] ^ 1);
        QVERIFY(!verifyData(X509_get0_pubkey(rrn.get()), md, tampered, signature(identitySig)));
    }

    void certificateChains_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("expected"); // X509_V_OK or the error
        QTest::newRow("1.7 trusted") << "jan-claes" << int(X509_V_OK);
        QTest::newRow("1.8 trusted") << "an-peeters" << int(X509_V_OK);
        QTest::newRow("foreign-born") << "hans-mueller" << int(X509_V_OK);
        QTest::newRow("untrusted root")
            << "untrusted-mia-verhoeven" << int(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
        QTest::newRow("expired") << "expired-luc-peeters" << int(X509_V_ERR_CERT_HAS_EXPIRED);
    }
    void certificateChains()
    {
        QFETCH(QString, id);
        QFETCH(int, expected);
        X509_STORE *store = X509_STORE_new();
        QVERIFY(X509_STORE_load_file(store, qPrintable(VirtualCardProcess::trustAnchorsPem())) == 1);
        STACK_OF(X509) *untrusted = sk_X509_new_null();
        const X509Ptr ca = certFromDer(cardFile(id, QStringLiteral("DF00/503A")));
        sk_X509_push(untrusted, ca.get());
        const X509Ptr leaf = certFromDer(cardFile(id, QStringLiteral("DF00/5038")));
        X509_STORE_CTX *ctx = X509_STORE_CTX_new();
        X509_STORE_CTX_init(ctx, store, leaf.get(), untrusted);
        const bool ok = X509_verify_cert(ctx) == 1;
        const int error = X509_STORE_CTX_get_error(ctx);
        X509_STORE_CTX_free(ctx);
        sk_X509_free(untrusted);
        X509_STORE_free(store);
        QCOMPARE(error, expected);
        QCOMPARE(ok, expected == X509_V_OK);
    }

    void kidsCardHasNoSignatureCertificate()
    {
        const QByteArray file = cardFile(QStringLiteral("kids-lotte-janssens"), QStringLiteral("DF00/5039"));
        QVERIFY(!file.isEmpty());
        QCOMPARE(file, QByteArray(file.size(), '\0'));
        const auto tags =
            parseTlv(cardFile(QStringLiteral("kids-lotte-janssens"), QStringLiteral("DF01/4031")));
        QCOMPARE(tags.value(0x0F), QByteArray("06"));
        QVERIFY(tags.contains(0x14) && tags.value(0x14).isEmpty()); // member of family: a length-0 flag
    }

    void edgeCaseIdentityFields()
    {
        auto tags = parseTlv(cardFile(QStringLiteral("elise-dubois"), QStringLiteral("DF01/4031")));
        QVERIFY(QString::fromUtf8(tags.value(0x08)).startsWith(QStringLiteral("Ëlise")));
        QCOMPARE(QString::fromUtf8(tags.value(0x09)), QStringLiteral("Ç"));
        QVERIFY(!tags.contains(0x00)); // no version tag, like older cards
        QVERIFY(cardFile(QStringLiteral("elise-dubois"), QStringLiteral("DF01/4031"))
                    .endsWith(QByteArray(32, '\0')));
        tags = parseTlv(cardFile(QStringLiteral("hans-mueller"), QStringLiteral("DF01/4031")));
        QCOMPARE(QString::fromUtf8(tags.value(0x0C)), QStringLiteral("14.MÄR.1979"));
        QVERIFY(tags.value(0x16).size() > 255); // encoded with an FF length byte
        QVERIFY(cardFile(QStringLiteral("hans-mueller"), QStringLiteral("DF01/4031")).contains("\x16\xFF"));
    }
};

QTEST_GUILESS_MAIN(TstVirtualCardKeys)
#include "tst_virtualcard_keys.moc"
