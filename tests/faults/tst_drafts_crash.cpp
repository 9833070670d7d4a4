// A draft survives kill -9: a real client process (this program with --typist: the main window, the real
// lars-server over HTTPS, pcscd + the virtual card, the keychain) logs in, opens the activity dialog and
// types; once the draft is on disk it says so and is killed with SIGKILL. The next client (same user data,
// same keychain) resumes the session, and opening the activity dialog for that pupil offers the draft; it
// restores and saves once; her personal data, typed in the same run, are offered and restored as well. The
// sealed file holds none of the typed words.
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "models/api/Drafts.h"
#include "models/api/Session.h"
#include "tests/login/LoginHarness.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/VirtualCardProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "ui/LocalWork.h"
#include "ui/MainWindow.h"
#include "ui/dossier/ActivityDialog.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/login/PersonalDataDialog.h"
#include "ui/login/SessionController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>

using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using lars::test::VirtualCardProcess;
using State = lars::models::Session::State;

namespace {
// QTest::keyClicks takes no line break: Return between the lines, as a person types them.
void typeLines(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
}
constexpr qint64 kPupil = 1; // Ëlise Van den Bossche, in An Peeters' team
const QString kSubject = QStringLiteral("Huisbezoek na melding schoolverzuim");
const QString kText =
    QStringLiteral("Vader vertelt over de nachtdiensten; Ëlise slaapt slecht.\nAfspraak CGG.");
const QString kEmail = QStringLiteral("an.nachtdienst@vrijclb.be");

// Opens pupil 1's dossier and its activity dialog in the client's window.
lars::ui::ActivityDialog *openActivityDialog(LoginHarness &client)
{
    lars::ui::DossierWorkspace *workspace = client.window().workspace();
    if (!workspace)
        return nullptr;
    workspace->openDossier(kPupil);
    if (!QTest::qWaitFor(
            [&] {
                lars::ui::DossierView *view = workspace->dossierView(kPupil);
                return view && view->dossier()->loadMs() >= 0 && workspace->nomenclature()->isLoaded();
            },
            20000))
        return nullptr;
    workspace->dossierView(kPupil)->findChild<QPushButton *>(QStringLiteral("registerActivity"))->click();
    auto *dialog = client.window().findChild<lars::ui::ActivityDialog *>(QStringLiteral("activityDialog"));
    return dialog && QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

// The client process that is killed: logs in, types, says TYPED once the draft is on disk, then waits.
int runTypist(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lars-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_drafts_crash"));
    const QStringList args = app.arguments();
    const QUrl server(args.value(2));
    const auto certificate = QSslCertificate::fromPath(args.value(3));
    LoginHarness client(server, certificate.value(0), args.value(4));
    client.keepSessionOnExit();
    const auto fail = [](const char *why) {
        std::fprintf(stdout, "FAILED %s\n", why);
        std::fflush(stdout);
        return 2;
    };
    if (!client.clickLogin() || !client.enterPin(QStringLiteral("1234")))
        return fail("login");
    if (!QTest::qWaitFor([&] { return client.window().session()->state() == State::Active; }, 20000))
        return fail("session");
    lars::ui::ActivityDialog *dialog = openActivityDialog(client);
    if (!dialog)
        return fail("dialog");
    lars::models::Drafts *drafts = client.window().localWork()->drafts();
    dialog->findChild<QComboBox *>(QStringLiteral("activityFunction"))->setCurrentIndex(1);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("activitySubject")), kSubject);
    typeLines(dialog->findChild<QPlainTextEdit *>(QStringLiteral("activityText")), kText);
    // The draft holds the whole text, and every write asked so far is on disk.
    if (!QTest::qWaitFor(
            [&] {
                const auto d = drafts->find(QStringLiteral("activity/%1").arg(kPupil));
                return d && d->value(QLatin1String("text")).toString() == kText;
            },
            10000))
        return fail("draft");
    // Then her personal data (the menu under her name), typed while the activity dialog stays open.
    client.find<QAction>("actionPersonalData")->trigger();
    lars::ui::PersonalDataDialog *personal = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (personal = client.window().findChild<lars::ui::PersonalDataDialog *>()) &&
                       personal->isVisible() &&
                       !personal->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text().isEmpty();
            },
            10000))
        return fail("personal data dialog");
    auto *email = personal->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    email->selectAll();
    QTest::keyClicks(email, kEmail);
    const QString contactDraft = QStringLiteral("contact/%1").arg(client.window().session()->clbId());
    if (!QTest::qWaitFor(
            [&] {
                const auto d = drafts->find(contactDraft);
                return d && d->value(QLatin1String("email")).toString() == kEmail;
            },
            10000))
        return fail("personal data draft");
    bool written = false;
    client.window().localWork()->whenWritten(&app, [&] { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 10000))
        return fail("draft on disk");
    std::fprintf(stdout, "TYPED %s\n", qPrintable(client.window().localWork()->filePath()));
    std::fflush(stdout);
    return app.exec(); // until killed
}
} // namespace

