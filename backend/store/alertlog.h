#pragma once

#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/historystore.h"
#include "store/storeconnection.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scb {

// The alert history (schema 4, table alert_log): what the alert engine
// raised, escalated and cleared, and who acknowledged it. Retention deletes
// the cleared rows that aged out.
class AlertLog
{
public:
    explicit AlertLog(StoreConnection &connection)
        : m_connection(connection)
    {
    }
    Status prepare();

    // HistoryStore::recordAlert*, closeStaleAlerts and queryAlerts.
    Result<AlertRecord> recordRaised(const AlertRecord &alert);
    Status closeStale(int64_t seenBeforeMs, int64_t clearedMs);
    Status recordEscalated(int64_t id, int severity, int64_t escalatedMs, double value);
    Status recordCleared(int64_t id, int64_t clearedMs, double peak);
    Status
    recordAcknowledged(int64_t id, const std::string &who, const std::string &note, int64_t ackMs);
    Result<std::vector<AlertRecord>> query(int64_t fromMs, int64_t toMs, size_t maxAlerts);

private:
    Result<std::optional<AlertRecord>> findOpen(const AlertRecord &alert, const std::string &what);
    Result<AlertRecord>
    takeOver(AlertRecord open, const AlertRecord &alert, const std::string &what);
    Result<AlertRecord> insert(const AlertRecord &alert, const std::string &what);

    StoreConnection &m_connection;
    SqliteStatement m_findOpen;
    SqliteStatement m_insert;
    SqliteStatement m_reopen;
    SqliteStatement m_closeStale;
    SqliteStatement m_escalate;
    SqliteStatement m_clear;
    SqliteStatement m_acknowledge;
    SqliteStatement m_query;
};

} // namespace scb
