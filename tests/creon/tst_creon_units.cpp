// Unit tests of the CREON pieces that need no process: the JSON Schema validator against the published
// batch format, the derivation rules, the schedule periods and the backoff, the configuration keys.
#include "models/JsonSchema.h"
#include "server/creon/CreonConfig.h"
#include "server/creon/CreonDerivation.h"
#include "server/creon/CreonRegistry.h"
#include "server/creon/CreonSchedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace lars;
using namespace lars::server::creon;

namespace {

QJsonObject validRecord()
{
    return QJsonObject{
        {QStringLiteral("registrationId"), QStringLiteral("0b5c7f0e-2f6a-4c1e-9a57-4d1f3e2a9b10")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("action"), QStringLiteral("register")},
        {QStringLiteral("item"), QStringLiteral("lengte")},
        {QStringLiteral("recipient"), QStringLiteral("AZG")},
        {QStringLiteral("clb"), QStringLiteral("110200")},
        {QStringLiteral("pupil"),
         QJsonObject{{QStringLiteral("insz"), QStringLiteral("15010212345")},
                     {QStringLiteral("kind"), QStringLiteral("rijksregisternummer")}}},
        {QStringLiteral("date"), QStringLiteral("2026-10-03")},
        {QStringLiteral("contact"), QStringLiteral("L1")},
        {QStringLiteral("value"),
         QJsonObject{{QStringLiteral("quantity"), 121.5}, {QStringLiteral("unit"), QStringLiteral("cm")}}}};
}

QJsonObject batch(const QJsonArray &records)
{
    return {{QStringLiteral("format"), QStringLiteral("lars-creon-batch/1")},
            {QStringLiteral("batchId"), QStringLiteral("5a0e7a52-8f3c-4b7e-a1d2-0c9e8f7a6b5c")},
            {QStringLiteral("createdAt"), QStringLiteral("2026-12-01T02:00:00.120Z")},
            {QStringLiteral("period"), QStringLiteral("2026-12-01T02:00:00Z")},
            {QStringLiteral("sequence"), 1},
            {QStringLiteral("trigger"), QStringLiteral("schedule")},
            {QStringLiteral("records"), records}};
}

QList<CreonRule> seededRules()
{
    // The rules migration 5 seeds (server/creon/CreonSchema.cpp), as the registry loads them.
    QList<CreonRule> r;
    for (const auto &[item, field] :
         QList<std::pair<const char *, const char *>>{{"lengte", "heightCm"},
                                                      {"gewicht", "weightKg"},
                                                      {"gezichtsscherpte-afstand", "farVision"},
                                                      {"oogstand", "eyeAlignment"},
                                                      {"dieptezicht", "depthVision"},
                                                      {"kleurzin", "colourVision"},
                                                      {"gehoor-audiometrie", "hearingAudiometry"},
                                                      {"gehoor-spraak-in-ruis", "hearingSpeechInNoise"},
                                                      {"mondgezondheid", "oralHealth"}})
        r.append({QLatin1String(item), QStringLiteral("measurement"), QLatin1String(field), {}, {}, {}});
    r.append({QStringLiteral("puberteit-jongens"),
              QStringLiteral("measurement"),
              QStringLiteral("pubertyStage"),
              QStringLiteral("M"),
              {},
              {}});
    r.append({QStringLiteral("puberteit-meisjes"),
              QStringLiteral("measurement"),
              QStringLiteral("pubertyStage"),
              QStringLiteral("F"),
              {},
              {}});
    r.append({QStringLiteral("pesten"), QStringLiteral("activity"), {}, {}, {}, QStringLiteral("pesten")});
    r.append({QStringLiteral("huisonderwijs-contacten"),
              QStringLiteral("activity"),
              {},
              {},
              QStringLiteral("consult"),
              QStringLiteral("huisonderwijs")});
    return r;
}

QStringList codes(const QList<DerivedItem> &items)
{
    QStringList out;
    for (const DerivedItem &i : items)
        out << i.itemCode;
    return out;
}

} // namespace

