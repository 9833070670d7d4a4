#pragma once
// Opaque paging cursors: the keyset position of the last row of a page, base64url-encoded JSON.
#include <QJsonArray>
#include <optional>

namespace lars::server::http {

class Cursor final
{
public:
    static QString encode(const QJsonArray &position);
    // nullopt for anything that was not produced by encode() with the given number of fields.
    static std::optional<QJsonArray> decode(const QString &cursor, int fields);
};

} // namespace lars::server::http
