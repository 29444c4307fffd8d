#include "store/savedinventories.h"

#include "store/inventorycodec.h"

#include <sqlite3.h>

#include <chrono>
#include <string>

namespace scb {

namespace {

int64_t nowUnixMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

Status SavedInventories::prepare()
{
    return prepareAll(
        m_connection.db,
        {
            // saved_unix_ms only grows, even if the clock steps back: the
            // newest save is the one loadNewest() returns.
            {&m_save,
             "INSERT OR REPLACE INTO inventory(version, saved_unix_ms, data) VALUES(?1, "
             "max(?2, coalesce((SELECT max(saved_unix_ms) + 1 FROM inventory), ?2)), ?3)",
             "save inventory"},
            {&m_loadNewest,
             "SELECT version, data FROM inventory ORDER BY saved_unix_ms DESC, version DESC "
             "LIMIT 1",
             "load inventory"},
            {&m_loadVersion, "SELECT version, data FROM inventory WHERE version = ?1",
             "load inventory version"},
        });
}

Status SavedInventories::save(const Inventory &inventory)
{
    const std::string what = "save inventory version " + std::to_string(inventory.version);
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    const std::string problem = validateInventory(inventory);
    if (!problem.empty())
        return Status::error(what + ": " + problem);
    const std::string data = encodeInventory(inventory);
    StatementUse use(m_save);
    // Versions are stored as the same 64 bits, read back the same way.
    if (use.bind(1, static_cast<int64_t>(inventory.version)) != SQLITE_OK ||
        use.bind(2, nowUnixMs()) != SQLITE_OK ||
        use.bindBlob(3, data.data(), data.size()) != SQLITE_OK || use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

std::optional<Inventory> SavedInventories::loadNewest()
{
    return readRow(false, 0);
}

std::optional<Inventory> SavedInventories::load(uint64_t version)
{
    return readRow(true, version);
}

std::optional<Inventory> SavedInventories::readRow(bool byVersion, uint64_t version)
{
    m_connection.lastError.clear();
    const std::string what = byVersion ? "load inventory version " + std::to_string(version)
                                       : std::string("load inventory");
    StatementUse use(byVersion ? m_loadVersion : m_loadNewest);
    if (byVersion)
        use.bind(1, static_cast<int64_t>(version));
    const int rc = use.step();
    if (rc == SQLITE_DONE)
        return std::nullopt;
    if (rc != SQLITE_ROW) {
        m_connection.noteError(sqliteError(m_connection.db, what).message());
        return std::nullopt;
    }
    const uint64_t rowVersion = static_cast<uint64_t>(use.int64(0));
    Inventory inventory;
    Status decoded = decodeInventory(use.blob(1), inventory);
    if (decoded.ok() && inventory.version != rowVersion)
        decoded = Status::error("stored inventory: version " + std::to_string(inventory.version) +
                                " in a row for version " + std::to_string(rowVersion));
    if (!decoded.ok()) {
        m_connection.noteCorrupt(what + ": " + decoded.message());
        return std::nullopt;
    }
    return inventory;
}

} // namespace scb
