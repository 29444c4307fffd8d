#pragma once

// Small SQLite helpers for the stats sources (not part of the library's
// API; scb_store has its own, and links this library, not the reverse).

#include "core/status.h"

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace scb::statssql {

// A prepared statement, finalized with its owner.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Status prepare(sqlite3 *db, std::string_view sql, std::string_view what);
    bool prepared() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// One use of a statement: reset and its bindings cleared when it ends, so a
// finished SELECT holds no read transaction open. Texts are copied when
// bound.
class Use
{
public:
    explicit Use(Statement &statement);
    ~Use();
    Use(const Use &) = delete;
    Use &operator=(const Use &) = delete;

    int bind(int index, int64_t value);
    int bindReal(int index, double value);
    int bindText(int index, std::string_view text);
    int step(); // SQLITE_ROW, SQLITE_DONE or an error code

    int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    // Valid until the next step() or the end of this use.
    std::string_view view(int column) const;

private:
    sqlite3_stmt *m_stmt;
};

// Fixed SQL text, no parameters.
Status exec(sqlite3 *db, const char *sql, std::string_view what);
// "what: <sqlite3_errmsg>".
Status error(sqlite3 *db, std::string_view what);

// A write transaction, or a savepoint inside the caller's transaction when
// there is one. Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin(std::string_view what);
    Status commit(std::string_view what);

private:
    sqlite3 *m_db;
    bool m_nested = false;
    bool m_open = false;
};

} // namespace scb::statssql
