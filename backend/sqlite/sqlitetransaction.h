#pragma once

#include "core/status.h"
#include "sqlite/sqlitestatement.h"

#include <cstdint>
#include <string_view>

struct sqlite3;

namespace scb {

// BEGIN IMMEDIATE, BEGIN, COMMIT and ROLLBACK prepared once, for a connection
// that runs a transaction per tick: parsing them again each time would cost
// more than a small append itself.
class TransactionStatements
{
public:
    Status prepare(sqlite3 *db);

private:
    friend class SqliteTransaction;
    SqliteStatement m_beginWrite;
    SqliteStatement m_beginRead;
    SqliteStatement m_commit;
    SqliteStatement m_rollback;
};

// A transaction that rolls back unless committed, so that an error anywhere
// leaves nothing of it behind. Write takes the write lock at once (BEGIN
// IMMEDIATE): a deferred transaction that reads first could fail to upgrade
// with a writer beside it. Read (BEGIN) gives a query of several statements
// one snapshot. Inside the caller's transaction it is a savepoint instead, so
// that the caller's rollback undoes it too.
class SqliteTransaction
{
public:
    enum class Mode : uint8_t { Write, Read };

    // Runs the transaction's SQL text: for connections that open few transactions.
    explicit SqliteTransaction(sqlite3 *db, Mode mode = Mode::Write);
    // Steps the connection's prepared statements instead (not the savepoints).
    SqliteTransaction(sqlite3 *db, TransactionStatements &statements, Mode mode = Mode::Write);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    // Errors read "what: <sqlite3_errmsg>".
    Status begin(std::string_view what);
    Status commit(std::string_view what);

private:
    Status run(SqliteStatement *cached, const char *sql, std::string_view what);

    sqlite3 *m_db;
    TransactionStatements *m_statements = nullptr;
    Mode m_mode;
    bool m_nested = false;
    bool m_open = false;
};

} // namespace scb
