#include "stats/statisticscache.h"

#include "sqlite/sqlitestatement.h"
#include "sqlite/sqlitetransaction.h"

#include <sqlite3.h>

namespace scb {

namespace {

using Statement = SqliteStatement;
using Transaction = SqliteTransaction;
using Use = StatementUse;

// seq keeps each series in the order it was fetched. kind is
// StatisticsCache::Kind; stats_meta holds what was fetched when, and the
// version and load time the server gave the data.
constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS stats_observation(
    kind INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    series TEXT NOT NULL,
    period TEXT NOT NULL,
    category TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY(kind, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_meta(
    kind INTEGER PRIMARY KEY,
    fetched_unix_ms INTEGER NOT NULL,
    server_version TEXT NOT NULL,
    server_loaded_unix_ms INTEGER NOT NULL,
    data_version TEXT NOT NULL,
    data_loaded_unix_ms INTEGER NOT NULL);
)sql";

constexpr const char *kOrigin = "server";

bool isKind(StatisticsCache::Kind kind)
{
    return kind == StatisticsCache::Kind::Catalog || kind == StatisticsCache::Kind::Adoption ||
           kind == StatisticsCache::Kind::Industry;
}

Status unknownKind(StatisticsCache::Kind kind)
{
    return Status::error("statistics cache: unknown kind " +
                         std::to_string(static_cast<int>(kind)));
}

Status storeMeta(sqlite3 *db,
                 StatisticsCache::Kind kind,
                 const StatisticsCache::Freshness &freshness,
                 const std::string &dataVersion,
                 int64_t dataLoadedUnixMs)
{
    Statement statement;
    if (Status s = statement.prepare(db,
                                     "INSERT OR REPLACE INTO stats_meta(kind, fetched_unix_ms, "
                                     "server_version, server_loaded_unix_ms, data_version, "
                                     "data_loaded_unix_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                                     "store statistics meta");
        !s.ok())
        return s;
    Use use(statement);
    use.bind(1, static_cast<int>(kind));
    use.bind(2, freshness.fetchedUnixMs);
    use.bindTextCopy(3, freshness.serverVersion);
    use.bind(4, freshness.serverLoadedUnixMs);
    use.bindTextCopy(5, dataVersion);
    use.bind(6, dataLoadedUnixMs);
    if (use.step() != SQLITE_DONE)
        return sqliteError(db, "store statistics meta");
    return {};
}

} // namespace

Status StatisticsCache::ensureSchema(sqlite3 *db)
{
    if (Status s = DatasetIndex::ensureSchema(db); !s.ok())
        return s;
    return execSql(db, kSchema, "create the statistics tables");
}

Result<std::unique_ptr<StatisticsCache>> StatisticsCache::open(const std::string &path)
{
    const std::string file = path.empty() ? std::string(":memory:") : path;
    const std::string what = "open statistics cache " + file;
    const bool inMemory = file == ":memory:";
    if (!inMemory)
        if (Status s = createParentFolder(path, what); !s.ok())
            return s;
    std::unique_ptr<StatisticsCache> cache(new StatisticsCache);
    const int rc =
        sqlite3_open_v2(file.c_str(), &cache->m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(cache->m_db, what);
    // Another dashboard on the same folder may write it at the same time.
    sqlite3_busy_timeout(cache->m_db, 5000);
    if (!inMemory) {
        Statement mode;
        if (Status s = mode.prepare(cache->m_db, "PRAGMA journal_mode=WAL", "journal mode");
            !s.ok())
            return Status::error(what + ": " + s.message());
        Use use(mode);
        if (use.step() != SQLITE_ROW)
            return sqliteError(cache->m_db, what + ": set WAL mode");
        if (use.text(0) != "wal")
            return Status::error(what + ": the file system does not allow WAL mode (got " +
                                 use.text(0) + ")");
    }
    if (Status s = execSql(cache->m_db, "PRAGMA synchronous=NORMAL", what); !s.ok())
        return s;
    {
        Transaction transaction(cache->m_db);
        if (Status s = transaction.begin(what); !s.ok())
            return s;
        if (Status s = ensureSchema(cache->m_db); !s.ok())
            return Status::error(what + ": " + s.message());
        if (Status s = transaction.commit(what); !s.ok())
            return s;
    }
    cache->m_index = std::make_unique<DatasetIndex>(cache->m_db);
    return cache;
}

StatisticsCache::~StatisticsCache()
{
    // The index's statements go before the connection they belong to.
    m_index.reset();
    sqlite3_close_v2(m_db);
}

Status StatisticsCache::storeCatalog(const std::vector<Dataset> &datasets,
                                     const Freshness &freshness)
{
    const char *what = "store the dataset catalog";
    Transaction transaction(m_db);
    if (Status s = transaction.begin(what); !s.ok())
        return s;
    if (Status s = m_index->replaceOrigin(kOrigin, datasets); !s.ok())
        return s;
    if (Status s = storeMeta(m_db, Kind::Catalog, freshness, freshness.serverVersion,
                             freshness.serverLoadedUnixMs);
        !s.ok())
        return s;
    return transaction.commit(what);
}

Status
StatisticsCache::storeSeries(Kind kind, const StatisticsSeries &series, const Freshness &freshness)
{
    if (!isKind(kind) || kind == Kind::Catalog)
        return Status::error("statistics cache: store series: not a series kind " +
                             std::to_string(static_cast<int>(kind)));
    const std::string what = "store statistics series " + std::to_string(static_cast<int>(kind));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(what); !s.ok())
        return s;
    {
        Statement remove;
        if (Status s = remove.prepare(m_db, "DELETE FROM stats_observation WHERE kind = ?1", what);
            !s.ok())
            return s;
        Use use(remove);
        use.bind(1, static_cast<int>(kind));
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    Statement insert;
    if (Status s = insert.prepare(m_db,
                                  "INSERT INTO stats_observation(kind, seq, series, period, "
                                  "category, value, unit, source) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                  what);
        !s.ok())
        return s;
    int64_t seq = 0;
    for (const Observation &o : series.observations) {
        // What the server sent is checked again: a bad figure is left out
        // rather than shown.
        if (!validateObservation(o).empty())
            continue;
        Use use(insert);
        use.bind(1, static_cast<int>(kind));
        use.bind(2, seq++);
        use.bindTextCopy(3, o.series);
        use.bindTextCopy(4, o.period);
        use.bindTextCopy(5, o.category);
        use.bindReal(6, o.value);
        use.bindTextCopy(7, o.unit);
        use.bindTextCopy(8, o.source);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    if (Status s = storeMeta(m_db, kind, freshness, series.version, series.loadedUnixMs); !s.ok())
        return s;
    return transaction.commit(what);
}

Result<StatisticsSeries> StatisticsCache::series(Kind kind)
{
    if (!isKind(kind) || kind == Kind::Catalog)
        return Status::error("statistics cache: read series: not a series kind " +
                             std::to_string(static_cast<int>(kind)));
    const char *what = "read statistics series";
    StatisticsSeries out;
    // One read transaction: the rows and their meta come from the same store.
    if (Status s = execSql(m_db, "BEGIN", what); !s.ok())
        return s;
    struct End
    {
        sqlite3 *db;
        ~End() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
    } end{m_db};
    {
        Statement select;
        if (Status s = select.prepare(m_db,
                                      "SELECT series, period, category, value, unit, source "
                                      "FROM stats_observation WHERE kind = ?1 ORDER BY seq",
                                      what);
            !s.ok())
            return s;
        Use use(select);
        use.bind(1, static_cast<int>(kind));
        int rc;
        while ((rc = use.step()) == SQLITE_ROW)
            out.observations.push_back(
                {use.text(0), use.text(1), use.text(2), use.real(3), use.text(4), use.text(5)});
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    Statement meta;
    if (Status s = meta.prepare(m_db,
                                "SELECT data_version, data_loaded_unix_ms FROM stats_meta "
                                "WHERE kind = ?1",
                                what);
        !s.ok())
        return s;
    Use use(meta);
    use.bind(1, static_cast<int>(kind));
    const int rc = use.step();
    if (rc == SQLITE_ROW) {
        out.version = use.text(0);
        out.loadedUnixMs = use.int64(1);
    } else if (rc != SQLITE_DONE) {
        return sqliteError(m_db, what);
    }
    return out;
}

Result<StatisticsCache::Freshness> StatisticsCache::freshness(Kind kind)
{
    if (!isKind(kind))
        return unknownKind(kind);
    Statement meta;
    if (Status s = meta.prepare(m_db,
                                "SELECT fetched_unix_ms, server_version, server_loaded_unix_ms "
                                "FROM stats_meta WHERE kind = ?1",
                                "read statistics freshness");
        !s.ok())
        return s;
    Use use(meta);
    use.bind(1, static_cast<int>(kind));
    Freshness out;
    const int rc = use.step();
    if (rc == SQLITE_ROW) {
        out.fetchedUnixMs = use.int64(0);
        out.serverVersion = use.text(1);
        out.serverLoadedUnixMs = use.int64(2);
    } else if (rc != SQLITE_DONE) {
        return sqliteError(m_db, "read statistics freshness");
    }
    return out;
}

} // namespace scb
