#pragma once
// Parsed contents of the eID: GET CARD DATA, the identity file (4031) and the address file (4033).
#include "smartcard/BirthDate.h"
#include "smartcard/NationalNumber.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

namespace lars::smartcard {

enum class AppletVersion
{
    Unknown,
    V17,
    V18
};

// Answer to GET CARD DATA (80 E4 00 00 1C, or 80 E4 00 01 1F on 1.8 with the PIN tries).
struct CardInfo
{
    QByteArray raw;
    QByteArray serial; // 16 bytes: the key of the certificate cache
    quint8 appletVersionByte = 0;
    AppletVersion applet = AppletVersion::Unknown;
    quint16 osVersion = 0;
    quint8 pkcs1Support = 0;
    quint8 keyExchangeVersion = 0;
    quint8 lifeCycle = 0;
    int pinTriesLeft = -1; // only from the 1.8 P2=01 form

    QString serialHex() const { return QString::fromLatin1(serial.toHex()).toUpper(); }
    QString appletName() const;
    static std::optional<CardInfo> parse(const QByteArray &data);
};

enum class Sex
{
    Unknown,
    Male,
    Female
};

struct Identity
{
    QByteArray raw;
    std::optional<QByteArray> fileVersion; // tag 0x00, absent on some real cards
    QString cardNumber;
    QByteArray chipNumber;
    QDate validityBegin;
    QDate validityEnd;
    QString deliveryMunicipality;
    QString nationalNumber;
    QString name;
    QString givenNames;
    QString thirdGivenNameInitial;
    QString nationality;
    QString birthPlace;
    BirthDate birthDate;
    Sex sex = Sex::Unknown;
    QString sexCode;
    QString nobleCondition;
    QString documentType;
    QString specialStatus;
    QByteArray photoHash;
    QString duplicate;
    QString specialOrganisation;
    bool memberOfFamily = false;
    QString dateAndCountryOfProtection;
    QString workPermit;
    QString employerVat1;
    QString employerVat2;
    QString regionalFileNumber;
    QByteArray basicKeyHash;
    QMap<int, QByteArray> otherFields; // tags without a field here (0x1B-0x1F and future ones)

    NationalNumber parsedNationalNumber() const { return NationalNumber::parse(nationalNumber); }
    // Parses the file; nullopt with *error set when the TLV structure is broken.
    static std::optional<Identity> parse(const QByteArray &file, QString *error = nullptr);
};

struct Address
{
    QByteArray raw;
    std::optional<QByteArray> fileVersion;
    QString streetAndNumber;
    QString postalCode;
    QString municipality;
    QMap<int, QByteArray> otherFields;

    static std::optional<Address> parse(const QByteArray &file, QString *error = nullptr);
};

// "DD.MM.YYYY" validity dates.
QDate parseCardDate(const QString &text);

} // namespace lars::smartcard

Q_DECLARE_METATYPE(lars::smartcard::CardInfo)
