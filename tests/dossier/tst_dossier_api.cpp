// The dossier client's network behaviour, precisely, against an in-process fake of the server's routes:
// keyset paging as the view scrolls, stale search answers dropped, GET retry on network failures, writes
// never retried by themselves, a retried create reusing its idempotency key, and a failed save that keeps
// what was typed and offers retry.
#include "FakeLarsBackend.h"
#include "models/api/ApiClient.h"
#include "models/api/DossierModel.h"
#include "models/api/PupilSearchModel.h"
#include "ui/dossier/ParentHeightsEditor.h"
#include "ui/dossier/PupilSearchPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace lars;
using lars::tests::FakeLarsBackend;

class TestDossierApi final : public QObject
{
    Q_OBJECT

    struct Client
    {
        explicit Client(FakeLarsBackend *backend)
            : manager(backend->createManager(nullptr))
            , api(manager.get(), nullptr)
            , dossierApi(&api)
        {
            api.setBaseUrl(QUrl(QStringLiteral("https://lars.test")));
            api.setBearerToken("token");
            dossierApi.setRetryPolicy(2, 1);
        }
        // Outlives the client that uses it; ApiClient does not own a manager it was given.
        std::unique_ptr<QNetworkAccessManager> manager;
        models::ApiClient api;
        models::DossierApi dossierApi;
    };

private slots:
    void pagesInWithTheCursor()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        Client c(&backend);
        models::PupilSearchModel model(&c.dossierApi);
        model.search(QStringLiteral("ma"));
        QCOMPARE(model.state(), models::PupilSearchModel::State::Loading);
        QTRY_COMPARE(model.state(), models::PupilSearchModel::State::Results);
        QCOMPARE(model.rowCount(), models::PupilSearchRequest::defaultPageSize);
        QVERIFY(model.suggestsBirthDate());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 2 * models::PupilSearchRequest::defaultPageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.suggestsBirthDate());
        QCOMPARE(backend.requests.last().query.queryItemValue(QStringLiteral("cursor")),
                 QStringLiteral("100"));
        // Ordered by the server; rows are unique.
        QSet<qint64> ids;
        for (int i = 0; i < model.rowCount(); ++i)
            ids.insert(model.pupil(i).id);
        QCOMPARE(ids.size(), 120);
    }

    void staleAnswersAreDropped()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        backend.delayMs = 20;
        Client c(&backend);
        models::PupilSearchModel model(&c.dossierApi);
        model.search(QStringLiteral("ma"));
        model.search(QStringLiteral("çe"));
        QTRY_COMPARE(backend.count("GET", QStringLiteral("/pupils")), 2);
        QTRY_COMPARE(model.state(), models::PupilSearchModel::State::Results);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pupil(0).lastName, QStringLiteral("Çelik"));
    }

    void tooShortSendsNothing()
    {
        FakeLarsBackend backend;
        Client c(&backend);
        models::PupilSearchModel model(&c.dossierApi);
        model.search(QStringLiteral(" e-"));
        QCOMPARE(model.state(), models::PupilSearchModel::State::TooShort);
        QCOMPARE(backend.requests.size(), 0);
    }

    void getIsRetriedAfterANetworkFailure()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        backend.failNextRequests = 2;
        Client c(&backend);
        QSignalSpy retrying(&c.dossierApi, &models::DossierApi::retrying);
        models::PupilSearchModel model(&c.dossierApi);
        model.search(QStringLiteral("el"));
        QTRY_COMPARE(model.state(), models::PupilSearchModel::State::Results);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(backend.count("GET", QStringLiteral("/pupils")), 3);

        backend.offline = true;
        model.search(QStringLiteral("ma"));
        QTRY_COMPARE(model.state(), models::PupilSearchModel::State::Failed);
        QVERIFY(model.lastFailure().isNetworkFailure());
    }

    void retriedCreateIsStoredOnce()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        const qint64 id = backend.idOf(QStringLiteral("Peeters"));
        Client c(&backend);
        models::DossierModel dossier(&c.dossierApi, id);
        QSignalSpy failed(&dossier, &models::DossierModel::activityCreateFailed);
        QSignalSpy created(&dossier, &models::DossierModel::activityCreated);
        models::Activity a;
        a.date = QDate::currentDate();
        a.function = QStringLiteral("consult");
        a.subject = QStringLiteral("Gesprek");
        a.durationMinutes = 20;
        const QByteArray key = models::DossierApi::newIdempotencyKey();
        backend.loseNextReplies = 1; // stored, but the client never hears so
        dossier.createActivity(a, key);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(backend.count("POST", QStringLiteral("/activities")), 1); // a write is not retried by itself
        dossier.createActivity(a, key);
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(backend.activities.value(id).size(), 1);
        for (const auto &r : std::as_const(backend.requests))
            if (r.method == "POST")
                QCOMPARE(r.idempotencyKey, key);
    }

    void searchPanelShowsBusyHintsAndMovesWithArrows()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        backend.delayMs = 30;
        Client c(&backend);
        ui::PupilSearchPanel panel(&c.dossierApi);
        panel.resize(400, 500);
        panel.show();
        auto *field = panel.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *busy = panel.findChild<QProgressBar *>(QStringLiteral("searchBusy"));
        auto *hint = panel.findChild<QLabel *>(QStringLiteral("searchHint"));
        auto *table = panel.findChild<QTableView *>(QStringLiteral("searchResults"));
        // The panel's own handler runs first (connected first): record what it shows while loading.
        bool busyWhileLoading = false;
        connect(panel.model(), &models::PupilSearchModel::stateChanged, &panel,
                [&](models::PupilSearchModel::State state) {
                    if (state == models::PupilSearchModel::State::Loading)
                        busyWhileLoading = busy->isVisible();
                });
        QTest::keyClicks(field, QStringLiteral("ma"));
        QTRY_COMPARE(panel.model()->state(), models::PupilSearchModel::State::Results);
        QVERIFY(busyWhileLoading);
        QVERIFY(!busy->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("birth date")), qPrintable(hint->text()));
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(field, Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), 1);
        QSignalSpy open(&panel, &ui::PupilSearchPanel::openRequested);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), panel.model()->pupil(1).id);
        // Enter right after typing opens the first result as soon as it arrives.
        QTest::keyClicks(field, QStringLiteral("x"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(panel.model()->state(), models::PupilSearchModel::State::NoResults);
        QCOMPARE(open.count(), 1); // "max" finds nobody: nothing opens
        QVERIFY(hint->text().contains(QStringLiteral("No pupil")));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("ce"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(open.count(), 2);
        QCOMPARE(open.last().at(1).toString(), QStringLiteral("Ëlise Çelik"));
    }

    void openingADossierTakesAtMostThreeRequests()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        const qint64 id = backend.idOf(QStringLiteral("Peeters"));
        backend.addActivities(id, 150); // more than one journal page
        Client c(&backend);
        models::DossierModel dossier(&c.dossierApi, id);
        QSignalSpy loaded(&dossier, &models::DossierModel::fullyLoaded);
        dossier.load();
        QVERIFY(loaded.wait());
        QVERIFY(dossier.isPupilLoaded());
        QCOMPARE(dossier.journal().size(), backend.activities.value(id).size());
        QVERIFY(dossier.journal().size() >= 150);
        QCOMPARE(backend.requests.size(), 2); // the dossier, then the journal's second page
        QCOMPARE(backend.requests.first().path, QStringLiteral("/api/v1/pupils/%1/dossier").arg(id));
        // The parts' ETags came with it: a save is based on them (the fake answers 412 otherwise).
        dossier.saveParentHeights(182.0, 165.0);
        QTRY_COMPARE(backend.parentHeights.value(id).fatherCm, 182.0);
    }

    void failedSaveKeepsTheTypedValueAndOffersRetry()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        const qint64 id = backend.idOf(QStringLiteral("Peeters"));
        Client c(&backend);
        models::DossierModel dossier(&c.dossierApi, id);
        dossier.load();
        QSignalSpy loaded(&dossier, &models::DossierModel::fullyLoaded);
        QVERIFY(loaded.wait());
        ui::ParentHeightsEditor editor(&dossier);
        editor.show();
        QTest::mouseClick(editor.findChild<QToolButton *>(QStringLiteral("editParentHeights")),
                          Qt::LeftButton);
        auto *father = editor.findChild<QLineEdit *>(QStringLiteral("fatherEdit"));
        auto *mother = editor.findChild<QLineEdit *>(QStringLiteral("motherEdit"));
        QTest::keyClicks(father, QStringLiteral("181"));
        QTest::keyClicks(mother, QStringLiteral("166"));
        backend.offline = true;
        QTest::keyClick(father, Qt::Key_Return);
        QVERIFY(editor.findChild<QWidget *>(QStringLiteral("parentHeightsProgress"))->isVisible());
        auto *retry = editor.findChild<QPushButton *>(QStringLiteral("retryParentHeights"));
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("parentHeightsFailure"))
                    ->text()
                    .contains(QStringLiteral("cannot be reached")));
        QVERIFY(editor.isEditing());
        QCOMPARE(father->text(), QStringLiteral("181"));
        QCOMPARE(mother->text(), QStringLiteral("166"));
        QCOMPARE(backend.count("PUT", QStringLiteral("/parent-heights")),
                 1); // not retried behind the user's back
        backend.offline = false;
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(!editor.isEditing());
        QCOMPARE(backend.parentHeights.value(id).fatherCm, 181.0);
        QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("fatherValue"))->text(), QStringLiteral("181 cm"));
    }

    void serverValidationGoesNextToTheField()
    {
        FakeLarsBackend backend;
        backend.addDemoData();
        const qint64 id = backend.idOf(QStringLiteral("Peeters"));
        Client c(&backend);
        models::DossierModel dossier(&c.dossierApi, id);
        QSignalSpy failed(&dossier, &models::DossierModel::parentHeightsSaveFailed);
        dossier.load();
        QTRY_VERIFY(dossier.loadMs() >= 0);
        dossier.saveParentHeights(250.0, 160.0); // the client validates too; the server has the last word
        QTRY_COMPARE(failed.count(), 1);
        const auto reply = failed.first().first().value<models::DossierReply>();
        QCOMPARE(reply.httpStatus, 422);
        QVERIFY(!reply.fieldMessage(QStringLiteral("fatherCm")).isEmpty());
    }
};

QTEST_MAIN(TestDossierApi)
#include "tst_dossier_api.moc"
