#pragma once
// The activity nomenclature the dossier needs, loaded from the server (data, editable without a release):
// activity functions and the draaischijf directions, 7 categories and their details.
// GET /api/v1/nomenclature/activity-functions -> {"items":[{"code","label"}]}
// GET /api/v1/nomenclature/draaischijf -> {"directions":[{"code","label"}],
//                                          "categories":[{"code","label","details":[{"code","label"}]}]}
// GET /api/v1/creon/items -> {"items":[{"code","label","recipient"}]} (names for the CREON tab)
// GET /api/v1/nomenclature/activity-subjects -> {"items":[{"code","label","creonItem"}]}
// GET /api/v1/nomenclature/attest-types -> {"items":[{"code","label"}]} (what an attest can be)
#include "models/api/DossierApi.h"

#include <QList>
#include <QObject>

namespace lars::models {

class DossierNomenclature final : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString code;
        QString name;
    };
    struct Subject
    {
        QString code;
        QString name;
        QString creonItem; // the CREON item an activity with this subject yields (empty: none)
    };
    struct Category
    {
        QString code;
        QString name;
        QList<Entry> details;
    };

    explicit DossierNomenclature(DossierApi *api, QObject *parent = nullptr);

    void load();
    bool isLoaded() const { return m_functionsLoaded && m_hubLoaded; }

    const QList<Entry> &functions() const { return m_functions; }
    const QList<Entry> &directions() const { return m_directions; }
    const QList<Category> &categories() const { return m_categories; }
    const QList<Subject> &subjects() const { return m_subjects; }
    const QList<Entry> &attestTypes() const { return m_attestTypes; }

    // Display names by code; the code itself when the nomenclature does not know it (an old code).
    QString functionName(const QString &code) const;
    QString directionName(const QString &code) const;
    QString categoryName(const QString &code) const;
    QString detailName(const QString &category, const QString &detail) const;
    QString creonItemName(const QString &code) const;
    QString attestTypeName(const QString &code) const;

    void setFunctions(QList<Entry> functions);
    void setHub(QList<Entry> directions, QList<Category> categories);

signals:
    void loaded();
    void subjectsLoaded();
    void attestTypesLoaded();
    void failed(const lars::models::DossierReply &reply);

private:
    static QList<Entry> entries(const QJsonValue &array);
    void checkLoaded();

    DossierApi *m_api;
    QList<Entry> m_functions;
    QList<Entry> m_directions;
    QList<Category> m_categories;
    QList<Entry> m_creonItems;
    QList<Subject> m_subjects;
    QList<Entry> m_attestTypes;
    bool m_functionsLoaded = false;
    bool m_hubLoaded = false;
};

} // namespace lars::models
