#include "server/creon/CreonSchedule.h"

#include <QTimeZone>
#include <cmath>

namespace lars::server::creon {

CreonSchedule::CreonSchedule(int intervalSeconds, QList<QTime> dailyTimes)
    : m_intervalSeconds(std::max(1, intervalSeconds))
    , m_dailyTimes(std::move(dailyTimes))
{
    std::sort(m_dailyTimes.begin(), m_dailyTimes.end());
}

QDateTime CreonSchedule::periodStart(const QDateTime &at) const
{
    if (m_dailyTimes.isEmpty()) {
        const qint64 s = at.toSecsSinceEpoch();
        return QDateTime::fromSecsSinceEpoch(s - s % m_intervalSeconds, Qt::UTC);
    }
    // The agreed times are Brussels wall-clock times, summer time included.
    const QTimeZone brussels("Europe/Brussels");
    const QDateTime local = at.toTimeZone(brussels);
    for (int back = 0; back < 2; ++back) {
        const QDate day = local.date().addDays(-back);
        for (qsizetype i = m_dailyTimes.size() - 1; i >= 0; --i) {
            const QDateTime start(day, m_dailyTimes[i], brussels);
            if (start <= at)
                return start.toUTC();
        }
    }
    return QDateTime(local.date().addDays(-1), m_dailyTimes.constLast(), brussels).toUTC();
}

QDateTime CreonSchedule::nextPeriodStart(const QDateTime &at) const
{
    if (m_dailyTimes.isEmpty())
        return periodStart(at).addSecs(m_intervalSeconds);
    const QTimeZone brussels("Europe/Brussels");
    const QDateTime local = at.toTimeZone(brussels);
    for (int ahead = 0; ahead < 2; ++ahead)
        for (const QTime &t : m_dailyTimes) {
            const QDateTime start(local.date().addDays(ahead), t, brussels);
            if (start > at)
                return start.toUTC();
        }
    return QDateTime(local.date().addDays(2), m_dailyTimes.constFirst(), brussels).toUTC();
}

qint64 CreonSchedule::backoffMs(int attempt, int firstSeconds, int maxSeconds, double random01)
{
    const double whole =
        std::min(double(maxSeconds), double(firstSeconds) * std::pow(2.0, std::max(0, attempt - 1)));
    return qint64(whole * 1000.0 * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0)));
}

} // namespace lars::server::creon
