// JsonWriter writes the bytes QJsonDocument::Compact writes (the server's answers changed writer, not
// form), and Pupil::writeJson is the one mapping of a pupil: its bytes, toJson() and fromJson() agree.
#include "models/JsonWriter.h"
#include "models/Pupil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace lars::models;

Q_DECLARE_METATYPE(lars::models::Pupil)

namespace {
QByteArray qtBytes(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

QString fromUtf16(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(units.begin()), qsizetype(units.size()));
}
} // namespace

class TestJsonWriter final : public QObject
{
    Q_OBJECT
private slots:
    void stringsAsQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("Jan Jansen");
        QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c/d");
        QTest::newRow("NUL") << fromUtf16({u'a', 0, u'b'});
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        QTest::newRow("every control character") << controls + QChar(0x7f);
        QTest::newRow("Latin-1 and accents") << QStringLiteral("Ëlise Çelik Strauß é");
        QTest::newRow("dotless i") << QStringLiteral("Yılmaz");
        QTest::newRow("line and paragraph separators") << QStringLiteral("a\u2028b\u2029c");
        QTest::newRow("BOM and U+FFFF") << fromUtf16({0xfeff, 0xffff, 0xfffd});
        QTest::newRow("astral pair") << QStringLiteral("😀 𝄞");
        QTest::newRow("lone high surrogate") << fromUtf16({u'x', 0xd800, u'y'});
        QTest::newRow("lone low surrogate") << fromUtf16({0xdc00, u'z'});
        QTest::newRow("high surrogate at the end") << fromUtf16({u'a', 0xdbff});
        QTest::newRow("two high surrogates then a low") << fromUtf16({0xd83d, 0xd83d, 0xde00});
        QTest::newRow("reversed pair") << fromUtf16({0xde00, 0xd83d});
        QTest::newRow("HTML") << QStringLiteral("</script><!-- & 'x'");
    }
    void stringsAsQt()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginArray().value(text).endArray();
        QCOMPARE(w.bytes(), qtBytes(text));
    }

    void numbersAsQt_data()
    {
        QTest::addColumn<double>("number");
        for (const double d :
             {0.0, -0.0, 1.0, -1.5, 0.1, 170.4, 1e21, 1e-7, 123456789.125, 2.5e300,
              std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max(),
              std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()})
            QTest::newRow(QByteArray::number(d, 'g', 17).constData()) << d;
    }
    void numbersAsQt()
    {
        QFETCH(double, number);
        JsonWriter w;
        w.beginArray().value(number).endArray();
        QCOMPARE(w.bytes(), qtBytes(number));
    }

    void integersAsQt()
    {
        for (const qint64 n : {qint64(0), qint64(-1), qint64(42), std::numeric_limits<qint64>::max(),
                               std::numeric_limits<qint64>::min(), qint64(1) << 53}) {
            JsonWriter w;
            w.beginArray().value(n).endArray();
            QCOMPARE(w.bytes(), qtBytes(QJsonValue(n)));
        }
    }

    void datesAsQt()
    {
        for (const QDate &d : {QDate(2015, 1, 1), QDate(1999, 12, 31), QDate(5, 6, 7), QDate(),
                               QDate(10000, 1, 1), QDate(-44, 3, 15)}) {
            JsonWriter w;
            w.beginArray().value(d).endArray();
            QCOMPARE(w.bytes(), qtBytes(d.toString(Qt::ISODate)));
        }
    }

    void nestingAsQt()
    {
        JsonWriter w;
        w.beginObject()
            .key("a")
            .beginArray()
            .value(true)
            .null()
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .endArray()
            .field("b", false)
            .key("c")
            .beginObject()
            .field("d", QStringLiteral("e"))
            .endObject()
            .endObject();
        const QJsonObject expected{
            {QStringLiteral("a"), QJsonArray{true, QJsonValue(), QJsonObject(), QJsonArray()}},
            {QStringLiteral("b"), false},
            {QStringLiteral("c"), QJsonObject{{QStringLiteral("d"), QStringLiteral("e")}}}};
        QCOMPARE(w.bytes(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void pupilOneMapping_data()
    {
        QTest::addColumn<Pupil>("pupil");
        Pupil full;
        full.id = 120196;
        full.nationalNumber = QStringLiteral("15010112345");
        full.firstName = QStringLiteral("Ëlise \"Lis\"");
        full.lastName = QStringLiteral("Van den Bossche\u2028\t");
        full.birthDate = QDate(2015, 1, 1);
        full.sex = QStringLiteral("F");
        full.clbId = 1;
        full.schoolId = 7;
        full.schoolName = QStringLiteral("Basisschool De Regenboog");
        full.classId = 12;
        full.className = QStringLiteral("3B");
        full.bridgingHelp = true;
        full.contactLanguage = QStringLiteral("fr");
        full.version = 3;
        QTest::newRow("every field") << full;
        Pupil bis = full;
        bis.nationalNumber.clear();
        bis.bisNumber = QStringLiteral("15410112345");
        bis.classId = 0;
        bis.className.clear();
        bis.bridgingHelp = false;
        bis.firstName = QStringLiteral("Yılmaz 😀");
        QTest::newRow("BIS number, no class") << bis;
    }
    void pupilOneMapping()
    {
        QFETCH(Pupil, pupil);
        JsonWriter w;
        pupil.writeJson(w);
        const QJsonObject object = pupil.toJson();
        QCOMPARE(w.bytes(), QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(object.size(), 13);
        QVERIFY(object.value(QLatin1String(pupil.nationalNumber.isEmpty() ? "nationalNumber" : "bisNumber"))
                    .isNull());
        const Pupil back = Pupil::fromJson(QJsonDocument::fromJson(w.bytes()).object());
        QCOMPARE(back.id, pupil.id);
        QCOMPARE(back.nationalNumber, pupil.nationalNumber);
        QCOMPARE(back.bisNumber, pupil.bisNumber);
        QCOMPARE(back.firstName, pupil.firstName);
        QCOMPARE(back.lastName, pupil.lastName);
        QCOMPARE(back.birthDate, pupil.birthDate);
        QCOMPARE(back.sex, pupil.sex);
        QCOMPARE(back.clbId, pupil.clbId);
        QCOMPARE(back.schoolId, pupil.schoolId);
        QCOMPARE(back.schoolName, pupil.schoolName);
        QCOMPARE(back.classId, pupil.classId);
        QCOMPARE(back.className, pupil.className);
        QCOMPARE(back.bridgingHelp, pupil.bridgingHelp);
        QCOMPARE(back.contactLanguage, pupil.contactLanguage);
        QCOMPARE(back.version, pupil.version);
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_json_writer.moc"
