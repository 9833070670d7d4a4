#include "server/http/Cursor.h"

#include <QJsonDocument>

namespace lars::server::http {

QString Cursor::encode(const QJsonArray &position)
{
    return QString::fromLatin1(QJsonDocument(position)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonArray> Cursor::decode(const QString &cursor, int fields)
{
    if (cursor.size() > 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != fields)
        return std::nullopt;
    return doc.array();
}

} // namespace lars::server::http
