#pragma once
// Verifies what was read from an eID with OpenSSL: the RRN signatures over the identity and address
// files, the photo hash, the basic key (1.8), and the certificate chains up to configured trust anchors.
// The result lists every check as passed, failed or not checked, with the reason.
#include "smartcard/CardData.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lars::smartcard {

enum class CheckResult
{
    NotChecked,
    Passed,
    Failed
};
QString checkResultName(CheckResult result);

struct VerificationCheck
{
    QString id; // stable: "identity-signature", "address-signature", "photo-hash", "rrn-chain", …
    CheckResult result = CheckResult::NotChecked;
    QString detail;
};

struct VerificationResult
{
    QList<VerificationCheck> checks;

    CheckResult result(const QString &id) const;
    bool anyFailed() const;
    // True when nothing failed and every check in ids passed.
    bool passed(const QStringList &ids) const;
    void set(const QString &id, CheckResult result, const QString &detail = {});
};

// The raw files a verification works on; empty members are "not read".
struct CardFiles
{
    AppletVersion applet = AppletVersion::Unknown;
    QByteArray identity;
    QByteArray identitySignature; // as stored (1.8: DER followed by zero padding)
    QByteArray address;
    QByteArray addressSignature;
    QByteArray photo;
    QByteArray basicPublicKey; // 4040 (1.8)
    QByteArray internalAuthChallenge;
    QByteArray internalAuthSignature; // r‖s
    QByteArray authenticationCert;
    QByteArray signatureCert;
    QByteArray caCert;
    QByteArray rootCert;
    QByteArray rrnCert;
};

class EidVerifier final
{
public:
    // DER certificates trusted as roots. Production: the Belgium Root CAs; tests: the generated TEST root.
    void setTrustAnchors(const QList<QByteArray> &derCertificates) { m_anchors = derCertificates; }
    const QList<QByteArray> &trustAnchors() const { return m_anchors; }

    VerificationResult verify(const CardFiles &files) const;

    // leaf → (intermediates) → a trust anchor, validity dates checked now. maxDepth counts leaf and anchor.
    CheckResult verifyChain(const QByteArray &leaf, const QList<QByteArray> &intermediates, int exactDepth,
                            QString *detail) const;
    // Signature of data with the certificate's key (RSA PKCS#1 v1.5 or ECDSA DER) and the given digest name.
    static bool verifySignature(const QByteArray &certDer, const char *digest, const QByteArray &data,
                                const QByteArray &signature, QString *detail);

private:
    QList<QByteArray> m_anchors;
};

} // namespace lars::smartcard
