#include "sqlite/sqlitestatement.h"

#include <sqlite3.h>

#include <filesystem>
#include <limits>
#include <system_error>

namespace scb {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqliteStatement::prepare(sqlite3 *db, std::string_view sql, std::string_view what)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    // PERSISTENT: these statements live as long as the connection.
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return sqliteError(db, std::string("prepare ") + std::string(what));
    }
    return {};
}

Status prepareAll(sqlite3 *db, std::initializer_list<StatementSql> statements)
{
    for (const StatementSql &s : statements) {
        if (Status status = s.statement->prepare(db, s.sql, s.what); !status.ok())
            return status;
    }
    return {};
}

StatementUse::StatementUse(SqliteStatement &statement)
    : m_stmt(statement.handle())
{
}

StatementUse::~StatementUse()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int StatementUse::bind(int index, int64_t value)
{
    return sqlite3_bind_int64(m_stmt, index, value);
}

int StatementUse::bindBlob(int index, const void *data, size_t size)
{
    if (size > static_cast<size_t>(std::numeric_limits<int>::max()))
        return SQLITE_TOOBIG;
    // A zero-length blob must still bind as a blob, not as NULL.
    static const char empty = 0;
    return sqlite3_bind_blob(m_stmt, index, size ? data : &empty, static_cast<int>(size),
                             SQLITE_STATIC);
}

int StatementUse::bindReal(int index, double value)
{
    return sqlite3_bind_double(m_stmt, index, value);
}

int StatementUse::bindText(int index, std::string_view text)
{
    return sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
}

int StatementUse::bindTextCopy(int index, std::string_view text)
{
    return sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
}

int StatementUse::step()
{
    return sqlite3_step(m_stmt);
}

int64_t StatementUse::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double StatementUse::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool StatementUse::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string_view StatementUse::blob(int column) const
{
    // sqlite3_column_blob before sqlite3_column_bytes: the documented safe order.
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return {static_cast<const char *>(data), static_cast<size_t>(size)};
}

std::string StatementUse::text(int column) const
{
    return std::string(textView(column));
}

std::string_view StatementUse::textView(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(data, static_cast<size_t>(size)) : std::string_view();
}

Status execSql(sqlite3 *db, const char *sql, std::string_view what)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    std::string text = std::string(what) + ": " + (message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return Status::error(std::move(text));
}

Status sqliteError(sqlite3 *db, std::string_view what)
{
    const char *message = db ? sqlite3_errmsg(db) : "out of memory";
    return Status::error(std::string(what) + ": " + message);
}

Status createParentFolder(const std::string &path, std::string_view what)
{
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (folder.empty() || std::filesystem::is_directory(folder, ec))
        return {};
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return Status::error(std::string(what) + ": cannot create the folder " + folder.string() +
                             ": " + ec.message());
    return {};
}

} // namespace scb
