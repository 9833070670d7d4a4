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
