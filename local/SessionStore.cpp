#include "local/SessionStore.h"

#include "local/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace lars::local {

namespace {
constexpr int kFormat = 1;

// Errors that mean "there is no usable keychain here", as opposed to "no entry yet".
bool isUnavailable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return false;
    default:
        return true;
    }
}

void wipeBytes(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

QByteArray SavedSession::toJson() const
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("token"), QString::fromLatin1(token)},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("cardSerial"), QString::fromLatin1(cardSerial.toHex())},
                        {QStringLiteral("clbId"), clbId},
                        {QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("server"), server}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SavedSession SavedSession::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    SavedSession s;
    if (o.value(QLatin1String("format")).toInt() != kFormat)
        return s;
    s.method = o.value(QLatin1String("method")).toString();
    if (s.method != QLatin1String("eid") && s.method != QLatin1String("oidc"))
        return {};
    s.token = o.value(QLatin1String("token")).toString().toLatin1();
    s.cardSerial = QByteArray::fromHex(o.value(QLatin1String("cardSerial")).toString().toLatin1());
    s.clbId = o.value(QLatin1String("clbId")).toInteger();
    s.expiresAt = QDateTime::fromString(o.value(QLatin1String("expiresAt")).toString(), Qt::ISODateWithMs);
    s.server = o.value(QLatin1String("server")).toString();
    if (s.method == QLatin1String("eid") && s.cardSerial.isEmpty())
        return {};
    return s;
}

void SavedSession::wipe()
{
    wipeBytes(token);
    *this = {};
}

// Jobs have no parent: the keychain backend calls back into a job asynchronously, so a job must live until
// it finished (it deletes itself), even when this store is gone first; its connection to us then drops.

SessionStore::SessionStore(QObject *parent)
    : QObject(parent)
    , m_service(QStringLiteral("be.clb.") + QCoreApplication::applicationName())
{
    qRegisterMetaType<lars::local::SavedSession>();
}

SessionStore::~SessionStore()
{
    m_current.wipe();
}

void SessionStore::setMode(Mode mode, const QString &error)
{
    m_keychainError = error;
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (mode == Mode::MemoryOnly)
        qCWarning(lcLocal).noquote() << "no keychain; the session stays in memory only:" << error;
    emit modeChanged(mode);
}

void SessionStore::save(const SavedSession &session)
{
    m_current.wipe();
    m_current = session;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    QByteArray json = session.toJson();
    job->setBinaryData(json);
    wipeBytes(json);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            setMode(Mode::Keychain);
        else
            setMode(Mode::MemoryOnly, done->errorString());
        emit saved();
    });
    job->start();
}

void SessionStore::wipe()
{
    m_current.wipe();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (isUnavailable(done->error()) && done->error() != QKeychain::CouldNotDeleteEntry)
            setMode(Mode::MemoryOnly, done->errorString());
        else if (done->error() == QKeychain::CouldNotDeleteEntry)
            qCWarning(lcLocal).noquote()
                << "could not delete the session from the keychain:" << done->errorString();
        emit wiped();
    });
    job->start();
}

void SessionStore::load()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        SavedSession session;
        if (read->error() == QKeychain::NoError) {
            setMode(Mode::Keychain);
            QByteArray json = read->binaryData();
            session = SavedSession::fromJson(json);
            wipeBytes(json);
            if (!session.isValid())
                qCWarning(lcLocal) << "ignoring an unreadable session entry in the keychain";
        } else if (read->error() == QKeychain::EntryNotFound) {
            setMode(Mode::Keychain);
        } else {
            setMode(Mode::MemoryOnly, read->errorString());
        }
        emit loaded(session);
        session.wipe();
    });
    job->start();
}

} // namespace lars::local
