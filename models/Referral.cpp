#include "models/Referral.h"

#include "models/JsonReader.h"

#include <QHash>
#include <QJsonArray>

namespace lars::models {

namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

// "items": an array of distinct item codes, at most one of each.
QStringList readItems(JsonReader &r)
{
    const auto v = r.value(QStringLiteral("items"), JsonReader::Optional);
    if (!v)
        return {};
    if (!v->isArray()) {
        r.addError(QStringLiteral("items"), QStringLiteral("type"), QStringLiteral("must be an array"));
        return {};
    }
    QStringList items;
    const QStringList known = Referral::itemCodes();
    const QJsonArray array = v->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("items[%1]").arg(i);
        const QString code = array.at(i).toString();
        if (!array.at(i).isString() || !known.contains(code))
            r.addError(field, QStringLiteral("enum"),
                       QStringLiteral("must be one of: %1").arg(known.join(QStringLiteral(", "))));
        else if (items.contains(code))
            r.addError(field, QStringLiteral("duplicate"), QStringLiteral("is listed twice"));
        else
            items.append(code);
    }
    return items;
}

ReferralConsent readConsent(JsonReader &r, FieldErrors *errors)
{
    ReferralConsent consent;
    const auto o = r.object(QStringLiteral("consent"), JsonReader::Required);
    if (!o)
        return consent;
    JsonReader c(*o, QStringLiteral("consent"));
    consent.status = c.oneOf(QStringLiteral("status"), JsonReader::Required, ReferralConsent::statuses())
                         .value_or(QString());
    consent.date = c.date(QStringLiteral("date"), JsonReader::Nullable).value_or(QDate());
    // A recorded answer has the day it was given; "not asked" has none.
    if (consent.status == u"not-asked" && consent.date.isValid())
        c.addError(QStringLiteral("date"), QStringLiteral("not-allowed"),
                   QStringLiteral("parents who were not asked have no date of answer"));
    else if (!consent.status.isEmpty() && consent.status != u"not-asked" && !consent.date.isValid() &&
             (!c.contains(QStringLiteral("date")) || c.isNull(QStringLiteral("date"))))
        c.addError(QStringLiteral("date"), QStringLiteral("required"),
                   QStringLiteral("the day the parents answered is needed"));
    else if (consent.date > QDate::currentDate().addDays(1))
        c.addError(QStringLiteral("date"), QStringLiteral("range"),
                   QStringLiteral("must not be in the future"));
    *errors += c.finish();
    return consent;
}

ReferralRecipient readRecipient(JsonReader &r, bool medical, FieldErrors *errors)
{
    ReferralRecipient recipient;
    const auto o =
        r.object(QStringLiteral("recipient"), medical ? JsonReader::Required : JsonReader::Optional);
    if (!o)
        return recipient;
    JsonReader p(*o, QStringLiteral("recipient"));
    if (medical) {
        recipient.kind =
            p.oneOf(QStringLiteral("kind"), JsonReader::Required, ReferralRecipient::medicalKinds())
                .value_or(QString());
        recipient.name = p.string(QStringLiteral("name"), JsonReader::Required, 200).value_or(QString());
        if (recipient.name.trimmed().isEmpty() && p.contains(QStringLiteral("name")))
            p.addError(QStringLiteral("name"), QStringLiteral("required"),
                       QStringLiteral("must not be empty"));
    }
    // A partner is named by the activity; only its address may be typed.
    recipient.address =
        p.string(QStringLiteral("address"), JsonReader::Optional, 1000, true).value_or(QString());
    *errors += p.finish();
    return recipient;
}

QString requiredText(JsonReader &r, const QString &name)
{
    const auto text = r.string(name, JsonReader::Required, 10000, true);
    if (text && text->trimmed().isEmpty())
        r.addError(name, QStringLiteral("required"), QStringLiteral("must not be empty"));
    return text.value_or(QString());
}

} // namespace

QStringList Referral::itemCodes()
{
    return {QStringLiteral("height"),
            QStringLiteral("weight"),
            QStringLiteral("bmi"),
            QStringLiteral("farVision"),
            QStringLiteral("eyeAlignment"),
            QStringLiteral("depthVision"),
            QStringLiteral("colourVision"),
            QStringLiteral("hearingAudiometry"),
            QStringLiteral("hearingSpeechInNoise"),
            QStringLiteral("pubertyStage"),
            QStringLiteral("vaccinationStatus"),
            QStringLiteral("oralHealth")};
}

bool Referral::hasResult(const Measurement &m, const QString &item)
{
    if (item == u"height")
        return m.heightCm.has_value();
    if (item == u"weight")
        return m.weightKg.has_value();
    if (item == u"bmi")
        return m.bmi().has_value();
    if (item == u"farVision")
        return m.farVisionLeft.has_value() || m.farVisionRight.has_value();
    const QHash<QString, QString> texts = {{QStringLiteral("eyeAlignment"), m.eyeAlignment},
                                           {QStringLiteral("depthVision"), m.depthVision},
                                           {QStringLiteral("colourVision"), m.colourVision},
                                           {QStringLiteral("hearingAudiometry"), m.hearingAudiometry},
                                           {QStringLiteral("hearingSpeechInNoise"), m.hearingSpeechInNoise},
                                           {QStringLiteral("pubertyStage"), m.pubertyStage},
                                           {QStringLiteral("vaccinationStatus"), m.vaccinationStatus},
                                           {QStringLiteral("oralHealth"), m.oralHealth}};
    return !texts.value(item).trimmed().isEmpty();
}

