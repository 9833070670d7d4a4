// Target height: Tanner's formula by default, named; a replacement formula; parent height validation.
#include "models/TargetHeight.h"

#include <QTest>

using lars::models::GrowthReference;
using lars::models::TargetHeight;

class TestTargetHeight final : public QObject
{
    Q_OBJECT
private slots:
    void tannerForBoysAndGirls()
    {
        const auto boy = TargetHeight::compute(180, 166, GrowthReference::Sex::Male);
        QVERIFY(boy);
        QCOMPARE(boy->targetCm, 179.5);
        QCOMPARE(boy->lowCm, 171.0);
        QCOMPARE(boy->highCm, 188.0);
        QCOMPARE(boy->formulaName, QStringLiteral("Tanner"));
        const auto girl = TargetHeight::compute(180, 166, GrowthReference::Sex::Female);
        QCOMPARE(girl->targetCm, 166.5);
    }
    void validation()
    {
        QVERIFY(TargetHeight::validateParentHeight(120).isEmpty());
        QVERIFY(TargetHeight::validateParentHeight(230).isEmpty());
        QVERIFY(TargetHeight::validateParentHeight(119.9).contains(u"120"));
        QVERIFY(!TargetHeight::validateParentHeight(231).isEmpty());
        QVERIFY(!TargetHeight::validateParentHeight(std::nan("")).isEmpty());
        QVERIFY(!TargetHeight::compute(90, 170, GrowthReference::Sex::Male));
    }
    void replaceableFormula()
    {
        const TargetHeight::Formula other{
            QStringLiteral("test"), QStringLiteral("Testformule"),
            [](double f, double m, GrowthReference::Sex) { return (f + m) / 2; }, 5};
        TargetHeight::setDefaultFormula(other);
        const auto r = TargetHeight::compute(180, 170, GrowthReference::Sex::Male);
        TargetHeight::setDefaultFormula(TargetHeight::tanner());
        QCOMPARE(r->targetCm, 175.0);
        QCOMPARE(r->highCm, 180.0);
        QCOMPARE(r->formulaName, QStringLiteral("Testformule"));
        QCOMPARE(TargetHeight::defaultFormula().id, QStringLiteral("tanner"));
    }
};

QTEST_APPLESS_MAIN(TestTargetHeight)
#include "tst_targetheight.moc"
