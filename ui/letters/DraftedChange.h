#pragma once
// The typed work of a dialog that creates one item through the outbox (a referral, an attest): kept as a
// draft 300 ms after the last change (models::Drafts, see docs/nothing-lost.md) and offered back when the
// dialog opens again for the same subject; forgotten once the outbox holds the change or on "Cancel".
// Its idempotency key names the dialog's change; a refused change comes back here, and a corrected one is
// a new request with a new key. Used by every dialog that keeps a draft for the outbox (also personal data
// and CREON corrections, which are not letters).
#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QTimer;

namespace lars::models {
class DossierApi;
class Drafts;
class Outbox;
struct DossierReply;
} // namespace lars::models

namespace lars::ui {

class DraftedChange final : public QObject
{
    Q_OBJECT
public:
    // snapshot: what is typed now, as the draft to keep.
    DraftedChange(models::DossierApi *api, const QString &draftName, std::function<QJsonObject()> snapshot,
                  QObject *parent);
    DraftedChange(models::Outbox *outbox, models::Drafts *drafts, const QString &draftName,
                  std::function<QJsonObject()> snapshot, QObject *parent);

    QByteArray key() const { return m_key; }
    bool isSaving() const { return m_saving; }
    bool isTyped() const { return m_typed; }

    // The user changed something: the draft follows soon.
    void touched();
    // The draft an earlier run left for this subject (once the drafts are restored): draftFound().
    void lookForDraft();
    // The draft as it was, now taken back into the dialog.
    std::optional<QJsonObject> draft() const;
    void forget();
    // Handed to the model with key(): the draft stays until the outbox has it.
    void startSaving();
    // The server has it: nothing left to keep.
    void saved();
    // The server refused it while the dialog is still open: the text stays, a new try gets a new key.
    void refused();

    // Follows the model's answer for this change (its created(key, item) and failed(key, reply) signals,
    // keyed on key()): once the server has it the draft goes and done(item) runs; refused while the dialog
    // still waits for it, the change gets a new key and failed(reply) runs.
    template <typename Model, typename Item>
    void follow(Model *model, void (Model::*created)(const QByteArray &, const Item &),
                void (Model::*failed)(const QByteArray &, const models::DossierReply &),
                std::function<void(const Item &)> done,
                std::function<void(const models::DossierReply &)> refusal)
    {
        connect(model, created, this,
                [this, done = std::move(done)](const QByteArray &key, const Item &item) {
                    if (key != m_key)
                        return;
                    saved();
                    done(item);
                });
        connect(
            model, failed, this,
            [this, refusal = std::move(refusal)](const QByteArray &key, const models::DossierReply &reply) {
                if (key != m_key || !m_saving)
                    return;
                refused();
                refusal(reply);
            });
    }

signals:
    void draftFound(const QJsonObject &draft);
    // The outbox keeps the change and waits for the server: the dialog may close.
    void waiting();

private:
    void keepNow();

    QPointer<models::Outbox> m_outbox;
    QPointer<models::Drafts> m_drafts;
    QString m_name;
    std::function<QJsonObject()> m_snapshot;
    QTimer *m_timer;
    QByteArray m_key;
    bool m_typed = false;
    bool m_saving = false;
};

} // namespace lars::ui
