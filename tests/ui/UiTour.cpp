#include "tests/ui/UiTour.h"

#include "models/Activity.h"
#include "models/api/DossierModel.h"
#include "models/api/Session.h"
#include "server/demodata/DemoData.h"
#include "tests/login/LoginHarness.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/VirtualCardProcess.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/PupilSearchPanel.h"
#include "ui/login/PinDialog.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace lars::test {

using State = models::Session::State;

namespace {
constexpr int kLong = 40000;
constexpr int kShort = 10000;

QList<QDialog *> visibleDialogs()
{
    QList<QDialog *> dialogs;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            dialogs.append(d);
    for (QWidget *w : QApplication::allWidgets())
        if (auto *d = qobject_cast<QDialog *>(w);
            d && d->isWindow() && d->isVisible() && !dialogs.contains(d))
            dialogs.append(d);
    return dialogs;
}

QString plain(QString text)
{
    return text.remove(u'&');
}
} // namespace

UiTour::UiTour(ServerProcess &server, QSize windowSize, const QString &settingsDir)
    : m_server(server)
    , m_size(windowSize)
    , m_client(std::make_unique<LoginHarness>(server, settingsDir))
{
    if (m_size.isValid())
        m_client->window().resize(m_size);
}

UiTour::~UiTour()
{
    m_client.reset();
    if (m_card)
        m_card->stop();
}

bool UiTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool UiTour::activate(QWidget *window)
{
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window, kShort);
}

bool UiTour::insertCard(const QString &id)
{
    m_card = std::make_unique<VirtualCardProcess>(id);
    if (!m_card->start())
        return fail(QStringLiteral("card %1: %2").arg(id, m_card->errorString()));
    return true;
}

bool UiTour::removeCard()
{
    if (m_card && !m_card->stop())
        return fail(QStringLiteral("card did not stop: %1").arg(m_card->errorString()));
    m_card.reset();
    // The client has seen it too (else the next card's login could start on the old card's state).
    if (!QTest::qWaitFor([this] { return m_client->reader().state() != smartcard::ReaderState::EidPresent; },
                         kShort))
        return fail(QStringLiteral("the client still sees a card"));
    return true;
}

bool UiTour::logIn(const QString &card, bool chooseFirstClb)
{
    if (!insertCard(card) || !m_client->clickLogin() || !m_client->enterPin(QStringLiteral("1234")))
        return fail(QStringLiteral("login of %1 did not start: %2").arg(card, m_client->loginError()));
    models::Session *session = m_client->window().session();
    if (!QTest::qWaitFor(
            [&] { return session->state() == State::Active || session->state() == State::ChoosingClb; },
            kLong))
        return fail(QStringLiteral("login of %1 did not finish: %2").arg(card, m_client->loginError()));
    if (session->state() == State::ChoosingClb && chooseFirstClb) {
        auto buttons = m_client->window().findChildren<QCommandLinkButton *>();
        if (buttons.isEmpty())
            return fail(QStringLiteral("no CLB to choose"));
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return session->state() == State::Active; }, kShort))
            return fail(QStringLiteral("the CLB choice did not finish"));
    }
    return true;
}

bool UiTour::logOut()
{
    m_client->window().logout();
    if (!QTest::qWaitFor([&] { return m_client->window().session()->state() == State::LoggedOut; }, kShort))
        return fail(QStringLiteral("logout did not finish"));
    return removeCard();
}

bool UiTour::openFirstPupil(const QString &search)
{
    ui::DossierWorkspace *workspace = m_client->window().workspace();
    if (!workspace)
        return fail(QStringLiteral("no workspace"));
    auto *field = workspace->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QSignalSpy arrived(workspace->searchPanel()->model(), &models::PupilSearchModel::firstPageArrived);
    field->clear();
    QTest::keyClicks(field, search);
    if (!arrived.wait(kShort) && arrived.isEmpty())
        return fail(QStringLiteral("no search results for %1").arg(search));
    const int before = workspace->dossierTabs()->count();
    QTest::keyClick(field, Qt::Key_Return);
    if (!QTest::qWaitFor(
            [&] {
                auto *view = qobject_cast<ui::DossierView *>(workspace->dossierTabs()->currentWidget());
                return workspace->dossierTabs()->count() > before && view && view->dossier()->loadMs() >= 0;
            },
            kShort))
        return fail(QStringLiteral("the dossier did not open"));
    return true;
}

