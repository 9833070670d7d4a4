#pragma once
// Test helper: runs a lars-virtual-eid card process for a profile on a vpcd port and waits (blocking on
// SCardGetStatusChange, no sleeps) until pcscd reports the card present or gone.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lars::test {

class VirtualCardProcess final
{
public:
    static constexpr quint16 kSlot0Port = 35963; // reader "Virtual PCD 00 00"
    static constexpr quint16 kSlot1Port = 35964; // reader "Virtual PCD 00 01"

    // profile: a card id under the TEST PKI ("an-peeters"), or a path to a profile / card directory.
    explicit VirtualCardProcess(QString profile, quint16 port = kSlot0Port, QStringList extraArgs = {});
    ~VirtualCardProcess(); // stops the card if still running
    VirtualCardProcess(const VirtualCardProcess &) = delete;
    VirtualCardProcess &operator=(const VirtualCardProcess &) = delete;

    bool start(int timeoutMs = 15000);  // process up and the card present in pcscd
    bool remove(int timeoutMs = 10000); // card taken out; returns when pcscd reports the reader empty
    bool insert(int timeoutMs = 10000); // card put back; returns when pcscd reports it present
    bool stop(int timeoutMs = 10000);   // process ended and the reader empty

    QString readerName() const; // the pcscd reader of the port, e.g. "Virtual PCD 00 00"
    QString errorString() const { return m_error; }
    QByteArray output() const { return m_output; } // the card process's stdout/stderr so far
    QString cardDirectory() const;                 // test-pki/cards/<id>/ when the profile is an id

    static QString pkiDirectory(); // ${LARS_BINARY_DIR}/test-pki
    static QString cardDirectory(const QString &id);
    static QString trustAnchorsPem(); // test-pki/trust-anchors.pem
    static QString binary();          // ${LARS_BINARY_DIR}/tools/virtual-eid/lars-virtual-eid
    // Blocks until the reader of port reports a card present (true) or no card (false).
    static bool waitForCard(quint16 port, bool present, int timeoutMs, QString *error);

private:
    bool send(const QByteArray &command);
    void collectOutput();

    QString m_profile;
    quint16 m_port;
    QStringList m_extraArgs;
    QProcess m_process;
    QByteArray m_output;
    QString m_error;
};

} // namespace lars::test
