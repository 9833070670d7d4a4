#pragma once
// Reference data in the database, editable without a release: activity functions, the draaischijf
// nomenclature and the activity subjects, CREON items, and each CLB's letter branding.
#include "server/store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace lars::server::store {

class ReferenceStore final
{
public:
    explicit ReferenceStore(Database &db)
        : m_db(db)
    {}

    QJsonArray activityFunctions();     // [{code, label}] of the active ones, in their order
    QJsonArray draaischijfCategories(); // [{code, label, details: [{code, label}]}]
    QJsonArray creonItems();            // [{code, label, recipient, valueKind, manual}]
    // [{code, label, creonItem}]: creonItem is the label of the CREON item the subject alone yields, or null.
    QJsonArray activitySubjects();
    // The CLB's letterhead data, colours and logos; nullopt for an unknown CLB.
    std::optional<QJsonObject> branding(qint64 clbId);

    bool isActivityFunction(const QString &code);
    bool isHubCategory(const QString &code);
    bool isHubDetail(const QString &category, const QString &code);
    bool isActivitySubject(const QString &code);
    struct CreonItem
    {
        QString valueKind; // none, result, quantity-cm, quantity-kg, acuity
        bool manual = false;
    };
    std::optional<CreonItem> creonItem(const QString &code); // an active one

private:
    QJsonArray codeLabels(const QString &sql, const QVariantList &values = {});

    Database &m_db;
};

} // namespace lars::server::store
