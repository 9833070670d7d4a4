#include "smartcard/SecureBytes.h"

#include <openssl/crypto.h>

namespace lars::smartcard {

SecureBytes::SecureBytes(const char *data, std::size_t size)
    : m_bytes(reinterpret_cast<const unsigned char *>(data),
              reinterpret_cast<const unsigned char *>(data) + size)
{}

SecureBytes SecureBytes::fromString(const QString &text)
{
    SecureBytes result;
    result.m_bytes.reserve(std::size_t(text.size()));
    for (const QChar c : text)
        result.m_bytes.push_back(static_cast<unsigned char>(c.unicode() & 0xff));
    return result;
}

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes result(source.constData(), std::size_t(source.size()));
    wipe(source);
    source.clear();
    return result;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes::SecureBytes(const SecureBytes &other)
    : m_bytes(other.m_bytes)
{}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
    }
    return *this;
}

void SecureBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void wipe(QByteArray &bytes)
{
    // data() detaches a shared buffer first: only this object's copy can be wiped, so PIN buffers are
    // never copied in the first place.
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
}

} // namespace lars::smartcard
