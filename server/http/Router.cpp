#include "server/http/Router.h"

namespace lars::server::http {

void Router::add(const QByteArray &method, const QString &pattern, int flags,
                 std::function<Response(Request &)> handler)
{
    m_routes.append({method, pattern, flags, std::move(handler), pattern.split(u'/', Qt::SkipEmptyParts)});
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
                bool ok = false;
                const qint64 v = segments[i].toLongLong(&ok);
                same =
                    ok && v > 0 && v < (qint64(1) << 53) && segments[i].size() < 17 && segments[i][0] != u'+';
                params.append(v);
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
