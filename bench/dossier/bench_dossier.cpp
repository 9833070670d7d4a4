// bench_dossier [--pupils N] [--db FILE] [--rounds R]
// 1. Makes (once) a SQLite database with N demo pupils (default 1,200,000) with the server's migrations
//    and demo data generator, and adds 200 journal entries to pupil 1.
// 2. Starts the real lars-server on it (loopback HTTPS) and a DossierWorkspace (offscreen) logged in as
//    the demo nurse.
// 3. Keystroke-to-results: with the field holding all but the last character, one key press, until the
//    first page of results is in the table (debounce included); 2- and 10-character queries.
// 4. Opening a dossier with 200 journal entries until every part is shown.
#include "models/api/ApiClient.h"
#include "models/api/DossierModel.h"
#include "models/api/PupilSearchModel.h"
#include "server/demodata/DemoData.h"
#include "server/store/Database.h"
#include "tests/support/ServerProcess.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/PupilSearchPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace lars;

namespace {

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) {
        return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * v.size())));
    };
    return {at(0.5), at(0.95), v.last()};
}

bool makeDatabase(const QString &path, int pupils)
{
    QString error;
    auto db =
        server::store::Database::open(QStringLiteral("sqlite:") + path, QStringLiteral("bench"), &error);
    if (!db || !db->migrate(&error)) {
        std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return false;
    }
    QElapsedTimer t;
    t.start();
    server::demodata::DemoData demo(db->db(), false);
    if (!demo.generate(pupils, &error)) {
        std::fprintf(stderr, "demo data: %s\n", qPrintable(error));
        return false;
    }
    std::printf("generated %d pupils in %.1f s\n", pupils, t.elapsed() / 1000.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("LARS_BINARY_DIR")) // where ServerProcess finds lars-server
        qputenv("LARS_BINARY_DIR", LARS_BINARY_DIR);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pupils"), QStringLiteral("Number of pupils."), QStringLiteral("N"),
                      QStringLiteral("1200000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file (made once, then reused)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Searches per query length."),
                      QStringLiteral("R"), QStringLiteral("60")});
    parser.process(app);
    const int pupils = parser.value(QStringLiteral("pupils")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("lars-bench-dossier-%1.sqlite").arg(pupils));
    if (!QFile::exists(path) && !makeDatabase(path, pupils))
        return 1;

    test::ServerProcess server(test::ServerProcess::Backend::Sqlite);
    if (!server.start(-1, {}, QStringLiteral("sqlite:") + path)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString token = server.token(QString::fromLatin1(server::demodata::DemoData::anPeeters), 1);
    // 200 journal entries for pupil 1 (Ëlise Van den Bossche).
    const auto journal = server.get(QStringLiteral("/api/v1/pupils/1/journal?limit=100"), token).json();
    int have = int(journal.value(QLatin1String("items")).toArray().size());
    if (!journal.value(QLatin1String("nextCursor")).isString()) {
        for (; have < 200; ++have)
            server.send(
                "POST", QStringLiteral("/api/v1/pupils/1/activities"), token,
                QJsonObject{
                    {QStringLiteral("date"), QDate::currentDate().addDays(-have).toString(Qt::ISODate)},
                    {QStringLiteral("function"), QStringLiteral("consult")},
                    {QStringLiteral("subject"), QStringLiteral("Opvolging %1").arg(have)},
                    {QStringLiteral("durationMinutes"), 30},
                    {QStringLiteral("text"), QStringLiteral("Gesprek.\nAfspraken gemaakt.\n\nOpvolging.")}},
                {{"Idempotency-Key", QByteArray::number(have) + "-bench"}});
    }

    models::ApiClient api;
    api.setBaseUrl(server.baseUrl());
    api.setExtraCaCertificates({server.certificate()});
    api.setBearerToken(token.toLatin1());
    ui::DossierWorkspace workspace(&api);
    workspace.resize(1280, 800);
    workspace.show();
    auto *field = workspace.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *model = workspace.searchPanel()->model();

    const auto keystroke = [&](const QString &query) -> double {
        field->setText(query.chopped(1));
        QSignalSpy arrived(model, &models::PupilSearchModel::firstPageArrived);
        QElapsedTimer t;
        t.start();
        QTest::keyClick(field, query.back().toLatin1());
        if (!arrived.wait(5000))
            return -1;
        return t.nsecsElapsed() / 1e6;
    };
    const QStringList two{QStringLiteral("el"), QStringLiteral("ma"), QStringLiteral("de"),
                          QStringLiteral("va"), QStringLiteral("pe"), QStringLiteral("ja"),
                          QStringLiteral("wo"), QStringLiteral("go"), QStringLiteral("ce"),
                          QStringLiteral("zo")};
    const QStringList ten{QStringLiteral("van den bo"), QStringLiteral("vermeulen "),
                          QStringLiteral("janssens a"), QStringLiteral("peeters no"),
                          QStringLiteral("goossens m"), QStringLiteral("de smet je"),
                          QStringLiteral("dubois zoe"), QStringLiteral("wouters in"),
                          QStringLiteral("maes loic "), QStringLiteral("celik emre")};
    for (const QStringList *set : {&two, &ten}) {
        for (int i = 0; i < 5; ++i) // warm-up: TLS session, page cache
            keystroke(set->at(i % set->size()));
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < rounds; ++i) {
            const double ms = keystroke(set->at(i % set->size()));
            if (ms < 0) {
                std::fprintf(stderr, "no results for %s\n", qPrintable(set->at(i % set->size())));
                return 1;
            }
            times << ms;
            rows += model->rowCount();
        }
        const Stats s = stats(times);
        std::printf(
            "keystroke-to-results, %d characters: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d searches, "
            "%.1f rows on the first page on average)\n",
            int(set->first().size()), s.p50, s.p95, s.max, rounds, double(rows) / rounds);
    }

    QList<double> opens;
    QList<double> network;
    int entries = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        workspace.openDossier(1);
        auto *view = workspace.dossierView(1);
        QSignalSpy loaded(view->dossier(), &models::DossierModel::fullyLoaded);
        if (!loaded.wait(10000))
            return 1;
        view->showSection(ui::DossierView::Journal);
        view->grab(); // laid out and painted
        const double ms = t.nsecsElapsed() / 1e6;
        if (i >= 3) {
            opens << ms;
            network << double(view->dossier()->loadMs());
        }
        entries = int(view->dossier()->journal().size());
        workspace.closeDossier(workspace.dossierTabs()->indexOf(view));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const Stats s = stats(opens);
    std::printf(
        "open dossier with %d journal entries (all parts loaded, journal shown): p50 %.1f ms, p95 %.1f ms, "
        "max %.1f ms (%d opens)\n",
        entries, s.p50, s.p95, s.max, int(opens.size()));
    const Stats n = stats(network);
    std::printf("  of which every part answered and parsed: p50 %.1f ms, p95 %.1f ms\n", n.p50, n.p95);
    server.stop();
    return 0;
}
