// The derivation hook as a journal correction calls it (CreonRegistry::activityChanged / activityWithdrawn,
// docs/creon.md), on a real SQLite file and a real PostgreSQL database with the demo data: a corrected,
// reclassified or withdrawn activity goes to the ministry as the right record in the next batch, formed
// and answered by the sender's own CreonOutbox.
#include "server/creon/CreonOutbox.h"
#include "server/creon/CreonRegistry.h"
#include "server/demodata/DemoData.h"
#include "server/store/ActivityStore.h"
#include "server/store/Database.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lars;
using namespace lars::server;

class TestCreonRegistry final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pgUrl;
    std::unique_ptr<store::Database> m_db;
    qint64 m_pupil = 0, m_clb = 0, m_staff = 0;
    int m_period = 0;

    void open(const QString &url, const QString &connection)
    {
        QString error;
        m_db = store::Database::open(url, connection, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(m_db->migrate(&error), qPrintable(error));
        server::demodata::DemoData demo(m_db->db(), m_db->isPostgres());
        QVERIFY2(demo.generate(6, &error), qPrintable(error));
        QSqlQuery q = m_db->run(QStringLiteral(
            "SELECT p.id, s.clb_id, (SELECT MIN(sc.staff_id) FROM staff_clbs sc WHERE sc.clb_id = s.clb_id) "
            "FROM pupils p JOIN schools s ON s.id = p.school_id WHERE p.national_number IS NOT NULL "
            "ORDER BY p.id LIMIT 1"));
        QVERIFY(q.next());
        m_pupil = q.value(0).toLongLong();
        m_clb = q.value(1).toLongLong();
        m_staff = q.value(2).toLongLong();
        m_period = 0;
    }

    // One write of a journal correction: the change and the hook in one transaction.
    template <typename Change>
    void inTransaction(Change change)
    {
        m_db->begin();
        creon::CreonRegistry registry(*m_db);
        change(registry);
        QVERIFY(m_db->commit());
    }

    qint64 addActivity(const QString &function, const QString &subjectCode)
    {
        models::Activity a;
        a.date = QDate(2026, 11, 4);
        a.function = function;
        a.subject = QStringLiteral("Gesprek");
        a.subjectCode = subjectCode;
        a.durationMinutes = 30;
        qint64 id = 0;
        inTransaction([&](creon::CreonRegistry &registry) {
            id = store::ActivityStore(*m_db).insert(a, m_pupil, m_clb, m_staff, store::Database::now());
            registry.activityChanged(id, m_staff);
        });
        return id;
    }

    // Forms the next batch as the sender does, answers every record "accepted", and returns the records of
    // the registrations of this activity.
    QList<QJsonObject> deliver(qint64 activityId)
    {
        creon::CreonOutbox outbox(*m_db, QStringLiteral("registry-test"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!outbox.holdLease(now, 60))
            return {};
        const auto batch =
            outbox.formBatch(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).addSecs(++m_period), 1,
                             QStringLiteral("schedule"), 1000, now, {});
        if (!batch)
            return {};
        const QJsonArray records =
            QJsonDocument::fromJson(batch->body).object().value(QLatin1String("records")).toArray();
        QJsonArray results;
        for (const QJsonValue &r : records)
            results.append(QJsonObject{{QStringLiteral("registrationId"), r[QLatin1String("registrationId")]},
                                       {QStringLiteral("version"), r[QLatin1String("version")]},
                                       {QStringLiteral("status"), QStringLiteral("accepted")}});
        if (!outbox.attemptStarted(batch->id, now) ||
            !outbox.complete(batch->id, results, now, creon::RetryPolicy{}))
            return {};
        QSet<QString> ofActivity;
        QSqlQuery q =
            m_db->run(QStringLiteral("SELECT uid FROM creon_registrations WHERE source = 'activity' "
                                     "AND source_id = ?"),
                      {activityId});
        while (q.next())
            ofActivity.insert(q.value(0).toString());
        QList<QJsonObject> out;
        for (const QJsonValue &r : records)
            if (ofActivity.contains(r[QLatin1String("registrationId")].toString()))
                out.append(r.toObject());
        std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("item")).toString() < b.value(QLatin1String("item")).toString();
        });
        return out;
    }

    static QString summary(const QList<QJsonObject> &records)
    {
        QStringList out;
        for (const QJsonObject &r : records)
            out << QStringLiteral("%1 v%2 %3 %4")
                       .arg(r.value(QLatin1String("item")).toString())
                       .arg(r.value(QLatin1String("version")).toInteger())
                       .arg(r.value(QLatin1String("action")).toString(),
                            r.value(QLatin1String("date")).toString(QStringLiteral("-")));
        return out.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backend_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    void backend()
    {
        QFETCH(bool, postgres);
        QString error;
        if (postgres) {
            m_pgUrl = test::ServerProcess::createPgDatabase(&error);
            QVERIFY2(!m_pgUrl.isEmpty(), qPrintable(error));
        }
        open(postgres ? m_pgUrl : QStringLiteral("sqlite:%1").arg(m_dir.filePath(QStringLiteral("r.sqlite"))),
             QStringLiteral("registry-test-%1").arg(postgres));
        if (QTest::currentTestFailed())
            return;
        deliver(0); // whatever the demo data left pending

        const qint64 a = addActivity(QStringLiteral("begeleiding"), QStringLiteral("pesten"));
        QCOMPARE(summary(deliver(a)), QStringLiteral("pesten v1 register 2026-11-04"));

        // The journal correction changes the date: a correction of the same registration.
        inTransaction([&](creon::CreonRegistry &registry) {
            m_db->run(QStringLiteral("UPDATE activities SET activity_date = '2026-11-05' WHERE id = ?"), {a});
            registry.activityChanged(a, m_staff);
        });
        QCOMPARE(summary(deliver(a)), QStringLiteral("pesten v2 correct 2026-11-05"));

        // It reclassifies the activity: the old item is withdrawn, the new one registered.
        inTransaction([&](creon::CreonRegistry &registry) {
            m_db->run(QStringLiteral("UPDATE activities SET subject_code = 'lezen-spellen' WHERE id = ?"),
                      {a});
            registry.activityChanged(a, m_staff);
        });
        QCOMPARE(summary(deliver(a)),
                 QStringLiteral("lezen-spellen v1 register 2026-11-05; pesten v3 withdraw -"));

        // A change that CREON does not carry (the free text) sends nothing.
        inTransaction([&](creon::CreonRegistry &registry) {
            m_db->run(QStringLiteral("UPDATE activities SET body = 'Verbeterd.' WHERE id = ?"), {a});
            registry.activityChanged(a, m_staff);
        });
        QCOMPARE(summary(deliver(a)), QString());

        // It withdraws the activity (the row stays, marked by the journal): a withdrawal, once.
        inTransaction([&](creon::CreonRegistry &registry) { registry.activityWithdrawn(a, m_staff); });
        inTransaction([&](creon::CreonRegistry &registry) { registry.activityWithdrawn(a, m_staff); });
        QCOMPARE(summary(deliver(a)), QStringLiteral("lezen-spellen v2 withdraw -"));

        // Withdrawn before it ever left: the ministry never hears of it.
        const qint64 b = addActivity(QStringLiteral("begeleiding"), QStringLiteral("pesten"));
        inTransaction([&](creon::CreonRegistry &registry) { registry.activityWithdrawn(b, m_staff); });
        QCOMPARE(summary(deliver(b)), QString());
        QSqlQuery left =
            m_db->run(QStringLiteral("SELECT COUNT(*) FROM creon_outbox o JOIN creon_registrations r "
                                     "ON r.id = o.registration_id WHERE r.source_id = ? AND r.source = "
                                     "'activity' AND o.state <> 'superseded'"),
                      {b});
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toLongLong(), 0);

        // A rolled-back correction leaves no trace in the outbox.
        const auto outboxRows = [&] {
            QSqlQuery q = m_db->run(QStringLiteral("SELECT COUNT(*) FROM creon_outbox"));
            q.next();
            return q.value(0).toLongLong();
        };
        const qint64 before = outboxRows();
        m_db->begin();
        m_db->run(QStringLiteral("UPDATE activities SET subject_code = 'pesten' WHERE id = ?"), {a});
        creon::CreonRegistry(*m_db).activityChanged(a, m_staff);
        m_db->rollback();
        QCOMPARE(outboxRows(), before);
        m_db.reset();
    }

    void cleanupTestCase()
    {
        if (!m_pgUrl.isEmpty())
            test::ServerProcess::dropPgDatabase(m_pgUrl);
    }
};

QTEST_GUILESS_MAIN(TestCreonRegistry)
#include "tst_creon_registry.moc"
