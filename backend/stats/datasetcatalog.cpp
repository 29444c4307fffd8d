#include "stats/datasetcatalog.h"

#include <sqlite3.h>

#include <string>

namespace scb {

namespace {
// The origin of every row: all of them come from the data files.
constexpr const char *kOrigin = "file";
} // namespace

Result<std::shared_ptr<DatasetCatalog>> DatasetCatalog::build(const std::vector<Dataset> &datasets,
                                                              size_t *refused)
{
    std::shared_ptr<DatasetCatalog> catalog(new DatasetCatalog);
    const int rc =
        sqlite3_open_v2(":memory:", &catalog->m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return Status::error(std::string("cannot open an in-memory database: ") +
                             sqlite3_errstr(rc));
    if (Status status = DatasetIndex::ensureSchema(catalog->m_db); !status)
        return status;
    catalog->m_index = std::make_unique<DatasetIndex>(catalog->m_db);
    if (refused)
        *refused = 0;
    if (Status status = catalog->m_index->replaceOrigin(kOrigin, datasets, refused); !status)
        return status;
    return catalog;
}

DatasetCatalog::~DatasetCatalog()
{
    m_index.reset(); // its statements before the connection
    if (m_db)
        sqlite3_close(m_db);
}

Result<DatasetPage> DatasetCatalog::query(const DatasetQuery &query)
{
    std::lock_guard lock(m_mutex);
    return m_index->query(query);
}

} // namespace scb
