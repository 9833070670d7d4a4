#pragma once
// The GUI's entry to the eID: card operations queued to one worker thread (one card conversation at a
// time), each returned as an EidTask that signals finished(). The GUI thread never waits on the card.
//
//   auto *task = session->readLoginData();
//   connect(task, &EidTask::finished, this, [](EidTask *t) { …t->loginData()…; t->deleteLater(); });
#include "smartcard/EidTask.h"
#include "smartcard/SecureBytes.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace lars::smartcard {

class CertificateCache;

class EidSession final : public QObject
{
    Q_OBJECT
public:
    explicit EidSession(QObject *parent = nullptr);
    ~EidSession() override; // finishes the running operation, drops the queued ones

    // Empty: the first reader holding a card.
    void setReaderName(const QString &reader);
    void setTrustAnchors(const QList<QByteArray> &derCertificates);
    void setCertificateCache(std::shared_ptr<CertificateCache> cache);

    // Identity, address, photo, certificates and their verification.
    EidTask *readCard(const ReadOptions &options = {});
    // Card data + authentication certificate (from the cache when the serial is known). No PIN.
    EidTask *readLoginData();
    EidTask *pinStatus();
    // Checks a PIN (then logs off). An empty PIN uses the reader's pinpad.
    EidTask *verifyPin(SecureBytes pin);
    // Login: signs hash (SHA-256/384 of the server's challenge) with the authentication key.
    // The PIN is wiped as soon as the card has seen it. An empty PIN uses the reader's pinpad.
    EidTask *signAuthentication(const QByteArray &hash, SecureBytes pin);

private:
    template <typename Work>
    EidTask *post(EidTask::Kind kind, Work work);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<EidReader> m_reader;
};

} // namespace lars::smartcard
