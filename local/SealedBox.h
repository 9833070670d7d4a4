#pragma once
// AES-256-GCM (OpenSSL EVP) for what the client keeps on disk: a fresh 96-bit nonce per value, the
// 128-bit tag appended, and associated data that binds a value to its place (so a row copied to another
// place does not open).
#include <QByteArray>
#include <optional>

namespace lars::local {

class SealedBox final
{
public:
    static constexpr int kKeyBytes = 32;

    static QByteArray newKey(); // RAND_bytes
    // nonce (12) | ciphertext | tag (16); empty when the key is not 32 bytes.
    static QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &associated);
    // nullopt when the value was changed, sealed with another key or for another place.
    static std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed,
                                          const QByteArray &associated);
};

} // namespace lars::local