class TestCreonUnits final : public QObject
{
    Q_OBJECT

private:
    models::JsonSchema m_batchSchema;

private slots:
    void initTestCase()
    {
        const QString docs = qEnvironmentVariable("LARS_SOURCE_DIR") + QStringLiteral("/docs/creon/");
        m_batchSchema = models::JsonSchema::fromFile(docs + QStringLiteral("batch.schema.json"));
        QVERIFY2(m_batchSchema.isValid(), qPrintable(m_batchSchema.loadError()));
        const auto results = models::JsonSchema::fromFile(docs + QStringLiteral("results.schema.json"));
        QVERIFY2(results.isValid(), qPrintable(results.loadError()));
    }

    void schemaAcceptsTheFormat()
    {
        QJsonObject withdraw{
            {QStringLiteral("registrationId"), QStringLiteral("0b5c7f0e-2f6a-4c1e-9a57-4d1f3e2a9b10")},
            {QStringLiteral("version"), 3},
            {QStringLiteral("action"), QStringLiteral("withdraw")},
            {QStringLiteral("item"), QStringLiteral("pesten")},
            {QStringLiteral("recipient"), QStringLiteral("ONDERWIJS")},
            {QStringLiteral("clb"), QStringLiteral("110200")}};
        QJsonObject event = validRecord();
        event[QStringLiteral("item")] = QStringLiteral("pesten");
        event[QStringLiteral("recipient")] = QStringLiteral("ONDERWIJS");
        event[QStringLiteral("value")] = QJsonValue::Null;
        event.remove(QStringLiteral("contact"));
        const auto errors = m_batchSchema.validate(batch({validRecord(), withdraw, event}));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).path + u' ' + errors.value(0).message));
    }

    void schemaRefuses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("insz with a newline")
            << "pupil"
            << QJsonValue(QJsonObject{{QStringLiteral("insz"), QStringLiteral("15010212345\n")},
                                      {QStringLiteral("kind"), QStringLiteral("bisnummer")}})
            << "/records/0/pupil/insz";
        QTest::newRow("short insz") << "pupil"
                                    << QJsonValue(
                                           QJsonObject{{QStringLiteral("insz"), QStringLiteral("1501021234")},
                                                       {QStringLiteral("kind"), QStringLiteral("bisnummer")}})
                                    << "/records/0/pupil/insz";
        QTest::newRow("name smuggled in")
            << "pupil"
            << QJsonValue(QJsonObject{{QStringLiteral("insz"), QStringLiteral("15010212345")},
                                      {QStringLiteral("kind"), QStringLiteral("bisnummer")},
                                      {QStringLiteral("name"), QStringLiteral("Ëlise")}})
            << "/records/0/pupil/name";
        QTest::newRow("version 0") << "version" << QJsonValue(0) << "/records/0/version";
        QTest::newRow("version 1.5") << "version" << QJsonValue(1.5) << "/records/0/version";
        QTest::newRow("bad date") << "date" << QJsonValue(QStringLiteral("2026-02-30x")) << "/records/0/date";
        QTest::newRow("unit inch") << "value"
                                   << QJsonValue(
                                          QJsonObject{{QStringLiteral("quantity"), 50},
                                                      {QStringLiteral("unit"), QStringLiteral("inch")}})
                                   << "/records/0/value";
        QTest::newRow("empty result")
            << "value" << QJsonValue(QJsonObject{{QStringLiteral("result"), QString()}})
            << "/records/0/value";
        QTest::newRow("unknown action")
            << "action" << QJsonValue(QStringLiteral("delete")) << "/records/0/action";
        QTest::newRow("extra field") << "school" << QJsonValue(QStringLiteral("Atheneum"))
                                     << "/records/0/school";
    }
    void schemaRefuses()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QJsonObject r = validRecord();
        r.insert(field, value);
        const auto errors = m_batchSchema.validate(batch({r}));
        QVERIFY(!errors.isEmpty());
        QStringList paths;
        for (const auto &e : errors)
            paths << e.path;
        QVERIFY2(paths.contains(path), qPrintable(paths.join(u',')));
    }

    void withdrawCarriesNoPersonalData()
    {
        QJsonObject r = validRecord();
        r[QStringLiteral("action")] = QStringLiteral("withdraw");
        QVERIFY(!m_batchSchema.validateDefinition(QStringLiteral("record"), r).isEmpty());
        for (const char *key : {"pupil", "date", "value", "contact"})
            r.remove(QLatin1String(key));
        QVERIFY(m_batchSchema.validateDefinition(QStringLiteral("record"), r).isEmpty());
    }

    void schemaWithAnUnknownKeywordIsRefused()
    {
        const auto s = models::JsonSchema::fromJson(R"({"type":"object","patternProperties":{"a":{}}})");
        QVERIFY(!s.isValid());
        QVERIFY(s.loadError().contains(QLatin1String("patternProperties")));
        QVERIFY(!models::JsonSchema::fromJson(R"({"$ref":"#/$defs/missing"})").isValid());
    }

    void consultYieldsItsItems()
    {
        models::Measurement m;
        m.contact = QStringLiteral("L1");
        m.date = QDate(2026, 10, 3);
        m.heightCm = 121.5;
        m.weightKg = 23.0;
        m.farVisionRight = 0.8;
        m.eyeAlignment = QStringLiteral("normaal");
        m.pubertyStage = QStringLiteral("G1");
        m.oralHealth = QStringLiteral("cariës");
        m.vaccinationStatus = QStringLiteral("in orde"); // not a CREON item
        m.colourVision = QStringLiteral("  ");           // blank: not measured
        const auto boy = CreonDerivation::fromMeasurement(m, QStringLiteral("M"), seededRules());
        QCOMPARE(codes(boy), (QStringList{"lengte", "gewicht", "gezichtsscherpte-afstand", "oogstand",
                                          "mondgezondheid", "puberteit-jongens"}));
        QCOMPARE(boy[0].value.toObject(), (QJsonObject{{"quantity", 121.5}, {"unit", "cm"}}));
        QCOMPARE(boy[2].value.toObject(), (QJsonObject{{"right", 0.8}}));
        QCOMPARE(boy[4].value.toObject(), (QJsonObject{{"result", QStringLiteral("cariës")}}));
        QCOMPARE(boy[0].contact, QStringLiteral("L1"));
        QCOMPARE(boy[0].date, QDate(2026, 10, 3));
        const auto girl = CreonDerivation::fromMeasurement(m, QStringLiteral("F"), seededRules());
        QCOMPARE(codes(girl).last(), QStringLiteral("puberteit-meisjes"));
        QVERIFY(CreonDerivation::fromMeasurement(models::Measurement{}, QStringLiteral("F"), seededRules())
                    .isEmpty());
    }

    void activityYieldsItsItems()
    {
        models::Activity a;
        a.date = QDate(2026, 11, 4);
        a.function = QStringLiteral("begeleiding");
        a.subjectCode = QStringLiteral("pesten");
        const auto items = CreonDerivation::fromActivity(a, seededRules());
        QCOMPARE(codes(items), QStringList{"pesten"});
        QVERIFY(items[0].value.isNull());
        QCOMPARE(items[0].date, a.date);
        a.subjectCode = QStringLiteral("huisonderwijs");
        QVERIFY(CreonDerivation::fromActivity(a, seededRules()).isEmpty()); // needs the consult function too
        a.function = QStringLiteral("consult");
        QCOMPARE(codes(CreonDerivation::fromActivity(a, seededRules())),
                 QStringList{"huisonderwijs-contacten"});
        a.subjectCode.clear();
        QVERIFY(CreonDerivation::fromActivity(a, seededRules()).isEmpty());
        // A rule naming neither function nor subject would match everything: it is ignored.
        QList<CreonRule> open{{QStringLiteral("pesten"), QStringLiteral("activity"), {}, {}, {}, {}}};
        QVERIFY(CreonDerivation::fromActivity(a, open).isEmpty());
    }

    void manualValues()
    {
        QString error;
        QCOMPARE(CreonRegistry::normaliseValue(QStringLiteral("none"), QJsonValue(), &error),
                 QJsonValue(QJsonValue::Null));
        QVERIFY(error.isEmpty());
        CreonRegistry::normaliseValue(QStringLiteral("none"), QStringLiteral("gesignaleerd"), &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(CreonRegistry::normaliseValue(QStringLiteral("result"), QStringLiteral(" normaal "), &error)
                     .toObject(),
                 (QJsonObject{{"result", "normaal"}}));
        CreonRegistry::normaliseValue(QStringLiteral("quantity-cm"),
                                      QJsonObject{{"quantity", 1285}, {"unit", "cm"}}, &error);
        QVERIFY(!error.isEmpty());
        CreonRegistry::normaliseValue(QStringLiteral("acuity"), QJsonObject{{"left", 0.5}, {"centre", 1}},
                                      &error);
        QVERIFY(!error.isEmpty());
    }

    void intervalPeriodsAgreeEverywhere()
    {
        const CreonSchedule s(60, {});
        const QDateTime at(QDate(2026, 12, 1), QTime(10, 17, 42), Qt::UTC);
        QCOMPARE(s.periodStart(at), QDateTime(QDate(2026, 12, 1), QTime(10, 17), Qt::UTC));
        QCOMPARE(s.nextPeriodStart(at), QDateTime(QDate(2026, 12, 1), QTime(10, 18), Qt::UTC));
        QCOMPARE(s.periodStart(s.periodStart(at)), s.periodStart(at));
    }

    void dailyTimesFollowBrussels()
    {
        const CreonSchedule s(3600, {QTime(2, 0), QTime(14, 0)});
        // Winter (UTC+1): 02:00 Brussels is 01:00 UTC.
        QCOMPARE(s.periodStart(QDateTime(QDate(2026, 12, 1), QTime(1, 30), Qt::UTC)),
                 QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC));
        QCOMPARE(s.periodStart(QDateTime(QDate(2026, 12, 1), QTime(0, 30), Qt::UTC)),
                 QDateTime(QDate(2026, 11, 30), QTime(13, 0), Qt::UTC));
        // Summer (UTC+2): 14:00 Brussels is 12:00 UTC.
        QCOMPARE(s.nextPeriodStart(QDateTime(QDate(2026, 7, 1), QTime(3, 0), Qt::UTC)),
                 QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC));
    }

    void backoffGrowsWithJitterAndCap()
    {
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const qint64 whole = std::min<qint64>(3600, qint64(30) << (attempt - 1)) * 1000;
            QCOMPARE(CreonSchedule::backoffMs(attempt, 30, 3600, 0.0), whole / 2);
            QCOMPARE(CreonSchedule::backoffMs(attempt, 30, 3600, 1.0), whole);
            const qint64 mid = CreonSchedule::backoffMs(attempt, 30, 3600, 0.37);
            QVERIFY(mid > whole / 2 && mid < whole);
        }
    }

    void configKeys()
    {
        CreonConfig c;
        bool known = false;
        QString error;
        QVERIFY(c.set(QStringLiteral("creon-endpoint"), QStringLiteral("http://127.0.0.1:9/creon/v1/batches"),
                      &known, &error));
        QVERIFY(c.set(QStringLiteral("creon-times"), QStringLiteral("14:00, 02:00"), &known, &error));
        QCOMPARE(c.dailyTimes, (QList<QTime>{QTime(2, 0), QTime(14, 0)}));
        QVERIFY(c.validate(&error));
        QVERIFY(c.set(QStringLiteral("creon-interval-seconds"), QStringLiteral("5"), &known, &error));
        QVERIFY(!c.validate(&error)); // interval and times together
        QVERIFY(!c.set(QStringLiteral("creon-batch-size"), QStringLiteral("5001"), &known, &error));
        QVERIFY(known);
        QVERIFY(!c.set(QStringLiteral("creon-times"), QStringLiteral("25:00"), &known, &error));
        QVERIFY(!c.set(QStringLiteral("db"), QStringLiteral("x"), &known, &error));
        QVERIFY(!known);
        CreonConfig remote;
        QVERIFY(remote.set(QStringLiteral("creon-endpoint"), QStringLiteral("http://creon.example/batches"),
                           &known, &error));
        QVERIFY(!remote.validate(&error)); // pupils' data never over plain HTTP off this machine
        QVERIFY(error.contains(QLatin1String("https")));
    }
};

QTEST_GUILESS_MAIN(TestCreonUnits)
#include "tst_creon_units.moc"
