// Units of the login: contact data checks, the PIN rule, the rate limiter's window, the eID assertion
// verifier against the TEST PKI (chain, dates, key usage, signature), and problem types → error kinds.
#include "models/api/AuthError.h"
#include "server/auth/EidAssertion.h"
#include "server/auth/LoginRateLimiter.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/VirtualCardProcess.h"
#include "ui/login/ContactValidator.h"
#include "ui/login/PinDialog.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using lars::server::auth::EidAssertion;
using lars::server::auth::EidAssertionVerifier;
using lars::ui::ContactValidator;

class TestLoginUnits final : public QObject
{
    Q_OBJECT

    EidAssertionVerifier verifier()
    {
        EidAssertionVerifier v;
        const QDir pki(lars::test::VirtualCardProcess::pkiDirectory());
        QString error;
        for (const char *file :
             {"trust-anchors.pem", "ca/test-rsa-citizen-ca.pem", "ca/test-p384-citizen-ca.pem"})
            if (!v.addTrustFile(pki.filePath(QLatin1String(file)), &error))
                qFatal("%s", qPrintable(error));
        return v;
    }
    EidAssertion assertion(const QString &card, const QString &nonce, const QString &signedNonce = {})
    {
        const auto signed_ = lars::test::signAsCard(card, signedNonce.isEmpty() ? nonce : signedNonce);
        return {signed_.certificate, {}, signed_.signature, nonce};
    }

private slots:
    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("mobile");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << "" << true << true << "";
        QTest::newRow("gsm national") << "0470123456" << true << true << "0470 12 34 56";
        QTest::newRow("gsm spaced") << "0470 12 34 56" << true << true << "0470 12 34 56";
        QTest::newRow("gsm +32") << "+32 470 12 34 56" << true << true << "0470 12 34 56";
        QTest::newRow("gsm 0032") << "0032470123456" << true << true << "0470 12 34 56";
        QTest::newRow("gsm +32 (0)") << "+32 (0)470 12 34 56" << true << true << "0470 12 34 56";
        QTest::newRow("landline as gsm") << "03 123 45 67" << true << false << "";
        QTest::newRow("antwerp") << "031234567" << false << true << "03 123 45 67";
        QTest::newRow("leuven") << "016 12 34 56" << false << true << "016 12 34 56";
        QTest::newRow("brussels +32") << "+32 2 123 45 67" << false << true << "02 123 45 67";
        QTest::newRow("mobile as phone") << "0470/12.34.56" << false << true << "0470 12 34 56";
        QTest::newRow("dutch mobile") << "+31 6 12345678" << true << true << "+31612345678";
        QTest::newRow("too short") << "12" << false << false << "";
        QTest::newRow("letters") << "04 70 AB" << false << false << "";
        QTest::newRow("no zero") << "470123456" << false << false << "";
        QTest::newRow("too long intl") << "+1234567890123456" << false << false << "";
    }
    void phoneNumbers()
    {
        QFETCH(QString, input);
        QFETCH(bool, mobile);
        QFETCH(bool, ok);
        QFETCH(QString, value);
        const ContactValidator::Result r = ContactValidator::phone(input, mobile);
        QCOMPARE(r.ok, ok);
        if (ok)
            QCOMPARE(r.value, value);
        else
            QVERIFY(!r.message.isEmpty());
    }

    void emails_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("plain") << "an.peeters@vrijclb.be" << true;
        QTest::newRow("plus") << "an+lars@clb-antwerpen.be" << true;
        QTest::newRow("no at") << "an.peeters" << false;
        QTest::newRow("two at") << "an@@clb.be" << false;
        QTest::newRow("no tld") << "an@clb" << false;
        QTest::newRow("space") << "an peeters@clb.be" << false;
        QTest::newRow("dots") << "an..peeters@clb.be" << false;
        QTest::newRow("trailing dot local") << "an.@clb.be" << false;
    }
    void emails()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QCOMPARE(ContactValidator::email(input).ok, ok);
    }

    void pinRule()
    {
        QVERIFY(lars::ui::PinDialog::isAcceptablePin(QStringLiteral("1234")));
        QVERIFY(lars::ui::PinDialog::isAcceptablePin(QStringLiteral("123456789012")));
        QVERIFY(!lars::ui::PinDialog::isAcceptablePin(QStringLiteral("123")));
        QVERIFY(!lars::ui::PinDialog::isAcceptablePin(QStringLiteral("1234567890123")));
        QVERIFY(!lars::ui::PinDialog::isAcceptablePin(QStringLiteral("12a4")));
        QVERIFY(!lars::ui::PinDialog::isAcceptablePin(QString::fromUtf8("١٢٣٤"))); // Arabic-Indic digits
    }

    void rateLimiterWindow()
    {
        // The limiter keeps its counts in the server's database (here a fresh SQLite file).
        QTemporaryDir dir;
        QString error;
        auto db = lars::server::store::Database::open(QStringLiteral("sqlite:") +
                                                          dir.filePath(QStringLiteral("limits.sqlite")),
                                                      QStringLiteral("limiter"), &error);
        QVERIFY2(db && db->migrate(&error), qPrintable(error));
        lars::server::auth::LoginRateLimiter::Limits limits;
        limits.failuresPerCertificate = 3;
        limits.failuresPerSource = 5;
        limits.windowSeconds = 60;
        lars::server::auth::LoginRateLimiter limiter(*db, limits);
        const qint64 t0 = 600 * 60'000LL; // the start of a window
        for (int i = 0; i < 3; ++i) {
            limiter.recordSourceFailure(QStringLiteral("10.0.0.1"), t0 + i * 1000);
            limiter.recordCertificateFailure(QStringLiteral("card"), t0 + i * 1000);
        }
        QVERIFY(limiter.retryAfterForCertificate(QStringLiteral("card"), t0 + 3000) > 0);
        QCOMPARE(limiter.retryAfterForCertificate(QStringLiteral("other"), t0 + 3000), 0);
        QCOMPARE(limiter.retryAfterForSource(QStringLiteral("10.0.0.1"), t0 + 3000), 0);
        // The window slides: the previous window's hits weigh less as it ages out (5 hits against a limit
        // of 3 weigh 3 after 40% of the next window), and nothing at all after two windows.
        limiter.recordCertificateFailure(QStringLiteral("card"), t0 + 3000);
        limiter.recordCertificateFailure(QStringLiteral("card"), t0 + 4000);
        const qint64 wait = limiter.retryAfterForCertificate(QStringLiteral("card"), t0 + 61'000);
        QVERIFY2(wait >= 23 && wait <= 24, qPrintable(QString::number(wait)));
        QCOMPARE(limiter.retryAfterForCertificate(QStringLiteral("card"), t0 + 61'000 + wait * 1000), 0);
        QCOMPARE(limiter.retryAfterForCertificate(QStringLiteral("card"), t0 + 120'000), 0);
        limiter.recordSourceFailure(QStringLiteral("10.0.0.1"), t0 + 4000);
        limiter.recordSourceFailure(QStringLiteral("10.0.0.1"), t0 + 5000);
        QVERIFY(limiter.retryAfterForSource(QStringLiteral("10.0.0.1"), t0 + 6000) > 0);
        QCOMPARE(limiter.retryAfterForSource(QStringLiteral("10.0.0.2"), t0 + 6000), 0);
        limiter.recordSuccess(QStringLiteral("card"));
        QCOMPARE(limiter.retryAfterForCertificate(QStringLiteral("card"), t0 + 6000), 0);
        // Challenges: the limit's worth is handed out, then a wait.
        for (int i = 0; i < 60; ++i)
            QCOMPARE(limiter.takeChallenge(QStringLiteral("10.0.0.3"), t0 + 7000), 0);
        QVERIFY(limiter.takeChallenge(QStringLiteral("10.0.0.3"), t0 + 7000) > 0);
    }

    void verifierAcceptsBothApplets()
    {
        const EidAssertionVerifier v = verifier();
        for (const char *card : {"an-peeters", "jan-claes"}) {
            const auto r = v.verify(assertion(QLatin1String(card), QStringLiteral("n1")));
            QVERIFY2(r.outcome == EidAssertionVerifier::Outcome::Ok, qPrintable(r.detail));
            QCOMPARE(r.nationalNumber.size(), 11);
        }
        QCOMPARE(v.verify(assertion(QStringLiteral("an-peeters"), QStringLiteral("n1"))).nationalNumber,
                 QStringLiteral("85071512397"));
    }

    void verifierRefuses()
    {
        const EidAssertionVerifier v = verifier();
        using O = EidAssertionVerifier::Outcome;
        QCOMPARE(v.verify(assertion(QStringLiteral("an-peeters"), QStringLiteral("n1"), QStringLiteral("n2")))
                     .outcome,
                 O::BadSignature);
        QCOMPARE(v.verify(assertion(QStringLiteral("untrusted-mia-verhoeven"), QStringLiteral("n"))).outcome,
                 O::NotTrusted);
        QCOMPARE(v.verify(assertion(QStringLiteral("expired-luc-peeters"), QStringLiteral("n"))).outcome,
                 O::Expired);
        // Valid today, but not the day after the card's end.
        const auto valid = v.verify(assertion(QStringLiteral("an-peeters"), QStringLiteral("n")));
        QCOMPARE(
            v.verify(assertion(QStringLiteral("an-peeters"), QStringLiteral("n")), valid.notAfter.addDays(1))
                .outcome,
            O::Expired);
        EidAssertion garbage = assertion(QStringLiteral("an-peeters"), QStringLiteral("n"));
        garbage.certificate.append('\0');
        QCOMPARE(v.verify(garbage).outcome, O::Malformed);
        // Without the citizen CA configured or sent, the chain cannot be built; sent by the client it can.
        EidAssertionVerifier rootsOnly;
        QString error;
        QVERIFY(rootsOnly.addTrustFile(QDir(lars::test::VirtualCardProcess::pkiDirectory())
                                           .filePath(QStringLiteral("trust-anchors.pem")),
                                       &error));
        EidAssertion a = assertion(QStringLiteral("jan-claes"), QStringLiteral("n"));
        QCOMPARE(rootsOnly.verify(a).outcome, O::NotTrusted);
        QFile ca(QDir(lars::test::VirtualCardProcess::pkiDirectory())
                     .filePath(QStringLiteral("ca/test-rsa-citizen-ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray pem = ca.readAll();
        const QByteArray b64 =
            pem.mid(pem.indexOf("-----\n") + 6, pem.indexOf("-----END") - pem.indexOf("-----\n") - 6);
        a.intermediates = {QByteArray::fromBase64(b64)};
        QCOMPARE(rootsOnly.verify(a).outcome, O::Ok);
    }

    void problemTypesMapToKinds()
    {
        using K = lars::models::AuthError::Kind;
        QCOMPARE(lars::models::AuthError::kindForProblem(QStringLiteral("unknown-person")), K::UnknownPerson);
        QCOMPARE(lars::models::AuthError::kindForProblem(QStringLiteral("certificate-not-trusted")),
                 K::CertificateNotTrusted);
        QCOMPARE(lars::models::AuthError::kindForProblem(QStringLiteral("card-expired")), K::CardExpired);
        QCOMPARE(lars::models::AuthError::kindForProblem(QStringLiteral("nonce-replayed")), K::NonceReplayed);
        QCOMPARE(lars::models::AuthError::kindForProblem(QStringLiteral("too-many-attempts")),
                 K::TooManyAttempts);
        QCOMPARE(lars::models::AuthError::kindForProblem(QStringLiteral("something-new")), K::Server);
    }
};

QTEST_MAIN(TestLoginUnits)
#include "tst_login_units.moc"
