// AdviceCheck: which parent letters need a typed advice (growth outside P3–P97, a deviating finding),
// the Dutch reason of a refusal, the suggested text, and the consult measurement the table reports.
#include "models/GrowthReference.h"
#include "reports/AdviceCheck.h"

#include <QJsonArray>
#include <QTest>

using namespace lars::reports;
using lars::models::GrowthReference;

namespace {
ParentLetter letter(double heightCm)
{
    ParentLetter l;
    l.pupil.firstName = QStringLiteral("Arthur");
    l.pupil.lastName = QStringLiteral("Peeters");
    l.pupil.sex = GrowthReference::Sex::Male;
    l.pupil.birthDate = QDate(2019, 3, 1);
    l.consultName = QStringLiteral("systematisch contact 1ste leerjaar");
    l.consultDate = QDate(2026, 3, 1);
    l.measurements.append({l.consultDate, heightCm, std::nullopt});
    return l;
}
double heightAtZ(double z)
{
    return *GrowthReference::flemish2009().valueAtZ(GrowthReference::Measure::Height,
                                                    GrowthReference::Sex::Male,
                                                    QDate(2019, 3, 1).daysTo(QDate(2026, 3, 1)) / 365.25, z);
}
} // namespace

class TestAdviceCheck final : public QObject
{
    Q_OBJECT
private slots:
    void bands()
    {
        QCOMPARE(AdviceCheck::band(-1.9), AdviceCheck::Band::Below);
        QCOMPARE(AdviceCheck::band(-1.881), AdviceCheck::Band::Within);
        QCOMPARE(AdviceCheck::band(0), AdviceCheck::Band::Within);
        QCOMPARE(AdviceCheck::band(1.881), AdviceCheck::Band::Within);
        QCOMPARE(AdviceCheck::band(1.9), AdviceCheck::Band::Above);
    }

    void belowP3WithoutAdviceIsRefused()
    {
        ParentLetter l = letter(heightAtZ(-2.2));
        const AdviceCheck check(l);
        QVERIFY(check.needsAdvice());
        QCOMPARE(check.findings().size(), 1);
        QVERIFY2(check.findings().first().startsWith(
                     QStringLiteral("De lengte van Arthur ligt onder percentiel 3 (")),
                 qPrintable(check.findings().first()));
        QVERIFY2(
            check.refusal().startsWith(QStringLiteral(
                "De ouderbrief van Arthur Peeters (systematisch contact 1ste leerjaar) wordt niet gemaakt")),
            qPrintable(check.refusal()));
        QVERIFY(check.refusal().contains(check.findings().first()));
        // The suggestion: the findings, what to do, a blank line before the closing paragraph.
        QVERIFY(check.suggestion().startsWith(check.findings().first() + u'\n'));
        QVERIFY(check.suggestion().contains(QStringLiteral("\n\n")));
        // White space is no advice; typed text is.
        l.advice = QStringLiteral(" \n\t\n");
        QVERIFY(!AdviceCheck(l).refusal().isEmpty());
        l.advice = QStringLiteral("We volgen dit op.");
        QVERIFY(AdviceCheck(l).refusal().isEmpty());
        QVERIFY(AdviceCheck(l).needsAdvice());
    }

    void aboveP97AndTheNorm()
    {
        const AdviceCheck above(letter(heightAtZ(2.1)));
        QCOMPARE(above.findings().size(), 1);
        QVERIFY(above.findings().first().contains(QStringLiteral("boven percentiel 97")));
        const AdviceCheck normal(letter(heightAtZ(0.3)));
        QVERIFY(!normal.needsAdvice());
        QVERIFY(normal.refusal().isEmpty());
        QVERIFY(normal.suggestion().isEmpty());
    }

    void deviatingFindings()
    {
        ParentLetter l = letter(heightAtZ(0));
        l.results.append(
            {QStringLiteral("Oogstand"), QStringLiteral("strabisme"), QStringLiteral("x"), true});
        l.results.append({QStringLiteral("Vaccinaties"), QStringLiteral("in orde"),
                          QStringLiteral("volgende: L6"), false});
        const AdviceCheck check(l);
        QCOMPARE(check.findings(),
                 QStringList{QStringLiteral("Oogstand: strabisme – verder onderzoek aangewezen.")});
        QVERIFY(!check.refusal().isEmpty());
    }

    // The table reports the measurement of the consult's date, not a later one: so does the check.
    void theConsultsOwnMeasurement()
    {
        ParentLetter l = letter(heightAtZ(0));
        l.measurements.append({QDate(2026, 9, 1), heightAtZ(-3), std::nullopt});
        QCOMPARE(AdviceCheck::consultMeasurement(l)->date, l.consultDate);
        QVERIFY(!AdviceCheck(l).needsAdvice());
        l.consultDate = QDate(2026, 5, 1); // no measurement that day: the latest
        QCOMPARE(AdviceCheck::consultMeasurement(l)->date, QDate(2026, 9, 1));
    }

    void jsonCarriesTheDeviatingFlag()
    {
        const auto parsed = letterFromJson(
            LetterType::ParentLetter,
            QJsonObject{
                {QStringLiteral("clb"), QJsonObject{{QStringLiteral("name"), QStringLiteral("CLB")}}},
                {QStringLiteral("pupil"), QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Zoë")}}},
                {QStringLiteral("results"),
                 QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Kleurenzien")},
                                        {QStringLiteral("value"), QStringLiteral("afwijkend")},
                                        {QStringLiteral("deviating"), true}}}}});
        QVERIFY(parsed);
        QVERIFY(std::get<ParentLetter>(*parsed).results.first().deviating);
    }
};

QTEST_GUILESS_MAIN(TestAdviceCheck)
#include "tst_advice_check.moc"
