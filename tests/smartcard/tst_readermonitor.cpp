// ReaderMonitor through pcscd + vpcd + lars-virtual-eid: card inserted/removed, eID identified, PIN
// blocked, PC/SC service stopped and restarted, shutdown while blocked in SCardGetStatusChange.
#include "smartcard/EidReader.h"
#include "smartcard/ReaderMonitor.h"
#include "tests/support/VirtualCardProcess.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lars::smartcard;
using lars::test::VirtualCardProcess;

namespace {
const QString Reader0 = QStringLiteral("Virtual PCD 00 00");
bool runPcscdCtl(const QString &action)
{
    return QProcess::execute(qEnvironmentVariable("LARS_PCSCD_CTL"), {action}) == 0;
}
} // namespace

class TestReaderMonitor final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LARS_PCSCD_CTL"), "run through scripts/with-services");
    }

    void insertAndRemove()
    {
        ReaderMonitor monitor;
        QSignalSpy states(&monitor, &ReaderMonitor::stateChanged);
        QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoCard, 10000);
        QVERIFY(monitor.readers().contains(Reader0));
        QVERIFY(readers.count() >= 1);

        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::EidPresent, 10000);
        QCOMPARE(monitor.currentReader(), Reader0);
        QCOMPARE(monitor.currentCard().applet, AppletVersion::V18);
        QCOMPARE(monitor.currentCard().serial.size(), 16);
        QCOMPARE(monitor.currentCard().pinTriesLeft, 3);
        QVERIFY(isEidAtr(monitor.currentCard().atr));
        const QList<QVariant> last = states.last();
        QCOMPARE(last.at(0).value<ReaderState>(), ReaderState::EidPresent);
        QCOMPARE(last.at(1).toString(), Reader0);

        QVERIFY(card.remove());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoCard, 10000);
        QVERIFY(card.insert());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::EidPresent, 10000);
        QVERIFY(card.stop());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoCard, 10000);
    }

    void applet17AndSecondSlot()
    {
        ReaderMonitor monitor;
        monitor.start();
        VirtualCardProcess card(QStringLiteral("jan-claes"), VirtualCardProcess::kSlot1Port);
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::EidPresent, 10000);
        QCOMPARE(monitor.currentReader(), QStringLiteral("Virtual PCD 00 01"));
        QCOMPARE(monitor.currentCard().applet, AppletVersion::V17);
        QCOMPARE(monitor.currentCard().pinTriesLeft, 3);
    }

    void pinBlocked()
    {
        VirtualCardProcess card(QStringLiteral("blocked-tom-wouters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        ReaderMonitor monitor;
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::PinBlocked, 10000);
        QCOMPARE(monitor.currentCard().pinTriesLeft, 0);
    }

    void refreshAfterWrongPins()
    {
        VirtualCardProcess card(QStringLiteral("sofie-maes"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        ReaderMonitor monitor;
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::EidPresent, 10000);
        EidReader reader;
        for (int i = 0; i < 3; ++i)
            reader.verifyPin(SecureBytes("0000", 4));
        monitor.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::PinBlocked, 10000);
    }

    void serviceStoppedAndRestarted()
    {
        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        ReaderMonitor monitor;
        QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::EidPresent, 10000);
        QVERIFY(runPcscdCtl(QStringLiteral("stop")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoService, 10000);
        // the readers went away with the service
        QVERIFY(monitor.readers().isEmpty());
        QVERIFY(runPcscdCtl(QStringLiteral("start")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::EidPresent, 20000);
        QVERIFY(monitor.readers().contains(Reader0));
        QVERIFY(readers.count() >= 3);
    }

    void readerPluggedAndUnplugged()
    {
        // vpcd's readers are static, so "plugging" = pcscd restarted with / without the vpcd reader
        // configuration (pcscd -c DIR): the monitor goes NoReader -> NoCard -> NoReader through real pcscd.
        QTemporaryDir conf;
        auto restore = qScopeGuard([] {
            qunsetenv("LARS_PCSCD_ARGS");
            runPcscdCtl(QStringLiteral("restart"));
        });
        qputenv("LARS_PCSCD_ARGS", "-c " + conf.path().toLocal8Bit());
        QVERIFY(runPcscdCtl(QStringLiteral("restart")));
        ReaderMonitor monitor;
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoReader, 10000);
        QVERIFY(monitor.readers().isEmpty());
        EidReader reader;
        QCOMPARE(reader.readLoginData().error.code, CardErrorCode::NoReader);

        QVERIFY(
            QFile::copy(QStringLiteral("/etc/reader.conf.d/vpcd"), conf.filePath(QStringLiteral("vpcd"))));
        QVERIFY(runPcscdCtl(QStringLiteral("restart")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoCard, 10000);
        QVERIFY(monitor.readers().contains(Reader0));
        QCOMPARE(reader.readLoginData().error.code, CardErrorCode::NoCard);

        QVERIFY(QFile::remove(conf.filePath(QStringLiteral("vpcd"))));
        QVERIFY(runPcscdCtl(QStringLiteral("restart")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoReader, 10000);
        QVERIFY(monitor.readers().isEmpty());
    }

    void destroyWhileWaiting()
    {
        // The destructor cancels SCardGetStatusChange and joins: this test hangs if it does not.
        for (int i = 0; i < 5; ++i) {
            ReaderMonitor monitor;
            monitor.start();
            if (i % 2)
                QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderState::NoCard, 10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestReaderMonitor)
#include "tst_readermonitor.moc"
