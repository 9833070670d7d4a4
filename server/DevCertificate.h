#pragma once
// An ephemeral self-signed TLS certificate for development and tests on loopback (CN=localhost with
// SANs localhost, 127.0.0.1 and ::1), generated in memory with OpenSSL at every start.
#include <QByteArray>
#include <QString>

namespace lars::server {

struct DevCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;

    static DevCertificate generate(QString *error);
    // SHA-256 of the DER certificate as colon-separated hex, as browsers and openssl show it.
    static QString fingerprint(const QByteArray &certificatePem);
};

} // namespace lars::server
