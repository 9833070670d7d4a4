#pragma once
// Who is logged in and for which CLBs (GET /api/v1/me): name, the CLBs with the teams in each and the
// contact data kept per CLB, and the CLB the current token acts for.
#include "models/ContactData.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lars::models {

// Whom a staff member asks to be added to a team: the CLB's local administrator (GET /me).
struct LocalAdministrator
{
    QString name;
    QString email;
    QString phone;
    static LocalAdministrator fromJson(const QJsonObject &o);
};

struct SessionClb
{
    qint64 id = 0;
    QString name;
    QStringList teams;
    ContactData contact;
    bool localAdmin = false; // the CLB's local LARS administrator (CREON overview)
    LocalAdministrator administrator;
};

struct SessionProfile
{
    qint64 staffId = 0;
    QString firstName;
    QString lastName;
    QString profession;
    qint64 activeClbId = 0;
    QList<SessionClb> clbs;

    bool isValid() const { return staffId != 0; }
    QString displayName() const { return firstName + u' ' + lastName; }
    const SessionClb *clb(qint64 id) const;
    const SessionClb *activeClb() const { return clb(activeClbId); }
    bool activeClbHasTeam() const;
    static SessionProfile fromJson(const QJsonObject &me);
};

} // namespace lars::models
