#include "ui/dossier/DossierTexts.h"

#include "models/api/DossierNomenclature.h"

#include <QLocale>
#include <cmath>

namespace lars::ui {

QString DossierTexts::problem(const models::DossierReply &reply)
{
    if (reply.isNetworkFailure())
        return tr("The server cannot be reached (%1). Nothing was lost; try again when you are online.")
            .arg(reply.networkErrorText);
    const QString code = reply.problemCode();
    if (reply.isForbidden()) {
        if (code == QLatin1String("not-in-team"))
            return tr("You are not a member of any team in this CLB, so you cannot see pupil dossiers. "
                      "Ask your CLB's local administrator to add you to a team.");
        if (code == QLatin1String("pupil-not-in-your-teams"))
            return tr(
                "This pupil is not followed by one of your teams: none of your teams covers the pupil's "
                "school. Ask your CLB's local administrator if you need access.");
        if (code == QLatin1String("not-staff-of-clb"))
            return tr("You do not work for this CLB any more. Choose another CLB or log in again.");
        return tr("You have no access to this dossier. Ask your CLB's local administrator if you need it.");
    }
    if (reply.httpStatus == 401)
        return tr("Your session has ended. Log in again with your eID.");
    if (reply.httpStatus == 404)
        return tr("This dossier no longer exists.");
    if (reply.isConflict())
        return tr("Someone else changed this in the meantime.");
    if (reply.httpStatus == 422 || reply.httpStatus == 400) {
        QStringList messages;
        for (const auto &e : reply.fieldErrors)
            messages << e.message;
        if (!messages.isEmpty())
            return tr("The server did not accept this: %1").arg(messages.join(QStringLiteral("; ")));
    }
    if (reply.httpStatus >= 500)
        return tr("The server had a problem (%1). Try again in a moment.").arg(reply.httpStatus);
    if (!reply.problemTitle.isEmpty())
        return reply.problemTitle;
    return tr("The server answered with an error (%1).").arg(reply.httpStatus);
}

QString DossierTexts::directionName(const QString &code)
{
    if (code == QLatin1String("referral-to"))
        return tr("Referral to");
    if (code == QLatin1String("feedback-from"))
        return tr("Feedback from");
    return code;
}

QString DossierTexts::hubLine(const models::HubReferral &hub, const models::DossierNomenclature *nomenclature)
{
    const QString category = nomenclature ? nomenclature->categoryName(hub.category) : hub.category;
    const QString detail = nomenclature ? nomenclature->detailName(hub.category, hub.detail) : hub.detail;
    // The server's nomenclature words first (Dutch, editable); our own words for a direction it lacks.
    QString direction = nomenclature ? nomenclature->directionName(hub.direction) : hub.direction;
    if (direction == hub.direction)
        direction = directionName(hub.direction);
    return QStringLiteral("%1 · %2 · %3").arg(direction, category, detail);
}

QString DossierTexts::heightCm(std::optional<double> cm)
{
    if (!cm)
        return tr("not entered");
    return tr("%1 cm").arg(QLocale().toString(*cm, 'f', *cm == std::floor(*cm) ? 0 : 1));
}

} // namespace lars::ui
