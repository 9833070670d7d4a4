#pragma once
// The words the CREON tab and the administrator view use for a registration: its value, where it comes
// from (which consult or activity) and its delivery state, in the user's language.
#include <QCoreApplication>
#include <QJsonObject>

namespace lars::ui {

class CreonTexts final
{
    Q_DECLARE_TR_FUNCTIONS(CreonTexts)
public:
    static QString value(const QJsonValue &value);
    static QString contactName(const QString &contact);
    static QString source(const QJsonObject &registration);
    static QString state(const QJsonObject &registration);
    // Refused or failed: the staff member can correct it or send it again.
    static bool needsAttention(const QJsonObject &registration);
};

} // namespace lars::ui
