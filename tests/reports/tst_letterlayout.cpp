// In-process checks of letter composition: JSON input, template placeholders, the attest's date,
// the parent letter's results and growth chart geometry, painting the chart on screen-like devices.
#include "reports/GrowthChart.h"
#include "reports/LetterData.h"
#include "reports/LetterOutput.h"
#include "reports/LetterRenderer.h"
#include "reports/LetterTemplate.h"
#include "reports/ModelLetters.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace lars::reports;
using lars::models::GrowthReference;

namespace {
QJsonObject exampleJson(const QString &name)
{
    QFile f(qEnvironmentVariable("LARS_SOURCE_DIR") + QStringLiteral("/examples/letters/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestLetterLayout final : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryExample()
    {
        for (const auto &[name, type] :
             {std::pair{QStringLiteral("adbib.json"), LetterType::Attest},
              std::pair{QStringLiteral("ouderbrief.json"), LetterType::ParentLetter},
              std::pair{QStringLiteral("doorverwijsbrief.json"), LetterType::Referral}}) {
            QString error;
            const auto letter = letterFromJson(type, exampleJson(name), &error);
            QVERIFY2(letter, qPrintable(error));
            QCOMPARE(letterType(*letter), type);
            QCOMPARE(letterTypeFromName(templateName(type)), type);
        }
        const auto parent = std::get<ParentLetter>(
            *letterFromJson(LetterType::ParentLetter, exampleJson(QStringLiteral("ouderbrief.json"))));
        QCOMPARE(parent.pupil.fullName(), QStringLiteral("Zoë Van den Broeck-Çelik"));
        QCOMPARE(parent.measurements.size(), 3);
        QCOMPARE(*parent.fatherHeightCm, 184.0);
        QVERIFY(parent.advice.contains(u"\n\n"));
    }

    void attestNeedsTheActivityDate()
    {
        QJsonObject json = exampleJson(QStringLiteral("adbib.json"));
        QJsonObject activity = json[u"activity"].toObject();
        activity.remove(u"date");
        json[u"activity"] = activity;
        QString error;
        QVERIFY(!letterFromJson(LetterType::Attest, json, &error));
        QVERIFY(error.contains(u"activity.date"));
    }

    void attestContextUsesTheActivityDate()
    {
        auto letter = *letterFromJson(LetterType::Attest, exampleJson(QStringLiteral("adbib.json")));
        std::get<AttestLetter>(letter).letterDate = QDate::currentDate(); // even if a caller sets one
        LetterRenderer renderer(Branding::defaults());
        QVERIFY(renderer.error().isEmpty());
        const auto ctx = renderer.context(letter);
        QCOMPARE(ctx.value(QStringLiteral("letterDate")), QStringLiteral("15 september 2025"));
        QCOMPARE(ctx.value(QStringLiteral("activity.date")), QStringLiteral("15 september 2025"));
        QCOMPARE(renderer.documentTitle(letter), QStringLiteral("Attest ADBIB – Noël Dewaële"));
    }

    void attestFromTheDossierModels()
    {
        lars::models::Pupil pupil;
        pupil.id = 42;
        pupil.firstName = QStringLiteral("Noël");
        pupil.lastName = QStringLiteral("Dewaële");
        pupil.birthDate = QDate(2012, 11, 3);
        pupil.sex = QStringLiteral("M");
        pupil.schoolName = QStringLiteral("Sint-Barbaracollege");
        pupil.className = QStringLiteral("1A");
        lars::models::Attest attest;
        attest.type = QStringLiteral("ADBIB");
        attest.activityDate = QDate(2025, 9, 15);
        attest.text = QStringLiteral("Regel 1\n\nRegel 3");
        attest.staff.name = QStringLiteral("Dr. Pieter De Smet");
        lars::models::ContactData contact;
        contact.gsm = QStringLiteral("0470 12 34 56");
        contact.email = QStringLiteral("p@clb.be");
        const AttestLetter letter =
            attestLetter(pupil, attest, {QStringLiteral("CLB"), {}, {}, {}, {}, QStringLiteral("Gent")},
                         staffInfo({}, QStringLiteral("CLB-arts"), contact));
        QCOMPARE(letter.pupil.reference, QStringLiteral("LARS-42"));
        QCOMPARE(letter.pupil.sex, GrowthReference::Sex::Male);
        QCOMPARE(letter.staff.name, QStringLiteral("Dr. Pieter De Smet"));
        QCOMPARE(letter.staff.phone, QStringLiteral("0470 12 34 56"));
        LetterRenderer renderer(Branding::defaults());
        const auto ctx = renderer.context(AnyLetter(letter));
        QCOMPARE(ctx.value(QStringLiteral("letterDate")), QStringLiteral("15 september 2025"));
        QCOMPARE(ctx.value(QStringLiteral("activity.text")), QStringLiteral("Regel 1\n\nRegel 3"));
    }

    void fillPlaceholders()
    {
        const QHash<QString, QString> ctx{{QStringLiteral("a.b"), QStringLiteral("x")}};
        QCOMPARE(LetterTemplate::fill(QStringLiteral("[{{a.b}}] [{{ a.b }}] [{{missing}}]"), ctx),
                 QStringLiteral("[x] [x] []"));
        // Typed values are not expanded again.
        const QHash<QString, QString> nested{{QStringLiteral("t"), QStringLiteral("{{t}}")}};
        QCOMPARE(LetterTemplate::fill(QStringLiteral("{{t}}"), nested), QStringLiteral("{{t}}"));
    }

    void resultRowsWithPercentiles()
    {
        const auto letter = std::get<ParentLetter>(
            *letterFromJson(LetterType::ParentLetter, exampleJson(QStringLiteral("ouderbrief.json"))));
        LetterRenderer renderer(Branding::defaults());
        const auto rows = renderer.resultRows(letter);
        QCOMPARE(rows.size(), 3 + letter.results.size());
        QCOMPARE(rows[0].label, QStringLiteral("Lengte"));
        QCOMPARE(rows[0].value, QStringLiteral("139,2 cm"));
        const double age = letter.pupil.birthDate.daysTo(QDate(2025, 10, 7)) / 365.25;
        const double z = *GrowthReference::flemish2009().zScore(GrowthReference::Measure::Height,
                                                                GrowthReference::Sex::Female, age, 139.2);
        QCOMPARE(rows[0].remark,
                 QStringLiteral("percentiel %1").arg(std::lround(GrowthReference::percentileOfZ(z))));
        QCOMPARE(rows[2].label, QStringLiteral("BMI (gewicht voor lengte)"));
        QVERIFY(rows[2].value.endsWith(u"kg/m²"));
    }

    void growthChartGeometry()
    {
        const auto &ref = GrowthReference::flemish2009();
        const lars::models::TargetHeight::Result target{172.5, 164, 181, QStringLiteral("Tanner")};
        GrowthChart chart(ref, GrowthReference::Measure::Height, GrowthReference::Sex::Male,
                          {{6.0, 116.0}, {8.0, 129.9}, {30.0, 180.0}}, target);
        const auto &g = chart.geometry();
        QCOMPARE(g.curves.size(), 7);
        QCOMPARE(g.bands.size(), 3);
        QCOMPARE(g.bands[0].lowPercentile, 3);
        QCOMPARE(g.bands[0].highPercentile, 97);
        QCOMPARE(g.minAge, 2.0);
        QCOMPARE(g.maxAge, 21.0);
        // P3 / P50 / P97 at 8 years are the README's spot checks.
        auto at8 = [&](int i) {
            for (const QPointF &p : g.curves[i].points)
                if (qFuzzyCompare(p.x(), 8.0))
                    return p.y();
            return -1.0;
        };
        QCOMPARE(qRound(at8(0) * 1000), 119638);
        QCOMPARE(qRound(at8(3) * 1000), 129900);
        QCOMPARE(qRound(at8(6) * 1000), 140162);
        QCOMPARE(g.points.size(), 2); // the adult measurement lies outside the reference
        QVERIFY(qAbs(*g.points[1].z) < 1e-9);
        QVERIFY(g.target);
        QCOMPARE(g.target->formulaName, QStringLiteral("Tanner"));
        QVERIFY(g.minValue <= at8(0) && g.maxValue >= 181);
        const QRectF plot(0, 0, 100, 100);
        QCOMPARE(GrowthChart::map(g, plot, g.minAge, g.minValue), QPointF(0, 100));
        QCOMPARE(GrowthChart::map(g, plot, g.maxAge, g.maxValue), QPointF(100, 0));
    }

    void growthChartPaintsOnAnImage()
    {
        GrowthChart chart(GrowthReference::flemish2009(), GrowthReference::Measure::Height,
                          GrowthReference::Sex::Female, {{6.5, 120.0}});
        chart.style().brand = QColor(255, 0, 0);
        chart.style().point = QColor(0, 0, 255);
        QImage img(600, 400, QImage::Format_ARGB32);
        img.fill(Qt::black);
        QPainter p(&img);
        chart.paint(p, QRectF(0, 0, 600, 400));
        const QRectF plot = chart.plotRect(p, QRectF(0, 0, 600, 400));
        const int hit =
            chart.pointAt(p, QRectF(0, 0, 600, 400),
                          GrowthChart::map(chart.geometry(), plot, 6.5, 120.0) + QPointF(2, 1), 6);
        p.end();
        QCOMPARE(hit, 0);
        QCOMPARE(img.pixelColor(2, 2), QColor(Qt::white));
        const QPointF pt = GrowthChart::map(chart.geometry(), plot, 6.5, 120.0);
        QCOMPARE(img.pixelColor(pt.toPoint()), QColor(0, 0, 255));
        const QPointF median =
            GrowthChart::map(chart.geometry(), plot, 15,
                             *GrowthReference::flemish2009().valueAtZ(GrowthReference::Measure::Height,
                                                                      GrowthReference::Sex::Female, 15, 0));
        QCOMPARE(img.pixelColor(median.toPoint()).red(), 255); // the P50 line in the brand colour
    }

    void writesPdfInProcess()
    {
        QTemporaryDir dir;
        QList<AnyLetter> letters;
        for (const auto &[name, type] :
             {std::pair{QStringLiteral("adbib.json"), LetterType::Attest},
              std::pair{QStringLiteral("ouderbrief.json"), LetterType::ParentLetter},
              std::pair{QStringLiteral("doorverwijsbrief.json"), LetterType::Referral}})
            letters.append(*letterFromJson(type, exampleJson(name)));
        const QString path = dir.filePath(QStringLiteral("mixed.pdf"));
        QList<int> progress;
        const auto result = LetterOutput::writePdf(path, letters, {}, [&](int done, int total) {
            progress << done;
            return total == 3;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(progress, QList<int>({1, 2, 3}));
        QCOMPARE(result.letters, 3);
        QVERIFY(result.pages >= 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("<dc:creator><rdf:Seq><rdf:li>Dr. Pieter De Smet</rdf:li>"));
    }
};

QTEST_MAIN(TestLetterLayout)
#include "tst_letterlayout.moc"
