// The search index carries what a result list shows (migration 14, store::PupilSearchIndex): a search
// answers each pupil exactly as its dossier header does, after a change through the API, after changes
// made in the database by hand (a pupil, a school's or a class's name, a pupil's class, a key row inserted
// without its fields), and on a database migrated from the old index as on a fresh one. Real lars-server,
// SQLite and PostgreSQL.
#include "tests/server/ApiTestCase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace lars::test::api;
using lars::test::HttpReply;
using lars::test::ServerProcess;

namespace {

// The shape of pupil_search before migration 14 (migrations 1 and 3), with the keys of the current rows:
// what a database of the previous release holds.
QStringList previousIndex(bool postgres)
{
    QStringList out;
    if (postgres)
        out << QStringLiteral("DROP FUNCTION pupil_search_follow_pupils, pupil_search_follow_schools, "
                              "pupil_search_follow_classes CASCADE");
    else
        out << QStringLiteral("DROP TRIGGER pupil_search_follow_pupils")
            << QStringLiteral("DROP TRIGGER pupil_search_follow_schools")
            << QStringLiteral("DROP TRIGGER pupil_search_follow_classes");
    out << QStringLiteral("CREATE TABLE search_keys AS SELECT clb_id, search_key, pupil_id, school_id, "
                          "birth_date FROM pupil_search")
        << QStringLiteral("DROP TABLE pupil_search");
    if (postgres)
        out << QStringLiteral("DROP FUNCTION pupil_search_fill");
    out << QStringLiteral("DROP INDEX pupils_school") << QStringLiteral("DROP INDEX pupils_class")
        << QStringLiteral("CREATE TABLE pupil_search (clb_id BIGINT NOT NULL, search_key TEXT%1 NOT NULL, "
                          "pupil_id BIGINT NOT NULL REFERENCES pupils(id), school_id BIGINT NOT NULL, "
                          "birth_date TEXT NOT NULL, PRIMARY KEY (clb_id, search_key, pupil_id))")
               .arg(postgres ? QStringLiteral(" COLLATE \"C\"") : QString())
        << QStringLiteral("INSERT INTO pupil_search SELECT * FROM search_keys")
        << QStringLiteral("DROP TABLE search_keys")
        << QStringLiteral("CREATE INDEX pupil_search_pupil ON pupil_search (pupil_id)")
        << QStringLiteral(
               "CREATE INDEX pupil_search_cover ON pupil_search (clb_id, search_key, pupil_id, school_id)")
        << QStringLiteral("CREATE INDEX pupil_search_birth_cover ON pupil_search (clb_id, birth_date, "
                          "search_key, pupil_id, school_id)")
        << QStringLiteral("DELETE FROM schema_migrations WHERE version = 14");
    return out;
}

} // namespace

class TestServerSearchIndex final : public lars::test::ApiTestCase
{
    Q_OBJECT

    QJsonArray items(const QString &t, const QString &query)
    {
        const HttpReply r = server()->get(QStringLiteral("/api/v1/pupils?") + query, t);
        [&] { QVERIFY2(r.status == 200, dump(r).constData()); }();
        return r.json().value(QLatin1String("items")).toArray();
    }
    // Every pupil a search lists is listed exactly as GET /pupils/{id} answers it (read with joins from
    // pupils, schools and classes); returns how many there were.
    int listedAsTheirDossiers(const QString &t, const QString &query)
    {
        const QJsonArray list = items(t, query);
        for (const auto &v : list) {
            const HttpReply dossier = server()->get(pupilPath(v[QLatin1String("id")].toInteger()), t);
            [&] { QCOMPARE(v.toObject(), dossier.json()); }();
        }
        return int(list.size());
    }
    QJsonObject listed(const QString &t, const QString &query, qint64 id)
    {
        for (const auto &v : items(t, query))
            if (v[QLatin1String("id")].toInteger() == id)
                return v.toObject();
        return {};
    }
    void sql(const QString &statement, const QVariantList &values = {})
    {
        QString error;
        server()->sql(statement, values, &error);
        QVERIFY2(error.isEmpty(), qPrintable(statement + u' ' + error));
    }

private slots:
    void initTestCase() { startServers(); }

