#pragma once
// A byte buffer for secrets (the PIN): move-only, never implicitly shared, wiped with OPENSSL_cleanse.
#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <vector>

namespace lars::smartcard {

class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(const char *data, std::size_t size);
    // Copies the characters as Latin-1 and wipes nothing of the source: callers wipe their QString.
    static SecureBytes fromString(const QString &text);
    // Takes the bytes of a QByteArray and wipes the source in place (it must not be shared).
    static SecureBytes takeFrom(QByteArray &source);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);

    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    unsigned char operator[](std::size_t i) const { return m_bytes[i]; }
    void clear();

private:
    std::vector<unsigned char> m_bytes;
};

// Wipes a QByteArray's storage (used for APDUs that carried a PIN block).
void wipe(QByteArray &bytes);

} // namespace lars::smartcard

Q_DECLARE_METATYPE(lars::smartcard::SecureBytes)
