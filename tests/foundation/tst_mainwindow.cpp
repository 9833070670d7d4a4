// The main window against the real parts: lars-server over HTTPS, pcscd with the virtual reader, the
// Dutch translation. The status bar must say in Dutch whether the server is reachable and what the
// card reader needs, and follow changes without a restart.
#include "models/api/ApiClient.h"
#include "models/api/ConnectionMonitor.h"
#include "smartcard/ReaderMonitor.h"
#include "tests/support/ServerProcess.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/StatusIndicator.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lars;
using Level = ui::StatusIndicator::Level;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static QString nl(const char *context, const char *source)
    {
        return QCoreApplication::translate(context, source);
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(translations::install(*qApp, QStringLiteral("nl_BE")));
    }

    void dutchIsTheDefaultLanguage()
    {
        // The translation is compiled into the binary and speaks Dutch for the words staff read first.
        QCOMPARE(nl("lars::ui::StatusTexts", "Insert your eID"),
                 QStringLiteral("Steek uw eID in de kaartlezer"));
        QCOMPARE(nl("lars::ui::MainWindow", "&Settings…"), QStringLiteral("&Instellingen…"));
    }

    void statusBarFollowsServerAndReader()
    {
        test::ServerProcess server(test::ServerProcess::Backend::Sqlite);
        QVERIFY2(server.start(5), qPrintable(server.errorString()));

        models::ApiClient api;
        QVERIFY(api.setBaseUrl(server.baseUrl()));
        api.setExtraCaCertificates({server.certificate()});
        models::ConnectionMonitor connection(&api);
        connection.setOnlineInterval(200);
        smartcard::ReaderMonitor reader;
        ui::MainWindow window(&api, &connection, &reader);
        window.show();
        connection.start();
        reader.start();

        auto *connectionIndicator =
            window.findChild<ui::StatusIndicator *>(QStringLiteral("connectionIndicator"));
        auto *cardIndicator = window.findChild<ui::StatusIndicator *>(QStringLiteral("cardIndicator"));
        QVERIFY(connectionIndicator && cardIndicator);

        QTRY_COMPARE_WITH_TIMEOUT(connectionIndicator->level(), Level::Good, 20000);
        QCOMPARE(connectionIndicator->text(), nl("lars::ui::StatusTexts", "Online"));

        // pcscd runs with the vpcd readers and no card in them.
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), smartcard::ReaderState::NoCard, 20000);
        QTRY_COMPARE(cardIndicator->text(), nl("lars::ui::StatusTexts", "Insert your eID"));

        // The server goes away (bad Wi-Fi, server restart): the status bar says offline.
        QVERIFY(server.stop());
        connection.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(connectionIndicator->level(), Level::Error, 20000);
        QCOMPARE(connectionIndicator->text(), nl("lars::ui::StatusTexts", "Offline"));
    }

    void untrustedServerCertificateIsNamed()
    {
        test::ServerProcess server(test::ServerProcess::Backend::Sqlite);
        QVERIFY2(server.start(5), qPrintable(server.errorString()));
        models::ApiClient api; // the development certificate is not trusted here
        QVERIFY(api.setBaseUrl(server.baseUrl()));
        models::ConnectionMonitor connection(&api);
        QSignalSpy changes(&connection, &models::ConnectionMonitor::statusChanged);
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.status(), models::ConnectionMonitor::Status::TlsError, 20000);
    }

    void settingsDialogRefusesCleartextServer()
    {
        models::ApiClient api;
        models::ConnectionMonitor connection(&api);
        smartcard::ReaderMonitor reader;
        ui::MainWindow window(&api, &connection, &reader);
        window.show();
        QSignalSpy changed(&window, &ui::MainWindow::settingsChanged);

        auto *action = window.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(action);
        action->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog"))) != nullptr);
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("serverUrlError"));
        QVERIFY(url && error);

        url->setText(QStringLiteral("http://lars.example.be"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(changed.count(), 0);

        url->setText(QStringLiteral("https://lars.example.be"));
        dialog->accept();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("server/url")).toUrl(),
                 QUrl(QStringLiteral("https://lars.example.be")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
