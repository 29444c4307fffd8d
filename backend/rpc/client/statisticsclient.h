#pragma once

#include "core/status.h"
#include "stats/statistics.h"

#include <functional>
#include <memory>
#include <string>

namespace scb {

// A blocking client of scb.v1.StatisticsService, for worker threads: every
// call has a deadline and returns an error message instead of throwing.
// Answers are validated as untrusted input: invalid datasets or
// observations are dropped and counted in *refused.
class StatisticsClient
{
public:
    explicit StatisticsClient(const std::string &target, int deadlineMs = 10'000);
    ~StatisticsClient();

    struct CatalogInfo
    {
        std::string version;
        int64_t loadedUnixMs = 0;
    };

    Result<DatasetPage>
    listDatasets(const DatasetQuery &query, CatalogInfo *info = nullptr, size_t *refused = nullptr);
    // Every dataset, page by page (1000 a page), without facets; stops at
    // 200,000 datasets. progress(fetched, total) after each page; returning
    // false cancels (an error "cancelled").
    Result<std::vector<Dataset>>
    fetchCatalog(CatalogInfo *info = nullptr,
                 size_t *refused = nullptr,
                 const std::function<bool(size_t, size_t)> &progress = {});
    Result<StatisticsSeries> cloudAdoption(size_t *refused = nullptr);
    Result<StatisticsSeries> industryOutput(size_t *refused = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace scb
