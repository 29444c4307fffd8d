#pragma once

#include "core/fleettick.h"
#include "core/status.h"
#include "sqlite/sqlitestatement.h"

#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace scb {

// Writes ticks into the hot log (chiplayout.h): for append, and for the
// schema 3 migration, which re-chunks version 2's whole ticks. Takes a bare
// connection for the migration's sake, which runs before the store is set up.
class HotLogWriter
{
public:
    explicit HotLogWriter(sqlite3 *db);
    Status prepare();

    // One tick's rows: encodeTick of each chunk of kHotChunkChips chips. Done
    // before the write transaction, which then only inserts.
    static std::vector<std::string> encodeChunks(const FleetTick &tick);
    // A hot_tick row, its chunks (from encodeChunks) and a row per event.
    // The caller holds the transaction.
    Status
    insert(const FleetTick &tick, const std::vector<std::string> &chunks, const std::string &what);

    // The newest chip tick stored, hot or compacted (0 if none): append
    // refuses ticks not newer.
    Result<int64_t> newestTickMs(const std::string &what);

private:
    sqlite3 *m_db;
    SqliteStatement m_insertTick;
    SqliteStatement m_insertChunk;
    SqliteStatement m_insertEvent;
    SqliteStatement m_newestHotTick;
    SqliteStatement m_newestSegment;
};

} // namespace scb
