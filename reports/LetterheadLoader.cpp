#include "reports/LetterheadLoader.h"

#include "reports/ModelLetters.h"

namespace lars::reports {

LetterheadLoader::LetterheadLoader(models::DossierApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void LetterheadLoader::load()
{
    m_pending = 2;
    m_failed = false;
    const auto fail = [this](const models::DossierReply &reply) {
        if (!std::exchange(m_failed, true))
            emit failed(reply);
    };
    m_api->get(QStringLiteral("/api/v1/branding"), {}, this, [this, fail](const models::DossierReply &reply) {
        // A server without CLB branding: the default look; the CLB's name comes from the profile.
        if (!reply.ok() && reply.httpStatus != 404)
            return fail(reply);
        if (reply.ok()) {
            m_branding = brandingFromServer(reply.body);
            m_clb = clbInfo(reply.body);
        }
        partDone();
    });
    m_api->get(QStringLiteral("/api/v1/me"), {}, this, [this, fail](const models::DossierReply &reply) {
        if (!reply.ok())
            return fail(reply);
        m_profile = models::SessionProfile::fromJson(reply.body);
        partDone();
    });
}

void LetterheadLoader::partDone()
{
    if (--m_pending > 0 || m_failed)
        return;
    if (m_clb.name.isEmpty())
        if (const models::SessionClb *clb = m_profile.activeClb())
            m_clb.name = clb->name;
    emit loaded();
}

StaffInfo LetterheadLoader::staff() const
{
    const models::SessionClb *clb = m_profile.activeClb();
    return staffInfo(m_profile.displayName().trimmed(), m_profile.profession,
                     clb ? clb->contact : models::ContactData());
}

} // namespace lars::reports
