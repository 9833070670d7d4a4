#include "tests/support/PostgresCluster.h"

#include <QProcess>
#include <QTcpServer>
#include <unistd.h>

namespace lars::test {

namespace {
QString pgBin(const QString &tool)
{
    const QByteArray dir = qgetenv("LARS_TEST_PG_BIN");
    return (dir.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : QString::fromLocal8Bit(dir)) +
           u'/' + tool;
}
} // namespace

PostgresCluster::PostgresCluster()
{
    m_dir.setAutoRemove(true);
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate"),
               QStringLiteral("-w")});
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // PostgreSQL refuses to run as root.
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("lars-test"),
                                                       QStringLiteral("--"), program} +
                                               arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool PostgresCluster::pgCtl(const QStringList &arguments)
{
    return run(pgBin(QStringLiteral("pg_ctl")),
               QStringList{QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-l"),
                           m_dir.path() + QStringLiteral("/pg.log")} +
                   arguments);
}

bool PostgresCluster::init()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (geteuid() == 0 &&
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("lars-test"), m_dir.path()}) != 0) {
        m_error = QStringLiteral("cannot give %1 to lars-test (run scripts/setup)").arg(m_dir.path());
        return false;
    }
    if (!run(pgBin(QStringLiteral("initdb")),
             {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-U"),
              QStringLiteral("lars"), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")}))
        return false;
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        m_error = QStringLiteral("no free port");
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    return start();
}

bool PostgresCluster::start()
{
    m_running = pgCtl({QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-o"),
                       QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                           .arg(m_port)
                           .arg(m_dir.path())});
    return m_running;
}

bool PostgresCluster::stop()
{
    const bool ok =
        pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")});
    m_running = !ok;
    return ok;
}

bool PostgresCluster::restart()
{
    return stop() && start();
}

QString PostgresCluster::url() const
{
    return QStringLiteral("postgresql://lars@127.0.0.1:%1/postgres").arg(m_port);
}

} // namespace lars::test
