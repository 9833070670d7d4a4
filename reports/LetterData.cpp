#include "reports/LetterData.h"

#include <QJsonArray>

namespace lars::reports {

namespace {
QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().split(u'\n');
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QDate date(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

QList<ResultRow> rows(const QJsonValue &value)
{
    QList<ResultRow> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o[u"label"].toString(), o[u"value"].toString(), o[u"remark"].toString(),
                    o[u"deviating"].toBool()});
    }
    return out;
}

bool readCommon(const QJsonObject &json, LetterCommon &c, QString *error)
{
    const QJsonObject clb = json[u"clb"].toObject();
    c.clb = {clb[u"name"].toString(),  stringList(clb[u"address"]), clb[u"phone"].toString(),
             clb[u"email"].toString(), clb[u"website"].toString(),  clb[u"place"].toString()};
    const QJsonObject staff = json[u"staff"].toObject();
    c.staff = {staff[u"name"].toString(), staff[u"function"].toString(), staff[u"phone"].toString(),
               staff[u"email"].toString()};
    const QJsonObject pupil = json[u"pupil"].toObject();
    c.pupil.firstName = pupil[u"firstName"].toString();
    c.pupil.lastName = pupil[u"lastName"].toString();
    c.pupil.birthDate = date(pupil[u"birthDate"]);
    const QString sex = pupil[u"sex"].toString().toLower();
    c.pupil.sex = (sex == u"male" || sex == u"m") ? models::GrowthReference::Sex::Male
                                                  : models::GrowthReference::Sex::Female;
    c.pupil.school = pupil[u"school"].toString();
    c.pupil.className = pupil[u"class"].toString();
    c.pupil.reference = pupil[u"reference"].toString();
    c.pupil.language = pupil[u"language"].toString();
    c.letterDate = date(json[u"letterDate"]);
    if (c.clb.name.isEmpty() || c.pupil.fullName().isEmpty()) {
        if (error)
            *error = QStringLiteral("clb.name and the pupil's name are required");
        return false;
    }
    return true;
}
} // namespace

QString templateName(LetterType type)
{
    switch (type) {
    case LetterType::Attest:
        return QStringLiteral("adbib");
    case LetterType::ParentLetter:
        return QStringLiteral("ouderbrief");
    case LetterType::Referral:
        return QStringLiteral("doorverwijsbrief");
    }
    return {};
}

std::optional<LetterType> letterTypeFromName(const QString &name)
{
    for (LetterType t : {LetterType::Attest, LetterType::ParentLetter, LetterType::Referral})
        if (templateName(t) == name)
            return t;
    return std::nullopt;
}

LetterType letterType(const AnyLetter &letter)
{
    return static_cast<LetterType>(letter.index());
}

const LetterCommon &common(const AnyLetter &letter)
{
    return std::visit([](const auto &l) -> const LetterCommon & { return l; }, letter);
}

std::optional<AnyLetter> letterFromJson(LetterType type, const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<AnyLetter> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    switch (type) {
    case LetterType::Attest: {
        AttestLetter l;
        if (!readCommon(json, l, error))
            return std::nullopt;
        const QJsonObject a = json[u"activity"].toObject();
        l.activityDate = date(a[u"date"]);
        // The attest carries the activity's date; without one there is nothing to attest.
        if (!l.activityDate.isValid())
            return fail(QStringLiteral("activity.date (YYYY-MM-DD) is required for an attest"));
        if (a.contains(u"type"))
            l.attestType = a[u"type"].toString();
        l.activitySubject = a[u"subject"].toString();
        l.text = a[u"text"].toString();
        return l;
    }
    case LetterType::ParentLetter: {
        ParentLetter l;
        if (!readCommon(json, l, error))
            return std::nullopt;
        const QJsonObject consult = json[u"consult"].toObject();
        l.consultName = consult[u"name"].toString();
        l.consultDate = date(consult[u"date"]);
        for (const QJsonValue &v : json[u"measurements"].toArray()) {
            const QJsonObject m = v.toObject();
            l.measurements.append({date(m[u"date"]), number(m[u"heightCm"]), number(m[u"weightKg"])});
        }
        l.results = rows(json[u"results"]);
        const QJsonObject parents = json[u"parents"].toObject();
        l.fatherHeightCm = number(parents[u"fatherHeightCm"]);
        l.motherHeightCm = number(parents[u"motherHeightCm"]);
        l.advice = json[u"advice"].toString();
        l.nextSteps = json[u"nextSteps"].toString();
        return l;
    }
    case LetterType::Referral: {
        ReferralLetter l;
        if (!readCommon(json, l, error))
            return std::nullopt;
        const QJsonObject r = json[u"recipient"].toObject();
        l.recipient = {r[u"name"].toString(), r[u"role"].toString(), stringList(r[u"address"]),
                       r[u"withArticle"].toString()};
        l.medical = json[u"medical"].toBool(true);
        l.finding = json[u"finding"].toString();
        l.question = json[u"question"].toString();
        l.measurements = rows(json[u"measurements"]);
        l.consent = json[u"consent"].toString();
        return l;
    }
    }
    return fail(QStringLiteral("unknown letter type"));
}

} // namespace lars::reports
