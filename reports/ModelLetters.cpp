#include "reports/ModelLetters.h"

#include "reports/LetterTemplate.h"
#include "reports/Logging.h"
#include "reports/Resources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

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

const QJsonObject &dossierTexts()
{
    static const QJsonObject json = [] {
        ensureResources();
        QFile f(QStringLiteral(":/lars/templates/nl/dossier.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcReports) << "no dossier.json letter texts";
            return QJsonObject();
        }
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return json;
}

namespace {

const QJsonObject &texts()
{
    return dossierTexts();
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
        rows.append({text("results", key), value, deviating ? check : QString(), deviating});
        if (deviating)
            findings->append(text("results", key) + QStringLiteral(": ") + value);
    }
    return rows;
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
    ParentLetter letter;
    letter.clb = clb;
    letter.staff = staff;
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

ReferralLetter referralLetter(const models::Pupil &pupil, const std::optional<models::Measurement> &consult,
                              const std::optional<models::Activity> &activity, const ClbInfo &clb,
                              const StaffInfo &staff)
{
    ReferralLetter letter;
    letter.clb = clb;
    letter.staff = staff;
    letter.pupil = pupilInfo(pupil);
    letter.recipient.name = text("referral", "recipientName");
    letter.recipient.role = text("referral", "recipientRole");
    QStringList findings;
    if (consult) {
        if (consult->heightCm)
            letter.measurements.append(
                {text("results", "height"), number(*consult->heightCm, 1) + QStringLiteral(" cm"), {}});
        if (consult->weightKg)
            letter.measurements.append(
                {text("results", "weight"), number(*consult->weightKg, 1) + QStringLiteral(" kg"), {}});
        if (const auto bmi = consult->bmi())
            letter.measurements.append({text("results", "bmi"), number(*bmi, 1), {}});
        letter.measurements.append(resultRows(*consult, &findings));
    }
    if (activity) {
        letter.finding = LetterTemplate::fill(text("referral", "findingFromActivity"),
                                              {{QStringLiteral("subject"), activity->subject},
                                               {QStringLiteral("date"), dateText(activity->date)},
                                               {QStringLiteral("text"), activity->text}});
        if (activity->hub && activity->hub->direction == u"referral-to") {
            const QString detail = texts()[u"hubDetails"].toObject()[activity->hub->detail].toString();
            letter.recipient.role = detail.isEmpty() ? activity->hub->detail : detail;
        }
    } else if (consult && !findings.isEmpty()) {
        letter.finding =
            LetterTemplate::fill(text("referral", "findingFromResults"),
                                 {{QStringLiteral("consult"), consultName(consult->contact)},
                                  {QStringLiteral("date"), dateText(consult->date)},
                                  {QStringLiteral("findings"), findings.join(QStringLiteral("; "))}});
    } else {
        letter.finding = text("referral", "findingNone");
    }
    letter.question = text("referral", "question");
    letter.consent = text("referral", "consent");
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
