#pragma once

#include "core/status.h"
#include "stats/datasetindex.h"
#include "stats/statistics.h"

#include <memory>
#include <string>

struct sqlite3;

namespace scb {

// The app's offline copy of the base's statistics, in a SQLite file of its
// own (statistics.db beside the history file), so the dataset, adoption and
// industry panels work with the server gone and can say how old their data
// is. A file of its own, not tables in the history file: storing a fetched
// catalog or an import is one long transaction, which would hold the history
// writer's lock and fail live ticks (their busy timeout is 5 s). The catalog lives in
// DatasetIndex's tables (origin "server" for what was fetched, "import:<file>" for imports); the
// series in stats_observation, one row per observation and kind; what was
// fetched when in stats_meta.
//
// WAL mode. Not thread-safe: one thread at a time.
class StatisticsCache
{
public:
    enum class Kind : uint8_t { Catalog = 1, Adoption = 2, Industry = 3 };

    struct Freshness
    {
        int64_t fetchedUnixMs = 0; // 0: never fetched
        std::string serverVersion; // DataInfo.version of what was fetched
        int64_t serverLoadedUnixMs = 0;
    };

    // Opens (creating its folder and the tables if missing) the SQLite file
    // at path; an empty path or ":memory:" gives a cache in memory.
    static Result<std::unique_ptr<StatisticsCache>> open(const std::string &path);
    // Creates the tables if missing; idempotent.
    static Status ensureSchema(sqlite3 *db);
    ~StatisticsCache();

    DatasetIndex &catalog() { return *m_index; }

    // Replaces the fetched catalog (origin "server"), keeping imports.
    Status storeCatalog(const std::vector<Dataset> &datasets, const Freshness &freshness);
    // Replaces the kind's series (Adoption or Industry); observations that
    // fail validateObservation() are left out.
    Status storeSeries(Kind kind, const StatisticsSeries &series, const Freshness &freshness);
    // As stored, in the order given; empty (no error) when never fetched.
    Result<StatisticsSeries> series(Kind kind);
    Result<Freshness> freshness(Kind kind); // fetchedUnixMs 0: never fetched

private:
    StatisticsCache() = default;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<DatasetIndex> m_index;
};

} // namespace scb
