#pragma once
// User-facing words for what the server answered (problem+json types, offline, conflicts) and for
// draaischijf codes, shared by the dossier widgets so one situation is always worded the same way.
#include "models/Activity.h"
#include "models/api/DossierApi.h"

#include <QCoreApplication>

namespace lars::models {
class DossierNomenclature;
}

namespace lars::ui {

class DossierTexts final
{
    Q_DECLARE_TR_FUNCTIONS(DossierTexts)
public:
    // Why a request failed, in words a CLB worker can act on.
    static QString problem(const models::DossierReply &reply);
    // "Referral to · Legal · police" for a draaischijf activity; empty otherwise.
    static QString hubLine(const models::HubReferral &hub, const models::DossierNomenclature *nomenclature);
    static QString directionName(const QString &code);
    static QString heightCm(std::optional<double> cm);
};

} // namespace lars::ui
