#pragma once
// Test helper: a PostgreSQL 15 cluster of the test's own (initdb in a temporary directory, a free
// loopback port), so that a test may stop and restart it without disturbing the shared cluster of
// scripts/with-services. As root the cluster runs as the unprivileged user lars-test (scripts/setup).
#include <QString>
#include <QTemporaryDir>

namespace lars::test {

class PostgresCluster final
{
public:
    PostgresCluster();
    ~PostgresCluster(); // stops the cluster
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    bool init();         // initdb + start
    bool start();        // pg_ctl start -w
    bool stop();         // pg_ctl stop -m fast -w: every connection is cut, as in a restart or failover
    bool restart();      // pg_ctl restart -m fast -w
    QString url() const; // postgresql://lars@127.0.0.1:PORT/postgres
    QString errorString() const { return m_error; }

private:
    bool pgCtl(const QStringList &arguments);
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace lars::test
