#pragma once
// Test helper: runs the real lars-creon-receiver on a free loopback port with its store in a temporary
// directory (kept across restart()), changes its misbehaviour through POST /control, and reads its store.
// With setTls(true) it serves https with the TEST TLS certificate of lars-test-pki (test-pki/tls/).
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace lars::test {

class ReceiverProcess final
{
public:
    ReceiverProcess();
    ~ReceiverProcess();
    ReceiverProcess(const ReceiverProcess &) = delete;
    ReceiverProcess &operator=(const ReceiverProcess &) = delete;

    // https with test-pki/tls/localhost.pem from the next start on; trust caFile() to reach it.
    void setTls(bool tls) { m_tls = tls; }
    static QString caFile(); // ${LARS_BINARY_DIR}/test-pki/tls/ca.pem
    // Starts on port (0: any free one; a restart reuses the previous port so the server's endpoint stays).
    bool start(const QStringList &extraArgs = {}, quint16 port = 0);
    bool restart(const QStringList &extraArgs = {}) { return start(extraArgs, m_port); }
    void stop(); // SIGTERM and wait
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    quint16 port() const { return m_port; }
    QUrl endpoint() const; // http(s)://127.0.0.1:PORT/creon/v1/batches
    QString storeDir() const { return m_store.path(); }
    QString errorString() const { return m_error; }
    QByteArray log();

    bool control(const QJsonObject &settings); // POST /control

    // The store, as lines of accepted.jsonl / refused.jsonl / batches.jsonl.
    QList<QJsonObject> accepted() const;
    QList<QJsonObject> refused() const;
    QList<QJsonObject> batches() const;

    static QString binary(); // ${LARS_BINARY_DIR}/tools/creon-receiver/lars-creon-receiver

private:
    QList<QJsonObject> readLog(const QString &name) const;

    QTemporaryDir m_store;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
};

} // namespace lars::test
