#include "models/GrowthReference.h"

#include "models/Logging.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <limits>

// The reference CSV is compiled into lars_resources (resources/reports.qrc); a static library's
// resources must be registered explicitly, outside any namespace.
static void initGrowthResources()
{
    Q_INIT_RESOURCE(reports);
}

namespace lars::models {

namespace {
constexpr double kZeroL = 1e-9;

std::optional<GrowthReference::Measure> parseMeasure(const QString &key)
{
    if (key == u"height_cm")
        return GrowthReference::Measure::Height;
    if (key == u"weight_kg")
        return GrowthReference::Measure::Weight;
    if (key == u"bmi")
        return GrowthReference::Measure::Bmi;
    if (key == u"head_circumference_cm")
        return GrowthReference::Measure::HeadCircumference;
    return std::nullopt;
}
} // namespace

QString GrowthReference::measureKey(Measure measure)
{
    switch (measure) {
    case Measure::Height:
        return QStringLiteral("height_cm");
    case Measure::Weight:
        return QStringLiteral("weight_kg");
    case Measure::Bmi:
        return QStringLiteral("bmi");
    case Measure::HeadCircumference:
        return QStringLiteral("head_circumference_cm");
    }
    return {};
}

const GrowthReference &GrowthReference::flemish2009()
{
    static const GrowthReference reference = [] {
        initGrowthResources();
        QFile file(QStringLiteral(":/lars/data/flemish-growth-2009-lms.csv"));
        QString error;
        std::optional<GrowthReference> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromCsv(file, QStringLiteral("Vlaamse groeicurven 2009"), &error);
        else
            error = file.errorString();
        if (!parsed) {
            qCCritical(lcModels) << "growth reference not loaded:" << error;
            return GrowthReference();
        }
        return *parsed;
    }();
    return reference;
}

std::optional<GrowthReference> GrowthReference::fromCsv(QIODevice &device, const QString &name,
                                                        QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<GrowthReference> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QTextStream in(&device);
    const QString header = in.readLine().trimmed();
    if (header != u"measure,sex,age_years,L,M,S")
        return fail(QStringLiteral("unexpected header: %1").arg(header));
    GrowthReference ref;
    ref.m_name = name;
    int lineNo = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(u',');
        if (f.size() != 6)
            return fail(QStringLiteral("line %1: expected 6 fields").arg(lineNo));
        const auto measure = parseMeasure(f[0]);
        if (!measure)
            return fail(QStringLiteral("line %1: unknown measure %2").arg(lineNo).arg(f[0]));
        Sex sex;
        if (f[1] == u"male")
            sex = Sex::Male;
        else if (f[1] == u"female")
            sex = Sex::Female;
        else
            return fail(QStringLiteral("line %1: unknown sex %2").arg(lineNo).arg(f[1]));
        bool ok[4];
        Row row{f[2].toDouble(&ok[0]), {f[3].toDouble(&ok[1]), f[4].toDouble(&ok[2]), f[5].toDouble(&ok[3])}};
        if (!(ok[0] && ok[1] && ok[2] && ok[3]) || row.lms.m <= 0 || row.lms.s <= 0)
            return fail(QStringLiteral("line %1: bad number").arg(lineNo));
        ref.m_curves[index(*measure, sex)].append(row);
    }
    for (auto &curve : ref.m_curves)
        std::sort(curve.begin(), curve.end(),
                  [](const Row &a, const Row &b) { return a.ageYears < b.ageYears; });
    if (ref.isEmpty())
        return fail(QStringLiteral("no rows"));
    return ref;
}

bool GrowthReference::isEmpty() const
{
    return std::all_of(m_curves.begin(), m_curves.end(), [](const QList<Row> &c) { return c.isEmpty(); });
}

const QList<GrowthReference::Row> &GrowthReference::rows(Measure measure, Sex sex) const
{
    return m_curves[index(measure, sex)];
}

std::pair<double, double> GrowthReference::ageRange(Measure measure, Sex sex) const
{
    const auto &curve = rows(measure, sex);
    if (curve.isEmpty())
        return {0, 0};
    return {curve.first().ageYears, curve.last().ageYears};
}

std::optional<GrowthReference::Lms> GrowthReference::lms(Measure measure, Sex sex, double ageYears) const
{
    const auto &curve = rows(measure, sex);
    if (curve.isEmpty() || !std::isfinite(ageYears))
        return std::nullopt;
    constexpr double eps = 1e-9;
    if (ageYears < curve.first().ageYears - eps || ageYears > curve.last().ageYears + eps)
        return std::nullopt;
    const auto upper = std::lower_bound(curve.begin(), curve.end(), ageYears,
                                        [](const Row &r, double age) { return r.ageYears < age; });
    if (upper == curve.end())
        return curve.last().lms;
    if (upper == curve.begin() || std::abs(upper->ageYears - ageYears) < eps)
        return upper->lms;
    const Row &a = *(upper - 1);
    const Row &b = *upper;
    const double t = (ageYears - a.ageYears) / (b.ageYears - a.ageYears);
    return Lms{a.lms.l + t * (b.lms.l - a.lms.l), a.lms.m + t * (b.lms.m - a.lms.m),
               a.lms.s + t * (b.lms.s - a.lms.s)};
}

std::optional<double> GrowthReference::valueAtZ(Measure measure, Sex sex, double ageYears, double z) const
{
    const auto p = lms(measure, sex, ageYears);
    if (!p)
        return std::nullopt;
    return valueAtZ(*p, z);
}

std::optional<double> GrowthReference::zScore(Measure measure, Sex sex, double ageYears, double value) const
{
    const auto p = lms(measure, sex, ageYears);
    if (!p || !(value > 0))
        return std::nullopt;
    return zScore(*p, value);
}

double GrowthReference::valueAtZ(const Lms &p, double z)
{
    if (std::abs(p.l) < kZeroL)
        return p.m * std::exp(p.s * z);
    const double base = 1 + p.l * p.s * z;
    // Far in the tail of a strongly skewed curve the Box-Cox base turns negative: no defined value.
    if (base <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return p.m * std::pow(base, 1 / p.l);
}

double GrowthReference::zScore(const Lms &p, double value)
{
    if (std::abs(p.l) < kZeroL)
        return std::log(value / p.m) / p.s;
    return (std::pow(value / p.m, p.l) - 1) / (p.l * p.s);
}

double GrowthReference::percentileOfZ(double z)
{
    return 50.0 * (1.0 + std::erf(z / std::sqrt(2.0)));
}

double GrowthReference::zOfPercentile(double percentile)
{
    if (percentile <= 0)
        return -std::numeric_limits<double>::infinity();
    if (percentile >= 100)
        return std::numeric_limits<double>::infinity();
    double lo = -10, hi = 10;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        (percentileOfZ(mid) < percentile ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

const std::array<GrowthReference::Percentile, 7> &GrowthReference::standardPercentiles()
{
    // P3/P97 use the rounded ∓1.881 of the Flemish publication; the others are the normal quantiles.
    static const std::array<Percentile, 7> list{
        {{3, -1.881}, {10, -1.2816}, {25, -0.6745}, {50, 0.0}, {75, 0.6745}, {90, 1.2816}, {97, 1.881}}};
    return list;
}

} // namespace lars::models
