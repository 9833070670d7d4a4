// "Would general eID middleware accept the virtual card?": OpenSC (belpic driver, PKCS#15, PKCS#11
// module) reads the virtual cards through pcscd and signs with applet 1.7.

#include "tests/support/VirtualCardProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using lars::test::VirtualCardProcess;

namespace {

const QString kModule = QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so");

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.output = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = p.readAll();
    return r;
}

QByteArray pemToDer(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!x)
        return {};
    unsigned char *buf = nullptr;
    const int n = i2d_X509(x, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), n);
    OPENSSL_free(buf);
    X509_free(x);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstVirtualCardOpenSc final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kModule),
                 "OpenSC's PKCS#11 module is missing (scripts/setup installs opensc)");
        QVERIFY2(QFile::exists(VirtualCardProcess::trustAnchorsPem()), "the TEST PKI was not generated");
    }

    void pkcs15View_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("keyLine");
        QTest::newRow("applet 1.7") << QStringLiteral("jan-claes") << QByteArray("ModLength      : 2048");
        QTest::newRow("applet 1.8") << QStringLiteral("an-peeters") << QByteArray("FieldLength    : 384");
    }
    void pkcs15View()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, keyLine);
        VirtualCardProcess card(id);
        QVERIFY2(card.start(), qPrintable(card.errorString()));

        Run r = run(QStringLiteral("opensc-tool"),
                    {QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-n")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.output.contains("Belpic cards"), r.output.constData()); // the belpic driver took it

        r = run(QStringLiteral("pkcs15-tool"),
                {QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-D")});
        QCOMPARE(r.exitCode, 0);
        for (const char *expected :
             {"PKCS#15 Card [BELPIC]", "PIN [Basic PIN]", "[Authentication]", "[Signature]",
              "X.509 Certificate [Authentication]", "X.509 Certificate [Root]"})
            QVERIFY2(r.output.contains(expected),
                     qPrintable(QStringLiteral("%1 missing in:\n%2")
                                    .arg(QLatin1String(expected), QString::fromUtf8(r.output))));
        QVERIFY2(r.output.contains(keyLine), r.output.constData());

        // The certificate OpenSC reads (DER length, not the padded file) is the authentication certificate.
        r = run(QStringLiteral("pkcs15-tool"), {QStringLiteral("-r"), QStringLiteral("0"),
                                                QStringLiteral("--read-certificate"), QStringLiteral("02")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray expected =
            pemToDer(readAll(card.cardDirectory() + QStringLiteral("/authentication.pem")));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(pemToDer(r.output).toHex(), expected.toHex());
    }

    void pkcs11Objects_data() { pkcs15View_data(); }
    void pkcs11Objects()
    {
        QFETCH(QString, id);
        VirtualCardProcess card(id);
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        Run r =
            run(QStringLiteral("pkcs11-tool"), {QStringLiteral("--module"), kModule, QStringLiteral("-L")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.output.contains("token label        : BELPIC"), r.output.constData());
        r = run(QStringLiteral("pkcs11-tool"), {QStringLiteral("--module"), kModule, QStringLiteral("--slot"),
                                                QStringLiteral("0"), QStringLiteral("-O")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.output.contains("label:      Authentication"), r.output.constData());
        QVERIFY2(r.output.contains("serialNumber="), r.output.constData());
    }

    void pkcs11SignatureApplet17()
    {
        VirtualCardProcess card(QStringLiteral("jan-claes"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("data")), out = dir.filePath(QStringLiteral("sig"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray data = "login challenge for the virtual card";
        f.write(data);
        f.close();
        // OpenSC logs in with the PIN block, sets MSE (PKCS#1, DigestInfo built off-card) and signs with PSO.
        const Run r = run(QStringLiteral("pkcs11-tool"),
                          {QStringLiteral("--module"), kModule, QStringLiteral("--slot"), QStringLiteral("0"),
                           QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("1234"),
                           QStringLiteral("--sign"), QStringLiteral("--id"), QStringLiteral("02"),
                           QStringLiteral("-m"), QStringLiteral("SHA256-RSA-PKCS"),
                           QStringLiteral("--input-file"), in, QStringLiteral("--output-file"), out});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        const QByteArray signature = readAll(out);
        QCOMPARE(signature.size(), 256);

        const QByteArray pem = readAll(card.cardDirectory() + QStringLiteral("/authentication.pem"));
        BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        QVERIFY(x);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, X509_get0_pubkey(x)) > 0 &&
                        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                         static_cast<size_t>(signature.size()),
                                         reinterpret_cast<const unsigned char *>(data.constData()),
                                         static_cast<size_t>(data.size())) == 1;
        EVP_MD_CTX_free(ctx);
        X509_free(x);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TstVirtualCardOpenSc)
#include "tst_virtualcard_opensc.moc"
