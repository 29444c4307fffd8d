#include "sqlite/sqlitetransaction.h"

#include <sqlite3.h>

#include <string>

namespace scb {

namespace {

constexpr const char *kSavepoint = "SAVEPOINT scb_write";
constexpr const char *kRelease = "RELEASE scb_write";
constexpr const char *kRollbackSavepoint = "ROLLBACK TO scb_write; RELEASE scb_write";

} // namespace

Status TransactionStatements::prepare(sqlite3 *db)
{
    if (Status s = m_beginWrite.prepare(db, "BEGIN IMMEDIATE", "begin"); !s.ok())
        return s;
    if (Status s = m_beginRead.prepare(db, "BEGIN", "begin read"); !s.ok())
        return s;
    if (Status s = m_commit.prepare(db, "COMMIT", "commit"); !s.ok())
        return s;
    return m_rollback.prepare(db, "ROLLBACK", "rollback");
}

SqliteTransaction::SqliteTransaction(sqlite3 *db, Mode mode)
    : m_db(db)
    , m_mode(mode)
{
}

SqliteTransaction::SqliteTransaction(sqlite3 *db, TransactionStatements &statements, Mode mode)
    : m_db(db)
    , m_statements(&statements)
    , m_mode(mode)
{
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_open)
        return;
    if (m_nested) {
        sqlite3_exec(m_db, kRollbackSavepoint, nullptr, nullptr, nullptr);
        return;
    }
    // SQLite may already have rolled back by itself (e.g. after a full disk).
    if (sqlite3_get_autocommit(m_db))
        return;
    if (m_statements) {
        StatementUse use(m_statements->m_rollback);
        use.step();
    } else {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Status SqliteTransaction::begin(std::string_view what)
{
    m_nested = !sqlite3_get_autocommit(m_db);
    const bool write = m_mode == Mode::Write;
    SqliteStatement *cached = nullptr;
    if (m_statements && !m_nested)
        cached = write ? &m_statements->m_beginWrite : &m_statements->m_beginRead;
    const char *sql = m_nested ? kSavepoint : write ? "BEGIN IMMEDIATE" : "BEGIN";
    if (Status s = run(cached, sql, what); !s.ok())
        return s;
    m_open = true;
    return {};
}

Status SqliteTransaction::commit(std::string_view what)
{
    SqliteStatement *cached = m_statements && !m_nested ? &m_statements->m_commit : nullptr;
    if (Status s = run(cached, m_nested ? kRelease : "COMMIT", what); !s.ok())
        return s;
    m_open = false;
    return {};
}

Status SqliteTransaction::run(SqliteStatement *cached, const char *sql, std::string_view what)
{
    if (!cached)
        return execSql(m_db, sql, what);
    StatementUse use(*cached);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_db, what);
    return {};
}

} // namespace scb
