#pragma once
// When the CREON sender sends: the start of the schedule period a moment falls in (every N seconds, or at
// daily Europe/Brussels times), the same in every server process; and how long to wait before retrying.
#include <QDateTime>
#include <QList>
#include <QTime>

namespace lars::server::creon {

class CreonSchedule final
{
public:
    CreonSchedule(int intervalSeconds, QList<QTime> dailyTimes);

    // Start of the period that contains at (UTC): aligned to the epoch for intervals, so that every process
    // agrees without talking to the others.
    QDateTime periodStart(const QDateTime &at) const;
    QDateTime nextPeriodStart(const QDateTime &at) const;

    // Exponential backoff with jitter: attempt 1 waits about first seconds, each next one twice as long,
    // never more than max; the wait is drawn from [half, whole] of that (random01 in [0, 1)), so that
    // many senders do not retry in step.
    static qint64 backoffMs(int attempt, int firstSeconds, int maxSeconds, double random01);

private:
    int m_intervalSeconds;
    QList<QTime> m_dailyTimes;
};

} // namespace lars::server::creon
