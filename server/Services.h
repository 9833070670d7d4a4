#pragma once
// What every route handler of one database connection needs: the database, the configuration, bearer
// tokens, the audit log and the team authorisation. Route groups get it at construction.
#include "server/ServerConfig.h"
#include "server/auth/TeamAccess.h"
#include "server/store/AuditStore.h"
#include "server/store/Database.h"
#include "server/store/TokenStore.h"

namespace lars::server {

struct Services
{
    Services(store::Database &database, const ServerConfig &serverConfig)
        : db(database)
        , config(serverConfig)
        , tokens(database)
        , audit(database)
        , access(database)
    {}
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    store::Database &db;
    const ServerConfig &config;
    store::TokenStore tokens;
    store::AuditStore audit;
    auth::TeamAccess access;
};

} // namespace lars::server
