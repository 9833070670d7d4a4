#include "models/api/DossierNomenclature.h"

#include <QJsonArray>

namespace lars::models {

DossierNomenclature::DossierNomenclature(DossierApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

namespace {
QString label(const QJsonObject &o, const QString &code)
{
    return o.value(QLatin1String("label")).toString(o.value(QLatin1String("name")).toString(code));
}
} // namespace

QList<DossierNomenclature::Entry> DossierNomenclature::entries(const QJsonValue &array)
{
    QList<Entry> list;
    for (const QJsonValue &v : array.toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        list.append({code, label(o, code)});
    }
    return list;
}

void DossierNomenclature::load()
{
    m_api->get(QStringLiteral("/api/v1/nomenclature/activity-functions"), {}, this,
               [this](const DossierReply &r) {
                   if (!r.ok()) {
                       emit failed(r);
                       return;
                   }
                   m_functions = entries(r.body.value(QLatin1String("items")));
                   m_functionsLoaded = true;
                   checkLoaded();
               });
    m_api->get(QStringLiteral("/api/v1/nomenclature/draaischijf"), {}, this, [this](const DossierReply &r) {
        if (!r.ok()) {
            emit failed(r);
            return;
        }
        QList<Category> categories;
        for (const QJsonValue &v : r.body.value(QLatin1String("categories")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(QLatin1String("code")).toString();
            categories.append({code, label(o, code), entries(o.value(QLatin1String("details")))});
        }
        m_directions = entries(r.body.value(QLatin1String("directions")));
        m_categories = categories;
        m_hubLoaded = true;
        checkLoaded();
    });
    m_api->get(QStringLiteral("/api/v1/creon/items"), {}, this, [this](const DossierReply &r) {
        if (r.ok())
            m_creonItems = entries(r.body.value(QLatin1String("items")));
    });
    m_api->get(
        QStringLiteral("/api/v1/nomenclature/activity-subjects"), {}, this, [this](const DossierReply &r) {
            if (!r.ok())
                return;
            m_subjects.clear();
            for (const QJsonValue &v : r.body.value(QLatin1String("items")).toArray()) {
                const QJsonObject o = v.toObject();
                const QString code = o.value(QLatin1String("code")).toString();
                m_subjects.append({code, label(o, code), o.value(QLatin1String("creonItem")).toString()});
            }
            emit subjectsLoaded();
        });
    m_api->get(QStringLiteral("/api/v1/nomenclature/attest-types"), {}, this, [this](const DossierReply &r) {
        if (!r.ok())
            return;
        m_attestTypes = entries(r.body.value(QLatin1String("items")));
        emit attestTypesLoaded();
    });
}

void DossierNomenclature::checkLoaded()
{
    if (isLoaded())
        emit loaded();
}

void DossierNomenclature::setFunctions(QList<Entry> functions)
{
    m_functions = std::move(functions);
    m_functionsLoaded = true;
    checkLoaded();
}

void DossierNomenclature::setHub(QList<Entry> directions, QList<Category> categories)
{
    m_directions = std::move(directions);
    m_categories = std::move(categories);
    m_hubLoaded = true;
    checkLoaded();
}

namespace {
QString nameOf(const QList<DossierNomenclature::Entry> &list, const QString &code)
{
    for (const auto &e : list)
        if (e.code == code)
            return e.name;
    return code;
}
} // namespace

QString DossierNomenclature::functionName(const QString &code) const
{
    return nameOf(m_functions, code);
}

QString DossierNomenclature::creonItemName(const QString &code) const
{
    return nameOf(m_creonItems, code);
}

QString DossierNomenclature::attestTypeName(const QString &code) const
{
    return nameOf(m_attestTypes, code);
}

QString DossierNomenclature::directionName(const QString &code) const
{
    return nameOf(m_directions, code);
}

QString DossierNomenclature::categoryName(const QString &code) const
{
    for (const Category &c : m_categories)
        if (c.code == code)
            return c.name;
    return code;
}

QString DossierNomenclature::detailName(const QString &category, const QString &detail) const
{
    for (const Category &c : m_categories)
        if (c.code == category)
            return nameOf(c.details, detail);
    return detail;
}

} // namespace lars::models
