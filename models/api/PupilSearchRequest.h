#pragma once
// One pupil search as the API takes it: name prefix (2 characters or more), optional birth date,
// page size and the keyset cursor of the next page (GET /api/v1/pupils?q=&birthDate=&limit=&cursor=).
#include <QDate>
#include <QString>
#include <QUrlQuery>

namespace lars::models {

struct PupilSearchRequest
{
    static constexpr int minimumLength = 2;
    static constexpr int defaultPageSize = 50;

    QString text;
    QDate birthDate;
    int limit = defaultPageSize;
    QString cursor;

    // The trimmed text has at least minimumLength letters or digits.
    bool isSearchable() const;
    QUrlQuery toQuery() const;
    static QString path() { return QStringLiteral("/api/v1/pupils"); }
};

} // namespace lars::models
