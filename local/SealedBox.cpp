#include "local/SealedBox.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace lars::local {

namespace {
constexpr int kNonce = 12;
constexpr int kTag = 16;
using Context = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
} // namespace

QByteArray SealedBox::newKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), kKeyBytes) != 1)
        return {};
    return key;
}

QByteArray SealedBox::seal(const QByteArray &key, const QByteArray &plain, const QByteArray &associated)
{
    if (key.size() != kKeyBytes)
        return {};
    QByteArray out(kNonce + plain.size() + kTag, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), kNonce) != 1)
        return {};
    Context ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int n = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(out)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &n, bytes(associated), int(associated.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), bytes(out) + kNonce, &n, bytes(plain), int(plain.size())) != 1)
        return {};
    total = n;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + kNonce + total, &n) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, bytes(out) + kNonce + plain.size()) != 1)
        return {};
    return out;
}

std::optional<QByteArray> SealedBox::open(const QByteArray &key, const QByteArray &sealed,
                                          const QByteArray &associated)
{
    if (key.size() != kKeyBytes || sealed.size() < kNonce + kTag)
        return std::nullopt;
    const int length = int(sealed.size()) - kNonce - kTag;
    QByteArray plain(length, Qt::Uninitialized);
    QByteArray tag = sealed.right(kTag);
    Context ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int n = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(sealed)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &n, bytes(associated), int(associated.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), bytes(plain), &n, bytes(sealed) + kNonce, length) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, bytes(tag)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + n, &n) != 1)
        return std::nullopt;
    return plain;
}

} // namespace lars::local
