// Every screen at a laptop's size (LARS_UI_SIZE, 1366×768 by default; 1280×800, dark and scale 2 as
// variants), in Dutch, through the real widgets against the real server, card and keychain: the generic
// checks (no label cut off, no English word, colours from the palette) on every page and dialog, and
// one test per defect users met. With LARS_SCREENSHOT_DIR=docs/screenshots it writes the documentation's
// screenshots.
#include "models/api/DossierModel.h"
#include "models/api/Session.h"
#include "tests/login/LoginHarness.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "tests/ui/UiTour.h"
#include "ui/MainWindow.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/PupilSearchPanel.h"
#include "ui/login/PersonalDataDialog.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/ThemeColors.h"
#include "ui/widgets/WindowTitleFit.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using lars::test::UiAudit;
using lars::test::UiTestSetup;
using lars::test::UiTour;
using State = lars::models::Session::State;

class TestLayout final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<lars::test::ServerProcess> m_server;
    std::unique_ptr<UiTour> m_tour;
    std::optional<QTemporaryDir> m_settings;

    lars::ui::MainWindow &window() { return m_tour->client().window(); }
    lars::ui::DossierWorkspace *workspace() { return window().workspace(); }

    // Texts a Dutch user would see in English (a string without translation) and colours that ignore the
    // palette (a style sheet).
    QStringList languageAndColourProblems(QWidget *root)
    {
        QStringList problems;
        const QSet<QString> english = m_setup->translator().untranslated();
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != root)
                continue;
            if (!w->styleSheet().isEmpty())
                problems
                    << QStringLiteral("%1 has a style sheet (use palette roles)").arg(UiAudit::describe(w));
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            if (!text.isEmpty() && english.contains(text))
                problems << QStringLiteral("%1 shows \"%2\" in English").arg(UiAudit::describe(w), text);
            if (auto *message = qobject_cast<lars::ui::MessageLabel *>(w)) {
                // The colour behind the text: the nearest widget that paints its background.
                QColor background = root->palette().color(QPalette::Window);
                for (QWidget *p = message; p; p = p->isWindow() ? nullptr : p->parentWidget())
                    if (p->autoFillBackground()) {
                        background = p->palette().color(p->backgroundRole());
                        break;
                    }
                const double contrast = lars::ui::ThemeColors::contrast(
                    message->palette().color(message->foregroundRole()), background);
                if (contrast < 4.5)
                    problems << QStringLiteral("%1: contrast %2 is below 4.5")
                                    .arg(UiAudit::describe(w))
                                    .arg(contrast);
            }
        }
        if (!english.isEmpty() && english.contains(root->windowTitle()))
            problems << QStringLiteral("window title \"%1\" in English").arg(root->windowTitle());
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LARS_PCSCD_CTL"), "run through scripts/with-services");
        m_setup = std::make_unique<UiTestSetup>();
        m_server = std::make_unique<lars::test::ServerProcess>(lars::test::ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(600, lars::test::trustAnchorArguments()),
                 qPrintable(m_server->errorString()));
    }

    void init()
    {
        m_settings.emplace();
        m_tour = std::make_unique<UiTour>(*m_server, UiTestSetup::windowSize(), m_settings->path());
    }
    void cleanup() { m_tour.reset(); }
    void cleanupTestCase() { m_server.reset(); }

    // The whole client, page by page and dialog by dialog: nothing cut off, nothing English, no colour
    // outside the palette; the window and its dialogs fit the screen.
    void everyScreenFits()
    {
        QStringList problems;
        QStringList visited;
        const bool ok = m_tour->run([&](QWidget *w, const QString &name) {
            visited << name;
            for (const QString &p : UiAudit::layoutProblems(w) + languageAndColourProblems(w))
                problems << name + QStringLiteral(": ") + p;
            if (!UiTestSetup::screenshot(w, name))
                problems << name + QStringLiteral(": screenshot not written");
            // The dossier and the letter it prints, side by side.
            if (name == QLatin1String("letters-preview-dialog") && w->parentWidget()) {
                const QImage dossier = w->parentWidget()->window()->grab().toImage();
                const QImage letter =
                    w->grab().toImage().scaledToHeight(dossier.height(), Qt::SmoothTransformation);
                QImage both(dossier.width() + letter.width(), dossier.height(), QImage::Format_RGB32);
                both.setDevicePixelRatio(dossier.devicePixelRatio());
                QPainter painter(&both);
                painter.drawImage(QPoint(0, 0), dossier);
                painter.drawImage(QPoint(dossier.width(), 0), letter);
                painter.end();
                UiTestSetup::screenshot(both, QStringLiteral("letters-from-dossier"));
            }
        });
        QVERIFY2(ok, qPrintable(m_tour->error()));
        qInfo().noquote() << "visited:" << visited.join(QStringLiteral(", "));
        for (const char *dialog :
             {"personalDataDialog", "settingsDialog", "activityDialog", "letterPreviewDialog"})
            QVERIFY2(m_tour->dialogsSeen().contains(QLatin1String(dialog)), dialog);
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << "PROBLEM" << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (PROBLEM lines above)").arg(problems.size())));
    }

    // Opening a dossier used to squeeze the results to an 80 px strip of cut-off surnames.
    void searchKeepsRoomBesideADossier()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        QCOMPARE(window().size(), UiTestSetup::windowSize());
        QVERIFY2(m_tour->openFirstPupil(QStringLiteral("de")), qPrintable(m_tour->error()));
        auto *table = workspace()->findChild<QTableView *>(QStringLiteral("searchResults"));
        auto *view = qobject_cast<lars::ui::DossierView *>(workspace()->dossierTabs()->currentWidget());
        auto *sections = view->findChild<QTabWidget *>(QStringLiteral("dossierSections"));
        for (int i = 0; i < sections->count(); ++i) {
            sections->setCurrentIndex(i);
            QApplication::processEvents();
            QCOMPARE(window().size(), UiTestSetup::windowSize());
            // Surname, first name and birth date stay readable next to every section of the dossier.
            int needed = 0;
            for (int c = 0; c < 3; ++c)
                needed += table->horizontalHeader()->sectionSize(c);
            QVERIFY2(table->viewport()->width() >= needed,
                     qPrintable(QStringLiteral("%1: results %2 px wide, the names need %3")
                                    .arg(sections->tabText(i))
                                    .arg(table->viewport()->width())
                                    .arg(needed)));
            for (int c = 0; c < 3; ++c)
                QVERIFY(table->horizontalHeader()->sectionSize(c) >=
                        static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c));
        }
    }

    // Two pupils with the same name used to get identical tabs and tooltips.
    void sameNameTabsShowTheBirthDate()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        auto *model = workspace()->searchPanel()->model();
        auto *field = workspace()->findChild<QLineEdit *>(QStringLiteral("searchField"));
        // The demo data are the same every run: find two pupils of her teams with the same name.
        QList<qint64> twins;
        QString twinName;
        // The demo data have one such pair in her school (server/demodata); others may exist.
        for (const char *lastName : {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems"}) {
            QSignalSpy arrived(model, &lars::models::PupilSearchModel::firstPageArrived);
            field->clear();
            QTest::keyClicks(field, QLatin1String(lastName));
            QVERIFY(arrived.wait(10000) || !arrived.isEmpty());
            QHash<QString, int> seen; // name → row
            for (int row = 0; row < model->rowCount() && twins.isEmpty(); ++row) {
                const auto &p = model->pupil(row);
                const QString name = p.firstName + u' ' + p.lastName;
                if (seen.contains(name) && p.birthDate != model->pupil(seen.value(name)).birthDate) {
                    twins = {model->pupil(seen.value(name)).id, p.id};
                    twinName = name;
                }
                seen.insert(name, row);
            }
            if (!twins.isEmpty())
                break;
        }
        QVERIFY2(!twins.isEmpty(), "no two pupils with the same name in the demo data");
        for (const qint64 id : twins)
            workspace()->openDossier(id, twinName);
        QTabWidget *tabs = workspace()->dossierTabs();
        QTRY_VERIFY(workspace()->dossierView(twins[0])->dossier()->isPupilLoaded() &&
                    workspace()->dossierView(twins[1])->dossier()->isPupilLoaded());
        const int a = tabs->indexOf(workspace()->dossierView(twins[0]));
        const int b = tabs->indexOf(workspace()->dossierView(twins[1]));
        QTRY_VERIFY(tabs->tabText(a) != tabs->tabText(b));
        QVERIFY(tabs->tabToolTip(a) != tabs->tabToolTip(b));
        for (const int i : {a, b}) {
            const auto &pupil = qobject_cast<lars::ui::DossierView *>(tabs->widget(i))->dossier()->pupil();
            QVERIFY2(tabs->tabText(i).contains(QLocale().toString(pupil.birthDate, QLocale::ShortFormat)),
                     qPrintable(tabs->tabText(i)));
        }
        // Once one of them is closed the other is a name again.
        workspace()->closeDossier(b);
        QCOMPARE(tabs->tabText(tabs->indexOf(workspace()->dossierView(twins[0]))), twinName);
    }

    // The numbers the server keeps (some in an older, shorter form) used to fail the form's own check,
    // so changing only the e-mail was refused.
    void personalDataAcceptsStoredNumbers()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        window().findChild<QAction *>(QStringLiteral("actionPersonalData"))->trigger();
        lars::ui::PersonalDataDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window().findChild<lars::ui::PersonalDataDialog *>()) && dialog->isVisible());
        auto *gsm = dialog->findChild<QLineEdit *>(QStringLiteral("gsmEdit"));
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        QTRY_VERIFY(!gsm->text().isEmpty());
        const QString storedGsm = gsm->text();
        email->clear();
        QTest::keyClicks(email, QStringLiteral("an.peeters@vrijclb-antwerpen.be"));
        QSignalSpy saved(dialog, &lars::ui::PersonalDataDialog::saved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("personalDataSaveButton")),
                          Qt::LeftButton);
        QVERIFY2(saved.wait(10000),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("personalDataStatus"))->text()));
        const QJsonObject me =
            m_server->get(QStringLiteral("/api/v1/me"), QString::fromLatin1(window().session()->token()))
                .json();
        const QJsonObject contact = me.value(QLatin1String("clbs"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("contact"))
                                        .toObject();
        QCOMPARE(contact.value(QLatin1String("email")).toString(),
                 QStringLiteral("an.peeters@vrijclb-antwerpen.be"));
        QCOMPARE(contact.value(QLatin1String("gsm")).toString(), storedGsm);

        // A changed number is checked, and the message under it is readable in full.
        window().findChild<QAction *>(QStringLiteral("actionPersonalData"))->trigger();
        QTRY_VERIFY((dialog = window().findChild<lars::ui::PersonalDataDialog *>()) && dialog->isVisible());
        gsm = dialog->findChild<QLineEdit *>(QStringLiteral("gsmEdit"));
        QTRY_VERIFY(!gsm->text().isEmpty());
        gsm->selectAll();
        QTest::keyClicks(gsm, QStringLiteral("03 123"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("personalDataSaveButton")),
                          Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("gsmError"));
        QTRY_VERIFY(error->isVisible());
        QTRY_VERIFY2(UiAudit::layoutProblems(dialog).isEmpty(),
                     qPrintable(UiAudit::layoutProblems(dialog).join(u'\n')));
        dialog->reject();
    }

    // Typing a date used to need a double click on the field first.
    void dateTakesTypingAfterOneClick()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        QVERIFY2(m_tour->openFirstPupil(QStringLiteral("de")), qPrintable(m_tour->error()));
        auto *view = qobject_cast<lars::ui::DossierView *>(workspace()->dossierTabs()->currentWidget());
        view->showSection(lars::ui::DossierView::Journal);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("registerActivity")), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window().findChild<QDialog *>(QStringLiteral("activityDialog"))) &&
                    dialog->isVisible());
        QVERIFY(UiTour::activate(dialog));
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("activityDate"));
        // One click on the day, as a user does, then the date typed with its slashes.
        const QPoint day(date->fontMetrics().horizontalAdvance(QStringLiteral("0")) + 4, date->height() / 2);
        QTest::mouseClick(date, Qt::LeftButton, {}, day);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("03/02/2025"));
        QCOMPARE(date->date(), QDate(2025, 2, 3));
        // And a click on the year replaces the year.
        const QPoint year(date->width() - date->fontMetrics().horizontalAdvance(QStringLiteral("20")) - 30,
                          date->height() / 2);
        QTest::mouseClick(date, Qt::LeftButton, {}, year);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2024"));
        QCOMPARE(date->date(), QDate(2024, 2, 3));
        dialog->reject();
    }

    // After a CLB switch the search box kept its text while the list asked for 2 letters.
    void clbSwitchClearsTheSearch()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("jan-claes")), qPrintable(m_tour->error()));
        auto *field = workspace()->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QSignalSpy arrived(workspace()->searchPanel()->model(),
                           &lars::models::PupilSearchModel::firstPageArrived);
        QTest::keyClicks(field, QStringLiteral("cl"));
        QVERIFY(arrived.wait(10000) || !arrived.isEmpty());
        const qint64 other = window().session()->profile().clbs.at(0).id == window().session()->clbId()
                                 ? window().session()->profile().clbs.at(1).id
                                 : window().session()->profile().clbs.at(0).id;
        window().findChild<QAction *>(QStringLiteral("actionClb_%1").arg(other))->trigger();
        QTRY_COMPARE(window().session()->clbId(), other);
        QTRY_VERIFY(workspace()->searchPanel()->model()->rowCount() == 0);
        QCOMPARE(field->text(), QString());
        QCOMPARE(workspace()->findChild<QLineEdit *>(QStringLiteral("birthDateField"))->text(), QString());
    }

    // The title read "LARS — Vrij CLB Antwerpen — LARS": the platform appends the application's name.
    void windowTitleNamesTheClbOnce()
    {
        QCOMPARE(window().windowTitle(), QStringLiteral("LARS"));
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        const QString clb = window().session()->clbName();
        const QString title = window().windowTitle();
        QCOMPARE(title, clb + QStringLiteral(" — LARS"));
        // What the window manager shows: Qt appends the display name unless the title ends with it.
        const QString display = QGuiApplication::applicationDisplayName();
        const QString shown = title.endsWith(display) ? title : title + QStringLiteral(" — ") + display;
        QCOMPARE(shown.count(QStringLiteral("LARS")), 1);
    }

    // The PIN dialog's title was cut in the title bar.
    void pinDialogTitleFits()
    {
        QVERIFY2(m_tour->insertCard(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        QVERIFY(m_tour->client().clickLogin());
        QDialog *pin = nullptr;
        QTRY_VERIFY((pin = window().findChild<QDialog *>(QStringLiteral("pinDialog"))) && pin->isVisible());
        QVERIFY2(pin->width() >= lars::ui::WindowTitleFit::requiredWidth(pin),
                 qPrintable(QStringLiteral("%1 px for \"%2\"").arg(pin->width()).arg(pin->windowTitle())));
        pin->reject();
    }

    // The no-team page named "the local administrator" without saying who that is.
    void noTeamPageNamesTheAdministrator()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("sofie-maes")), qPrintable(m_tour->error()));
        const lars::models::SessionClb *clb = window().session()->profile().activeClb();
        QVERIFY(clb);
        QVERIFY2(!clb->administrator.name.isEmpty(), "the server names no local administrator");
        const QString text = window().findChild<QLabel *>(QStringLiteral("noTeamText"))->text();
        QVERIFY2(text.contains(clb->administrator.name.toHtmlEscaped()), qPrintable(text));
        QVERIFY2(text.contains(clb->administrator.email), qPrintable(text));
    }

    // The next start shows the window where it was, the splitter as it was and the dossiers that were open.
    void windowStateIsRestored()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        QVERIFY2(m_tour->openFirstPupil(QStringLiteral("de")), qPrintable(m_tour->error()));
        QVERIFY2(m_tour->openFirstPupil(QStringLiteral("ja")), qPrintable(m_tour->error()));
        const QList<qint64> open = workspace()->openPupilIds();
        QCOMPARE(open.size(), 2);
        auto *splitter = workspace()->findChild<QSplitter *>(QStringLiteral("workspaceSplitter"));
        splitter->setSizes({splitter->sizes()[0] + 60, splitter->sizes()[1] - 60});
        emit splitter->splitterMoved(splitter->sizes()[0], 1);
        const QSize size = UiTestSetup::windowSize() - QSize(40, 30);
        window().resize(size);
        QTRY_COMPARE(window().size(), size);
        QApplication::processEvents();
        const QList<int> sizes = splitter->sizes();
        QVERIFY(window().close());
        QVERIFY(m_tour->logOut());

        // The next start, in the same settings.
        m_tour = std::make_unique<UiTour>(*m_server, QSize(), m_settings->path());
        QCOMPARE(window().size(), size);
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        QTRY_COMPARE(workspace()->openPupilIds(), open);
        QTRY_COMPARE(workspace()->findChild<QSplitter *>(QStringLiteral("workspaceSplitter"))->sizes(),
                     sizes);
    }

    // Error and note colours come from the palette: a dark system theme keeps them readable.
    void messageColoursFollowThePalette()
    {
        const QPalette before = QApplication::palette();
        QWidget host;
        auto *error = new lars::ui::MessageLabel(lars::ui::MessageLabel::Kind::Error, &host);
        for (const QColor &window : {QColor(0xef, 0xef, 0xef), QColor(0x2d, 0x2d, 0x2d)}) {
            QPalette p = before;
            p.setColor(QPalette::Window, window);
            p.setColor(QPalette::WindowText, window.lightness() < 128 ? Qt::white : Qt::black);
            QApplication::setPalette(p);
            QApplication::processEvents();
            const QColor text = error->palette().color(QPalette::WindowText);
            QVERIFY2(lars::ui::ThemeColors::contrast(text, window) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(text.name(), window.name())));
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
