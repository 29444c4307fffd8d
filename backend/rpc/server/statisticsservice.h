#pragma once

#include "core/status.h"
#include "stats/statsfiles.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace grpc {
class Service;
}

namespace scb {

// What the statistics service has done since it was constructed.
struct StatisticsServiceStats
{
    uint64_t listCalls = 0;        // ListDatasets answered
    uint64_t seriesCalls = 0;      // GetCloudAdoption and GetIndustryOutput answered
    uint64_t rejectedRequests = 0; // INVALID_ARGUMENT
    uint64_t loads = 0;            // data swapped in (the first load included)
    uint64_t failedReloads = 0;    // reloads that kept the last good data
};

// scb.v1.StatisticsService: the dataset catalog and the base's statistics,
// served from a data folder (see statsfiles.h). TelemetryServer serves it
// beside TelemetryService when ServerConfig::statistics is set.
//
// The data served is an immutable snapshot: the loaded StatisticsData's
// DatasetCatalog and both series prebuilt as messages. A (re)load builds a
// new snapshot aside and swaps the pointer; each call takes the pointer
// once, so a call in flight finishes on the data it started with.
//
// A ListDatasets page may hold fewer than page_size datasets: it stops
// short of 16 MiB (the next page token then starts at the first one left
// out). Facets carry at most 1,000 values per field, largest counts first,
// and 4 MiB in all.
//
// Thread-safety: every member may be called from any thread; loads are
// serialized among themselves.
class StatisticsService
{
public:
    StatisticsService();
    ~StatisticsService();
    StatisticsService(const StatisticsService &) = delete;
    StatisticsService &operator=(const StatisticsService &) = delete;

    struct LoadOutcome
    {
        bool applied = false;              // the folder's data is now served
        std::vector<std::string> problems; // one line each: "datasets.csv:17: issued: ..."
        std::string summary;               // "228 datasets, 512 adoption and 61 industry
                                           // observations, version 3f0c..."; of the data served
    };

    // At start: serves every valid record of `folder`; a bad record is
    // skipped and listed in problems, a file that fails as a whole too.
    // Not applied only when nothing valid was loaded (no dataset and no
    // observation) or the catalog index could not be built.
    LoadOutcome load(const std::string &folder);
    // Reads the folder of the last load() again, all or nothing: any problem
    // keeps the data served as it was (counted in failedReloads).
    LoadOutcome reload();

    // Serves `data` as it is (already validated). Fails only when the
    // catalog index cannot be built; the data served is then unchanged.
    Status setData(StatisticsData data);

    bool hasData() const;
    std::string folder() const;  // of the last load()
    std::string version() const; // of the data served; empty without data
    StatisticsServiceStats stats() const;

    // The gRPC service (synchronous API: catalog queries block on SQLite),
    // for a grpc::ServerBuilder. Owned by this object, which must outlive
    // every server it is registered with.
    grpc::Service *grpcService();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace scb
