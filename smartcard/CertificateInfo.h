#pragma once
// The fields of an X.509 certificate the eID tools show and the login needs (subject, national number).
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lars::smartcard {

struct CertificateInfo
{
    QString subject;
    QString issuer;
    QString commonName;
    QString surname;
    QString givenName;
    QString serialNumberAttribute; // the national number in eID citizen certificates
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType; // "RSA-2048", "EC P-384" …
    QByteArray sha256Fingerprint;

    static std::optional<CertificateInfo> parse(const QByteArray &der);
};

// Reads certificates from a file: one or more PEM blocks, or a single DER certificate. Returns DER.
QList<QByteArray> loadCertificates(const QString &path, QString *error = nullptr);
QByteArray derToPem(const QByteArray &der);

} // namespace lars::smartcard
