#pragma once
// The demo data's random numbers: splitmix64, small, fast and the same on every platform (std
// distributions are not), so a seed gives the same demo everywhere.
#include <QList>
#include <QtGlobal>

namespace lars::server::demodata {

class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

} // namespace lars::server::demodata