QJsonObject Referral::toJson() const
{
    QJsonObject to{{QStringLiteral("kind"), recipient.kind},
                   {QStringLiteral("name"), recipient.name},
                   {QStringLiteral("address"), recipient.address}};
    if (kind == partner) {
        to.insert(QStringLiteral("category"), recipient.category);
        to.insert(QStringLiteral("categoryLabel"), recipient.categoryLabel);
        to.insert(QStringLiteral("detail"), recipient.detail);
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("consultId"), idOrNull(consultId)},
        {QStringLiteral("activityId"), idOrNull(activityId)},
        {QStringLiteral("recipient"), to},
        {QStringLiteral("finding"), finding},
        {QStringLiteral("question"), question},
        {QStringLiteral("items"), QJsonArray::fromStringList(items)},
        {QStringLiteral("consent"), QJsonObject{{QStringLiteral("status"), consent.status},
                                                {QStringLiteral("date"), dateOrNull(consent.date)},
                                                {QStringLiteral("recordedBy"), consent.recordedBy.toJson()}}},
        {QStringLiteral("staff"), staff.toJson()},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)}};
}

QJsonObject Referral::createBody() const
{
    QJsonObject body{{QStringLiteral("kind"), kind},
                     {QStringLiteral("finding"), finding},
                     {QStringLiteral("question"), question},
                     {QStringLiteral("items"), QJsonArray::fromStringList(items)}};
    if (consultId > 0)
        body.insert(QStringLiteral("consultId"), consultId);
    if (activityId > 0)
        body.insert(QStringLiteral("activityId"), activityId);
    QJsonObject to{{QStringLiteral("address"), recipient.address}};
    if (kind == medical) {
        to.insert(QStringLiteral("kind"), recipient.kind);
        to.insert(QStringLiteral("name"), recipient.name);
    }
    body.insert(QStringLiteral("recipient"), to);
    QJsonObject c{{QStringLiteral("status"), consent.status}};
    if (consent.date.isValid() && consent.status != u"not-asked")
        c.insert(QStringLiteral("date"), consent.date.toString(Qt::ISODate));
    body.insert(QStringLiteral("consent"), c);
    return body;
}

Referral Referral::fromJson(const QJsonObject &o)
{
    Referral r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.kind = o.value(QLatin1String("kind")).toString();
    r.consultId = o.value(QLatin1String("consultId")).toInteger();
    r.activityId = o.value(QLatin1String("activityId")).toInteger();
    const QJsonObject to = o.value(QLatin1String("recipient")).toObject();
    r.recipient.kind = to.value(QLatin1String("kind")).toString();
    r.recipient.name = to.value(QLatin1String("name")).toString();
    r.recipient.address = to.value(QLatin1String("address")).toString();
    r.recipient.category = to.value(QLatin1String("category")).toString();
    r.recipient.categoryLabel = to.value(QLatin1String("categoryLabel")).toString();
    r.recipient.detail = to.value(QLatin1String("detail")).toString();
    r.finding = o.value(QLatin1String("finding")).toString();
    r.question = o.value(QLatin1String("question")).toString();
    for (const auto &v : o.value(QLatin1String("items")).toArray())
        r.items.append(v.toString());
    const QJsonObject consent = o.value(QLatin1String("consent")).toObject();
    r.consent.status = consent.value(QLatin1String("status")).toString();
    r.consent.date = QDate::fromString(consent.value(QLatin1String("date")).toString(), Qt::ISODate);
    r.consent.recordedBy = StaffRef::fromJson(consent.value(QLatin1String("recordedBy")));
    r.staff = StaffRef::fromJson(o.value(QLatin1String("staff")));
    r.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    return r;
}

std::optional<Referral> Referral::parse(const QJsonObject &o, FieldErrors *errors)
{
    JsonReader r(o);
    Referral ref;
    ref.kind = r.oneOf(QStringLiteral("kind"), JsonReader::Required, {medical, partner}).value_or(QString());
    const qint64 maxId = std::numeric_limits<qint64>::max() / 2;
    ref.consultId = r.integer(QStringLiteral("consultId"),
                              ref.isMedical() ? JsonReader::Required : JsonReader::Nullable, 1, maxId)
                        .value_or(0);
    ref.activityId = r.integer(QStringLiteral("activityId"),
                               ref.kind == partner ? JsonReader::Required : JsonReader::Nullable, 1, maxId)
                         .value_or(0);
    if (ref.isMedical() && ref.activityId > 0)
        r.addError(QStringLiteral("activityId"), QStringLiteral("not-allowed"),
                   QStringLiteral("a medical referral follows a consult, not a draaischijf activity"));
    if (!ref.kind.isEmpty())
        ref.recipient = readRecipient(r, ref.isMedical(), errors);
    else
        r.value(QStringLiteral("recipient"), JsonReader::Optional); // its shape depends on the kind
    ref.finding = requiredText(r, QStringLiteral("finding"));
    ref.question = requiredText(r, QStringLiteral("question"));
    ref.items = readItems(r);
    // Results only go along from a consult; a partner gets none unless they were added on purpose.
    if (!ref.items.isEmpty() && ref.consultId == 0 && ref.kind == partner)
        r.addError(QStringLiteral("consultId"), QStringLiteral("required"),
                   QStringLiteral("results that go along need the consult they come from"));
    ref.consent = readConsent(r, errors);
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return ref;
}

} // namespace lars::models
