#include "server/http/TlsPolicy.h"

namespace lars::server::http {

QList<QSslCipher> TlsPolicy::ciphers()
{
    QList<QSslCipher> out;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : supported) {
        if (cipher.protocol() == QSsl::TlsV1_3) {
            out.append(cipher); // every TLS 1.3 suite is AEAD with forward secrecy
            continue;
        }
        const QString name = cipher.name();
        const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        const bool forwardSecret = name.startsWith(QLatin1String("ECDHE-"));
        if (cipher.protocol() == QSsl::TlsV1_2 && aead && forwardSecret)
            out.append(cipher);
    }
    return out;
}

void TlsPolicy::apply(QSslConfiguration &configuration)
{
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(ciphers());
}

} // namespace lars::server::http
