#include "server/store/ReferenceStore.h"

#include "server/store/RowValue.h"

namespace lars::server::store {

QJsonArray ReferenceStore::codeLabels(const QString &sql, const QVariantList &values)
{
    QJsonArray items;
    QSqlQuery q = m_db.run(sql, values);
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                 {QStringLiteral("label"), q.value(1).toString()}});
    return items;
}

QJsonArray ReferenceStore::activityFunctions()
{
    return codeLabels(
        QStringLiteral("SELECT code, label FROM activity_functions WHERE active = 1 ORDER BY sort, code"));
}

QJsonArray ReferenceStore::draaischijfCategories()
{
    QJsonArray categories;
    for (const QJsonValue &c : codeLabels(
             QStringLiteral("SELECT code, label FROM hub_categories WHERE active = 1 ORDER BY sort, code"))) {
        QJsonObject category = c.toObject();
        category.insert(
            QStringLiteral("details"),
            codeLabels(QStringLiteral("SELECT code, label FROM hub_details WHERE category_code = ? "
                                      "AND active = 1 ORDER BY sort, code"),
                       {category.value(QLatin1String("code")).toString()}));
        categories.append(category);
    }
    return categories;
}

QJsonArray ReferenceStore::creonItems()
{
    QJsonArray items;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT code, label, recipient, value_kind, manual FROM creon_items "
                                "WHERE active = 1 ORDER BY sort, code"));
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                 {QStringLiteral("label"), q.value(1).toString()},
                                 {QStringLiteral("recipient"), q.value(2).toString()},
                                 {QStringLiteral("valueKind"), q.value(3).toString()},
                                 {QStringLiteral("manual"), q.value(4).toInt() != 0}});
    return items;
}

QJsonArray ReferenceStore::activitySubjects()
{
    QJsonArray items;
    // Which subjects feed CREON, so the journal can say so when one is chosen.
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT s.code, s.label, (SELECT MIN(i.label) FROM creon_rules cr JOIN creon_items i ON i.code = "
        "cr.item_code WHERE cr.subject_code = s.code AND cr.function_code IS NULL AND cr.active = 1 AND "
        "i.active = 1) FROM activity_subjects s WHERE s.active = 1 ORDER BY s.sort, s.code"));
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                 {QStringLiteral("label"), q.value(1).toString()},
                                 {QStringLiteral("creonItem"), RowValue::textOrNull(q.value(2))}});
    return items;
}

std::optional<QJsonObject> ReferenceStore::branding(qint64 clbId)
{
    QSqlQuery c = m_db.run(
        QStringLiteral(
            "SELECT c.name, c.address, c.phone, c.email, c.website, b.primary_colour, b.accent_colour, "
            "b.version FROM clbs c LEFT JOIN clb_branding b ON b.clb_id = c.id WHERE c.id = ?"),
        {clbId});
    if (!c.next())
        return std::nullopt;
    QJsonArray logos;
    QSqlQuery l = m_db.run(
        QStringLiteral("SELECT id, name, mime_type, data FROM clb_logos WHERE clb_id = ? ORDER BY id"),
        {clbId});
    while (l.next())
        logos.append(
            QJsonObject{{QStringLiteral("id"), l.value(0).toLongLong()},
                        {QStringLiteral("name"), l.value(1).toString()},
                        {QStringLiteral("mimeType"), l.value(2).toString()},
                        {QStringLiteral("data"), QString::fromLatin1(l.value(3).toByteArray().toBase64())}});
    const auto colour = [&c](int i, const char *fallback) {
        return c.value(i).isNull() ? QString::fromLatin1(fallback) : c.value(i).toString();
    };
    return QJsonObject{
        {QStringLiteral("clbId"), clbId},
        {QStringLiteral("name"), c.value(0).toString()},
        {QStringLiteral("address"), c.value(1).toString()},
        {QStringLiteral("phone"), c.value(2).toString()},
        {QStringLiteral("email"), c.value(3).toString()},
        {QStringLiteral("website"), c.value(4).toString()},
        {QStringLiteral("colours"), QJsonObject{{QStringLiteral("primary"), colour(5, "#1F4E79")},
                                                {QStringLiteral("accent"), colour(6, "#5B9BD5")}}},
        {QStringLiteral("logos"), logos},
        {QStringLiteral("version"), c.value(7).toLongLong()}};
}

bool ReferenceStore::isActivityFunction(const QString &code)
{
    return m_db.run(QStringLiteral("SELECT 1 FROM activity_functions WHERE code = ? AND active = 1"), {code})
        .next();
}

bool ReferenceStore::isHubCategory(const QString &code)
{
    return m_db.run(QStringLiteral("SELECT 1 FROM hub_categories WHERE code = ? AND active = 1"), {code})
        .next();
}

bool ReferenceStore::isHubDetail(const QString &category, const QString &code)
{
    return m_db
        .run(QStringLiteral("SELECT 1 FROM hub_details WHERE category_code = ? AND code = ? AND active = 1"),
             {category, code})
        .next();
}

bool ReferenceStore::isActivitySubject(const QString &code)
{
    return m_db.run(QStringLiteral("SELECT 1 FROM activity_subjects WHERE code = ? AND active = 1"), {code})
        .next();
}

std::optional<ReferenceStore::CreonItem> ReferenceStore::creonItem(const QString &code)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT value_kind, manual FROM creon_items WHERE code = ? AND active = 1"), {code});
    if (!q.next())
        return std::nullopt;
    return CreonItem{q.value(0).toString(), q.value(1).toInt() != 0};
}

} // namespace lars::server::store
