#pragma once
// Growth reference curves as LMS parameters per measure, sex and age (Flemish 2009 by default):
// value at a z-score, z-score of a value, percentiles, with linear interpolation between grid ages.
#include <QList>
#include <QString>
#include <array>
#include <optional>

class QIODevice;

namespace lars::models {

class GrowthReference final
{
public:
    enum class Measure
    {
        Height,
        Weight,
        Bmi,
        HeadCircumference
    };
    enum class Sex
    {
        Male,
        Female
    };

    struct Lms
    {
        double l = 1;
        double m = 0;
        double s = 0;
    };
    struct Row
    {
        double ageYears = 0;
        Lms lms;
    };
    // A named reference percentile (P3 … P97) and its z-score.
    struct Percentile
    {
        int percentile;
        double z;
    };

    // The compiled-in Flemish growth references (Roelants, Hauspie & Hoppenbrouwers 2009).
    static const GrowthReference &flemish2009();
    // Parses the CSV layout of shared/data/flemish-growth-2009-lms.csv; nullopt and *error on bad input.
    static std::optional<GrowthReference> fromCsv(QIODevice &device, const QString &name,
                                                  QString *error = nullptr);

    QString name() const { return m_name; }
    bool isEmpty() const;
    // Parameters at an age; interpolated linearly between grid ages; nullopt outside the grid.
    std::optional<Lms> lms(Measure measure, Sex sex, double ageYears) const;
    std::optional<double> valueAtZ(Measure measure, Sex sex, double ageYears, double z) const;
    std::optional<double> zScore(Measure measure, Sex sex, double ageYears, double value) const;
    // First and last grid age of a curve; {0, 0} when there is no curve.
    std::pair<double, double> ageRange(Measure measure, Sex sex) const;
    const QList<Row> &rows(Measure measure, Sex sex) const;

    static double valueAtZ(const Lms &lms, double z);
    static double zScore(const Lms &lms, double value);
    // Standard normal distribution: percentile (0–100) of a z-score and back.
    static double percentileOfZ(double z);
    static double zOfPercentile(double percentile);
    // P3, P10, P25, P50, P75, P90, P97 (z = ∓1.881 for P3/P97).
    static const std::array<Percentile, 7> &standardPercentiles();
    static QString measureKey(Measure measure);

private:
    static int index(Measure measure, Sex sex) { return int(measure) * 2 + int(sex); }
    QString m_name;
    std::array<QList<Row>, 8> m_curves;
};

} // namespace lars::models
