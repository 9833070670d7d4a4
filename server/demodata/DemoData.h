#pragma once
// Deterministic (seeded) demo data for an empty, migrated lars-server database: Flemish-looking names
// with accents, 5 CLBs with schools and classes, staff in teams (the demo eID card holders among them),
// pupils with measurements, parent heights, activities with multi-line text, attests and CREON items.
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace lars::server::demodata {

class DemoData final
{
public:
    // The staff members that the virtual eID cards are made for.
    static constexpr const char *anPeeters = "85071512397"; // nurse, team in Vrij CLB Antwerpen only
    static constexpr const char *janClaes =
        "77030245655"; // doctor, teams in Vrij CLB Antwerpen and GO! CLB Gent
    static constexpr const char *sofieMaes = "90010178911";     // psychologist of CLB Brugge, in no team
    static constexpr const char *unknownPerson = "68122401204"; // Ëlise Dubois-Van den Bossche: not staff

    DemoData(QSqlDatabase db, bool postgres, quint64 seed = 20260901);

    static bool isEmpty(QSqlDatabase db);
    // Reference date of the demo school year: ages and dates do not depend on the day of the run.
    static QDate schoolYearStart() { return QDate(2026, 9, 1); }
    // Writes everything in one transaction; pupils is the number of pupils (>= 0).
    bool generate(int pupils, QString *error);

private:
    QSqlDatabase m_db;
    bool m_postgres;
    quint64 m_seed;
};

} // namespace lars::server::demodata
