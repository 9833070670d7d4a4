#include "models/api/Drafts.h"

#include <QDateTime>

namespace lars::models {

Drafts::Drafts(QObject *parent)
    : QObject(parent)
{}

void Drafts::restore(const QHash<QString, QJsonObject> &drafts)
{
    // Typed in this run before the file was read: the newer text wins.
    for (auto it = drafts.begin(); it != drafts.end(); ++it)
        if (!m_drafts.contains(it.key()))
            m_drafts.insert(it.key(), it.value());
    m_restored = true;
    emit restored();
}

void Drafts::unload()
{
    m_drafts.clear();
    m_restored = false;
}

void Drafts::keep(const QString &name, QJsonObject draft)
{
    draft.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_drafts.insert(name, draft);
    if (m_storage.keep)
        m_storage.keep(name, draft, [this, name] { emit kept(name); });
}

void Drafts::forget(const QString &name)
{
    if (!m_drafts.remove(name))
        return;
    if (m_storage.forget)
        m_storage.forget(name);
}

std::optional<QJsonObject> Drafts::find(const QString &name) const
{
    const auto it = m_drafts.find(name);
    if (it == m_drafts.end())
        return std::nullopt;
    return *it;
}

} // namespace lars::models
