#include "smartcard/EidSession.h"

#include "smartcard/CertificateCache.h"

#include <QPointer>

namespace lars::smartcard {

EidSession::EidSession(QObject *parent)
    : QObject(parent)
    , m_reader(std::make_shared<EidReader>())
{
    m_thread.setObjectName(QStringLiteral("lars-eid"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

EidSession::~EidSession()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename Work>
EidTask *EidSession::post(EidTask::Kind kind, Work work)
{
    auto *task = new EidTask(kind, this);
    QPointer<EidTask> guard(task);
    QPointer<EidSession> session(this);
    std::shared_ptr<EidReader> reader = m_reader;
    QMetaObject::invokeMethod(
        m_worker,
        [work = std::move(work), reader, guard, session]() mutable {
            auto apply = work(*reader);
            if (!session)
                return;
            QMetaObject::invokeMethod(
                session,
                [apply = std::move(apply), guard]() mutable {
                    if (!guard)
                        return;
                    apply(guard.data());
                    guard->complete();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return task;
}

void EidSession::setReaderName(const QString &name)
{
    std::shared_ptr<EidReader> reader = m_reader;
    QMetaObject::invokeMethod(
        m_worker, [reader, name] { reader->setReaderName(name); }, Qt::QueuedConnection);
}

void EidSession::setTrustAnchors(const QList<QByteArray> &der)
{
    std::shared_ptr<EidReader> reader = m_reader;
    QMetaObject::invokeMethod(
        m_worker, [reader, der] { reader->setTrustAnchors(der); }, Qt::QueuedConnection);
}

void EidSession::setCertificateCache(std::shared_ptr<CertificateCache> cache)
{
    std::shared_ptr<EidReader> reader = m_reader;
    QMetaObject::invokeMethod(
        m_worker, [reader, cache] { reader->setCertificateCache(cache); }, Qt::QueuedConnection);
}

EidTask *EidSession::readCard(const ReadOptions &options)
{
    return post(EidTask::Kind::ReadCard, [options](EidReader &reader) {
        return [result = reader.read(options)](EidTask *task) { task->m_read = result; };
    });
}

EidTask *EidSession::readLoginData()
{
    return post(EidTask::Kind::ReadLoginData, [](EidReader &reader) {
        return [result = reader.readLoginData()](EidTask *task) { task->m_login = result; };
    });
}

EidTask *EidSession::pinStatus()
{
    return post(EidTask::Kind::PinStatus, [](EidReader &reader) {
        return [result = reader.pinStatus()](EidTask *task) { task->m_pin = result; };
    });
}

EidTask *EidSession::verifyPin(SecureBytes pin)
{
    return post(EidTask::Kind::VerifyPin, [pin = std::move(pin)](EidReader &reader) mutable {
        PinResult result = reader.verifyPin(pin);
        pin.clear();
        return [result](EidTask *task) { task->m_pin = result; };
    });
}

EidTask *EidSession::signAuthentication(const QByteArray &hash, SecureBytes pin)
{
    return post(EidTask::Kind::SignAuthentication, [hash, pin = std::move(pin)](EidReader &reader) mutable {
        AuthenticationResult result = reader.authenticate(hash, pin);
        pin.clear();
        return [result](EidTask *task) { task->m_auth = result; };
    });
}

} // namespace lars::smartcard
