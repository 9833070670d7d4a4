// The dossier workspace end to end: real widgets (found by objectName, driven with QTest) against the
// real lars-server with demo data (tests/support/ServerProcess), logged in through the test-only token
// route as An Peeters (nurse, team Noord of CLB 1).
#include "models/NationalNumber.h"
#include "models/TargetHeight.h"
#include "models/api/ApiClient.h"
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "models/api/PupilSearchModel.h"
#include "server/demodata/DemoData.h"
#include "tests/support/ServerProcess.h"
#include "ui/dossier/ActivityDialog.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/GrowthChartWidget.h"
#include "ui/dossier/PupilSearchPanel.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace lars;
using lars::test::ServerProcess;

namespace {

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

bool anyContains(const QStringList &list, const QString &text)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.contains(text); });
}

// A rendered widget is "not empty" when it has many distinct colours (bands, curves, text).
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestDossierWorkspace final : public QObject
{
    Q_OBJECT

    struct Client
    {
        std::unique_ptr<models::ApiClient> api;
        std::unique_ptr<ui::DossierWorkspace> workspace;
    };

    Client makeClient(const char *nationalNumber, qint64 clbId)
    {
        Client c;
        c.api = std::make_unique<models::ApiClient>();
        c.api->setBaseUrl(m_server->baseUrl());
        c.api->setExtraCaCertificates({m_server->certificate()});
        c.api->setBearerToken(m_server->token(QString::fromLatin1(nationalNumber), clbId).toLatin1());
        c.workspace = std::make_unique<ui::DossierWorkspace>(c.api.get());
        c.workspace->resize(1280, 800);
        c.workspace->show();
        return c;
    }

    template <typename T>
    T *find(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }

    void search(ui::DossierWorkspace *w, const QString &text, const QString &birthDate = {})
    {
        auto *field = find<QLineEdit>(w, "searchField");
        auto *date = find<QLineEdit>(w, "birthDateField");
        date->setText(birthDate);
        field->clear();
        QTest::keyClicks(field, text);
    }

    // Opens a pupil through the search by typing and Enter; returns the dossier view once loaded.
    ui::DossierView *open(ui::DossierWorkspace *w, const QString &text, const QString &lastName)
    {
        auto *model = w->searchPanel()->model();
        // Wait for this search's answer, not the rows of the previous one still on screen.
        QSignalSpy arrived(model, &models::PupilSearchModel::firstPageArrived);
        search(w, text);
        if (!arrived.wait() || !column(model, models::PupilSearchModel::LastName).contains(lastName))
            return nullptr;
        const int row = int(column(model, models::PupilSearchModel::LastName).indexOf(lastName));
        auto *table = find<QTableView>(w, "searchResults");
        table->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(find<QLineEdit>(w, "searchField"), Qt::Key_Return);
        ui::DossierView *view = w->dossierView(
            model->data(model->index(row, 0), models::PupilSearchModel::PupilIdRole).toLongLong());
        if (!view || !QTest::qWaitFor([&] { return view->dossier()->loadMs() >= 0; }, 10000)) {
            qWarning().noquote() << "tabs" << w->dossierTabs()->count() << "row" << row << "view" << view
                                 << "hint" << find<QLabel>(w, "searchHint")->text();
            return nullptr;
        }
        return view;
    }

    // The screen is drawn (the documentation's Dutch screenshots come from tests/ui/tst_layout).
    void screenshot(QWidget *w, const QString &)
    {
        const QImage image = w->grab().toImage();
        QVERIFY(distinctColours(image) > 8);
    }

    std::unique_ptr<ServerProcess> m_server;
    Client m_nurse;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60), qPrintable(m_server->errorString()));
        m_nurse = makeClient(server::demodata::DemoData::anPeeters, 1);
        QTRY_VERIFY(m_nurse.workspace->nomenclature()->isLoaded());
    }

    void twoCharactersFindAccentedNames()
    {
        auto *w = m_nurse.workspace.get();
        auto *model = w->searchPanel()->model();
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>(w, "searchField")->hasFocus());
        search(w, QStringLiteral("e"));
        QTRY_VERIFY(find<QLabel>(w, "searchHint")->text().contains(QStringLiteral("2 letters")));
        search(w, QStringLiteral("el"));
        QTRY_VERIFY(column(model, models::PupilSearchModel::FirstName).contains(QStringLiteral("Ëlise")));
        QVERIFY(!find<QWidget>(w, "searchBusy")->isVisible());
        search(w, QStringLiteral("ce"));
        QTRY_VERIFY(column(model, models::PupilSearchModel::LastName).contains(QStringLiteral("Çelik")));
        search(w, QStringLiteral("Van den"));
        QTRY_VERIFY(
            column(model, models::PupilSearchModel::LastName).contains(QStringLiteral("Van den Bossche")));
        search(w, QStringLiteral("qx"));
        QTRY_COMPARE(model->state(), models::PupilSearchModel::State::NoResults);
        QVERIFY(find<QLabel>(w, "searchHint")->text().contains(QStringLiteral("No pupil")));
    }

    void birthDateNarrows()
    {
        auto *w = m_nurse.workspace.get();
        auto *model = w->searchPanel()->model();
        search(w, QStringLiteral("el"));
        QTRY_VERIFY(column(model, models::PupilSearchModel::FirstName).contains(QStringLiteral("Ëlise")));
        const int row =
            int(column(model, models::PupilSearchModel::FirstName).indexOf(QStringLiteral("Ëlise")));
        const QDate birth = model->pupil(row).birthDate;
        const int before = model->rowCount();
        search(w, QStringLiteral("el"), birth.toString(QStringLiteral("dd/MM/yyyy")));
        QTRY_VERIFY(model->state() == models::PupilSearchModel::State::Results &&
                    model->request().birthDate == birth);
        QVERIFY(model->rowCount() <= before);
        for (int i = 0; i < model->rowCount(); ++i)
            QCOMPARE(model->pupil(i).birthDate, birth);
        search(w, QStringLiteral("el"), QStringLiteral("31/02/2015"));
        QTRY_VERIFY(find<QLabel>(w, "birthDateError")->isVisible());
        find<QLineEdit>(w, "birthDateField")->clear();
    }

    void openTwoDossiers()
    {
        auto *w = m_nurse.workspace.get();
        ui::DossierView *elise = open(w, QStringLiteral("el"), QStringLiteral("Van den Bossche"));
        QVERIFY(elise);
        ui::DossierView *emre = open(w, QStringLiteral("ce"), QStringLiteral("Çelik"));
        QVERIFY(emre);
        QCOMPARE(w->dossierTabs()->count(), 2);
        QCOMPARE(w->dossierTabs()->tabText(0), QStringLiteral("Ëlise Van den Bossche"));
        QCOMPARE(w->dossierTabs()->currentWidget(), emre);
        const QStringList sections = {QStringLiteral("Identity"), QStringLiteral("Medical data"),
                                      QStringLiteral("Journal"), QStringLiteral("Attests"),
                                      QStringLiteral("CREON")};
        auto *tabs = find<QTabWidget>(emre, "dossierSections");
        for (int i = 0; i < sections.size(); ++i)
            QCOMPARE(tabs->tabText(i), sections.at(i));
        QTRY_VERIFY(find<QLabel>(emre, "identityName")->text().contains(QStringLiteral("Emre")));
        screenshot(w, QStringLiteral("identity"));

        // Close and reopen the most recent.
        w->closeDossier(1);
        QTRY_COMPARE(w->dossierTabs()->count(), 1);
        QTest::keyClick(w->dossierTabs(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(w->dossierTabs()->count(), 2);
        QCOMPARE(w->dossierTabs()->tabText(1), QStringLiteral("Emre Çelik"));
        // Opening an open pupil again switches to its tab instead of a second copy.
        w->openDossier(elise->dossier()->pupilId());
        QCOMPARE(w->dossierTabs()->count(), 2);
        QCOMPARE(w->dossierTabs()->currentWidget(), elise);
    }

    void parentHeightsEditSaveCancelInvalid()
    {
        auto *w = m_nurse.workspace.get();
        ui::DossierView *view = w->dossierView(1);
        QVERIFY(view);
        view->showSection(ui::DossierView::Medical);
        auto *father = find<QLabel>(view, "fatherValue");
        QCOMPARE(father->text(), QStringLiteral("not entered")); // Ëlise has none in the demo data
        QVERIFY(find<QLabel>(view, "targetHeightLabel")->text().contains(QStringLiteral("enter both")));

        // Pencil, type, Esc: nothing changes, nothing is sent.
        const int putsBefore = int(view->dossier()->parentHeights().version);
        QTest::mouseClick(find<QToolButton>(view, "editParentHeights"), Qt::LeftButton);
        auto *fatherEdit = find<QLineEdit>(view, "fatherEdit");
        auto *motherEdit = find<QLineEdit>(view, "motherEdit");
        QTRY_VERIFY(fatherEdit->isVisible());
        QTest::keyClicks(fatherEdit, QStringLiteral("190"));
        QTest::keyClick(fatherEdit, Qt::Key_Escape);
        QTRY_VERIFY(!fatherEdit->isVisible());
        QCOMPARE(father->text(), QStringLiteral("not entered"));

        // Invalid: the message is next to the field, nothing is saved, the typed value stays.
        QTest::mouseClick(find<QToolButton>(view, "editParentHeights"), Qt::LeftButton);
        QTest::keyClicks(fatherEdit, QStringLiteral("300"));
        QTest::keyClicks(motherEdit, QStringLiteral("165"));
        QTest::mouseClick(find<QToolButton>(view, "saveParentHeights"), Qt::LeftButton);
        QVERIFY(find<QLabel>(view, "fatherError")->text().contains(QStringLiteral("120")));
        QVERIFY(find<QLabel>(view, "motherError")->text().isEmpty());
        QCOMPARE(fatherEdit->text(), QStringLiteral("300"));
        QCOMPARE(view->dossier()->parentHeights().version, putsBefore);

        // Valid, V: saved, read-only again, target height with the formula's name.
        fatherEdit->clear();
        QTest::keyClicks(fatherEdit, QStringLiteral("182"));
        QTest::mouseClick(find<QToolButton>(view, "saveParentHeights"), Qt::LeftButton);
        QTRY_VERIFY(!fatherEdit->isVisible());
        QCOMPARE(father->text(), QStringLiteral("182 cm"));
        QCOMPARE(find<QLabel>(view, "motherValue")->text(), QStringLiteral("165 cm"));
        const QString target = find<QLabel>(view, "targetHeightLabel")->text();
        QVERIFY2(target.contains(QStringLiteral("167")) &&
                     target.contains(models::TargetHeight::tanner().name),
                 qPrintable(target)); // girl: (182 + 165 − 13) / 2 = 167
        // Enter saves too.
        QTest::mouseClick(find<QToolButton>(view, "editParentHeights"), Qt::LeftButton);
        motherEdit->clear();
        QTest::keyClicks(motherEdit, QStringLiteral("169,5"));
        QTest::keyClick(motherEdit, Qt::Key_Return);
        QTRY_COMPARE(find<QLabel>(view, "motherValue")->text(), QStringLiteral("169.5 cm"));
        const auto stored =
            m_server->get(QStringLiteral("/api/v1/pupils/1/parent-heights"),
                          m_server->token(QString::fromLatin1(server::demodata::DemoData::anPeeters), 1));
        QCOMPARE(stored.json().value(QLatin1String("motherCm")).toDouble(), 169.5);
    }

    void parentHeightsConflictBetweenTwoClients()
    {
        Client other = makeClient(server::demodata::DemoData::janClaes, 1);
        ui::DossierView *mine = m_nurse.workspace->dossierView(1);
        QVERIFY(mine);
        other.workspace->openDossier(1);
        ui::DossierView *theirs = other.workspace->dossierView(1);
        QVERIFY(theirs);
        QTRY_VERIFY(theirs->dossier()->loadMs() >= 0);
        theirs->showSection(ui::DossierView::Medical);
        // The nurse starts editing from the version both have read …
        QTest::mouseClick(find<QToolButton>(mine, "editParentHeights"), Qt::LeftButton);
        // … the doctor saves first.
        QTest::mouseClick(find<QToolButton>(theirs, "editParentHeights"), Qt::LeftButton);
        auto *theirFather = find<QLineEdit>(theirs, "fatherEdit");
        theirFather->clear();
        QTest::keyClicks(theirFather, QStringLiteral("178"));
        QTest::keyClick(theirFather, Qt::Key_Return);
        QTRY_COMPARE(find<QLabel>(theirs, "fatherValue")->text(), QStringLiteral("178 cm"));

        auto *myFather = find<QLineEdit>(mine, "fatherEdit");
        myFather->clear();
        QTest::keyClicks(myFather, QStringLiteral("185"));
        QTest::keyClick(myFather, Qt::Key_Return);
        auto *conflict = find<QWidget>(mine, "parentHeightsConflict");
        QTRY_VERIFY(conflict->isVisible());
        const QString text = find<QLabel>(mine, "conflictText")->text();
        QVERIFY2(text.contains(QStringLiteral("178 cm")) && text.contains(QStringLiteral("185")),
                 qPrintable(text));
        QCOMPARE(myFather->text(), QStringLiteral("185")); // nothing typed is lost
        screenshot(mine, QStringLiteral("parent-heights-conflict"));

        QTest::mouseClick(find<QPushButton>(mine, "keepMine"), Qt::LeftButton);
        QTRY_COMPARE(find<QLabel>(mine, "fatherValue")->text(), QStringLiteral("185 cm"));
        QVERIFY(!conflict->isVisible());

        // The other way: the doctor, now stale, takes the saved values.
        QTest::mouseClick(find<QToolButton>(theirs, "editParentHeights"), Qt::LeftButton);
        QTest::keyClick(theirFather, Qt::Key_Return);
        QTRY_VERIFY(find<QWidget>(theirs, "parentHeightsConflict")->isVisible());
        QTest::mouseClick(find<QPushButton>(theirs, "takeTheirs"), Qt::LeftButton);
        QTRY_COMPARE(find<QLabel>(theirs, "fatherValue")->text(), QStringLiteral("185 cm"));
    }

    void growthChartShowsReferenceBandsPointsAndTarget()
    {
        ui::DossierView *view = m_nurse.workspace->dossierView(1);
        QVERIFY(view);
        view->showSection(ui::DossierView::Medical);
        auto *chart = find<ui::GrowthChartWidget>(view, "growthChart");
        QTRY_VERIFY(chart->chart());
        const auto &g = chart->chart()->geometry();
        QCOMPARE(g.curves.size(), 7); // P3 … P97
        QCOMPARE(g.bands.size(), 3);  // P3–P97, P10–P90, P25–P75
        int heights = 0;
        for (const auto &m : view->dossier()->measurements())
            heights += m.heightCm ? 1 : 0;
        QVERIFY(heights > 0);
        QCOMPARE(g.points.size(), heights);
        for (const auto &p : g.points)
            QVERIFY(p.z.has_value());
        QVERIFY(g.target.has_value());
        QCOMPARE(g.target->formulaName, models::TargetHeight::tanner().name);
        QVERIFY(qAbs(g.target->targetCm - (185 + 169.5 - 13) / 2) < 0.01);

        screenshot(m_nurse.workspace.get(), QStringLiteral("medical"));
        // A hover on the first point names its z-score.
        QImage scratch(1, 1, QImage::Format_ARGB32);
        QPainter painter(&scratch);
        const QRectF area = QRectF(chart->rect()).adjusted(4, 4, -4, -4);
        const QPointF at = reports::GrowthChart::map(g, chart->chart()->plotRect(painter, area),
                                                     g.points[0].ageYears, g.points[0].value);
        painter.end();
        QVERIFY2(chart->toolTipAt(at.toPoint()).contains(QStringLiteral("z-score")),
                 qPrintable(chart->toolTipAt(at.toPoint())));
        QVERIFY(distinctColours(chart->grab().toImage()) > 20);

        find<QWidget>(view, "chartBmi")->setFocus();
        QTest::mouseClick(find<QWidget>(view, "chartBmi"), Qt::LeftButton);
        QTRY_COMPARE(chart->measure(), models::GrowthReference::Measure::Bmi);
        QVERIFY(!chart->chart()->geometry().target.has_value()); // the target is a height
    }

    void draaischijfCascadeAndJournalLine()
    {
        ui::DossierView *view = m_nurse.workspace->dossierView(1);
        QVERIFY(view);
        view->showSection(ui::DossierView::Journal);
        QTest::mouseClick(find<QPushButton>(view, "registerActivity"), Qt::LeftButton);
        QPointer<ui::ActivityDialog> dialog = view->findChild<ui::ActivityDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *function = find<QComboBox>(dialog, "activityFunction");
        auto *hubBox = find<QWidget>(dialog, "hubBox");
        auto *save = find<QPushButton>(dialog, "saveActivity");
        QVERIFY(!hubBox->isVisible());
        function->setCurrentIndex(function->findData(models::Activity::hubFunction));
        QTRY_VERIFY(hubBox->isVisible());
        QTest::keyClicks(find<QLineEdit>(dialog, "activitySubject"), QStringLiteral("Melding politie"));
        auto *text = find<QPlainTextEdit>(dialog, "activityText");
        text->setPlainText(QStringLiteral("Gesprek met moeder.\n\nDoorverwezen naar de politie."));
        QVERIFY(!save->isEnabled()); // the three columns are not chosen yet

        auto *direction = find<QListWidget>(dialog, "hubDirection");
        auto *category = find<QListWidget>(dialog, "hubCategory");
        auto *detail = find<QListWidget>(dialog, "hubDetail");
        QCOMPARE(direction->count(), 2);
        QCOMPARE(category->count(), 7);
        QCOMPARE(detail->count(), 0); // nothing before a category is chosen
        direction->setCurrentRow(0);
        const auto juridisch = category->findItems(QStringLiteral("Juridisch"), Qt::MatchExactly);
        QCOMPARE(juridisch.size(), 1);
        category->setCurrentItem(juridisch.first());
        QTRY_VERIFY(detail->count() >= 4);
        QVERIFY(!detail->findItems(QStringLiteral("politie"), Qt::MatchExactly).isEmpty());
        QVERIFY(!save->isEnabled());
        // Another category replaces the details.
        category->setCurrentItem(category->findItems(QStringLiteral("Medisch"), Qt::MatchExactly).first());
        QTRY_VERIFY(detail->findItems(QStringLiteral("politie"), Qt::MatchExactly).isEmpty());
        category->setCurrentItem(juridisch.first());
        detail->setCurrentItem(detail->findItems(QStringLiteral("politie"), Qt::MatchExactly).first());
        QTRY_VERIFY(save->isEnabled());
        screenshot(dialog, QStringLiteral("draaischijf"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog); // saved, closed and gone

        auto *journal = find<QTableView>(view, "journalTable");
        QTRY_VERIFY(anyContains(column(journal->model(), 3), QStringLiteral("Melding politie")));
        const int row = int(column(journal->model(), 3).indexOf(QStringLiteral("Melding politie")));
        QCOMPARE(row, 0); // newest first
        const QString hub = journal->model()->index(row, 5).data().toString();
        QVERIFY2(hub.contains(QStringLiteral("doorverwijzing naar")) &&
                     hub.contains(QStringLiteral("Juridisch")) && hub.contains(QStringLiteral("politie")),
                 qPrintable(hub));
        QCOMPARE(journal->model()->index(row, 6).data().toString(),
                 QStringLiteral("Gesprek met moeder.\n\nDoorverwezen naar de politie."));

        // Filters: by function and by staff member.
        auto *functionFilter = find<QComboBox>(view, "journalFunctionFilter");
        functionFilter->setCurrentIndex(functionFilter->findData(models::Activity::hubFunction));
        for (const QString &f : column(journal->model(), 2))
            QCOMPARE(f, QStringLiteral("Draaischijffunctie"));
        auto *staffFilter = find<QComboBox>(view, "journalStaffFilter");
        staffFilter->setCurrentIndex(staffFilter->findText(QStringLiteral("An Peeters")));
        QVERIFY(staffFilter->currentIndex() > 0);
        for (const QString &s : column(journal->model(), 1))
            QCOMPARE(s, QStringLiteral("An Peeters"));
        QVERIFY(journal->model()->rowCount() >= 1);
        screenshot(m_nurse.workspace.get(), QStringLiteral("journal"));
        functionFilter->setCurrentIndex(0);
        staffFilter->setCurrentIndex(0);
    }

    void bridgingHelpToggle()
    {
        ui::DossierView *view = m_nurse.workspace->dossierView(1);
        QVERIFY(view);
        auto *check = find<QCheckBox>(view, "bridgingHelpCheck");
        QVERIFY(!check->isChecked());
        QVERIFY(!find<QLabel>(view, "bridgingHelpExplanation")->text().isEmpty());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE(find<QLabel>(view, "bridgingHelpStatus")->text(), QStringLiteral("Saved"));
        QVERIFY(check->isChecked());
        const QString token = m_server->token(QString::fromLatin1(server::demodata::DemoData::anPeeters), 1);
        auto pupil = m_server->get(QStringLiteral("/api/v1/pupils/1"), token).json();
        QCOMPARE(
            pupil.value(QLatin1String("attributes")).toObject().value(QLatin1String("bridgingHelp")).toBool(),
            true);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE(find<QLabel>(view, "bridgingHelpStatus")->text(), QStringLiteral("Saved"));
        pupil = m_server->get(QStringLiteral("/api/v1/pupils/1"), token).json();
        QCOMPARE(
            pupil.value(QLatin1String("attributes")).toObject().value(QLatin1String("bridgingHelp")).toBool(),
            false);
    }

    void otherTabsShowTheirData()
    {
        ui::DossierView *view = m_nurse.workspace->dossierView(1);
        QVERIFY(view);
        view->showSection(ui::DossierView::Attests);
        auto *preview = find<QPushButton>(view, "previewAttest");
        QVERIFY(!view->dossier()->attests().isEmpty());
        QVERIFY(!preview->isEnabled()); // nobody handles printing yet
        // The letters area plugs in here: the hook hands over the pupil and the attest.
        QList<std::pair<models::Pupil, models::Attest>> requested;
        connect(m_nurse.workspace.get(), &ui::DossierWorkspace::attestPreviewRequested, this,
                [&](const models::Pupil &p, const models::Attest &a) {
                    requested.append({p, a});
                });
        QVERIFY(preview->isEnabled());
        QTest::mouseClick(preview, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first.id, qint64(1));
        QCOMPARE(requested.first().second.id, view->dossier()->attests().first().id);
        screenshot(m_nurse.workspace.get(), QStringLiteral("attests"));
        view->showSection(ui::DossierView::Creon);
        screenshot(m_nurse.workspace.get(), QStringLiteral("creon"));
    }

    void forbiddenPupilIsExplained()
    {
        // Inès Wouters goes to a school of team Zuid (Lotte Wouters' team); An Peeters is in team Noord.
        const QString lotte = m_server->token(models::NationalNumber::make(1988, 4, 25, 123), 1);
        const auto hits = m_server->get(QStringLiteral("/api/v1/pupils?q=wouters"), lotte)
                              .json()
                              .value(QLatin1String("items"));
        qint64 ines = 0;
        for (const QJsonValue &v : hits.toArray())
            if (v.toObject().value(QLatin1String("firstName")).toString() == QStringLiteral("Inès"))
                ines = v.toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(ines > 0);
        auto *w = m_nurse.workspace.get();
        const int tabs = w->dossierTabs()->count();
        w->openDossier(ines, QStringLiteral("Inès Wouters"));
        QTRY_VERIFY(find<QLabel>(w, "searchHint")
                        ->text()
                        .contains(QStringLiteral("not followed by one of your teams")));
        QTRY_COMPARE(w->dossierTabs()->count(), tabs);
        screenshot(w, QStringLiteral("forbidden"));
    }

    void staffWithoutTeamIsTold()
    {
        Client sofie = makeClient(server::demodata::DemoData::sofieMaes, 3);
        search(sofie.workspace.get(), QStringLiteral("el"));
        QTRY_VERIFY(find<QLabel>(sofie.workspace.get(), "searchHint")
                        ->text()
                        .contains(QStringLiteral("administrator")));
    }

    void cleanupTestCase()
    {
        m_nurse = {};
        m_server.reset();
    }
};

QTEST_MAIN(TestDossierWorkspace)
#include "tst_dossier_workspace.moc"
