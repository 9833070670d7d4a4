#include "models/api/PupilSearchRequest.h"

#include "models/JsonReader.h"
#include "models/SearchKey.h"

namespace lars::models {

int PupilSearchRequest::significantLength(const QString &text)
{
    int count = 0;
    for (const char32_t c : text.toUcs4())
        if (QChar::isLetterOrNumber(c))
            ++count;
    return count;
}

bool PupilSearchRequest::isSearchable() const
{
    return significantLength(text) >= minimumLength && text.trimmed().size() <= maximumLength;
}

QString PupilSearchRequest::searchKey() const
{
    return SearchKey::normalise(text);
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

std::optional<PupilSearchRequest> PupilSearchRequest::fromQuery(const QHash<QString, QString> &query,
                                                                int maxLimit, FieldErrors *errors)
{
    const qsizetype before = errors->size();
    PupilSearchRequest request;
    request.text = query.value(QStringLiteral("q"));
    if (request.text.size() > maximumLength)
        errors->append({QStringLiteral("q"), QStringLiteral("length"),
                        QStringLiteral("must be at most %1 characters").arg(maximumLength)});
    else if (significantLength(request.text) < minimumLength)
        errors->append({QStringLiteral("q"), QStringLiteral("length"),
                        QStringLiteral("needs at least %1 letters or digits").arg(minimumLength)});
    if (query.contains(QStringLiteral("birthDate"))) {
        const QString s = query.value(QStringLiteral("birthDate"));
        request.birthDate = JsonReader::parseDate(s);
        if (!request.birthDate.isValid())
            errors->append({QStringLiteral("birthDate"), QStringLiteral("format"),
                            QStringLiteral("must be a date YYYY-MM-DD")});
    }
    request.limit = std::min(defaultPageSize, maxLimit);
    if (query.contains(QStringLiteral("limit"))) {
        bool ok = false;
        request.limit = query.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > maxLimit)
            errors->append({QStringLiteral("limit"), QStringLiteral("range"),
                            QStringLiteral("must be between 1 and %1").arg(maxLimit)});
    }
    request.cursor = query.value(QStringLiteral("cursor"));
    if (errors->size() > before)
        return std::nullopt;
    return request;
}

} // namespace lars::models
