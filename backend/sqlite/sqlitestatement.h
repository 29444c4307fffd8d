#pragma once

#include "core/status.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace scb {

// A prepared statement, prepared once and reused for every call (the store
// never builds SQL from values: everything variable is a bound parameter).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // `what` names the statement in error messages ("prepare insert chip_log: ...").
    Status prepare(sqlite3 *db, std::string_view sql, std::string_view what);
    bool prepared() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// One statement to prepare: where it goes, its SQL, its name in errors.
struct StatementSql
{
    SqliteStatement *statement;
    std::string_view sql;
    std::string_view what;
};
// Prepares each in order and stops at the first error.
Status prepareAll(sqlite3 *db, std::initializer_list<StatementSql> statements);

// One use of a prepared statement. Resets it and clears its bindings when the
// use ends, so that no finished SELECT keeps a read transaction open (that
// would hold back WAL checkpoints and let the -wal file grow).
class StatementUse
{
public:
    explicit StatementUse(SqliteStatement &statement);
    ~StatementUse();
    StatementUse(const StatementUse &) = delete;
    StatementUse &operator=(const StatementUse &) = delete;

    // Binding returns the SQLite result code; SQLITE_OK on success.
    int bind(int index, int64_t value);
    // The bytes must stay alive until the statement is stepped.
    int bindBlob(int index, const void *data, size_t size);
    int bindReal(int index, double value);
    // The text must stay alive until the statement is stepped.
    int bindText(int index, std::string_view text);
    // A copy of the text is bound: for temporaries.
    int bindTextCopy(int index, std::string_view text);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();

    int64_t int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // Valid until the next step() or the end of this use.
    std::string_view blob(int column) const;
    // A copy of a text column, or its bytes until the next step().
    std::string text(int column) const;
    std::string_view textView(int column) const;

private:
    sqlite3_stmt *m_stmt;
};

// Runs fixed SQL text (pragmas, schema, transaction control) with no parameters.
Status execSql(sqlite3 *db, const char *sql, std::string_view what);

// "what: <sqlite3_errmsg>".
Status sqliteError(sqlite3 *db, std::string_view what);

// The folder a database file goes in, created where missing; what names the
// file in the error ("open history /x/h.db: cannot create the folder …").
Status createParentFolder(const std::string &path, std::string_view what);

} // namespace scb
