// The client executable as a user starts it: `lars --screenshot FILE` renders the main window and exits;
// a server address that would send data in clear text is refused before anything starts.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestStartup final : public QObject
{
    Q_OBJECT
private:
    QString client() const { return qEnvironmentVariable("LARS_CLIENT"); }

    // Settings of a test run must never touch the user's own.
    QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private slots:
    void screenshotRendersTheMainWindow()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString png = home.filePath(QStringLiteral("main.png"));
        QProcess lars;
        lars.setProcessEnvironment(isolatedEnvironment(home));
        // Port 9 on loopback is closed: the window must still come up and say it is offline.
        lars.start(client(), {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
                              QStringLiteral("--screenshot"), png});
        QVERIFY2(lars.waitForFinished(60000), "lars --screenshot did not exit");
        QCOMPARE(lars.exitStatus(), QProcess::NormalExit);
        QCOMPARE(lars.exitCode(), 0);

        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        // The first start fits the window to the screen (the offscreen screen is 800×800): most of it, not
        // more.
        QVERIFY2(image.width() >= 700 && image.height() >= 500 && image.width() <= 800 &&
                     image.height() <= 800,
                 qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
        // Not a blank canvas: the start page and status bar draw text in more than one colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    }

    void plainHttpToARemoteServerIsRefused()
    {
        QTemporaryDir home;
        QProcess lars;
        lars.setProcessEnvironment(isolatedEnvironment(home));
        lars.start(client(), {QStringLiteral("--server"), QStringLiteral("http://lars.example.be"),
                              QStringLiteral("--screenshot"), home.filePath(QStringLiteral("x.png"))});
        QVERIFY(lars.waitForFinished(60000));
        QCOMPARE(lars.exitCode(), 2);
        QVERIFY(QString::fromUtf8(lars.readAllStandardError()).contains(QStringLiteral("https://")));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
