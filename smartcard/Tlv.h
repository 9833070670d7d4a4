#pragma once
// The eID's simple TLV (identity and address files): 1-byte tag, length with 0xFF continuation bytes,
// trailing zero padding. Strict about truncation, lenient about what real cards vary in.
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace lars::smartcard {

struct TlvField
{
    quint8 tag = 0;
    QByteArray value;
};

struct TlvParseResult
{
    QList<TlvField> fields;
    QString error; // empty when the whole input parsed
    bool ok() const { return error.isEmpty(); }
    std::optional<QByteArray> value(quint8 tag) const;
};

// Parses until the end or until only zero padding remains.
TlvParseResult parseTlv(const QByteArray &data);

} // namespace lars::smartcard
