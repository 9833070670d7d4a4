#include "ui/LocalWork.h"

#include "local/SealedStore.h"
#include "models/api/ApiClient.h"
#include "models/api/Drafts.h"
#include "models/api/Outbox.h"
#include "models/api/Session.h"
#include "ui/Logging.h"

#include <QJsonDocument>
#include <QStandardPaths>

namespace lars::ui {

namespace {
constexpr auto kOutbox = "outbox";
constexpr auto kDraft = "draft";

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

LocalWork::LocalWork(models::ApiClient *api, models::Session *session, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_key(new local::DataKey(this))
    , m_outbox(new models::Outbox(api, this))
    , m_drafts(new models::Drafts(this))
    , m_dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
{
    // Contact data reach the server through the outbox, also after their dialog closed: the session (menu,
    // letters) shows them from then on.
    connect(m_outbox, &models::Outbox::accepted, this,
            [this](const models::PendingChange &change, const models::DossierReply &reply) {
                if (change.kind == QLatin1String("contact"))
                    m_session->updateContact(change.path.section(u'/', -2, -2).toLongLong(),
                                             models::ContactData::fromJson(reply.body));
            });
    connect(m_key, &local::DataKey::ready, this, &LocalWork::onSessionState);
    connect(m_session, &models::Session::stateChanged, this, &LocalWork::onSessionState);
    connect(m_session, &models::Session::tokenChanged, this, &LocalWork::onSessionState);
    connect(m_session, &models::Session::clbChanged, this, &LocalWork::onSessionState);
    m_key->load();
}

LocalWork::~LocalWork() = default;

QString LocalWork::filePath() const
{
    return m_store ? m_store->path() : QString();
}

void LocalWork::whenWritten(QObject *context, std::function<void()> done)
{
    if (m_store)
        m_store->whenWritten(context, std::move(done));
    else
        done();
}

void LocalWork::onSessionState()
{
    using S = models::Session::State;
    const S state = m_session->state();
    if (state == S::LoggedOut) {
        close();
        return;
    }
    if (m_key->mode() != local::DataKey::Mode::Unknown && m_openFor != m_session->profile().staffId)
        open();
    m_outbox->setSending(state == S::Active && !m_session->token().isEmpty() && m_openFor != 0,
                         m_session->clbId());
}

void LocalWork::open()
{
    close();
    m_openFor = m_session->profile().staffId;
    m_store = std::make_unique<local::SealedStore>();
    const bool onDisk = m_key->mode() == local::DataKey::Mode::Keychain;
    m_store->open(onDisk ? local::SealedStore::fileFor(m_dir, m_api->baseUrl().toString(), m_openFor)
                         : QString(),
                  m_key->key());
    local::SealedStore *store = m_store.get();
    m_outbox->setStorage(
        {[store](const models::PendingChange &c, std::function<void()> written) {
             store->put(QLatin1String(kOutbox), QString::fromLatin1(c.id), compact(c.toJson()),
                        std::move(written));
         },
         [store](const QByteArray &id) { store->remove(QLatin1String(kOutbox), QString::fromLatin1(id)); }});
    m_drafts->setStorage(
        {[store](const QString &name, const QJsonObject &draft, std::function<void()> written) {
             store->put(QLatin1String(kDraft), name, compact(draft), std::move(written));
         },
         [store](const QString &name) { store->remove(QLatin1String(kDraft), name); }});
    store->load(QLatin1String(kDraft), this, [this](const local::SealedStore::Rows &rows) {
        QHash<QString, QJsonObject> drafts;
        for (const auto &[name, value] : rows)
            drafts.insert(name, QJsonDocument::fromJson(value).object());
        m_drafts->restore(drafts);
    });
    store->load(QLatin1String(kOutbox), this, [this](const local::SealedStore::Rows &rows) {
        QList<models::PendingChange> changes;
        for (const auto &row : rows)
            changes.append(models::PendingChange::fromJson(QJsonDocument::fromJson(row.second).object()));
        m_outbox->restore(changes);
        qCInfo(lcUi) << "local data opened:" << changes.size() << "waiting change(s),"
                     << m_drafts->names().size() << "draft(s)";
        emit opened();
    });
}

void LocalWork::close()
{
    if (!m_store)
        return;
    m_outbox->setStorage({});
    m_drafts->setStorage({});
    m_outbox->unload();
    m_drafts->unload();
    m_store.reset(); // finishes every write first
    m_openFor = 0;
}

} // namespace lars::ui
