// libFuzzer: the strict text checks every request body and URL goes through (JsonReader): the forbidden
// escape scan over raw JSON, the clean-text check and the YYYY-MM-DD date parser.
#include "models/JsonReader.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using lars::models::JsonReader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype at = JsonReader::forbiddenEscape(input);
    if (at >= input.size() || at < -1)
        std::abort();
    const QString text = QString::fromUtf8(input);
    (void)JsonReader::isCleanText(text, true);
    // Qt's JSON parser lets raw control bytes through in strings: every text field is read through
    // isCleanText, which must then refuse a NUL whatever way it came in.
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = it.value().toString();
        if (value.contains(QChar(0)) &&
            (JsonReader::isCleanText(value, true) || JsonReader::isCleanText(value, false)))
            std::abort();
    }
    const QDate date = JsonReader::parseDate(text);
    if (date.isValid() && (date.year() < 1900 || date.year() > 2100 || date.toString(Qt::ISODate) != text))
        std::abort();
    return 0;
}
