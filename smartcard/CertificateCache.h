#pragma once
// Certificates cached by card serial, so a login with a known card skips reading ~1 KB from the card.
// Thread-safe. Certificates are public data; a cached one is still checked by the server at every login.
#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

namespace lars::smartcard {

class CertificateCache final
{
public:
    // An empty directory keeps the cache in memory only.
    explicit CertificateCache(const QString &directory = {});

    std::optional<QByteArray> authenticationCertificate(const QByteArray &cardSerial) const;
    void storeAuthenticationCertificate(const QByteArray &cardSerial, const QByteArray &der);
    void remove(const QByteArray &cardSerial);
    void clear();
    QString directory() const { return m_directory; }

    // The default location: <cache dir>/eid-certificates.
    static QString defaultDirectory();

private:
    QString fileFor(const QByteArray &cardSerial) const;

    QString m_directory;
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, QByteArray> m_memory;
};

} // namespace lars::smartcard
