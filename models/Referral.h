#pragma once
// A referral of a pupil: to a doctor after a medical consult (GP, paediatrician, specialist: name and
// address typed) or to a non-medical partner named by a draaischijf activity (e.g. the youth court). It
// holds what the letter may say: the finding and question as typed, exactly the results ticked to go
// along, and the parents' consent as a recorded fact.
#include "models/FieldError.h"
#include "models/Measurement.h"
#include "models/StaffRef.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace lars::models {

// The parents' answer to "may we refer?": given, refused or not asked; a date when they answered.
struct ReferralConsent
{
    static QStringList statuses()
    {
        return {QStringLiteral("given"), QStringLiteral("refused"), QStringLiteral("not-asked")};
    }

    QString status = QStringLiteral("not-asked");
    QDate date;          // when the parents answered; invalid when not asked
    StaffRef recordedBy; // who recorded it (the staff member who made the referral)

    bool isGiven() const { return status == u"given"; }
};

// Whom the letter goes to. Medical: kind huisarts/kinderarts/specialist with a typed name; partner: kind
// "partner" and the draaischijf category and detail of the activity, named by the detail's label.
struct ReferralRecipient
{
    static QStringList medicalKinds()
    {
        return {QStringLiteral("huisarts"), QStringLiteral("kinderarts"), QStringLiteral("specialist")};
    }

    QString kind;
    QString name;
    QString address; // line breaks kept
    QString category;
    QString categoryLabel;
    QString detail;
};

struct Referral
{
    static inline const QString medical = QStringLiteral("medical");
    static inline const QString partner = QStringLiteral("partner");
    // The results of a consult that can go along, in the order a letter lists them.
    static QStringList itemCodes();
    // Whether the consult has a result for the item (only those can be ticked to go along).
    static bool hasResult(const Measurement &consult, const QString &item);

    qint64 id = 0;
    QString kind;          // medical or partner
    qint64 consultId = 0;  // the measurement the ticked results come from (0: none)
    qint64 activityId = 0; // the draaischijf activity of a partner referral (0: none)
    ReferralRecipient recipient;
    QString finding;   // line breaks kept
    QString question;  // line breaks kept
    QStringList items; // item codes of the results that go along; empty by default for a partner
    ReferralConsent consent;
    StaffRef staff;
    QDateTime createdAt;

    bool isMedical() const { return kind == medical; }
    QJsonObject toJson() const;
    // The body of its POST: what the staff member typed and chose, nothing the server fills in.
    QJsonObject createBody() const;
    static Referral fromJson(const QJsonObject &o);
    // Body of POST /pupils/{id}/referrals; that the consult, activity and items exist is the server's check.
    static std::optional<Referral> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
