// Unit tests of the domain helpers the server relies on: search keys, national numbers, strict JSON input.
#include "models/Activity.h"
#include "models/JsonReader.h"
#include "models/NationalNumber.h"
#include "models/ParentHeights.h"
#include "models/SearchKey.h"
#include "models/api/PupilSearchRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace lars::models;

class TestServerModels final : public QObject
{
    Q_OBJECT
private slots:
    void searchKey_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("diaeresis") << QStringLiteral("Ëlise") << QStringLiteral("elise");
        QTest::newRow("cedilla") << QStringLiteral("Çelik") << QStringLiteral("celik");
        QTest::newRow("dotless i") << QStringLiteral("Yılmaz") << QStringLiteral("yilmaz");
        QTest::newRow("compound") << QStringLiteral("Dubois-Van den Bossche")
                                  << QStringLiteral("dubois van den bossche");
        QTest::newRow("apostrophe") << QStringLiteral("D'Hondt") << QStringLiteral("d hondt");
        QTest::newRow("spaces") << QStringLiteral("  van   DEN ") << QStringLiteral("van den");
        QTest::newRow("eszett") << QStringLiteral("Strauß") << QStringLiteral("strauss");
        QTest::newRow("decomposed input") << QStringLiteral("E\u0308lise") << QStringLiteral("elise");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE pupils; --")
                             << QStringLiteral("drop table pupils");
    }
    void searchKey()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        QCOMPARE(SearchKey::normalise(input), key);
    }
    // The client decides whether to send a search and the server whether to run it: one rule, one class.
    void searchLengthIsCountedOnceForBothSides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("searchable");
        QTest::newRow("two letters") << QStringLiteral("de") << true;
        QTest::newRow("one letter") << QStringLiteral("d") << false;
        QTest::newRow("letter and hyphen") << QStringLiteral("d-") << false;
        QTest::newRow("eszett is one letter") << QStringLiteral("ß") << false;
        QTest::newRow("ligature is one letter") << QStringLiteral("Æ") << false;
        QTest::newRow("decomposed diaeresis") << QStringLiteral("E\u0308") << false;
        QTest::newRow("two with marks") << QStringLiteral("E\u0308l") << true;
        QTest::newRow("letter outside the BMP") << QStringLiteral("\U0001D49Cb") << true;
        QTest::newRow("separated") << QStringLiteral("a b") << true;
        QTest::newRow("digits") << QStringLiteral("12") << true;
        QTest::newRow("101 characters") << QString(101, u'a') << false;
    }
    void searchLengthIsCountedOnceForBothSides()
    {
        QFETCH(QString, text);
        QFETCH(bool, searchable);
        PupilSearchRequest typed;
        typed.text = text;
        QCOMPARE(typed.isSearchable(), searchable);
        FieldErrors errors;
        const auto parsed = PupilSearchRequest::fromQuery({{QStringLiteral("q"), text}}, 100, &errors);
        QCOMPARE(parsed.has_value(), searchable);
        QCOMPARE(errors.isEmpty(), searchable);
        if (parsed)
            QCOMPARE(parsed->searchKey(), SearchKey::normalise(text));
    }

    void searchQueryFields()
    {
        FieldErrors errors;
        const auto ok =
            PupilSearchRequest::fromQuery({{QStringLiteral("q"), QStringLiteral("el")},
                                           {QStringLiteral("birthDate"), QStringLiteral("2019-02-28")},
                                           {QStringLiteral("limit"), QStringLiteral("20")}},
                                          100, &errors);
        QVERIFY(ok && errors.isEmpty());
        QCOMPARE(ok->birthDate, QDate(2019, 2, 28));
        QCOMPARE(ok->limit, 20);
        QCOMPARE(
            PupilSearchRequest::fromQuery({{QStringLiteral("q"), QStringLiteral("el")}}, 30, &errors)->limit,
            30);
        const auto bad =
            PupilSearchRequest::fromQuery({{QStringLiteral("q"), QStringLiteral("e")},
                                           {QStringLiteral("birthDate"), QStringLiteral("2019-02-30")},
                                           {QStringLiteral("limit"), QStringLiteral("101")}},
                                          100, &errors);
        QVERIFY(!bad);
        QStringList fields;
        for (const FieldError &e : std::as_const(errors))
            fields << e.field;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("q"), QStringLiteral("birthDate"), QStringLiteral("limit")}));
    }

    void searchKeyUpperBound()
    {
        const QString p = SearchKey::normalise(QStringLiteral("el"));
        QVERIFY(QStringLiteral("elise") >= p && QStringLiteral("elise") < SearchKey::upperBound(p));
        QVERIFY(!(QStringLiteral("em") < SearchKey::upperBound(p)));
    }
    void nationalNumbers()
    {
        QCOMPARE(NationalNumber::classify(QStringLiteral("85071512397")), NationalNumber::Kind::National);
        QCOMPARE(NationalNumber::classify(QStringLiteral("85071512398")), NationalNumber::Kind::Invalid);
        QCOMPARE(NationalNumber::classify(QStringLiteral("8507151239")), NationalNumber::Kind::Invalid);
        const QString born2015 = NationalNumber::make(2015, 3, 4, 1);
        QCOMPARE(NationalNumber::classify(born2015), NationalNumber::Kind::National);
        QCOMPARE(NationalNumber::classify(NationalNumber::make(2015, 3, 4, 2, NationalNumber::Kind::Bis)),
                 NationalNumber::Kind::Bis);
    }
    void parentHeightsValidation()
    {
        FieldErrors errors;
        QVERIFY(ParentHeights::parse(QJsonDocument::fromJson(R"({"fatherCm":182,"motherCm":null})").object(),
                                     &errors));
        QVERIFY(errors.isEmpty());
        QVERIFY(!ParentHeights::parse(
            QJsonDocument::fromJson(R"({"fatherCm":119.9,"motherCm":250})").object(), &errors));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].field, QStringLiteral("fatherCm"));
        QCOMPARE(errors[0].code, QStringLiteral("range"));
        errors.clear();
        QVERIFY(!ParentHeights::parse(
            QJsonDocument::fromJson(R"({"fatherCm":"182","motherCm":160,"x":1})").object(), &errors));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].code, QStringLiteral("type"));
        QCOMPARE(errors[1].code, QStringLiteral("unknown-field"));
        errors.clear();
        QVERIFY(!ParentHeights::parse(QJsonDocument::fromJson(R"({"fatherCm":180})").object(), &errors));
        QCOMPARE(errors[0].code, QStringLiteral("required"));
    }
    void activityNeedsHubForDraaischijf()
    {
        FieldErrors errors;
        const auto body =
            QJsonDocument::fromJson(
                R"({"date":"2026-01-05","function":"draaischijf","subject":"x","durationMinutes":30,"text":"a\nb"})")
                .object();
        QVERIFY(!Activity::parse(body, &errors));
        QCOMPARE(errors.first().field, QStringLiteral("hub"));
        errors.clear();
        QJsonObject withHub = body;
        withHub.insert(QStringLiteral("hub"),
                       QJsonObject{{QStringLiteral("direction"), QStringLiteral("referral-to")},
                                   {QStringLiteral("category"), QStringLiteral("juridisch")},
                                   {QStringLiteral("detail"), QStringLiteral("politie")}});
        const auto a = Activity::parse(withHub, &errors);
        QVERIFY2(a, qPrintable(errors.value(0).message));
        QCOMPARE(a->text, QStringLiteral("a\nb"));
    }
    void controlCharactersRejected()
    {
        QVERIFY(JsonReader::isCleanText(QStringLiteral("line 1\nline 2"), true));
        QVERIFY(!JsonReader::isCleanText(QStringLiteral("line 1\nline 2"), false));
        QVERIFY(!JsonReader::isCleanText(QStringLiteral("nul\u0000"), true));
    }
};

QTEST_APPLESS_MAIN(TestServerModels)
#include "tst_server_models.moc"
