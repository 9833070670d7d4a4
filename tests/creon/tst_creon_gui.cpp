// The CREON tab and the administrator view as a nurse and a director use them (offscreen, Dutch), against
// the real lars-server delivering to the real receiver: a refused length shows its reason, the nurse
// corrects it in the dialog and it is accepted; the director sees batches, waiting and failed records.
#include "models/api/ApiClient.h"
#include "models/api/DossierModel.h"
#include "models/api/PupilSearchModel.h"
#include "tests/creon/CreonTestCase.h"
#include "translations/Translations.h"
#include "ui/CreonAdminDialog.h"
#include "ui/dossier/CreonCorrectionDialog.h"
#include "ui/dossier/CreonTab.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/PupilSearchPanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace lars;
using namespace lars::test;

class TestCreonGui final : public CreonTestCase
{
    Q_OBJECT

    ReceiverProcess m_receiver;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<models::ApiClient> m_api;
    std::unique_ptr<ui::DossierWorkspace> m_workspace;
    QString m_token;
    qint64 m_consult = 0;

    static void save(QWidget *w, const QString &name)
    {
        const QImage shot = w->grab().toImage();
        QVERIFY(shot.save(QDir::temp().filePath(QStringLiteral("lars-") + name)));
        if (qEnvironmentVariableIsSet("LARS_WRITE_SCREENSHOTS"))
            QVERIFY(shot.save(qEnvironmentVariable("LARS_SOURCE_DIR") + QStringLiteral("/docs/screenshots/") +
                              name));
    }

