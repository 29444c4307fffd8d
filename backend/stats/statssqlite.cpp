#include "stats/statssqlite.h"

#include <sqlite3.h>

namespace scb::statssql {

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Status Statement::prepare(sqlite3 *db, std::string_view sql, std::string_view what)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return error(db, std::string("prepare ") + std::string(what));
    }
    return {};
}

Use::Use(Statement &statement)
    : m_stmt(statement.handle())
{
}

Use::~Use()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Use::bind(int index, int64_t value)
{
    return sqlite3_bind_int64(m_stmt, index, value);
}

int Use::bindReal(int index, double value)
{
    return sqlite3_bind_double(m_stmt, index, value);
}

int Use::bindText(int index, std::string_view text)
{
    return sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
}

int Use::step()
{
    return sqlite3_step(m_stmt);
}

int64_t Use::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Use::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Use::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(data, static_cast<size_t>(size)) : std::string();
}

std::string_view Use::view(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(data, static_cast<size_t>(size)) : std::string_view();
}

Status exec(sqlite3 *db, const char *sql, std::string_view what)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = std::string(what) + ": " + (message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Status::error(std::move(text));
    }
    return {};
}

Status error(sqlite3 *db, std::string_view what)
{
    return Status::error(std::string(what) + ": " + sqlite3_errmsg(db));
}

Transaction::Transaction(sqlite3 *db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested) {
        sqlite3_exec(m_db, "ROLLBACK TO stats_write; RELEASE stats_write", nullptr, nullptr,
                     nullptr);
    } else if (!sqlite3_get_autocommit(m_db)) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Status Transaction::begin(std::string_view what)
{
    m_nested = !sqlite3_get_autocommit(m_db);
    // IMMEDIATE takes the write lock at once: a deferred transaction that
    // reads first could fail to upgrade with a writer beside it.
    if (Status s = exec(m_db, m_nested ? "SAVEPOINT stats_write" : "BEGIN IMMEDIATE",
                        std::string(what) + ": begin");
        !s.ok())
        return s;
    m_open = true;
    return {};
}

Status Transaction::commit(std::string_view what)
{
    if (Status s =
            exec(m_db, m_nested ? "RELEASE stats_write" : "COMMIT", std::string(what) + ": commit");
        !s.ok())
        return s;
    m_open = false;
    return {};
}

} // namespace scb::statssql
