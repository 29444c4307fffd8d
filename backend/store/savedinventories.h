#pragma once

#include "core/inventory.h"
#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/storeconnection.h"

#include <cstdint>
#include <optional>

namespace scb {

// The inventories history was stored against, so that it can be shown with
// the server gone (table inventory). Retention deletes the unreferenced ones.
class SavedInventories
{
public:
    explicit SavedInventories(StoreConnection &connection)
        : m_connection(connection)
    {
    }
    Status prepare();

    // HistoryStore::saveInventory and loadInventory.
    Status save(const Inventory &inventory);
    std::optional<Inventory> loadNewest();
    std::optional<Inventory> load(uint64_t version);

private:
    std::optional<Inventory> readRow(bool byVersion, uint64_t version);

    StoreConnection &m_connection;
    SqliteStatement m_save;
    SqliteStatement m_loadNewest;
    SqliteStatement m_loadVersion;
};

} // namespace scb
