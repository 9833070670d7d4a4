// Birth dates as the identity file writes them: Dutch, French and German month forms, blanks for
// unknown parts; and national register numbers with their check digits (19xx and 20xx births, BIS).
#include "smartcard/BirthDate.h"
#include "smartcard/NationalNumber.h"

#include <QTest>

using namespace lars::smartcard;

class TestBirthDate final : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        const QStringList nl = {QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAAR"),
                                QStringLiteral("APR"), QStringLiteral("MEI"), QStringLiteral("JUN"),
                                QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                QStringLiteral("OKT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
        const QStringList fr = {QStringLiteral("JAN"),  QStringLiteral("FEV"),  QStringLiteral("MARS"),
                                QStringLiteral("AVR"),  QStringLiteral("MAI"),  QStringLiteral("JUIN"),
                                QStringLiteral("JUIL"), QStringLiteral("AOUT"), QStringLiteral("SEPT"),
                                QStringLiteral("OCT"),  QStringLiteral("NOV"),  QStringLiteral("DEC")};
        const QStringList de = {QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MÄR"),
                                QStringLiteral("APR"), QStringLiteral("MAI"), QStringLiteral("JUN"),
                                QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                QStringLiteral("OKT"), QStringLiteral("NOV"), QStringLiteral("DEZ")};
        for (int m = 0; m < 12; ++m) {
            QTest::addRow("nl %d", m + 1) << QStringLiteral("14 %1 1987").arg(nl[m]) << 1987 << m + 1 << 14;
            QTest::addRow("fr %d", m + 1) << QStringLiteral("03 %1 2004").arg(fr[m]) << 2004 << m + 1 << 3;
            QTest::addRow("de %d", m + 1) << QStringLiteral("28.%1.1960").arg(de[m]) << 1960 << m + 1 << 28;
        }
        QTest::addRow("de with dots after month") << QStringLiteral("01.MÄR. 1990") << 1990 << 3 << 1;
        QTest::addRow("lower case, accents") << QStringLiteral("15 févr 1999") << 1999 << 2 << 15;
        QTest::addRow("août") << QStringLiteral("15 AOÛT 1999") << 1999 << 8 << 15;
        QTest::addRow("one-digit day") << QStringLiteral("5 MEI 1970") << 1970 << 5 << 5;
        QTest::addRow("unknown day") << QStringLiteral("   JAN 1970") << 1970 << 1 << 0;
        QTest::addRow("unknown day and month") << QStringLiteral("        1955") << 1955 << 0 << 0;
        QTest::addRow("year only") << QStringLiteral("1955") << 1955 << 0 << 0;
        QTest::addRow("leap day") << QStringLiteral("29 FEB 2000") << 2000 << 2 << 29;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        const BirthDate d = BirthDate::parse(text);
        QVERIFY2(d.isValid(), qPrintable(text));
        QCOMPARE(d.year, year);
        QCOMPARE(d.month, month);
        QCOMPARE(d.day, day);
        QCOMPARE(d.raw, text);
        QCOMPARE(d.isComplete(), month > 0 && day > 0);
    }
    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("garbage") << QStringLiteral("hello");
        QTest::addRow("unknown month") << QStringLiteral("14 FOO 1987");
        QTest::addRow("day 32") << QStringLiteral("32 JAN 1987");
        QTest::addRow("30 february") << QStringLiteral("30 FEB 2001");
        QTest::addRow("29 february non-leap") << QStringLiteral("29 FEB 2001");
        QTest::addRow("short year") << QStringLiteral("14 JAN 87");
        QTest::addRow("three-digit day") << QStringLiteral("123 JAN 1987");
    }
    void invalid()
    {
        QFETCH(QString, text);
        QVERIFY(!BirthDate::parse(text).isValid());
    }
    void iso()
    {
        QCOMPARE(BirthDate::parse(QStringLiteral("14 MAAR 1987")).toIsoString(),
                 QStringLiteral("1987-03-14"));
        QCOMPARE(BirthDate::parse(QStringLiteral("   MAAR 1987")).toIsoString(), QStringLiteral("1987-03"));
        QCOMPARE(BirthDate::parse(QStringLiteral("1987")).toIsoString(), QStringLiteral("1987"));
        QCOMPARE(BirthDate::parse(QStringLiteral("14 MAAR 1987")).toDate(), QDate(1987, 3, 14));
    }

    void nationalNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("from2000");
        QTest::addColumn<bool>("bis");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addRow("1985, check 97")
            << QStringLiteral("85071512397") << true << false << false << 1985 << 7 << 15;
        QTest::addRow("1985") << QStringLiteral("85073003328") << true << false << false << 1985 << 7 << 30;
        QTest::addRow("printed form")
            << QStringLiteral("85.07.30-033.28") << true << false << false << 1985 << 7 << 30;
        QTest::addRow("born 2000") << QStringLiteral("00012556777") << true << true << false << 2000 << 1
                                   << 25;
        QTest::addRow("born 2012") << QStringLiteral("12053000194") << true << true << false << 2012 << 5
                                   << 30;
        QTest::addRow("BIS +40") << QStringLiteral("85471512386") << true << false << true << 1985 << 7 << 15;
        QTest::addRow("BIS +20") << QStringLiteral("85271512343") << true << false << true << 1985 << 7 << 15;
        QTest::addRow("wrong check digits")
            << QStringLiteral("85071512398") << false << false << false << 0 << 0 << 0;
        QTest::addRow("2000 digits taken as 1900")
            << QStringLiteral("00012556748") << true << false << false << 1900 << 1 << 25;
        QTest::addRow("too short") << QStringLiteral("8507151239") << false << false << false << 0 << 0 << 0;
        QTest::addRow("letters") << QStringLiteral("8507151239A") << false << false << false << 0 << 0 << 0;
    }
    void nationalNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, from2000);
        QFETCH(bool, bis);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        const NationalNumber n = NationalNumber::parse(text);
        QCOMPARE(n.valid, valid);
        if (!valid)
            return;
        QCOMPARE(n.bornFrom2000, from2000);
        QCOMPARE(n.bis, bis);
        QCOMPARE(n.birthYear, year);
        QCOMPARE(n.birthMonth, month);
        QCOMPARE(n.birthDay, day);
    }
    void nationalNumberFormatted()
    {
        QCOMPARE(NationalNumber::parse(QStringLiteral("85073003328")).formatted(),
                 QStringLiteral("85.07.30-033.28"));
        QCOMPARE(NationalNumber::parse(QStringLiteral("85073003328")).sequence, 33);
    }
};

QTEST_APPLESS_MAIN(TestBirthDate)
#include "tst_birthdate.moc"