class TestDraftsCrash final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LARS_PCSCD_CTL"), "run through scripts/with-services");
        QCoreApplication::setOrganizationName(QStringLiteral("lars-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_drafts_crash"));
        m_setup = std::make_unique<UiTestSetup>();
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60, lars::test::trustAnchorArguments()),
                 qPrintable(m_server->errorString()));
    }

    void killedWhileTypingTheDraftIsOffered()
    {
        // Both processes keep their data here (QStandardPaths follows XDG_DATA_HOME).
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString settings = m_dir.filePath(QStringLiteral("settings"));
        qputenv("XDG_DATA_HOME", data.toLocal8Bit());
        const QString certPem = m_dir.filePath(QStringLiteral("server.pem"));
        QFile pem(certPem);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(m_server->certificate().toPem());
        pem.close();

        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        QProcess typist;
        typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        typist.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--typist"), m_server->baseUrl().toString(), certPem, settings});
        QVERIFY(typist.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += typist.readAllStandardOutput()).contains('\n'), 90000);
        QVERIFY2(said.startsWith("TYPED "), said.constData());
        const QString file = QString::fromLocal8Bit(said.mid(6).trimmed());
        typist.kill(); // SIGKILL: no destructor, no flush, no goodbye
        QVERIFY(typist.waitForFinished());
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

        // What was on disk at the kill: sealed, none of the typed words or the pupil's name readable.
        QFile sealed(file);
        QVERIFY2(sealed.open(QIODevice::ReadOnly), qPrintable(file));
        QByteArray bytes = sealed.readAll();
        QFile wal(file + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(bytes.size() > 0);
        for (const QString &secret : {kSubject, QStringLiteral("nachtdiensten"), QStringLiteral("Ëlise"),
                                      QStringLiteral("Bossche"), QStringLiteral("nachtdienst@")})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

        // The next start: the kept session resumes with the card in the reader; the draft is offered.
        LoginHarness client(*m_server, settings);
        QTRY_COMPARE_WITH_TIMEOUT(client.window().session()->state(), State::Active, 30000);
        QPointer<lars::ui::ActivityDialog> dialog = openActivityDialog(client);
        QVERIFY(dialog);
        auto *offer = dialog->findChild<QWidget *>(QStringLiteral("draftOffer"));
        QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 10000);
        QStringList problems = UiAudit::accessibilityProblems(dialog, m_setup->translator().untranslated()) +
                               UiAudit::layoutProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        offer->findChild<QPushButton *>(QStringLiteral("draftRestore"))->click();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("activitySubject"))->text(), kSubject);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("activityText"))->toPlainText(), kText);
        dialog->findChild<QPushButton *>(QStringLiteral("saveActivity"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || dialog->isHidden(), 20000);

        const QString token = m_server->token(QStringLiteral("85071512397"), 1);
        const auto journal =
            m_server->get(QStringLiteral("/api/v1/pupils/%1/journal?limit=100").arg(kPupil), token);
        int found = 0;
        for (const QJsonValue &v : journal.json().value(QLatin1String("items")).toArray())
            found += v.toObject().value(QLatin1String("subject")).toString() == kSubject &&
                     v.toObject().value(QLatin1String("text")).toString() == kText;
        QCOMPARE(found, 1);
        // Saved: the draft is gone, also from the next start.
        QTRY_VERIFY(!client.window().localWork()->drafts()->find(QStringLiteral("activity/%1").arg(kPupil)));

        // The personal data she was typing when the client was killed are offered too, and restored.
        client.find<QAction>("actionPersonalData")->trigger();
        QPointer<lars::ui::PersonalDataDialog> personal;
        QTRY_VERIFY((personal = client.window().findChild<lars::ui::PersonalDataDialog *>()) &&
                    personal->isVisible());
        auto *contactOffer = personal->findChild<QWidget *>(QStringLiteral("personalDataDraftOffer"));
        QTRY_VERIFY_WITH_TIMEOUT(contactOffer->isVisible(), 10000);
        QVERIFY(QTest::qWaitForWindowActive(personal));
        problems = UiAudit::accessibilityProblems(personal, m_setup->translator().untranslated()) +
                   UiAudit::layoutProblems(personal);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        contactOffer->findChild<QPushButton *>(QStringLiteral("personalDataDraftRestore"))->click();
        QCOMPARE(personal->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(), kEmail);
        personal->findChild<QPushButton *>(QStringLiteral("personalDataCancelButton"))->click();
        QTRY_VERIFY(!personal);
        client.window().sessionController()->logout();
        card.stop();
    }

    void cleanupTestCase() { m_server.reset(); }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--typist") == 0)
        return runTypist(argc, argv);
    QApplication app(argc, argv);
    TestDraftsCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drafts_crash.moc"
