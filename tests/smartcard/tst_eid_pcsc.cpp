// The eID reader through the real stack: pcscd + vsmartcard-vpcd + lars-virtual-eid, both applets.
// Every command, verification, wrong/blocked PIN, card removed mid-read, service restart, the certificate
// cache, the async session and lars-eid.
#include "smartcard/CertificateCache.h"
#include "smartcard/CertificateInfo.h"
#include "smartcard/EidReader.h"
#include "smartcard/EidSession.h"
#include "smartcard/PcscCard.h"
#include "smartcard/PcscContext.h"
#include "tests/support/VirtualCardProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

using namespace lars::smartcard;
using lars::test::VirtualCardProcess;

namespace {
const QString Reader0 = QStringLiteral("Virtual PCD 00 00");

QList<QByteArray> testAnchors()
{
    return loadCertificates(VirtualCardProcess::trustAnchorsPem());
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, '\0');
    SHA256(reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size()),
           reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

// Verifies a signature over a precomputed hash with the certificate's key (RSA PKCS#1 v1.5 or ECDSA DER).
bool verifyHashSignature(const QByteArray &certDer, const QByteArray &hash, const QByteArray &signature)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(certDer.constData());
    X509 *cert = d2i_X509(nullptr, &p, long(certDer.size()));
    if (!cert)
        return false;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(X509_get0_pubkey(cert), nullptr);
    bool ok = EVP_PKEY_verify_init(ctx) == 1;
    if (ok && EVP_PKEY_is_a(X509_get0_pubkey(cert), "RSA")) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1 &&
             EVP_PKEY_CTX_set_signature_md(ctx, hash.size() == 48 ? EVP_sha384() : EVP_sha256()) == 1;
    }
    ok = ok && EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               std::size_t(signature.size()),
                               reinterpret_cast<const unsigned char *>(hash.constData()),
                               std::size_t(hash.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    X509_free(cert);
    return ok;
}

QStringList allChecks(AppletVersion applet)
{
    QStringList ids{QStringLiteral("rrn-chain"),
                    QStringLiteral("identity-signature"),
                    QStringLiteral("address-signature"),
                    QStringLiteral("photo-hash"),
                    QStringLiteral("authentication-chain"),
                    QStringLiteral("card-root")};
    if (applet == AppletVersion::V18)
        ids << QStringLiteral("basic-key-hash") << QStringLiteral("card-authenticity");
    return ids;
}

QString describe(const VerificationResult &v)
{
    QStringList s;
    for (const auto &c : v.checks)
        s << c.id + QLatin1Char('=') + checkResultName(c.result) + QStringLiteral(" (") + c.detail +
                 QLatin1Char(')');
    return s.join(QStringLiteral("; "));
}

// A PC/SC transport that takes the card out of the reader after a number of APDUs: a deterministic
// "card removed mid-read" through the real pcscd.
class RemovingTransport final : public CardTransport
{
public:
    // `removed` belongs to the test: EidReader destroys its transport when the read ends.
    RemovingTransport(PcscContext &context, const QString &reader, VirtualCardProcess &card, int removeAfter,
                      bool &removed)
        : m_card(context, reader)
        , m_virtual(card)
        , m_removeAfter(removeAfter)
        , m_removed(removed)
    {}
    QByteArray transmit(const QByteArray &command) override
    {
        if (m_sent++ == m_removeAfter)
            m_removed = m_virtual.remove();
        return m_card.transmit(command);
    }
    QByteArray atr() const override { return m_card.atr(); }
    void beginTransaction() override { m_card.beginTransaction(); }
    void endTransaction() override { m_card.endTransaction(); }

private:
    PcscCard m_card;
    VirtualCardProcess &m_virtual;
    int m_removeAfter;
    int m_sent = 0;
    bool &m_removed;
};

QString pcscdCtl()
{
    return qEnvironmentVariable("LARS_PCSCD_CTL");
}

bool runPcscdCtl(const QString &action)
{
    return QProcess::execute(pcscdCtl(), {action}) == 0;
}
} // namespace

