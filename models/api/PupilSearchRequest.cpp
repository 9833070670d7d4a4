#include "models/api/PupilSearchRequest.h"

namespace lars::models {

bool PupilSearchRequest::isSearchable() const
{
    int count = 0;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            ++count;
    return count >= minimumLength;
}

QUrlQuery PupilSearchRequest::toQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())));
    if (birthDate.isValid())
        q.addQueryItem(QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    return q;
}

} // namespace lars::models
