#include "ui/letters/DraftedChange.h"

#include "models/api/DossierApi.h"
#include "models/api/Drafts.h"
#include "models/api/Outbox.h"

#include <QTimer>

namespace lars::ui {

DraftedChange::DraftedChange(models::DossierApi *api, const QString &draftName,
                             std::function<QJsonObject()> snapshot, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_name(draftName)
    , m_snapshot(std::move(snapshot))
    , m_timer(new QTimer(this))
    , m_key(models::DossierApi::newIdempotencyKey())
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &DraftedChange::keepNow);
    if (models::Outbox *outbox = m_api->outbox()) {
        connect(outbox, &models::Outbox::stored, this, [this](const QByteArray &id) {
            if (id == m_key)
                forget(); // the outbox keeps it now, sealed, until the server has it
        });
        connect(outbox, &models::Outbox::delayed, this, [this](const QByteArray &id) {
            if (id == m_key && m_saving) {
                m_saving = false;
                emit waiting();
            }
        });
    }
}

void DraftedChange::touched()
{
    m_typed = true;
    m_timer->start();
}

void DraftedChange::lookForDraft()
{
    models::Drafts *drafts = m_api->drafts();
    if (!drafts)
        return;
    if (!drafts->isRestored()) {
        connect(drafts, &models::Drafts::restored, this, &DraftedChange::lookForDraft,
                Qt::SingleShotConnection);
        return;
    }
    if (const auto found = drafts->find(m_name); found && !m_typed)
        emit draftFound(*found);
}

std::optional<QJsonObject> DraftedChange::draft() const
{
    models::Drafts *drafts = m_api->drafts();
    return drafts ? drafts->find(m_name) : std::nullopt;
}

void DraftedChange::keepNow()
{
    m_timer->stop();
    if (models::Drafts *drafts = m_api->drafts(); drafts && m_typed)
        drafts->keep(m_name, m_snapshot());
}

void DraftedChange::forget()
{
    m_timer->stop();
    if (models::Drafts *drafts = m_api->drafts())
        drafts->forget(m_name);
}

void DraftedChange::startSaving()
{
    m_saving = true;
    m_typed = true;
    keepNow(); // until the outbox has it
}

void DraftedChange::saved()
{
    m_saving = false;
    forget();
}

void DraftedChange::refused()
{
    m_saving = false;
    // Seen in the dialog, with the text still there: not also in the outbox's list.
    if (models::Outbox *outbox = m_api->outbox(); outbox && outbox->find(m_key))
        outbox->discard(m_key);
    m_key = models::DossierApi::newIdempotencyKey();
    keepNow();
}

} // namespace lars::ui
