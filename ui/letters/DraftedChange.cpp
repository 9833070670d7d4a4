#include "ui/letters/DraftedChange.h"

#include "models/api/DossierApi.h"
#include "models/api/Drafts.h"
#include "models/api/Outbox.h"

#include <QTimer>

namespace lars::ui {

DraftedChange::DraftedChange(models::DossierApi *api, const QString &draftName,
                             std::function<QJsonObject()> snapshot, QObject *parent)
    : DraftedChange(api->outbox(), api->drafts(), draftName, std::move(snapshot), parent)
{}

DraftedChange::DraftedChange(models::Outbox *outbox, models::Drafts *drafts, const QString &draftName,
                             std::function<QJsonObject()> snapshot, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_drafts(drafts)
    , m_name(draftName)
    , m_snapshot(std::move(snapshot))
    , m_timer(new QTimer(this))
    , m_key(models::DossierApi::newIdempotencyKey())
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &DraftedChange::keepNow);
    if (m_outbox) {
        connect(m_outbox, &models::Outbox::stored, this, [this](const QByteArray &id) {
            if (id == m_key)
                forget(); // the outbox keeps it now, sealed, until the server has it
        });
        connect(m_outbox, &models::Outbox::delayed, this, [this](const QByteArray &id) {
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
    if (!m_drafts)
        return;
    if (!m_drafts->isRestored()) {
        connect(m_drafts, &models::Drafts::restored, this, &DraftedChange::lookForDraft,
                Qt::SingleShotConnection);
        return;
    }
    if (const auto found = m_drafts->find(m_name); found && !m_typed)
        emit draftFound(*found);
}

std::optional<QJsonObject> DraftedChange::draft() const
{
    return m_drafts ? m_drafts->find(m_name) : std::nullopt;
}

void DraftedChange::keepNow()
{
    m_timer->stop();
    if (m_drafts && m_typed)
        m_drafts->keep(m_name, m_snapshot());
}

void DraftedChange::forget()
{
    m_timer->stop();
    if (m_drafts)
        m_drafts->forget(m_name);
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
    if (m_outbox && m_outbox->find(m_key))
        m_outbox->discard(m_key);
    m_key = models::DossierApi::newIdempotencyKey();
    keepNow();
}

} // namespace lars::ui