class TestEidPcsc final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!pcscdCtl().isEmpty(), "run through scripts/with-services (LARS_PCSCD_CTL)");
        QVERIFY2(!testAnchors().isEmpty(), qPrintable(VirtualCardProcess::trustAnchorsPem()));
    }

    void readAndVerify_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("applet");
        QTest::addColumn<QString>("name");
        QTest::addRow("1.8 an-peeters") << QStringLiteral("an-peeters") << 0x18 << QStringLiteral("Peeters");
        QTest::addRow("1.7 jan-claes") << QStringLiteral("jan-claes") << 0x17 << QStringLiteral("Claes");
        QTest::addRow("1.7 elise-dubois (SHA-1, padding)")
            << QStringLiteral("elise-dubois") << 0x17 << QString();
        QTest::addRow("hans-mueller (German date, long field)")
            << QStringLiteral("hans-mueller") << 0 << QString();
        QTest::addRow("kids card without signature cert")
            << QStringLiteral("kids-lotte-janssens") << 0 << QString();
    }
    void readAndVerify()
    {
        QFETCH(QString, profile);
        QFETCH(int, applet);
        QFETCH(QString, name);
        VirtualCardProcess card(profile);
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        reader.setTrustAnchors(testAnchors());
        const ReadResult r = reader.read();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.reader, Reader0);
        if (applet)
            QCOMPARE(r.card.appletVersionByte, quint8(applet));
        QVERIFY(r.identity);
        QVERIFY(r.address);
        if (!name.isEmpty())
            QCOMPARE(r.identity->name, name);
        QVERIFY(r.identity->birthDate.isValid());
        QVERIFY2(r.identity->parsedNationalNumber().valid, qPrintable(r.identity->nationalNumber));
        QVERIFY(!r.files.photo.isEmpty());
        QVERIFY2(r.verification.passed(allChecks(r.card.applet)), qPrintable(describe(r.verification)));
        const auto cert = CertificateInfo::parse(r.files.authenticationCert);
        QVERIFY(cert);
        QCOMPARE(cert->serialNumberAttribute, r.identity->nationalNumber);
        QVERIFY(r.stats.apdus > 20);
        QVERIFY(card.stop());
    }

    void untrustedRootIsReported()
    {
        VirtualCardProcess card(QStringLiteral("untrusted-mia-verhoeven"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        reader.setTrustAnchors(testAnchors());
        const ReadResult r = reader.read();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.verification.result(QStringLiteral("rrn-chain")), CheckResult::Failed);
        QCOMPARE(r.verification.result(QStringLiteral("authentication-chain")), CheckResult::Failed);
        QCOMPARE(r.verification.result(QStringLiteral("card-root")), CheckResult::Failed);
        // the RRN signatures themselves are still correct for the key on the card
        QCOMPARE(r.verification.result(QStringLiteral("identity-signature")), CheckResult::Passed);
        QVERIFY(r.verification.anyFailed());
    }

    void expiredCertificatesFailTheChain()
    {
        VirtualCardProcess card(QStringLiteral("expired-luc-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        reader.setTrustAnchors(testAnchors());
        const ReadResult r = reader.read();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.verification.result(QStringLiteral("authentication-chain")), CheckResult::Failed);
        QVERIFY2(r.verification.checks.size() > 0, qPrintable(describe(r.verification)));
        QCOMPARE(r.verification.result(QStringLiteral("identity-signature")), CheckResult::Passed);
    }

    void withoutTrustAnchorsChainsAreNotChecked()
    {
        VirtualCardProcess card(QStringLiteral("jan-claes"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        const ReadResult r = reader.read();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.verification.result(QStringLiteral("rrn-chain")), CheckResult::NotChecked);
        QCOMPARE(r.verification.result(QStringLiteral("identity-signature")), CheckResult::Passed);
        QVERIFY(!r.verification.anyFailed());
    }

    void loginPathAndCache_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("hashLength");
        QTest::addRow("1.8 SHA-384") << QStringLiteral("an-peeters") << 48;
        QTest::addRow("1.8 SHA-256") << QStringLiteral("an-peeters") << 32;
        QTest::addRow("1.7 SHA-256") << QStringLiteral("jan-claes") << 32;
        QTest::addRow("1.7 SHA-384 (DigestInfo off-card)") << QStringLiteral("jan-claes") << 48;
    }
    void loginPathAndCache()
    {
        QFETCH(QString, profile);
        QFETCH(int, hashLength);
        VirtualCardProcess card(profile);
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        const QTemporaryDir cacheDir;
        EidReader reader;
        reader.setCertificateCache(std::make_shared<CertificateCache>(cacheDir.path()));
        const QByteArray hash = QByteArray(hashLength, '\x5a');
        const AuthenticationResult first = reader.authenticate(hash, SecureBytes("1234", 4));
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QVERIFY(!first.certificateFromCache);
        QVERIFY(verifyHashSignature(first.authenticationCertificate, hash, first.signature.encoded));
        // A new reader object with the same cache directory: no certificate read from the card.
        EidReader again;
        again.setCertificateCache(std::make_shared<CertificateCache>(cacheDir.path()));
        const AuthenticationResult second = again.authenticate(hash, SecureBytes("1234", 4));
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QVERIFY(second.certificateFromCache);
        QCOMPARE(second.authenticationCertificate, first.authenticationCertificate);
        QVERIFY(verifyHashSignature(second.authenticationCertificate, hash, second.signature.encoded));
        QVERIFY(second.stats.apdus < first.stats.apdus);
        QVERIFY(second.stats.bytesReceived < first.stats.bytesReceived - 500);
        // Login data alone: card data + certificate, no PIN, no photo.
        const LoginData login = again.readLoginData();
        QVERIFY2(login.ok(), qPrintable(login.error.toString()));
        QCOMPARE(login.stats.apdus, 1);
        QVERIFY(login.certificate);
    }

    void wrongPinCountsDownThenResets()
    {
        VirtualCardProcess card(QStringLiteral("jan-claes"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        PinResult status = reader.pinStatus();
        QVERIFY2(status.ok(), qPrintable(status.error.toString()));
        QCOMPARE(status.triesLeft, 3);
        PinResult r = reader.verifyPin(SecureBytes("0000", 4));
        QCOMPARE(r.error.code, CardErrorCode::WrongPin);
        QCOMPARE(r.error.triesLeft, 2);
        const AuthenticationResult a = reader.authenticate(QByteArray(32, 'h'), SecureBytes("9999", 4));
        QCOMPARE(a.error.code, CardErrorCode::WrongPin);
        QCOMPARE(a.error.triesLeft, 1);
        status = reader.pinStatus();
        QCOMPARE(status.triesLeft, 1);
        r = reader.verifyPin(SecureBytes("1234", 4));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(reader.pinStatus().triesLeft, 3);
        // Invalid PINs never reach the card.
        r = reader.verifyPin(SecureBytes("12", 2));
        QCOMPARE(r.error.code, CardErrorCode::InvalidPin);
        QCOMPARE(reader.pinStatus().triesLeft, 3);
    }

    void wrongPinUntilBlocked_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addRow("1.8") << QStringLiteral("sofie-maes");
        QTest::addRow("1.7") << QStringLiteral("jan-claes");
    }
    void wrongPinUntilBlocked()
    {
        QFETCH(QString, profile);
        VirtualCardProcess card(profile);
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        QCOMPARE(reader.verifyPin(SecureBytes("0000", 4)).error.triesLeft, 2);
        QCOMPARE(reader.verifyPin(SecureBytes("0000", 4)).error.triesLeft, 1);
        const PinResult last = reader.verifyPin(SecureBytes("0000", 4));
        QCOMPARE(last.error.code, CardErrorCode::PinBlocked);
        QCOMPARE(reader.pinStatus().error.code, CardErrorCode::PinBlocked);
        QCOMPARE(reader.verifyPin(SecureBytes("1234", 4)).error.code, CardErrorCode::PinBlocked);
    }

    void blockedCard()
    {
        VirtualCardProcess card(QStringLiteral("blocked-tom-wouters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        const PinResult status = reader.pinStatus();
        QCOMPARE(status.error.code, CardErrorCode::PinBlocked);
        const AuthenticationResult a = reader.authenticate(QByteArray(32, 'h'), SecureBytes("1234", 4));
        QCOMPARE(a.error.code, CardErrorCode::PinBlocked);
        // Reading needs no PIN.
        QVERIFY(reader.read().ok());
    }

    void cardRemovedMidRead()
    {
        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        PcscContext context;
        EidReader reader;
        bool removed = false;
        reader.setReaderName(Reader0);
        reader.setTransportFactory([&](const QString &name) {
            return std::unique_ptr<CardTransport>(
                std::make_unique<RemovingTransport>(context, name, card, 6, removed));
        });
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = reader.read();
        QVERIFY(removed);
        QVERIFY2(r.error.code == CardErrorCode::CardRemoved || r.error.code == CardErrorCode::NoCard,
                 qPrintable(r.error.toString()));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!r.identity);
        // Put back: a fresh read works.
        QVERIFY(card.insert());
        EidReader fresh;
        QVERIFY(fresh.read().ok());
    }

    void noCardAndNoReader()
    {
        EidReader reader;
        reader.setReaderName(Reader0);
        QCOMPARE(reader.readLoginData().error.code, CardErrorCode::NoCard);
        reader.setReaderName(QStringLiteral("Unplugged Reader 01"));
        QCOMPARE(reader.readLoginData().error.code, CardErrorCode::NoReader);
        EidReader any;
        QCOMPARE(any.readLoginData().error.code, CardErrorCode::NoCard);
    }

    void serviceRestartIsRecovered()
    {
        VirtualCardProcess card(QStringLiteral("jan-claes"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidReader reader;
        QVERIFY(reader.readLoginData().ok());
        QVERIFY(runPcscdCtl(QStringLiteral("stop")));
        QCOMPARE(reader.readLoginData().error.code, CardErrorCode::NoService);
        QVERIFY(runPcscdCtl(QStringLiteral("start")));
        QString error;
        QVERIFY2(VirtualCardProcess::waitForCard(VirtualCardProcess::kSlot0Port, true, 15000, &error),
                 qPrintable(error));
        // the same reader object (its context died with the service) works again
        const LoginData r = reader.readLoginData();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    }

    void asyncSession()
    {
        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        EidSession session;
        session.setTrustAnchors(testAnchors());
        EidTask *login = session.readLoginData();
        QSignalSpy loginDone(login, &EidTask::finished);
        QVERIFY(loginDone.wait(10000));
        QVERIFY2(login->succeeded(), qPrintable(login->error().toString()));
        QCOMPARE(login->loginData().certificate->surname, QStringLiteral("Peeters"));
        const QByteArray hash = sha256("nonce from the server");
        EidTask *sign = session.signAuthentication(hash, SecureBytes("1234", 4));
        QSignalSpy signDone(sign, &EidTask::finished);
        QVERIFY(signDone.wait(10000));
        QVERIFY2(sign->succeeded(), qPrintable(sign->error().toString()));
        QVERIFY(verifyHashSignature(sign->authentication().authenticationCertificate, hash,
                                    sign->authentication().signature.encoded));
        EidTask *wrong = session.verifyPin(SecureBytes("0000", 4));
        QSignalSpy wrongDone(wrong, &EidTask::finished);
        QVERIFY(wrongDone.wait(10000));
        QCOMPARE(wrong->error().code, CardErrorCode::WrongPin);
        QCOMPARE(wrong->error().triesLeft, 2);
        EidTask *read = session.readCard();
        QSignalSpy readDone(read, &EidTask::finished);
        QVERIFY(readDone.wait(10000));
        QVERIFY(read->readResult().verification.passed(allChecks(AppletVersion::V18)));
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addRow("1.8") << QStringLiteral("an-peeters");
        QTest::addRow("1.7") << QStringLiteral("jan-claes");
    }
    void commandLine()
    {
        QFETCH(QString, profile);
        VirtualCardProcess card(profile);
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        const QString tool =
            qEnvironmentVariable("LARS_BINARY_DIR") + QStringLiteral("/tools/eid-cli/lars-eid");
        QProcess p;
        p.start(tool, {QStringLiteral("readers")});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Virtual PCD 00 00: eID card"));

        const QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
        p.start(tool, {QStringLiteral("read"), QStringLiteral("--json"), QStringLiteral("--reader"), Reader0,
                       QStringLiteral("--photo"), photo, QStringLiteral("--trust-anchor"),
                       VirtualCardProcess::trustAnchorsPem()});
        QVERIFY(p.waitForFinished(15000));
        const QByteArray json = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QVERIFY(o.value(QStringLiteral("verified")).toBool());
        int passed = 0;
        for (const auto &c : o.value(QStringLiteral("verification")).toArray())
            passed += c.toObject().value(QStringLiteral("result")).toString() == QLatin1String("passed");
        QVERIFY(passed >= 7);
        QFile jpeg(photo);
        QVERIFY(jpeg.open(QIODevice::ReadOnly));
        QVERIFY(jpeg.read(2) == QByteArray::fromHex("FFD8"));

        const QByteArray hash = sha256("challenge");
        p.start(tool, {QStringLiteral("sign"), QStringLiteral("--pin-stdin"), QStringLiteral("--cert-out"),
                       dir.filePath(QStringLiteral("auth.pem"))});
        QVERIFY(p.waitForStarted());
        p.write("1234\n" + hash.toHex() + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(15000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QByteArray signature = QByteArray::fromHex(p.readAllStandardOutput().trimmed());
        const QList<QByteArray> certs = loadCertificates(dir.filePath(QStringLiteral("auth.pem")));
        QCOMPARE(certs.size(), 1);
        QVERIFY(verifyHashSignature(certs.first(), hash, signature));

        p.start(tool, {QStringLiteral("sign"), QStringLiteral("--pin-stdin")});
        QVERIFY(p.waitForStarted());
        p.write("0000\n" + hash.toHex() + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 4);
        const QByteArray stderrText = p.readAllStandardError();
        QVERIFY(stderrText.contains("tries left 2"));
        QVERIFY(!stderrText.contains("0000"));
    }
};

QTEST_GUILESS_MAIN(TestEidPcsc)
#include "tst_eid_pcsc.moc"