bool UiTour::visitDialogOf(const std::function<void()> &trigger, const QString &label, const Visitor &visit)
{
    const QList<QDialog *> before = visibleDialogs();
    QPointer<QDialog> dialog;
    bool visited = false;
    // The new dialog is looked at from a timer: a dialog opened with exec() runs its own event loop inside
    // trigger(), so only an event of that loop can see, check and close it (else the crawl would hang).
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QDialog *d : visibleDialogs())
            if (!before.contains(d))
                dialog = d;
        if (!dialog)
            return;
        poll.stop();
        const bool ours = QByteArray(dialog->metaObject()->className()).startsWith("lars::") ||
                          qobject_cast<QMessageBox *>(dialog.data());
        if (ours) {
            const QString name = dialog->objectName().isEmpty() ? label : dialog->objectName();
            // The documentation's names for the dialogs it shows.
            static const QHash<QString, QString> docNames{
                {QStringLiteral("personalDataDialog"), QStringLiteral("login-personal-data")},
                {QStringLiteral("letterPreviewDialog"), QStringLiteral("letters-preview-dialog")}};
            m_dialogsSeen.insert(name);
            activate(dialog);
            QApplication::processEvents();
            visit(dialog, docNames.value(name, QStringLiteral("dialog-%1").arg(name)));
        }
        if (dialog)
            dialog->reject();
        visited = true;
    });
    poll.start();
    trigger();
    // Some items open no dialog (the web administration opens the browser): then there is nothing to see.
    if (!QTest::qWaitFor([&] { return visited; }, 8000)) {
        poll.stop();
        return true;
    }
    if (!QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, kShort))
        return fail(QStringLiteral("the dialog of %1 did not close").arg(label));
    activate(&m_client->window());
    return true;
}

bool UiTour::crawlDialogs(QWidget *area, const QString &prefix, const Visitor &visit)
{
    // By convention a "…" at the end of a button's or menu item's text opens a dialog.
    QList<QPointer<QAbstractButton>> buttons;
    for (QAbstractButton *b : area->findChildren<QAbstractButton *>())
        if (b->isVisible() && b->isEnabled() && plain(b->text()).endsWith(u'…') && !b->isCheckable())
            buttons.append(b);
    for (const QPointer<QAbstractButton> &b : std::as_const(buttons))
        if (b && !visitDialogOf([b] { b->click(); }, prefix + plain(b->text()), visit))
            return false;
    return true;
}

