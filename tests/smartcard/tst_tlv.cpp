// TLV parsing of the identity and address files: every tag, long lengths, missing version tag, empty
// fields, padding, truncation.
#include "smartcard/CardData.h"
#include "smartcard/Tlv.h"

#include <QTest>

using namespace lars::smartcard;

namespace {
QByteArray field(quint8 tag, const QByteArray &value)
{
    QByteArray out(1, char(tag));
    qsizetype length = value.size();
    while (length >= 255) {
        out.append(char(0xff));
        length -= 255;
    }
    out.append(char(length));
    return out + value;
}
} // namespace

class TestTlv final : public QObject
{
    Q_OBJECT
private slots:
    void simpleFields()
    {
        const QByteArray data = field(0x01, "abc") + field(0x02, "de");
        const TlvParseResult r = parseTlv(data);
        QVERIFY(r.ok());
        QCOMPARE(r.fields.size(), 2);
        QCOMPARE(r.fields[0].tag, quint8(0x01));
        QCOMPARE(r.fields[0].value, QByteArray("abc"));
        QCOMPARE(r.value(0x02), std::optional<QByteArray>("de"));
        QVERIFY(!r.value(0x03));
    }
    void longLength_data()
    {
        QTest::addColumn<int>("length");
        for (int n : {0, 1, 254, 255, 256, 260, 509, 510, 511, 1000})
            QTest::addRow("%d", n) << n;
    }
    void longLength()
    {
        QFETCH(int, length);
        const QByteArray value(length, 'x');
        const QByteArray data = field(0x07, value) + field(0x08, "y");
        const TlvParseResult r = parseTlv(data);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value(0x07)->size(), length);
        QCOMPARE(*r.value(0x08), QByteArray("y"));
    }
    void ffLengthEncodingExactly()
    {
        // FF 05 = 260 per the reference.
        QByteArray data = QByteArray::fromHex("07FF05") + QByteArray(260, 'a');
        const TlvParseResult r = parseTlv(data);
        QVERIFY(r.ok());
        QCOMPARE(r.value(0x07)->size(), 260);
    }
    void emptyFieldsAndPadding()
    {
        const QByteArray data = field(0x0E, {}) + field(0x0F, "01") + field(0x14, {}) + QByteArray(40, '\0');
        const TlvParseResult r = parseTlv(data);
        QVERIFY(r.ok());
        QCOMPARE(r.fields.size(), 3);
        QCOMPARE(*r.value(0x0E), QByteArray());
        QCOMPARE(*r.value(0x14), QByteArray());
    }
    void onlyPadding()
    {
        QVERIFY(parseTlv(QByteArray(117, '\0')).ok());
        QVERIFY(parseTlv(QByteArray(117, '\0')).fields.isEmpty());
        QVERIFY(parseTlv({}).ok());
    }
    void versionTagZeroIsAField()
    {
        const QByteArray data = field(0x00, QByteArray(1, '\x01')) + field(0x01, "592712345678");
        const TlvParseResult r = parseTlv(data);
        QVERIFY(r.ok());
        QCOMPARE(r.fields.size(), 2);
        QCOMPARE(r.fields[0].tag, quint8(0));
    }
    void truncated_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addRow("value cut") << QByteArray::fromHex("0105616263");
        QTest::addRow("length missing") << QByteArray::fromHex("010161"
                                                               "02");
        QTest::addRow("ff run without end") << QByteArray::fromHex("07FFFF");
        QTest::addRow("long length cut") << (QByteArray::fromHex("07FF05") + QByteArray(100, 'a'));
    }
    void truncated()
    {
        QFETCH(QByteArray, data);
        const TlvParseResult r = parseTlv(data);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }
    void identityAllTags()
    {
        QByteArray f;
        f += field(0x00, QByteArray(1, '\x01'));
        f += field(0x01, "592712345678");
        f += field(0x02, QByteArray::fromHex("0102030405060708090A0B0C0D0E0F10"));
        f += field(0x03, "15.03.2021");
        f += field(0x04, "15.03.2031");
        f += field(0x05, "Leuven");
        f += field(0x06, "85071512397");
        f += field(0x07, QStringLiteral("Van den Brûle-Ëlisè").toUtf8());
        f += field(0x08, "An Maria");
        f += field(0x09, "J");
        f += field(0x0A, "Belg");
        f += field(0x0B, "Leuven");
        f += field(0x0C, "15 JUL 1985");
        f += field(0x0D, "V");
        f += field(0x0E, {});
        f += field(0x0F, "01");
        f += field(0x10, "0");
        f += field(0x11, QByteArray(48, '\x11'));
        f += field(0x12, "01");
        f += field(0x13, "1");
        f += field(0x14, {});
        f += field(0x15, "01.01.2020 BE");
        f += field(0x16, "A");
        f += field(0x17, "BE0123456789");
        f += field(0x18, "BE0987654321");
        f += field(0x19, "R123");
        f += field(0x1A, QByteArray(48, '\x1a'));
        f += field(0x1B, "brexit");
        f += field(0x1F, "eu");
        f += QByteArray(12, '\0');
        QString error;
        const auto id = Identity::parse(f, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(id->fileVersion, std::optional<QByteArray>(QByteArray(1, '\x01')));
        QCOMPARE(id->cardNumber, QStringLiteral("592712345678"));
        QCOMPARE(id->chipNumber.size(), 16);
        QCOMPARE(id->validityBegin, QDate(2021, 3, 15));
        QCOMPARE(id->validityEnd, QDate(2031, 3, 15));
        QCOMPARE(id->deliveryMunicipality, QStringLiteral("Leuven"));
        QCOMPARE(id->nationalNumber, QStringLiteral("85071512397"));
        QVERIFY(id->parsedNationalNumber().valid);
        QCOMPARE(id->name, QStringLiteral("Van den Brûle-Ëlisè"));
        QCOMPARE(id->givenNames, QStringLiteral("An Maria"));
        QCOMPARE(id->thirdGivenNameInitial, QStringLiteral("J"));
        QCOMPARE(id->nationality, QStringLiteral("Belg"));
        QCOMPARE(id->birthPlace, QStringLiteral("Leuven"));
        QCOMPARE(id->birthDate.toDate(), QDate(1985, 7, 15));
        QCOMPARE(id->sex, Sex::Female);
        QCOMPARE(id->nobleCondition, QString());
        QCOMPARE(id->documentType, QStringLiteral("01"));
        QCOMPARE(id->specialStatus, QStringLiteral("0"));
        QCOMPARE(id->photoHash, QByteArray(48, '\x11'));
        QCOMPARE(id->duplicate, QStringLiteral("01"));
        QCOMPARE(id->specialOrganisation, QStringLiteral("1"));
        QVERIFY(id->memberOfFamily);
        QCOMPARE(id->dateAndCountryOfProtection, QStringLiteral("01.01.2020 BE"));
        QCOMPARE(id->workPermit, QStringLiteral("A"));
        QCOMPARE(id->employerVat1, QStringLiteral("BE0123456789"));
        QCOMPARE(id->employerVat2, QStringLiteral("BE0987654321"));
        QCOMPARE(id->regionalFileNumber, QStringLiteral("R123"));
        QCOMPARE(id->basicKeyHash, QByteArray(48, '\x1a'));
        QCOMPARE(id->otherFields.value(0x1B), QByteArray("brexit"));
        QCOMPARE(id->otherFields.value(0x1F), QByteArray("eu"));
    }
    void identityWithoutVersionTag()
    {
        const QByteArray f = field(0x01, "592712345678") + field(0x07, "Claes") + field(0x0D, "M");
        const auto id = Identity::parse(f);
        QVERIFY(id);
        QVERIFY(!id->fileVersion);
        QCOMPARE(id->name, QStringLiteral("Claes"));
        QCOMPARE(id->sex, Sex::Male);
        QVERIFY(!id->memberOfFamily);
    }
    void identityLongName()
    {
        const QString longName = QString(300, QChar(0x00E9)); // 600 UTF-8 bytes
        const auto id = Identity::parse(field(0x07, longName.toUtf8()));
        QVERIFY(id);
        QCOMPARE(id->name, longName);
    }
    void identityBroken()
    {
        QString error;
        QVERIFY(!Identity::parse(QByteArray::fromHex("0720414243"), &error));
        QVERIFY(error.contains(QStringLiteral("identity")));
    }
    void address()
    {
        QByteArray f = field(0x01, QStringLiteral("Rue de l'Église 5").toUtf8()) + field(0x02, "1000") +
                       field(0x03, "Bruxelles");
        f += QByteArray(117 - f.size(), '\0');
        const auto a = Address::parse(f);
        QVERIFY(a);
        QCOMPARE(a->streetAndNumber, QStringLiteral("Rue de l'Église 5"));
        QCOMPARE(a->postalCode, QStringLiteral("1000"));
        QCOMPARE(a->municipality, QStringLiteral("Bruxelles"));
        QVERIFY(!a->fileVersion);
    }
    void cardInfo()
    {
        QByteArray d = QByteArray::fromHex("0102030405060708090A0B0C0D0E0F10"
                                           "A5030101"
                                           "01"
                                           "18"
                                           "0002"
                                           "01"
                                           "00"
                                           "00"
                                           "0F");
        QCOMPARE(d.size(), 28);
        auto info = CardInfo::parse(d);
        QVERIFY(info);
        QCOMPARE(info->applet, AppletVersion::V18);
        QCOMPARE(info->serial.size(), 16);
        QCOMPARE(info->osVersion, quint16(0x0002));
        QCOMPARE(info->lifeCycle, quint8(0x0F));
        QCOMPARE(info->pinTriesLeft, -1);
        d += QByteArray::fromHex("020000");
        info = CardInfo::parse(d);
        QCOMPARE(info->pinTriesLeft, 2);
        d[21] = char(0x17);
        QCOMPARE(CardInfo::parse(d)->applet, AppletVersion::V17);
        d[21] = char(0x16);
        QCOMPARE(CardInfo::parse(d)->applet, AppletVersion::Unknown);
        QVERIFY(!CardInfo::parse(d.left(27)));
    }
};

QTEST_APPLESS_MAIN(TestTlv)
#include "tst_tlv.moc"
