#pragma once

#include "core/status.h"
#include "stats/datasetindex.h"
#include "stats/statistics.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

struct sqlite3;

namespace scb {

// A fixed set of datasets, searchable: a DatasetIndex in an in-memory SQLite
// database of its own, built once and then only queried. What scb-telemetryd
// serves its catalog from; a reload builds a new one aside, so a query in
// flight finishes on the catalog it started with.
//
// Thread-safety: query() may be called from any thread. The connection is
// not thread-safe, so queries take turns on a mutex.
class DatasetCatalog
{
public:
    // Fails only when the database or its tables cannot be made. Datasets the
    // index refuses (invalid ones) are left out, counted in *refused when given.
    static Result<std::shared_ptr<DatasetCatalog>> build(const std::vector<Dataset> &datasets,
                                                         size_t *refused = nullptr);
    ~DatasetCatalog();
    DatasetCatalog(const DatasetCatalog &) = delete;
    DatasetCatalog &operator=(const DatasetCatalog &) = delete;

    // See DatasetIndex::query().
    Result<DatasetPage> query(const DatasetQuery &query);

private:
    DatasetCatalog() = default;

    sqlite3 *m_db = nullptr;
    std::unique_ptr<DatasetIndex> m_index; // closed before m_db
    std::mutex m_mutex;                    // guards m_index's use of the connection
};

} // namespace scb
