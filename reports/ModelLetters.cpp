#include "reports/ModelLetters.h"

#include "reports/LetterTemplate.h"
#include "reports/Logging.h"
#include "reports/Resources.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <utility>

namespace lars::reports {

PupilInfo pupilInfo(const models::Pupil &pupil)
{
    PupilInfo p;
    p.firstName = pupil.firstName;
    p.lastName = pupil.lastName;
    p.birthDate = pupil.birthDate;
    p.sex = pupil.sex == u"M" ? models::GrowthReference::Sex::Male : models::GrowthReference::Sex::Female;
    p.school = pupil.schoolName;
    p.className = pupil.className;
    p.reference = QStringLiteral("LARS-%1").arg(pupil.id);
    p.language = pupil.contactLanguage;
    return p;
}

StaffInfo staffInfo(const QString &name, const QString &function, const models::ContactData &contact)
{
    return {name, function, contact.phone.isEmpty() ? contact.gsm : contact.phone, contact.email};
}

AttestLetter attestLetter(const models::Pupil &pupil, const models::Attest &attest, const ClbInfo &clb,
                          const StaffInfo &staff)
{
    AttestLetter letter;
    letter.clb = clb;
    letter.staff = staff;
    if (letter.staff.name.isEmpty())
        letter.staff.name = attest.staff.name;
    letter.pupil = pupilInfo(pupil);
    letter.attestType = attest.type.isEmpty() ? QStringLiteral("ADBIB") : attest.type;
    letter.activityDate = attest.activityDate;
    letter.text = attest.text;
    return letter;
}

namespace {

// The language of the parent letter being built (the parents' contact language): the helpers below read
// their texts in it. Set for the length of parentLetter() only; attests and referral letters, which go to
// schools and doctors, are Dutch.
thread_local QString t_language;

class LanguageScope final
{
public:
    explicit LanguageScope(const QString &language)
        : m_previous(std::exchange(t_language, language))
    {}
    ~LanguageScope() { t_language = m_previous; }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previous;
};

} // namespace

// dossier.json: how dossier data become letter text (letter content is data, like the templates), one per
// language folder of the templates: the one of the parent letter being built, else Dutch.
const QJsonObject &dossierTexts()
{
    static const QHash<QString, QJsonObject> byLanguage = [] {
        ensureResources();
        QHash<QString, QJsonObject> all;
        const QDir root(QStringLiteral(":/lars/templates"));
        for (const QString &language : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(root.filePath(language + QStringLiteral("/dossier.json")));
            if (f.open(QIODevice::ReadOnly))
                all.insert(language, QJsonDocument::fromJson(f.readAll()).object());
        }
        if (!all.contains(QStringLiteral("nl")))
            qCWarning(lcReports) << "no dossier.json letter texts";
        return all;
    }();
    const auto it = byLanguage.constFind(t_language);
    if (it != byLanguage.constEnd())
        return *it;
    static const QJsonObject none;
    const auto dutch = byLanguage.constFind(QStringLiteral("nl"));
    return dutch != byLanguage.constEnd() ? *dutch : none;
}

QString dossierText(QStringView section, const char *key)
{
    return dossierTexts()[section].toObject()[QLatin1String(key)].toString();
}

namespace {

const QJsonObject &texts()
{
    return dossierTexts();
}

// A typed result in the letter's language where dossier.json knows the word ("normaal" → "normal"), else as
// typed.
QString typedValue(const QString &value)
{
    const QString known = texts()[u"values"].toObject()[value.trimmed().toLower()].toString();
    return known.isEmpty() ? value : known;
}

QString text(const char *section, const char *key)
{
    return texts()[QLatin1String(section)].toObject()[QLatin1String(key)].toString();
}

QString number(double value, int decimals)
{
    return QLocale(QLocale::Dutch, QLocale::Belgium).toString(value, 'f', decimals);
}

bool isNormal(const QString &value)
{
    const QJsonArray normal = texts()[u"normal"].toArray();
    return std::any_of(normal.begin(), normal.end(), [&](const QJsonValue &v) {
        return value.trimmed().compare(v.toString(), Qt::CaseInsensitive) == 0;
    });
}

// The consult's results as table rows; findings collects "label: value" of the deviating ones.
QList<ResultRow> resultRows(const models::Measurement &m, QStringList *findings)
{
    QList<ResultRow> rows;
    const QString check = texts()[u"checkRemark"].toString();
    if (m.farVisionLeft || m.farVisionRight) {
        const auto acuity = [](const std::optional<double> &v) {
            return v ? number(*v * 10, 0) + QStringLiteral("/10") : QStringLiteral("–");
        };
        const QString value = LetterTemplate::fill(text("results", "farVisionValue"),
                                                   {{QStringLiteral("right"), acuity(m.farVisionRight)},
                                                    {QStringLiteral("left"), acuity(m.farVisionLeft)}});
        const bool low = m.farVisionLeft.value_or(1) < 0.7 || m.farVisionRight.value_or(1) < 0.7;
        rows.append({text("results", "farVision"), value, low ? check : QString(), low});
        if (low)
            findings->append(text("results", "farVision") + QStringLiteral(": ") + value);
    }
    const QList<std::pair<const char *, QString>> fields = {{"eyeAlignment", m.eyeAlignment},
                                                            {"depthVision", m.depthVision},
                                                            {"colourVision", m.colourVision},
                                                            {"hearingAudiometry", m.hearingAudiometry},
                                                            {"hearingSpeechInNoise", m.hearingSpeechInNoise},
                                                            {"pubertyStage", m.pubertyStage},
                                                            {"vaccinationStatus", m.vaccinationStatus}};
    for (const auto &[key, value] : fields) {
        if (value.isEmpty())
            continue;
        // A puberty stage is a stage, not a result that can be "normal".
        const bool deviating = qstrcmp(key, "pubertyStage") != 0 && !isNormal(value);
        rows.append({text("results", key), typedValue(value), deviating ? check : QString(), deviating});
        if (deviating)
            findings->append(text("results", key) + QStringLiteral(": ") + typedValue(value));
    }
    return rows;
}

// One result of the consult as a table row (label, value, remark), by its item code; nullopt when the consult
// has no such result.
std::optional<ResultRow> resultRow(const models::Measurement &m, const QString &item)
{
    if (!models::Referral::hasResult(m, item))
        return std::nullopt;
    const QByteArray key = item.toLatin1();
    if (item == u"height")
        return ResultRow{text("results", "height"), number(*m.heightCm, 1) + QStringLiteral(" cm"), {}};
    if (item == u"weight")
        return ResultRow{text("results", "weight"), number(*m.weightKg, 1) + QStringLiteral(" kg"), {}};
    if (item == u"bmi")
        return ResultRow{text("results", "bmi"), number(*m.bmi(), 1), {}};
    if (item == u"farVision") {
        QStringList ignored;
        return resultRows(m, &ignored).value(0);
    }
    const QHash<QString, QString> values = {{QStringLiteral("eyeAlignment"), m.eyeAlignment},
                                            {QStringLiteral("depthVision"), m.depthVision},
                                            {QStringLiteral("colourVision"), m.colourVision},
                                            {QStringLiteral("hearingAudiometry"), m.hearingAudiometry},
                                            {QStringLiteral("hearingSpeechInNoise"), m.hearingSpeechInNoise},
                                            {QStringLiteral("pubertyStage"), m.pubertyStage},
                                            {QStringLiteral("vaccinationStatus"), m.vaccinationStatus},
                                            {QStringLiteral("oralHealth"), m.oralHealth}};
    const QString value = values.value(item);
    // A puberty stage is a stage, not a result that can be "normal".
    const bool deviating = item != u"pubertyStage" && !isNormal(value);
    return ResultRow{text("results", key.constData()), value,
                     deviating ? texts()[u"checkRemark"].toString() : QString()};
}

QString dateText(const QDate &date)
{
    return QLocale(QLocale::Dutch, QLocale::Belgium).toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString consultName(const QString &contactCode)
{
    const QString name = texts()[u"contacts"].toObject()[contactCode].toString();
    return name.isEmpty() ? texts()[u"contactFallback"].toString() : name;
}

ClbInfo clbInfo(const QJsonObject &branding)
{
    ClbInfo clb;
    clb.name = branding[u"name"].toString();
    // "Street 10, Town": one line each; the town (without postcode) is the place on the date line.
    for (const QString &line : branding[u"address"].toString().split(u',', Qt::SkipEmptyParts))
        clb.addressLines.append(line.trimmed());
    if (!clb.addressLines.isEmpty()) {
        QString place = clb.addressLines.last();
        static const QRegularExpression postcode(QStringLiteral("^\\d{4}\\s+"));
        clb.place = place.remove(postcode);
    }
    clb.phone = branding[u"phone"].toString();
    clb.email = branding[u"email"].toString();
    QString website = branding[u"website"].toString();
    website.remove(QRegularExpression(QStringLiteral("^https?://")));
    clb.website = website;
    return clb;
}

Branding brandingFromServer(const QJsonObject &json)
{
    Branding branding = Branding::defaults();
    const QJsonObject colours = json[u"colours"].toObject();
    if (const QColor primary(colours[u"primary"].toString()); primary.isValid())
        branding.primary = primary;
    if (const QColor accent(colours[u"accent"].toString()); accent.isValid())
        branding.accent = accent;
    const QJsonArray logos = json[u"logos"].toArray();
    if (logos.isEmpty())
        return branding;
    branding.logos.clear();
    for (qsizetype i = 0; i < logos.size(); ++i) {
        Logo logo;
        logo.data = QByteArray::fromBase64(logos[i].toObject()[u"data"].toString().toLatin1());
        if (logo.data.isEmpty())
            continue;
        logo.position = i == 0                  ? Logo::Position::Left
                        : i == logos.size() - 1 ? Logo::Position::Right
                                                : Logo::Position::Center;
        branding.logos.append(logo);
    }
    return branding;
}

ParentLetter parentLetter(const models::Pupil &pupil, const QList<models::Measurement> &history,
                          const models::Measurement &consult, std::optional<double> fatherHeightCm,
                          std::optional<double> motherHeightCm, const ClbInfo &clb, const StaffInfo &staff)
{
    const LanguageScope language(pupil.contactLanguage);
    ParentLetter letter;
    letter.clb = clb;
    letter.staff = staff;
    if (const QString function = texts()[u"functions"].toObject()[staff.function].toString();
        !function.isEmpty())
        letter.staff.function = function;
    letter.pupil = pupilInfo(pupil);
    letter.consultName = consultName(consult.contact);
    letter.consultDate = consult.date;
    for (const models::Measurement &m : history)
        if (m.date <= consult.date && (m.heightCm || m.weightKg))
            letter.measurements.append({m.date, m.heightCm, m.weightKg});
    std::sort(letter.measurements.begin(), letter.measurements.end(),
              [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    QStringList findings;
    letter.results = resultRows(consult, &findings);
    letter.fatherHeightCm = fatherHeightCm;
    letter.motherHeightCm = motherHeightCm;
    const QHash<QString, QString> context{{QStringLiteral("pupil.firstName"), pupil.firstName}};
    // Exactly what the staff member typed; AdviceCheck refuses the letter when it is missing but needed.
    letter.advice = consult.advice.text;
    letter.nextSteps = LetterTemplate::fill(text("parentLetter", "nextSteps"), context);
    return letter;
}

ReferralLetter referralLetter(const models::Pupil &pupil, const models::Referral &referral,
                              const std::optional<models::Measurement> &consult, const ClbInfo &clb,
                              const StaffInfo &staff)
{
    ReferralLetter letter;
    letter.clb = clb;
    letter.staff = staff;
    letter.pupil = pupilInfo(pupil);
    letter.medical = referral.isMedical();
    letter.recipient.name = referral.recipient.name;
    letter.recipient.addressLines = referral.recipient.address.split(u'\n', Qt::SkipEmptyParts);
    if (letter.medical) {
        letter.recipient.role = texts()[u"referral"][u"roles"][referral.recipient.kind].toString();
    } else {
        letter.recipient.role = referral.recipient.categoryLabel;
        letter.recipient.withArticle = texts()[u"partners"][referral.recipient.detail].toString();
    }
    letter.finding = referral.finding;
    letter.question = referral.question;
    // Exactly the ticked results, nothing else from the consult.
    if (consult && consult->id == referral.consultId)
        for (const QString &item : referral.items)
            if (auto row = resultRow(*consult, item))
                letter.measurements.append(*row);
    if (referral.consent.isGiven())
        letter.consent = LetterTemplate::fill(text("referral", "consentGiven"),
                                              {{QStringLiteral("date"), dateText(referral.consent.date)}});
    return letter;
}

AttestLetter sampleLetter(const ClbInfo &clb, const StaffInfo &staff)
{
    const QJsonObject sample = texts()[u"sample"].toObject();
    AttestLetter letter;
    letter.clb = clb;
    letter.staff = staff;
    letter.pupil.firstName = sample[u"firstName"].toString();
    letter.pupil.lastName = sample[u"lastName"].toString();
    letter.pupil.school = sample[u"school"].toString();
    letter.pupil.className = sample[u"class"].toString();
    letter.pupil.birthDate = QDate::currentDate().addYears(-8);
    letter.activityDate = QDate::currentDate();
    letter.text = sample[u"text"].toString();
    return letter;
}

} // namespace lars::reports
