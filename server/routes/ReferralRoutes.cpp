#include "server/routes/ReferralRoutes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

ReferralRoutes::ReferralRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_referrals(services.db)
    , m_activities(services.db)
    , m_medical(services.db)
{
    add("GET", "/pupils/{pupilId}/referrals", Route::Authenticated | Route::Pupil,
        &ReferralRoutes::getReferrals);
    add("GET", "/pupils/{pupilId}/referrals/{referralId}", Route::Authenticated | Route::Pupil,
        &ReferralRoutes::getReferral);
    add("POST", "/pupils/{pupilId}/referrals",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Idempotent,
        &ReferralRoutes::postReferral);
}

Response ReferralRoutes::getReferrals(Request &r)
{
    return pupilItems(r, QStringLiteral("referrals.read"), [this](qint64 pupilId) {
        QJsonArray items;
        for (const auto &ref : m_referrals.list(pupilId))
            items.append(ref.toJson());
        return items;
    });
}

Response ReferralRoutes::getReferral(Request &r)
{
    return pupilItem(r, QStringLiteral("referral.read"), [this](qint64 pupilId, qint64 id) {
        const auto ref = m_referrals.find(id, pupilId);
        return ref ? std::optional<QJsonObject>(ref->toJson()) : std::nullopt;
    });
}

models::FieldErrors ReferralRoutes::complete(models::Referral &ref, qint64 pupilId)
{
    models::FieldErrors errors;
    std::optional<models::Measurement> consult;
    if (ref.consultId > 0) {
        consult = m_medical.measurement(ref.consultId, pupilId);
        if (!consult)
            errors.append({QStringLiteral("consultId"), QStringLiteral("not-found"),
                           QStringLiteral("is not a consult of this pupil")});
    }
    if (consult) {
        // The letter carries exactly the ticked results: each must be there to be carried.
        for (qsizetype i = 0; i < ref.items.size(); ++i)
            if (!models::Referral::hasResult(*consult, ref.items.at(i)))
                errors.append({QStringLiteral("items[%1]").arg(i), QStringLiteral("no-value"),
                               QStringLiteral("the consult has no such result")});
    }
    if (ref.kind == models::Referral::partner) {
        const auto activity = m_activities.find(ref.activityId, pupilId);
        if (!activity) {
            errors.append({QStringLiteral("activityId"), QStringLiteral("not-found"),
                           QStringLiteral("is not an activity of this pupil")});
        } else if (activity->withdrawn) {
            errors.append({QStringLiteral("activityId"), QStringLiteral("withdrawn"),
                           QStringLiteral("is a withdrawn activity")});
        } else if (!activity->hub) {
            errors.append({QStringLiteral("activityId"), QStringLiteral("not-draaischijf"),
                           QStringLiteral("is not a draaischijf activity: it names no partner")});
        } else {
            const auto labels = m_referrals.partnerLabels(activity->hub->category, activity->hub->detail);
            ref.recipient.kind = models::Referral::partner;
            ref.recipient.category = activity->hub->category;
            ref.recipient.detail = activity->hub->detail;
            ref.recipient.categoryLabel = labels ? labels->first : activity->hub->category;
            ref.recipient.name = labels ? labels->second : activity->hub->detail;
        }
    }
    return errors;
}

Response ReferralRoutes::postReferral(Request &r)
{
    const models::Pupil &p = r.pupil;
    models::FieldErrors errors;
    auto ref = models::Referral::parse(r.json, &errors);
    if (ref)
        errors = complete(*ref, p.id);
    if (!errors.isEmpty())
        return refused(r, QStringLiteral("referral.refused"), errors);
    const QString now = store::Database::now();
    ref->id = m_referrals.insert(*ref, p.id, r.staffId, r.clbId, now);
    ref->staff = {r.staffId, r.staffName};
    ref->consent.recordedBy = ref->staff;
    ref->createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    m_services.audit.record(r, p.id, QStringLiteral("referral.create"),
                            QStringLiteral("referral %1 (%2 to %3, consent %4, items %5)")
                                .arg(ref->id)
                                .arg(ref->kind, ref->recipient.kind, ref->consent.status,
                                     ref->items.isEmpty() ? QStringLiteral("none") : ref->items.join(u',')));
    return Response::json(201, ref->toJson())
        .withHeader("Location", RouteSupport::location(p.id, "referrals", ref->id));
}

} // namespace lars::server::routes
