#include "tests/support/VirtualCardProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <winscard.h>

namespace lars::test {

namespace {

QString binaryDir()
{
    return qEnvironmentVariable("LARS_BINARY_DIR");
}

QString pcscError(const char *what, LONG rv)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLatin1(pcsc_stringify_error(rv)));
}

// Finds the vpcd reader of a slot among pcscd's readers ("Virtual PCD 00 00", "Virtual PCD 00 01").
QByteArray findReader(SCARDCONTEXT ctx, int slot)
{
    DWORD len = 0;
    if (SCardListReaders(ctx, nullptr, nullptr, &len) != SCARD_S_SUCCESS || len == 0)
        return {};
    QByteArray buf(static_cast<qsizetype>(len), '\0');
    if (SCardListReaders(ctx, nullptr, buf.data(), &len) != SCARD_S_SUCCESS)
        return {};
    const QByteArray suffix = QStringLiteral(" %1").arg(slot, 2, 10, QLatin1Char('0')).toLatin1();
    for (const QByteArray &name : buf.split('\0'))
        if (name.startsWith("Virtual PCD") && name.endsWith(suffix))
            return name;
    return {};
}

} // namespace

VirtualCardProcess::VirtualCardProcess(QString profile, quint16 port, QStringList extraArgs)
    : m_profile(std::move(profile))
    , m_port(port)
    , m_extraArgs(std::move(extraArgs))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

VirtualCardProcess::~VirtualCardProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop(5000);
}

QString VirtualCardProcess::pkiDirectory()
{
    return QDir(binaryDir()).filePath(QStringLiteral("test-pki"));
}

QString VirtualCardProcess::cardDirectory(const QString &id)
{
    return QDir(pkiDirectory()).filePath(QStringLiteral("cards/") + id);
}

QString VirtualCardProcess::cardDirectory() const
{
    return m_profile.contains(QLatin1Char('/')) ? QFileInfo(m_profile).absoluteFilePath()
                                                : cardDirectory(m_profile);
}

QString VirtualCardProcess::trustAnchorsPem()
{
    return QDir(pkiDirectory()).filePath(QStringLiteral("trust-anchors.pem"));
}

QString VirtualCardProcess::binary()
{
    return QDir(binaryDir()).filePath(QStringLiteral("tools/virtual-eid/lars-virtual-eid"));
}

QString VirtualCardProcess::readerName() const
{
    return QStringLiteral("Virtual PCD 00 %1").arg(m_port - kSlot0Port, 2, 10, QLatin1Char('0'));
}

void VirtualCardProcess::collectOutput()
{
    m_output += m_process.readAll();
}

bool VirtualCardProcess::start(int timeoutMs)
{
    if (binaryDir().isEmpty()) {
        m_error = QStringLiteral("LARS_BINARY_DIR is not set (run through ctest)");
        return false;
    }
    const QStringList args =
        QStringList{QStringLiteral("--profile"), cardDirectory(), QStringLiteral("--port"),
                    QString::number(m_port), QStringLiteral("--control-stdin")} +
        m_extraArgs;
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process.errorString());
        return false;
    }
    return insert(timeoutMs);
}

bool VirtualCardProcess::send(const QByteArray &command)
{
    if (m_process.state() != QProcess::Running) {
        collectOutput();
        m_error = QStringLiteral("card process not running; output: %1").arg(QString::fromUtf8(m_output));
        return false;
    }
    m_process.write(command + '\n');
    return m_process.waitForBytesWritten(5000);
}

bool VirtualCardProcess::insert(int timeoutMs)
{
    if (!send("insert"))
        return false;
    const bool ok = waitForCard(m_port, true, timeoutMs, &m_error);
    collectOutput();
    if (!ok)
        m_error += QStringLiteral("; card output: ") + QString::fromUtf8(m_output);
    return ok;
}

bool VirtualCardProcess::remove(int timeoutMs)
{
    if (!send("remove"))
        return false;
    return waitForCard(m_port, false, timeoutMs, &m_error);
}

bool VirtualCardProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return waitForCard(m_port, false, timeoutMs, &m_error);
    m_process.write("quit\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
    }
    collectOutput();
    return waitForCard(m_port, false, timeoutMs, &m_error);
}

bool VirtualCardProcess::waitForCard(quint16 port, bool present, int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    const int slot = port - kSlot0Port;
    SCARDCONTEXT ctx = 0;
    LONG rv = SCARD_S_SUCCESS;
    auto reached = [present](const SCARD_READERSTATE &s) {
        if (present)
            return (s.dwEventState & SCARD_STATE_PRESENT) && !(s.dwEventState & SCARD_STATE_MUTE) &&
                   s.cbAtr > 0;
        return (s.dwEventState & SCARD_STATE_EMPTY) != 0;
    };
    while (!deadline.hasExpired()) {
        if (!ctx) {
            rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
            if (rv != SCARD_S_SUCCESS) {
                ctx = 0;
                // pcscd is (re)starting: there is nothing to block on until its socket exists.
                QThread::msleep(20);
                continue;
            }
        }
        const QByteArray reader = findReader(ctx, slot);
        if (reader.isEmpty()) {
            // The reader is not (yet) there: block until pcscd reports a reader change.
            SCARD_READERSTATE pnp{};
            pnp.szReader = "\\\\?PnP?\\Notification";
            pnp.dwCurrentState = SCARD_STATE_UNAWARE;
            SCardGetStatusChange(ctx, 0, &pnp, 1);
            pnp.dwCurrentState = pnp.dwEventState;
            rv = SCardGetStatusChange(
                ctx, static_cast<DWORD>(std::clamp<qint64>(deadline.remainingTime(), 1, 500)), &pnp, 1);
            if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT) {
                SCardReleaseContext(ctx);
                ctx = 0;
            }
            continue;
        }
        SCARD_READERSTATE state{};
        state.szReader = reader.constData();
        state.dwCurrentState = SCARD_STATE_UNAWARE;
        rv = SCardGetStatusChange(ctx, 0, &state, 1);
        while (rv == SCARD_S_SUCCESS || rv == SCARD_E_TIMEOUT) {
            if (rv == SCARD_S_SUCCESS && reached(state)) {
                SCardReleaseContext(ctx);
                return true;
            }
            if (deadline.hasExpired())
                break;
            if (rv == SCARD_S_SUCCESS)
                state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
            rv = SCardGetStatusChange(
                ctx, static_cast<DWORD>(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)), &state, 1);
        }
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT) { // service restarted or reader gone
            SCardReleaseContext(ctx);
            ctx = 0;
        }
    }
    if (ctx)
        SCardReleaseContext(ctx);
    if (error)
        *error = QStringLiteral("timed out after %1 ms waiting for the card to be %2 in reader slot %3 (%4)")
                     .arg(timeoutMs)
                     .arg(present ? QStringLiteral("present") : QStringLiteral("absent"))
                     .arg(slot)
                     .arg(pcscError("last PC/SC result", rv));
    return false;
}

} // namespace lars::test
