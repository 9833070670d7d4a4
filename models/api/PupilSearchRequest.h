#pragma once
// One pupil search as the API takes it: name prefix (2 characters or more), optional birth date,
// page size and the keyset cursor of the next page (GET /api/v1/pupils?q=&birthDate=&limit=&cursor=).
// The client builds it from what the user typed and the server parses it from the query, with the same
// rules, so "2 characters" means the same thing on both sides.
#include "models/FieldError.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace lars::models {

struct PupilSearchRequest
{
    static constexpr int minimumLength = 2;   // letters or digits
    static constexpr int maximumLength = 100; // characters of q as sent
    static constexpr int defaultPageSize = 50;

    QString text;
    QDate birthDate;
    int limit = defaultPageSize;
    QString cursor;

    // The letters and digits in text (code points, so "Ë" or "𝒜" is one; marks and spaces are none).
    static int significantLength(const QString &text);
    // At least minimumLength letters or digits and at most maximumLength characters.
    bool isSearchable() const;
    // What the index holds for the prefix (SearchKey::normalise of the text).
    QString searchKey() const;
    QUrlQuery toQuery() const;
    static QString path() { return QStringLiteral("/api/v1/pupils"); }

    // The server's side: the decoded query parameters q, birthDate, limit (1..maxLimit, default
    // min(50, maxLimit)) and cursor; nullopt with one error per bad field.
    static std::optional<PupilSearchRequest> fromQuery(const QHash<QString, QString> &query, int maxLimit,
                                                       FieldErrors *errors);
};

} // namespace lars::models
