#include "smartcard/CertificateCache.h"

#include "smartcard/EidCard.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace lars::smartcard {

CertificateCache::CertificateCache(const QString &directory)
    : m_directory(directory)
{}

QString CertificateCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/eid-certificates");
}

QString CertificateCache::fileFor(const QByteArray &cardSerial) const
{
    return m_directory + QLatin1Char('/') + QString::fromLatin1(cardSerial.toHex()) +
           QStringLiteral("-auth.der");
}

std::optional<QByteArray> CertificateCache::authenticationCertificate(const QByteArray &cardSerial) const
{
    if (cardSerial.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    if (auto it = m_memory.constFind(cardSerial); it != m_memory.constEnd())
        return *it;
    if (m_directory.isEmpty())
        return std::nullopt;
    QFile file(fileFor(cardSerial));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray der = file.read(64 * 1024);
    // A damaged file is ignored: the card is read again.
    if (der.isEmpty() || EidCard::derLength(der) != der.size())
        return std::nullopt;
    m_memory.insert(cardSerial, der);
    return der;
}

void CertificateCache::storeAuthenticationCertificate(const QByteArray &cardSerial, const QByteArray &der)
{
    if (cardSerial.isEmpty() || der.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_memory.insert(cardSerial, der);
    if (m_directory.isEmpty())
        return;
    QDir().mkpath(m_directory);
    QSaveFile file(fileFor(cardSerial));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(der);
        file.commit();
    }
}

void CertificateCache::remove(const QByteArray &cardSerial)
{
    QMutexLocker lock(&m_mutex);
    m_memory.remove(cardSerial);
    if (!m_directory.isEmpty())
        QFile::remove(fileFor(cardSerial));
}

void CertificateCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_memory.clear();
}

} // namespace lars::smartcard
