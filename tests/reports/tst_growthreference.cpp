// GrowthReference against the spot checks of shared/data/README.md, interpolation and percentiles.
#include "models/GrowthReference.h"

#include <QBuffer>
#include <QTest>

using lars::models::GrowthReference;
using M = GrowthReference::Measure;
using S = GrowthReference::Sex;

class TestGrowthReference final : public QObject
{
    Q_OBJECT
private slots:
    void loadsCompiledInData()
    {
        const auto &ref = GrowthReference::flemish2009();
        QVERIFY(!ref.isEmpty());
        QCOMPARE(ref.rows(M::Height, S::Male).size(), 27);
        QCOMPARE(ref.rows(M::HeadCircumference, S::Female).size(), 26);
        QCOMPARE(ref.rows(M::Bmi, S::Male).size(), 20);
        QCOMPARE(ref.ageRange(M::Bmi, S::Female), std::make_pair(2.0, 21.0));
    }
    void boysHeightAt8()
    {
        const auto &ref = GrowthReference::flemish2009();
        QCOMPARE(qRound(*ref.valueAtZ(M::Height, S::Male, 8.0, -1.881) * 1000), 119638);
        QCOMPARE(qRound(*ref.valueAtZ(M::Height, S::Male, 8.0, 0) * 1000), 129900);
        QCOMPARE(qRound(*ref.valueAtZ(M::Height, S::Male, 8.0, 1.881) * 1000), 140162);
    }
    void girlsHeightAt6()
    {
        QCOMPARE(*GrowthReference::flemish2009().valueAtZ(M::Height, S::Female, 6.0, 0), 116.4);
    }
    void boysWeightAt8RoundTrips()
    {
        const auto &ref = GrowthReference::flemish2009();
        const double z[] = {-1.881, 0, 1.881};
        const int expected[] = {20724, 26500, 38116};
        for (int i = 0; i < 3; ++i) {
            const double w = *ref.valueAtZ(M::Weight, S::Male, 8.0, z[i]);
            QCOMPARE(qRound(w * 1000), expected[i]);
            QVERIFY(qAbs(*ref.zScore(M::Weight, S::Male, 8.0, w) - z[i]) < 1e-9);
        }
    }
    void lZeroRowUsesTheExponentialForm()
    {
        const auto &ref = GrowthReference::flemish2009();
        const auto lms = ref.lms(M::Weight, S::Male, 1.0);
        QVERIFY(lms);
        QCOMPARE(lms->l, 0.0);
        QVERIFY(qAbs(*ref.valueAtZ(M::Weight, S::Male, 1.0, 1.0) - lms->m * std::exp(lms->s)) < 1e-9);
        QVERIFY(qAbs(*ref.zScore(M::Weight, S::Male, 1.0, lms->m * std::exp(lms->s * -2)) + 2) < 1e-9);
    }
    void interpolatesBetweenGridAges()
    {
        const auto &ref = GrowthReference::flemish2009();
        const auto a = *ref.lms(M::Height, S::Male, 8.0);
        const auto b = *ref.lms(M::Height, S::Male, 9.0);
        const auto mid = *ref.lms(M::Height, S::Male, 8.5);
        QVERIFY(qAbs(mid.m - (a.m + b.m) / 2) < 1e-9);
        QVERIFY(qAbs(mid.s - (a.s + b.s) / 2) < 1e-9);
        QVERIFY(*ref.valueAtZ(M::Height, S::Male, 8.5, 0) > a.m);
        QVERIFY(*ref.valueAtZ(M::Height, S::Male, 8.5, 0) < b.m);
    }
    void outsideTheGridIsUndefined()
    {
        const auto &ref = GrowthReference::flemish2009();
        QVERIFY(!ref.lms(M::Height, S::Male, 22));
        QVERIFY(!ref.lms(M::Bmi, S::Male, 1.5));
        QVERIFY(!ref.zScore(M::Height, S::Male, 8, 0));
    }
    void percentiles()
    {
        const auto &p = GrowthReference::standardPercentiles();
        QCOMPARE(p.front().percentile, 3);
        QCOMPARE(p.front().z, -1.881);
        QCOMPARE(p.back().z, 1.881);
        QCOMPARE(qRound(GrowthReference::percentileOfZ(1.881)), 97);
        QCOMPARE(qRound(GrowthReference::percentileOfZ(0) * 10), 500);
        QVERIFY(qAbs(GrowthReference::zOfPercentile(90) - 1.2816) < 1e-3);
    }
    void rejectsMalformedCsv()
    {
        QByteArray bad("measure,sex,age_years,L,M,S\nheight_cm,alien,1,1,50,0.04\n");
        QBuffer buffer(&bad);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!GrowthReference::fromCsv(buffer, QStringLiteral("x"), &error));
        QVERIFY(error.contains(u"alien"));
    }
};

QTEST_APPLESS_MAIN(TestGrowthReference)
#include "tst_growthreference.moc"