bool UiTour::loginPages(const Visitor &visit)
{
    ui::MainWindow &window = m_client->window();
    auto *serverState = m_client->find<QLabel>("serverState");
    auto *loginButton = m_client->find<QPushButton>("loginButton");
    if (!QTest::qWaitFor(
            [&] {
                return !m_client->find<QLabel>("cardState")->text().isEmpty() && !loginButton->isEnabled();
            },
            kShort) ||
        !QTest::qWaitFor(
            [&] { return m_client->api().baseUrl().isValid() && !serverState->text().isEmpty(); }, kShort))
        return fail(QStringLiteral("the start page did not settle"));
    // The connection check has answered once the server state no longer says it is checking.
    QTest::qWait(0);
    activate(&window);
    visit(&window, QStringLiteral("login-insert-card"));

    if (!insertCard(QStringLiteral("elise-dubois")))
        return false;
    if (!QTest::qWaitFor([&] { return loginButton->isEnabled(); }, kShort))
        return fail(QStringLiteral("the login button did not enable"));
    visit(&window, QStringLiteral("login-ready"));
    m_client->clickLogin();
    ui::PinDialog *pin = nullptr;
    if (!QTest::qWaitFor([&] { return (pin = window.findChild<ui::PinDialog *>()) && pin->isVisible(); },
                         kShort))
        return fail(QStringLiteral("no PIN dialog"));
    activate(pin);
    pin->setTriesLeft(2);
    QTest::keyClicks(pin->findChild<QLineEdit *>(QStringLiteral("pinEdit")), QStringLiteral("1234"));
    visit(pin, QStringLiteral("login-pin"));
    pin->setTriesLeft(-1);
    QTest::mouseClick(pin->findChild<QPushButton *>(QStringLiteral("pinOkButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !m_client->loginError().isEmpty(); }, kLong))
        return fail(QStringLiteral("the unknown person got no message"));
    activate(&window);
    visit(&window, QStringLiteral("login-unknown-person"));
    if (!removeCard())
        return false;

    if (!logIn(QStringLiteral("jan-claes"), false))
        return false;
    if (window.session()->state() != State::ChoosingClb)
        return fail(QStringLiteral("Jan Claes was not asked for a CLB"));
    visit(&window, QStringLiteral("clb-choice"));
    QTest::mouseClick(window.findChildren<QCommandLinkButton *>().first(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return window.session()->state() == State::Active; }, kShort))
        return fail(QStringLiteral("the CLB choice did not finish"));
    visit(&window, QStringLiteral("login-workspace"));
    return true;
}

bool UiTour::workspacePages(const Visitor &visit)
{
    ui::MainWindow &window = m_client->window();
    ui::DossierWorkspace *workspace = window.workspace();
    auto *field = workspace->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QSignalSpy arrived(workspace->searchPanel()->model(), &models::PupilSearchModel::firstPageArrived);
    QTest::keyClicks(field, QStringLiteral("de"));
    if (!arrived.wait(kShort) && arrived.isEmpty())
        return fail(QStringLiteral("no search results"));
    visit(&window, QStringLiteral("dossier-search"));
    if (!openFirstPupil(QStringLiteral("de")))
        return false;
    auto *view = qobject_cast<ui::DossierView *>(workspace->dossierTabs()->currentWidget());
    auto *sections = view->findChild<QTabWidget *>(QStringLiteral("dossierSections"));
    for (int i = 0; i < sections->count(); ++i) {
        sections->setCurrentIndex(i);
        QWidget *section = sections->currentWidget();
        QApplication::processEvents();
        visit(&window, QStringLiteral("dossier-%1").arg(section->objectName().remove(QLatin1String("Tab"))));
        if (!crawlDialogs(section, section->objectName() + u'/', visit))
            return false;
    }
    // Every menu item with "…" (settings, personal data, letters' colours, web administration).
    QList<QPointer<QAction>> actions;
    for (QMenu *menu : window.findChildren<QMenu *>())
        for (QAction *a : menu->actions())
            if (a->isEnabled() && a->isVisible() && !a->menu() && plain(a->text()).endsWith(u'…'))
                actions.append(a);
    for (const QPointer<QAction> &a : std::as_const(actions))
        if (a && !visitDialogOf([a] { a->trigger(); }, plain(a->text()), visit))
            return false;

    // The parents' heights with an impossible value: the message must be readable in full.
    sections->setCurrentWidget(view->findChild<QWidget *>(QStringLiteral("medicalTab")));
    QTest::mouseClick(view->findChild<QToolButton *>(QStringLiteral("editParentHeights")), Qt::LeftButton);
    auto *father = view->findChild<QLineEdit *>(QStringLiteral("fatherEdit"));
    father->selectAll();
    QTest::keyClicks(father, QStringLiteral("300"));
    QTest::keyClick(father, Qt::Key_Return);
    if (!QTest::qWaitFor(
            [&] { return !view->findChild<QLabel *>(QStringLiteral("fatherError"))->isHidden(); }, kShort))
        return fail(QStringLiteral("no message for a father of 300 cm"));
    visit(&window, QStringLiteral("dossier-parent-heights-error"));

    // Someone else saves other heights while this user edits: the conflict asks which values to keep.
    const qint64 pupilId = view->dossier()->pupilId();
    const QString token =
        m_server.token(QString::fromLatin1(server::demodata::DemoData::janClaes), window.session()->clbId());
    const QString path = QStringLiteral("/api/v1/pupils/%1/parent-heights").arg(pupilId);
    const HttpReply current = m_server.get(path, token);
    const HttpReply put = m_server.send(
        "PUT", path, token, QJsonObject{{QStringLiteral("fatherCm"), 178}, {QStringLiteral("motherCm"), 165}},
        {{"If-Match", current.header("ETag")}});
    if (put.status != 200)
        return fail(QStringLiteral("the other user's save failed: %1 %2")
                        .arg(put.status)
                        .arg(QString::fromUtf8(put.body)));
    father->selectAll();
    QTest::keyClicks(father, QStringLiteral("185"));
    QTest::keyClick(father, Qt::Key_Return);
    if (!QTest::qWaitFor(
            [&] { return view->findChild<QWidget *>(QStringLiteral("parentHeightsConflict"))->isVisible(); },
            kShort))
        return fail(QStringLiteral("no conflict shown"));
    visit(&window, QStringLiteral("dossier-parent-heights-conflict"));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);

    // The draaischijf: a referral with its three columns.
    sections->setCurrentWidget(view->findChild<QWidget *>(QStringLiteral("journalTab")));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("registerActivity")), Qt::LeftButton);
    QDialog *activity = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (activity = window.findChild<QDialog *>(QStringLiteral("activityDialog"))) &&
                       activity->isVisible();
            },
            kShort))
        return fail(QStringLiteral("no activity dialog"));
    activate(activity);
    auto *function = activity->findChild<QComboBox *>(QStringLiteral("activityFunction"));
    function->setCurrentIndex(function->findData(models::Activity::hubFunction));
    activity->findChild<QLineEdit *>(QStringLiteral("activitySubject"))
        ->setText(QStringLiteral("Vermoeden van mishandeling"));
    for (const char *column : {"hubDirection", "hubCategory", "hubDetail"}) {
        auto *list = activity->findChild<QListWidget *>(QLatin1String(column));
        list->setCurrentRow(0);
    }
    visit(activity, QStringLiteral("dossier-draaischijf"));
    activity->reject();
    activate(&window);

    // A pupil outside this user's teams (Inès Wouters, the demo data's 9th pupil, goes to a school of
    // team Zuid): no tab, the search says why.
    const int tabs = workspace->dossierTabs()->count();
    workspace->openDossier(9, QStringLiteral("Inès Wouters"));
    auto *hint = workspace->findChild<QLabel *>(QStringLiteral("searchHint"));
    if (!QTest::qWaitFor(
            [&] {
                return workspace->dossierTabs()->count() == tabs && hint->frameShape() != QFrame::NoFrame;
            },
            kShort))
        return fail(QStringLiteral("the refused dossier was not explained"));
    visit(&window, QStringLiteral("dossier-forbidden"));
    return true;
}

bool UiTour::run(const Visitor &visitor)
{
    // Pending layouts and deferred resizes first: the visitor sees what a person would.
    const Visitor visit = [&visitor](QWidget *window, const QString &name) {
        QApplication::processEvents();
        QApplication::processEvents();
        visitor(window, name);
    };
    if (!loginPages(visit) || !workspacePages(visit))
        return false;
    ui::MainWindow &window = m_client->window();
    if (!m_card->remove())
        return fail(QStringLiteral("card not removed"));
    if (!QTest::qWaitFor([&] { return window.session()->state() == State::Locked; }, kShort))
        return fail(QStringLiteral("not locked"));
    visit(&window, QStringLiteral("login-locked"));
    if (!logOut() || !logIn(QStringLiteral("sofie-maes")))
        return false;
    visit(&window, QStringLiteral("login-no-team"));
    return logOut();
}

} // namespace lars::test