    ui::DossierView *open(const QString &text, const QString &lastName)
    {
        auto *model = m_workspace->searchPanel()->model();
        QSignalSpy arrived(model, &models::PupilSearchModel::firstPageArrived);
        auto *field = m_workspace->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(field, text);
        if (!arrived.wait())
            return nullptr;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, models::PupilSearchModel::LastName).data().toString() == lastName) {
                m_workspace->findChild<QTableView *>(QStringLiteral("searchResults"))
                    ->setCurrentIndex(model->index(r, 0));
                QTest::keyClick(field, Qt::Key_Return);
                ui::DossierView *view = m_workspace->dossierView(
                    model->data(model->index(r, 0), models::PupilSearchModel::PupilIdRole).toLongLong());
                if (view && QTest::qWaitFor([&] { return view->dossier()->loadMs() >= 0; }, 15000))
                    return view;
            }
        return nullptr;
    }

    // The row of the CREON table for the length of our consult, or -1.
    int lengthRow(ui::DossierView *view, QTableView *table) const
    {
        qint64 id = 0;
        for (const QJsonObject &r : view->dossier()->creonRegistrations())
            if (r.value("itemCode").toString() == QLatin1String("lengte") &&
                r.value("source").toObject().value("id").toInteger() == m_consult)
                id = r.value("id").toInteger();
        auto *model = qobject_cast<QStandardItemModel *>(table->model());
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(translations::install(*qApp, QStringLiteral("nl_BE")));
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
        QVERIFY2(m_receiver.start({QStringLiteral("--refuse"),
                                   QStringLiteral("lengte:Lengte onwaarschijnlijk voor de leeftijd")}),
                 qPrintable(m_receiver.errorString()));
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60, creonArgs(m_receiver)), qPrintable(m_server->errorString()));
        m_token = m_server->token(an(), 1);
        // Jérôme De Smet (demo pupil 5) had his 4th-year consult; a typing slip made him 2.12 m tall.
        const HttpReply m = post(*m_server, pupilPath(5, "/measurements"), m_token,
                                 {{"contact", "L4"},
                                  {"date", "2026-10-06"},
                                  {"heightCm", 212.0},
                                  {"weightKg", 31.5},
                                  {"eyeAlignment", "normaal"},
                                  {"oralHealth", "gezond"}});
        QCOMPARE(m.status, 201);
        m_consult = m.json().value("id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_server
                 ->sql(
                     QStringLiteral("SELECT 1 FROM creon_outbox o JOIN creon_registrations r ON r.id = "
                                    "o.registration_id WHERE r.source_id = ? AND r.item_code = 'lengte' AND "
                                    "r.source = 'measurement' AND o.state = 'refused'"),
                     {m_consult})
                 .isEmpty(),
            30000);
        m_api = std::make_unique<models::ApiClient>();
        QVERIFY(m_api->setBaseUrl(m_server->baseUrl()));
        m_api->setExtraCaCertificates({m_server->certificate()});
        m_api->setBearerToken(m_token.toLatin1());
        m_workspace = std::make_unique<ui::DossierWorkspace>(m_api.get());
        m_workspace->resize(1366, 768);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_server.reset();
    }

    void refusedLengthShowsItsReasonAndIsCorrected()
    {
        ui::DossierView *view = open(QStringLiteral("jerome de smet"), QStringLiteral("De Smet"));
        QVERIFY(view);
        view->showSection(ui::DossierView::Creon);
        auto *tab = view->findChild<ui::CreonTab *>();
        auto *table = view->findChild<QTableView *>(QStringLiteral("creonTable"));
        QVERIFY(tab && table);
        auto *model = qobject_cast<QStandardItemModel *>(table->model());
        QCOMPARE(model->horizontalHeaderItem(3)->text(), QStringLiteral("Bron"));
        QCOMPARE(model->horizontalHeaderItem(4)->text(), QStringLiteral("Status"));
        const int row = lengthRow(view, table);
        QVERIFY(row >= 0);
        QCOMPARE(model->item(row, 1)->text(), QStringLiteral("212,0 cm"));
        QCOMPARE(model->item(row, 4)->text(),
                 QStringLiteral("geweigerd: Lengte onwaarschijnlijk voor de leeftijd"));
        QVERIFY2(
            model->item(row, 3)->text().startsWith(QLatin1String("systematisch contact 4de leerjaar van")),
            qPrintable(model->item(row, 3)->text()));
        // Other items of the same consult went through.
        bool accepted = false;
        for (int r = 0; r < model->rowCount(); ++r)
            accepted = accepted || (model->item(r, 0)->text() == QLatin1String("mondgezondheid") &&
                                    model->item(r, 4)->text() == QLatin1String("aanvaard"));
        QVERIFY(accepted);
        auto *correct = view->findChild<QPushButton *>(QStringLiteral("creonCorrect"));
        QVERIFY(!correct->isEnabled());
        table->selectRow(row);
        QVERIFY(correct->isEnabled());
        QCOMPARE(correct->text(), QStringLiteral("&Verbeteren…"));
        save(m_workspace.get(), QStringLiteral("creon-tab-refused.png"));

        QVERIFY(m_receiver.control({{"refuse", QJsonArray{}}}));
        bool sawDialog = false;
        connect(tab, &ui::CreonTab::correctionDialogShown, this, [&](ui::CreonCorrectionDialog *dialog) {
            QTimer::singleShot(0, dialog, [&, dialog] {
                sawDialog = true;
                save(dialog, QStringLiteral("creon-correction.png"));
                auto *reason = dialog->findChild<QLabel *>(QStringLiteral("creonCorrectionReason"));
                QCOMPARE(reason->text(),
                         QStringLiteral("geweigerd: Lengte onwaarschijnlijk voor de leeftijd"));
                auto *height = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("creonQuantity"));
                QCOMPARE(height->value(), 212.0);
                height->setValue(131.2);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
        });
        QTest::mouseClick(correct, Qt::LeftButton);
        QTRY_VERIFY(sawDialog);
        // The correction is saved in the consult and delivered as its next version.
        QTRY_VERIFY_WITH_TIMEOUT(
            (view->dossier()->reloadCreon(),
             lengthRow(view, table) >= 0 &&
                 model->item(lengthRow(view, table), 1)->text() == QLatin1String("131,2 cm") &&
                 model->item(lengthRow(view, table), 4)->text() == QLatin1String("aanvaard")),
            30000);
        bool corrected = false;
        for (const models::Measurement &m : view->dossier()->measurements())
            corrected = corrected || (m.id == m_consult && m.heightCm == 131.2);
        QVERIFY(corrected);
        save(m_workspace.get(), QStringLiteral("creon-tab.png"));
    }

    void directorSeesTheDelivery()
    {
        models::ApiClient client;
        QVERIFY(client.setBaseUrl(m_server->baseUrl()));
        client.setExtraCaCertificates({m_server->certificate()});
        client.setBearerToken(m_server->token(jan(), 1).toLatin1());
        ui::CreonAdminDialog dialog(&client);
        QSignalSpy loaded(&dialog, &ui::CreonAdminDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(15000));
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("creonSummary"))->text();
        QVERIFY2(summary.startsWith(QLatin1String("Wachtend:")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("geweigerd:")), qPrintable(summary));
        auto *batches = dialog.findChild<QTableView *>(QStringLiteral("creonBatches"));
        QVERIFY(batches->model()->rowCount() >= 2);
        QCOMPARE(batches->model()->index(0, 2).data().toString(), QStringLiteral("beantwoord"));
        auto *failed = dialog.findChild<QTableView *>(QStringLiteral("creonFailed"));
        QVERIFY(failed->model()->rowCount() >= 1); // the demo's refused lengths
        QVERIFY(failed->model()->index(0, 4).data().toString().startsWith(QLatin1String("geweigerd: ")));
        save(&dialog, QStringLiteral("creon-admin.png"));
        // The nurse is no administrator: the server refuses and the dialog says why.
        models::ApiClient nurse;
        QVERIFY(nurse.setBaseUrl(m_server->baseUrl()));
        nurse.setExtraCaCertificates({m_server->certificate()});
        nurse.setBearerToken(m_token.toLatin1());
        ui::CreonAdminDialog refused(&nurse);
        QTRY_VERIFY(!refused.findChild<QLabel *>(QStringLiteral("creonAdminMessage"))->text().isEmpty());
        QCOMPARE(refused.findChild<QLabel *>(QStringLiteral("creonAdminMessage"))->text(),
                 QStringLiteral("Alleen de lokale LARS-beheerders van het CLB zien de CREON-verzending."));
    }
};

QTEST_MAIN(TestCreonGui)
#include "tst_creon_gui.moc"
