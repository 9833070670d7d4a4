#pragma once
// What every letter of a CLB needs besides the dossier: its letterhead and branding (GET /branding) and
// the signing staff member with their contact data for that CLB (GET /me), fetched through DossierApi.
// Used by `lars-render --server`; answers once with loaded() or failed().
#include "models/api/DossierApi.h"
#include "models/api/SessionProfile.h"
#include "reports/Branding.h"
#include "reports/LetterData.h"

#include <QObject>

namespace lars::reports {

class LetterheadLoader final : public QObject
{
    Q_OBJECT
public:
    explicit LetterheadLoader(models::DossierApi *api, QObject *parent = nullptr);

    void load();
    const ClbInfo &clb() const { return m_clb; }
    const Branding &branding() const { return m_branding; }
    StaffInfo staff() const;

signals:
    void loaded();
    void failed(const lars::models::DossierReply &reply);

private:
    void partDone();

    models::DossierApi *m_api;
    ClbInfo m_clb;
    Branding m_branding = Branding::defaults();
    models::SessionProfile m_profile;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace lars::reports
