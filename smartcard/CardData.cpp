#include "smartcard/CardData.h"

#include "smartcard/Tlv.h"

namespace lars::smartcard {

QString CardInfo::appletName() const
{
    switch (applet) {
    case AppletVersion::V17:
        return QStringLiteral("1.7");
    case AppletVersion::V18:
        return QStringLiteral("1.8");
    case AppletVersion::Unknown:
        break;
    }
    return QStringLiteral("unknown (0x%1)").arg(appletVersionByte, 2, 16, QLatin1Char('0'));
}

std::optional<CardInfo> CardInfo::parse(const QByteArray &data)
{
    if (data.size() < 28)
        return std::nullopt;
    CardInfo info;
    info.raw = data;
    info.serial = data.left(16);
    info.appletVersionByte = quint8(data[21]);
    if (info.appletVersionByte == 0x17)
        info.applet = AppletVersion::V17;
    else if (info.appletVersionByte == 0x18)
        info.applet = AppletVersion::V18;
    info.osVersion = quint16(quint8(data[22]) << 8 | quint8(data[23]));
    info.pkcs1Support = quint8(data[25]);
    info.keyExchangeVersion = quint8(data[26]);
    info.lifeCycle = quint8(data[27]);
    if (data.size() >= 29)
        info.pinTriesLeft = quint8(data[28]);
    return info;
}

QDate parseCardDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("dd.MM.yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd-MM-yyyy"));
    return d;
}

namespace {
QString utf8(const QByteArray &v)
{
    return QString::fromUtf8(v);
}
} // namespace

std::optional<Identity> Identity::parse(const QByteArray &file, QString *error)
{
    const TlvParseResult tlv = parseTlv(file);
    if (!tlv.ok()) {
        if (error)
            *error = QStringLiteral("identity file: ") + tlv.error;
        return std::nullopt;
    }
    Identity id;
    id.raw = file;
    for (const TlvField &f : tlv.fields) {
        const QByteArray &v = f.value;
        switch (f.tag) {
        case 0x00:
            id.fileVersion = v;
            break;
        case 0x01:
            id.cardNumber = utf8(v);
            break;
        case 0x02:
            id.chipNumber = v;
            break;
        case 0x03:
            id.validityBegin = parseCardDate(utf8(v));
            break;
        case 0x04:
            id.validityEnd = parseCardDate(utf8(v));
            break;
        case 0x05:
            id.deliveryMunicipality = utf8(v);
            break;
        case 0x06:
            id.nationalNumber = utf8(v);
            break;
        case 0x07:
            id.name = utf8(v);
            break;
        case 0x08:
            id.givenNames = utf8(v);
            break;
        case 0x09:
            id.thirdGivenNameInitial = utf8(v);
            break;
        case 0x0A:
            id.nationality = utf8(v);
            break;
        case 0x0B:
            id.birthPlace = utf8(v);
            break;
        case 0x0C:
            id.birthDate = BirthDate::parse(utf8(v));
            break;
        case 0x0D: {
            id.sexCode = utf8(v).trimmed();
            if (id.sexCode == QLatin1String("M"))
                id.sex = Sex::Male;
            else if (id.sexCode == QLatin1String("F") || id.sexCode == QLatin1String("V") ||
                     id.sexCode == QLatin1String("W"))
                id.sex = Sex::Female;
            break;
        }
        case 0x0E:
            id.nobleCondition = utf8(v);
            break;
        case 0x0F:
            id.documentType = utf8(v).trimmed();
            break;
        case 0x10:
            id.specialStatus = utf8(v).trimmed();
            break;
        case 0x11:
            id.photoHash = v;
            break;
        case 0x12:
            id.duplicate = utf8(v);
            break;
        case 0x13:
            id.specialOrganisation = utf8(v);
            break;
        case 0x14:
            id.memberOfFamily = true;
            break;
        case 0x15:
            id.dateAndCountryOfProtection = utf8(v);
            break;
        case 0x16:
            id.workPermit = utf8(v);
            break;
        case 0x17:
            id.employerVat1 = utf8(v);
            break;
        case 0x18:
            id.employerVat2 = utf8(v);
            break;
        case 0x19:
            id.regionalFileNumber = utf8(v);
            break;
        case 0x1A:
            id.basicKeyHash = v;
            break;
        default:
            id.otherFields.insert(f.tag, v);
            break;
        }
    }
    return id;
}

std::optional<Address> Address::parse(const QByteArray &file, QString *error)
{
    const TlvParseResult tlv = parseTlv(file);
    if (!tlv.ok()) {
        if (error)
            *error = QStringLiteral("address file: ") + tlv.error;
        return std::nullopt;
    }
    Address a;
    a.raw = file;
    for (const TlvField &f : tlv.fields) {
        switch (f.tag) {
        case 0x00:
            a.fileVersion = f.value;
            break;
        case 0x01:
            a.streetAndNumber = utf8(f.value);
            break;
        case 0x02:
            a.postalCode = utf8(f.value);
            break;
        case 0x03:
            a.municipality = utf8(f.value);
            break;
        default:
            a.otherFields.insert(f.tag, f.value);
            break;
        }
    }
    return a;
}

} // namespace lars::smartcard
