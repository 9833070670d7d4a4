#include "server/http/Router.h"

namespace lars::server::http {

void Router::add(const QByteArray &method, const QString &pattern, int flags,
                 std::function<Response(Request &)> handler, const QStringList &query)
{
    m_routes.append(
        {method, pattern, flags, std::move(handler), pattern.split(u'/', Qt::SkipEmptyParts), query});
}

std::optional<qint64> Router::parseId(const QString &segment)
{
    if (segment.isEmpty() || segment.size() > 16 || segment.front() == u'0')
        return std::nullopt;
    for (const QChar c : segment)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    const qint64 v = segment.toLongLong();
    if (v >= (qint64(1) << 53))
        return std::nullopt;
    return v;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QList<qint64> params;
        bool same = true;
        for (int i = 0; same && i < segments.size(); ++i) {
            if (route.segments[i].startsWith(u'{')) {
                const auto id = parseId(segments[i]);
                same = id.has_value();
                params.append(id.value_or(0));
            } else {
                same = route.segments[i] == segments[i];
            }
        }
        if (!same)
            continue;
        result.allowed.append(route.method);
        if (route.method == method) {
            result.route = &route;
            result.params = params;
        }
    }
    return result;
}

} // namespace lars::server::http
