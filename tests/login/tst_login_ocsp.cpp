// eID login and certificate revocation, with real parts: `openssl ocsp` answers as the TEST citizen CA's
// responder (an index with one revoked card), the real lars-server asks it without blocking, and the
// assertions are signed with the virtual cards' keys. A revoked card, a card the responder does not know and
// a forged answer are refused; an unreachable responder follows the configured policy.
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/VirtualCardProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using lars::test::HttpReply;
using lars::test::ServerProcess;
using lars::test::VirtualCardProcess;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// `openssl ocsp` as the responder of one CA: its index lists the cards it knows, revoked or valid.
class OcspResponder final
{
public:
    bool start(const QString &caName, const QString &signerName, const QStringList &valid,
               const QStringList &revoked)
    {
        const QDir pki(VirtualCardProcess::pkiDirectory());
        QFile index(m_dir.filePath(QStringLiteral("index.txt")));
        if (!index.open(QIODevice::WriteOnly)) {
            qWarning("cannot write %s", qPrintable(index.fileName()));
            return false;
        }
        const auto line = [&](const QString &card, bool isRevoked) {
            const QDir dir(VirtualCardProcess::cardDirectory(card));
            const auto certs = QSslCertificate::fromPath(dir.filePath(QStringLiteral("authentication.pem")));
            const QSslCertificate &c = certs.first();
            const QByteArray expiry =
                c.expiryDate().toUTC().toString(QStringLiteral("yyMMddHHmmss")).toLatin1() + 'Z';
            index.write((isRevoked ? "R\t" : "V\t") + expiry + '\t' + (isRevoked ? "260101000000Z" : "") +
                        '\t' + c.serialNumber().replace(':', "").toUpper() + "\tunknown\t/CN=" +
                        c.subjectInfo(QSslCertificate::CommonName).value(0).toUtf8() + '\n');
        };
        for (const QString &card : valid)
            line(card, false);
        for (const QString &card : revoked)
            line(card, true);
        index.close();
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            QStringLiteral("openssl"),
            {QStringLiteral("ocsp"), QStringLiteral("-index"), index.fileName(), QStringLiteral("-CA"),
             pki.filePath(QStringLiteral("ca/%1-citizen-ca.pem").arg(caName)), QStringLiteral("-rsigner"),
             pki.filePath(QStringLiteral("ca/%1-citizen-ca.pem").arg(signerName)), QStringLiteral("-rkey"),
             pki.filePath(QStringLiteral("private/%1-citizen-ca.key.pem").arg(signerName)),
             QStringLiteral("-port"), QString::number(m_port), QStringLiteral("-nmin"), QStringLiteral("5"),
             QStringLiteral("-ignore_err")});
        if (!m_process.waitForStarted()) {
            qWarning("openssl ocsp did not start");
            return false;
        }
        // It says "ACCEPT" once it listens.
        QByteArray said;
        while (!said.contains("ACCEPT") && m_process.waitForReadyRead(10000))
            said += m_process.readAll();
        if (!said.contains("ACCEPT"))
            qWarning("openssl ocsp did not listen: %s", said.constData());
        return said.contains("ACCEPT");
    }
    void stop()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    ~OcspResponder() { stop(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }
    QByteArray log() { return m_process.readAll(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestLoginOcsp final : public QObject
{
    Q_OBJECT

    static HttpReply loginAs(ServerProcess &server, const QString &card)
    {
        const QString nonce = server.request("POST", QStringLiteral("/api/v1/auth/challenge"))
                                  .json()
                                  .value(QLatin1String("nonce"))
                                  .toString();
        const auto a = lars::test::signAsCard(card, nonce);
        return server.request(
            "POST", QStringLiteral("/api/v1/auth/eid"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("nonce"), nonce},
                            {QStringLiteral("certificate"), QString::fromLatin1(a.certificate.toBase64())},
                            {QStringLiteral("signature"), QString::fromLatin1(a.signature.toBase64())}})
                .toJson(QJsonDocument::Compact));
    }
    static QString problem(const HttpReply &r) { return r.problemType().section(u'/', -1); }

    static std::unique_ptr<ServerProcess> serverAsking(const QString &responder, const QStringList &more = {})
    {
        auto server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        if (!server->start(10, lars::test::trustAnchorArguments() +
                                   QStringList{QStringLiteral("--ocsp-responder"), responder,
                                               QStringLiteral("--ocsp-timeout-ms"), QStringLiteral("1500")} +
                                   more))
            return nullptr;
        return server;
    }

private slots:
    void revokedCardIsRefused()
    {
        // An Peeters and Sofie Maes have cards of the P-384 citizen CA; Sofie's was revoked.
        OcspResponder responder;
        QVERIFY(responder.start(QStringLiteral("test-p384"), QStringLiteral("test-p384"),
                                {QStringLiteral("an-peeters")}, {QStringLiteral("sofie-maes")}));
        auto server = serverAsking(responder.url());
        QVERIFY(server);
        const HttpReply good = loginAs(*server, QStringLiteral("an-peeters"));
        QCOMPARE(good.status, 200);
        QVERIFY(!good.json().value(QLatin1String("token")).toString().isEmpty());
        const HttpReply revoked = loginAs(*server, QStringLiteral("sofie-maes"));
        QCOMPARE(revoked.status, 401);
        QCOMPARE(problem(revoked), QStringLiteral("certificate-revoked"));
        QVERIFY(!revoked.body.contains("token"));
        QCOMPARE(server->auditOfRequest(revoked.header("X-Request-Id")),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("login.failed"), 0}}));
        // Asked again from the cache: still refused, and the good card still gets in.
        QCOMPARE(problem(loginAs(*server, QStringLiteral("sofie-maes"))),
                 QStringLiteral("certificate-revoked"));
        QCOMPARE(loginAs(*server, QStringLiteral("an-peeters")).status, 200);
    }

    void unknownCertificateIsRefused()
    {
        // Sofie Maes' card is of this CA but not in its index: "unknown", refused.
        OcspResponder responder;
        QVERIFY(responder.start(QStringLiteral("test-p384"), QStringLiteral("test-p384"),
                                {QStringLiteral("an-peeters")}, {}));
        auto server = serverAsking(responder.url());
        QVERIFY(server);
        const HttpReply r = loginAs(*server, QStringLiteral("sofie-maes"));
        QCOMPARE(r.status, 401);
        QCOMPARE(problem(r), QStringLiteral("certificate-unknown"));
        // Jan Claes' card is of the RSA citizen CA: this responder is not its issuer's and refuses to
        // answer, so nothing is known: refused as unreachable.
        const HttpReply other = loginAs(*server, QStringLiteral("jan-claes"));
        QCOMPARE(other.status, 503);
        QCOMPARE(problem(other), QStringLiteral("revocation-unavailable"));
    }

    void forgedAnswerIsNotBelieved()
    {
        // A responder that signs with a CA the server does not trust says "good": not believed.
        OcspResponder forger;
        QVERIFY(forger.start(QStringLiteral("test-p384"), QStringLiteral("untrusted-p384"),
                             {QStringLiteral("an-peeters")}, {}));
        auto server = serverAsking(forger.url());
        QVERIFY(server);
        const HttpReply r = loginAs(*server, QStringLiteral("an-peeters"));
        QCOMPARE(r.status, 503);
        QCOMPARE(problem(r), QStringLiteral("revocation-unavailable"));
        QVERIFY(server->log().contains("signature does not verify"));
    }

    void unreachableResponderFollowsThePolicy()
    {
        const QString nobody = QStringLiteral("http://127.0.0.1:%1/").arg(freePort());
        auto refusing = serverAsking(nobody);
        QVERIFY(refusing);
        const HttpReply refused = loginAs(*refusing, QStringLiteral("an-peeters"));
        QCOMPARE(refused.status, 503);
        QCOMPARE(problem(refused), QStringLiteral("revocation-unavailable"));
        QVERIFY(refusing->log().contains("OCSP: no valid answer"));
        // While a login waits for the responder, the server answers everyone else.
        QCOMPARE(refusing->request("GET", QStringLiteral("/api/v1/health")).status, 200);

        auto allowing = serverAsking(nobody, {QStringLiteral("--ocsp-unreachable"), QStringLiteral("allow")});
        QVERIFY(allowing);
        const HttpReply allowed = loginAs(*allowing, QStringLiteral("an-peeters"));
        QCOMPARE(allowed.status, 200);
        const auto audit = allowing->auditOfRequest(allowed.header("X-Request-Id"));
        QVERIFY(audit.contains(std::pair<QString, qint64>(QStringLiteral("login.revocation-unchecked"), 0)));
    }
};

QTEST_GUILESS_MAIN(TestLoginOcsp)
#include "tst_login_ocsp.moc"
