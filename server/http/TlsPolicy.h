#pragma once
// The TLS the embedded server offers when it terminates TLS itself (the one-process demo and small
// sites): TLS 1.2 with forward-secret AEAD suites only (ECDHE with AES-GCM or ChaCha20-Poly1305) and
// TLS 1.3; the CBC suites OpenSSL still enables for TLS 1.2 are not offered (the same policy as
// packaging/server/haproxy.cfg).
#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>

namespace lars::server::http {

class TlsPolicy final
{
public:
    static QList<QSslCipher> ciphers();
    static void apply(QSslConfiguration &configuration);
};

} // namespace lars::server::http
