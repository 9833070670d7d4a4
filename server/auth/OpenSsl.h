#pragma once
// OpenSSL objects owned by std::unique_ptr, and OpenSSL times as QDateTime: what the eID login's
// certificate check and its revocation check both need.
#include <QDateTime>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/x509.h>

namespace lars::server::auth {

template <typename T, void (*Free)(T *)>
struct OpenSslDeleter
{
    void operator()(T *p) const { Free(p); }
};
template <typename T, void (*Free)(T *)>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<T, Free>>;
using X509Ptr = OpenSslPtr<X509, X509_free>;

class OpenSsl final
{
public:
    // UTC; invalid for a null or unparsable time (ASN1_GENERALIZEDTIME is an ASN1_TIME too).
    static QDateTime toDateTime(const ASN1_TIME *time)
    {
        struct tm t = {};
        if (!time || ASN1_TIME_to_tm(time, &t) != 1)
            return {};
        return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                         QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
    }
};

} // namespace lars::server::auth