    void freshIndexListsThePupilsAsTheirDossiers_data() { backends(); }
    void freshIndexListsThePupilsAsTheirDossiers()
    {
        const QString t = token(an, 1);
        for (const char *query : {"q=el&limit=100", "q=van%20den", "q=ma&limit=100", "q=pe&limit=100"})
            QVERIFY(listedAsTheirDossiers(t, QLatin1String(query)) > 0);
    }

    void bridgingHelpThroughTheApiShows_data() { backends(); }
    void bridgingHelpThroughTheApiShows()
    {
        const QString t = token(an, 1);
        const HttpReply before = server()->get(pupilPath(4), t); // Anaïs Janssens
        const QJsonObject listedBefore = listed(t, QStringLiteral("q=janssens%20an"), 4);
        QCOMPARE(listedBefore, before.json());
        const bool on = !before.json()[QLatin1String("attributes")][QLatin1String("bridgingHelp")].toBool();
        const HttpReply changed = put(pupilPath(4, "/attributes"), t, {{QStringLiteral("bridgingHelp"), on}},
                                      before.header("ETag"));
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("ETag") != before.header("ETag"));
        const QJsonObject listedAfter = listed(t, QStringLiteral("q=janssens%20an"), 4);
        QCOMPARE(listedAfter[QLatin1String("attributes")][QLatin1String("bridgingHelp")].toBool(), on);
        QCOMPARE(listedAfter[QLatin1String("version")].toInteger(),
                 listedBefore[QLatin1String("version")].toInteger() + 1);
        QCOMPARE(listedAfter, server()->get(pupilPath(4), t).json());
        // Both of the pupil's keys follow: the other one lists it the same.
        QCOMPARE(listed(t, QStringLiteral("q=anais%20jan"), 4), listedAfter);
    }

    void changesMadeInTheDatabaseShow_data() { backends(); }
    void changesMadeInTheDatabaseShow()
    {
        const QString t = token(an, 1);
        const QJsonObject loic = server()->get(pupilPath(7), t).json(); // Loïc Maes
        const qint64 schoolId = loic[QLatin1String("school")][QLatin1String("id")].toInteger();
        const qint64 classId = loic[QLatin1String("class")][QLatin1String("id")].toInteger();
        // A school's and a class's name corrected by an operator, a pupil moved to another class of the
        // school, a pupil's national number and language corrected.
        sql(QStringLiteral("UPDATE schools SET name = ? WHERE id = ?"),
            {QStringLiteral("Basisschool 't Fort"), schoolId});
        sql(QStringLiteral("UPDATE classes SET name = ? WHERE id = ?"),
            {QStringLiteral("Klas Vlinder"), classId});
        sql(QStringLiteral(
                "UPDATE pupils SET class_id = (SELECT MIN(id) FROM classes WHERE school_id = ? AND "
                "id <> ?) WHERE id = 3"),
            {schoolId, classId});
        sql(QStringLiteral("UPDATE pupils SET contact_language = 'de', version = version + 1 WHERE id = 5"));
        const QJsonObject loicListed = listed(t, QStringLiteral("q=maes%20l"), 7);
        QCOMPARE(loicListed[QLatin1String("school")][QLatin1String("name")].toString(),
                 QStringLiteral("Basisschool 't Fort"));
        QCOMPARE(loicListed[QLatin1String("class")][QLatin1String("name")].toString(),
                 QStringLiteral("Klas Vlinder"));
        QCOMPARE(loicListed, server()->get(pupilPath(7), t).json());
        const QJsonObject noe = listed(t, QStringLiteral("q=peeters%20no"), 3);
        QVERIFY(noe[QLatin1String("class")][QLatin1String("id")].toInteger() != classId);
        QCOMPARE(noe, server()->get(pupilPath(3), t).json());
        QCOMPARE(listed(t, QStringLiteral("q=de%20smet"), 5)[QLatin1String("contactLanguage")].toString(),
                 QStringLiteral("de"));
        // Every other pupil of that school is listed with its new name too.
        QVERIFY(listedAsTheirDossiers(t, QStringLiteral("q=el&limit=100")) > 0);
        QVERIFY(listedAsTheirDossiers(t, QStringLiteral("q=ma&limit=100")) > 0);

        // A key row that an import inserts without the list fields gets them from the pupil.
        sql(QStringLiteral("INSERT INTO pupil_search (clb_id, search_key, pupil_id, school_id, birth_date) "
                           "SELECT sc.clb_id, 'zoe zoetje', p.id, p.school_id, p.birth_date FROM pupils p "
                           "JOIN schools sc ON sc.id = p.school_id WHERE p.id = 6"));
        QCOMPARE(listed(t, QStringLiteral("q=zoe%20zoet"), 6), server()->get(pupilPath(6), t).json());
    }

    void migratedDatabaseSearchesAsAFreshOne_data() { backends(); }
    void migratedDatabaseSearchesAsAFreshOne()
    {
        QFETCH(int, backend);
        const auto kind = backend == 0 ? ServerProcess::Backend::Sqlite : ServerProcess::Backend::Postgres;
        ServerProcess fresh(kind);
        QVERIFY2(fresh.start(400), qPrintable(fresh.errorString()));
        const auto answers = [&](ServerProcess &s) {
            const QString t = s.token(an, 1);
            const QString birth = s.get(QStringLiteral("/api/v1/pupils/1"), t)
                                      .json()
                                      .value(QLatin1String("birthDate"))
                                      .toString();
            const QStringList queries{QStringLiteral("q=el&limit=100"), QStringLiteral("q=ma&limit=7"),
                                      QStringLiteral("q=van%20den"), QStringLiteral("q=pe&limit=100"),
                                      QStringLiteral("q=el&birthDate=") + birth};
            QList<QByteArray> out;
            for (const QString &q : queries) {
                QJsonObject page = s.get(QStringLiteral("/api/v1/pupils?") + q, t).json();
                QString cursor = page.value(QLatin1String("nextCursor")).toString();
                out << QJsonDocument(page).toJson(QJsonDocument::Compact);
                if (!cursor.isEmpty()) // and the next page, from the cursor
                    out << s.get(QStringLiteral("/api/v1/pupils?") + q + QStringLiteral("&cursor=") + cursor,
                                 t)
                               .body;
            }
            return out;
        };
        const QList<QByteArray> before = answers(fresh);
        QVERIFY(before.first().contains("\"items\":[{"));
        QVERIFY(fresh.stop());
        {
            // Not prepared: PostgreSQL prepares no DDL.
            QSqlDatabase db = fresh.database(QStringLiteral("downgrade"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            for (const QString &statement : previousIndex(backend == 1)) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(statement + u' ' + q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QString error;

        ServerProcess migrated(kind);
        QVERIFY2(migrated.start(400, {}, fresh.dbUrl()), qPrintable(migrated.errorString()));
        QVERIFY(migrated.log().contains("applied schema migration 14"));
        QCOMPARE(answers(migrated), before);
        // And the migrated index follows changes like a fresh one.
        migrated.sql(QStringLiteral("UPDATE schools SET name = 'Sint-Lutgardis' WHERE id = 1"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray listed =
            migrated.get(QStringLiteral("/api/v1/pupils?q=van%20den"), migrated.token(an, 1))
                .json()
                .value(QLatin1String("items"))
                .toArray();
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.first()[QLatin1String("school")][QLatin1String("name")].toString(),
                 QStringLiteral("Sint-Lutgardis"));
        QVERIFY(migrated.stop());
    }

    void cleanupTestCase() { stopServers(); }
};

QTEST_GUILESS_MAIN(TestServerSearchIndex)
#include "tst_server_search_index.moc"
