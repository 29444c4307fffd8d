#pragma once

#include "core/status.h"
#include "sqlite/sqlitetransaction.h"

#include <cstdint>
#include <string>
#include <utility>

struct sqlite3;

namespace scb {

// What the parts of a HistoryStore share: the one connection it owns (used
// from one thread at a time, as HistoryStore says), its transaction
// statements, and what went wrong where no Status could say it.
struct StoreConnection
{
    sqlite3 *db = nullptr;
    bool readOnly = false;
    TransactionStatements transactions;
    uint64_t corruptRecords = 0; // unreadable records skipped since open
    std::string lastError;

    Status refuseIfReadOnly(const std::string &what) const
    {
        if (readOnly)
            return Status::error(what + ": the history is open read-only");
        return {};
    }
    void noteError(std::string message) { lastError = std::move(message); }
    void noteCorrupt(std::string message)
    {
        ++corruptRecords;
        noteError(std::move(message));
    }
};

} // namespace scb
