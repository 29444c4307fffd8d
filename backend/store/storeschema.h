#pragma once

#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/storeconnection.h"

#include <string>

struct sqlite3;

namespace scb {

// The file's schema: who wrote the file, WAL set-up, the migrations from
// every earlier version (run at open), and the version it holds.
class StoreSchema
{
public:
    explicit StoreSchema(StoreConnection &connection)
        : m_connection(connection)
    {
    }

    // Identifies the file before changing anything in it (WAL mode included);
    // a writer then sets WAL mode and migrates an older schema. readOnly
    // never changes the file: it needs the current schema.
    static Status setUp(sqlite3 *db, const std::string &what, bool readOnly);

    Status prepare();
    // PRAGMA user_version; -1 if it cannot be read (told in lastError).
    int version();

private:
    StoreConnection &m_connection;
    SqliteStatement m_userVersion;
};

} // namespace scb
