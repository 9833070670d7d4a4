#pragma once
// How the CREON receiver is told to misbehave, for tests and the demo: answer 503, answer slowly, drop the
// connection after reading (and storing) the request, or refuse matching records with a reason. Set by
// command-line options at start and changed at run time with POST /control.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lars::tools {

struct RefusalRule
{
    QString registrationId; // empty: any
    QString item;           // empty: any
    QString insz;           // empty: any
    qint64 version = 0;     // 0: any
    QString reason;

    bool matches(const QJsonObject &record) const;
    QJsonObject toJson() const;
};

struct ReceiverBehaviour
{
    int unavailable = 0; // answer 503 to the next N batches; -1: until told otherwise
    int slowMs = 0;      // delay every answer by this much
    int drop = 0;        // close the connection of the next N batches after storing, without answering
    QList<RefusalRule> refusals;

    // Applies the keys present in o (a /control body); false with *error on a bad value, nothing changed.
    bool apply(const QJsonObject &o, QString *error);
    // "lengte:Lengte onwaarschijnlijk" refuses an item; "<uuid>:reason" one registration; "<uuid>@2:reason"
    // one version of it.
    static bool parseRefusal(const QString &spec, RefusalRule *rule, QString *error);
    QJsonObject toJson() const;
};

} // namespace lars::tools
