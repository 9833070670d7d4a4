#pragma once
// The schema migration of CREON delivery: derivation rules and activity subjects as data, item value
// kinds, versioned registrations, the server outbox, batches and the sender's lease (docs/creon.md).
#include <QStringList>

namespace lars::server::creon {

class CreonSchema final
{
public:
    static QStringList migration(bool postgres);
};

} // namespace lars::server::creon
