#pragma once
// Staff members in the database: who they are, the CLBs they work for with their contact data per CLB,
// and their teams.
#include "models/ContactData.h"
#include "server/store/Database.h"

#include <optional>

namespace lars::server::store {

class StaffStore final
{
public:
    struct Person
    {
        qint64 id = 0;
        QString nationalNumber;
        QString firstName;
        QString lastName;
        QString profession;
        QString name() const { return firstName + u' ' + lastName; }
    };
    struct Team
    {
        qint64 id = 0;
        QString name;
    };
    struct Clb
    {
        qint64 id = 0;
        QString name;
        models::ContactData contact;
        bool localAdmin = false; // the CLB's local LARS administrator (CREON delivery view)
    };
    // Whom a staff member without a team asks: a local administrator of the CLB.
    struct Administrator
    {
        QString name;
        QString email;
        QString phone;
    };

    explicit StaffStore(Database &db)
        : m_db(db)
    {}

    std::optional<Person> find(qint64 staffId);
    std::optional<Person> findByNationalNumber(const QString &nationalNumber);
    // The CLBs this person works for, by name (then id).
    QList<Clb> clbs(qint64 staffId);
    bool worksFor(qint64 staffId, qint64 clbId);
    bool isLocalAdmin(qint64 staffId, qint64 clbId);
    QList<Team> teams(qint64 staffId, qint64 clbId); // by name
    // The CLB's local administrator (the first by name when there are several), with this CLB's contact.
    std::optional<Administrator> localAdministrator(qint64 clbId);

    std::optional<models::ContactData> contact(qint64 staffId, qint64 clbId);
    // Writes the contact data over this version; false when it changed meanwhile.
    bool updateContact(qint64 staffId, qint64 clbId, const models::ContactData &c, qint64 version);

private:
    Database &m_db;
};

} // namespace lars::server::store
