#pragma once
// What is being typed in a dialog, kept while typing so that a crash, a kill -9 or a power cut loses
// nothing: one draft per dialog and subject (e.g. "activity/1234"), written through storage() (sealed, in
// the user's data folder) and offered back when that dialog opens again.
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace lars::models {

class Drafts final : public QObject
{
    Q_OBJECT
public:
    struct Storage
    {
        std::function<void(const QString &name, const QJsonObject &draft, std::function<void()> written)>
            keep;
        std::function<void(const QString &name)> forget;
    };

    explicit Drafts(QObject *parent = nullptr);

    void setStorage(Storage storage) { m_storage = std::move(storage); }
    // The drafts an earlier run left; restored() afterwards.
    void restore(const QHash<QString, QJsonObject> &drafts);
    bool isRestored() const { return m_restored; }
    // Logged out: forgets the drafts in memory (they stay in storage for the next login of this person).
    void unload();

    void keep(const QString &name, QJsonObject draft);
    void forget(const QString &name);
    std::optional<QJsonObject> find(const QString &name) const;
    QStringList names() const { return m_drafts.keys(); }

signals:
    void restored();
    // The draft is where it survives a crash.
    void kept(const QString &name);

private:
    Storage m_storage;
    QHash<QString, QJsonObject> m_drafts;
    bool m_restored = false;
};

} // namespace lars::models
