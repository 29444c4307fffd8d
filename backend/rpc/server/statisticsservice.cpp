#include "rpc/server/statisticsservice.h"

#include "rpc/common/protoconvert.h"
#include "stats/datasetcatalog.h"

#include "scb/v1/statistics.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <mutex>

namespace scb {

namespace {

// A page's datasets stop short of page_size rather than pass this (the
// server's send limit is 64 MiB; a client's receive limit 32 MiB): the next
// page token then points at the first dataset left out.
constexpr size_t kMaxPageBytes = size_t(16) << 20;
// Facet values sent per field, largest counts first, and their bytes in all.
constexpr size_t kMaxFacetValues = 1000;
constexpr size_t kMaxFacetBytes = size_t(4) << 20;

// The data one call answers from; never changed once built.
struct ServedData
{
    std::shared_ptr<DatasetCatalog> catalog;
    v1::DataInfo info;
    v1::StatisticsSeries adoption;
    v1::StatisticsSeries industry;
    std::string summary;
};
using ServedDataPtr = std::shared_ptr<const ServedData>;

std::string summarize(size_t datasets, size_t adoption, size_t industry, const std::string &version)
{
    return std::to_string(datasets) + " datasets, " + std::to_string(adoption) + " adoption and " +
           std::to_string(industry) + " industry observations, version " +
           (version.empty() ? std::string("(none)") : version);
}

// Builds what is served aside; `refused` counts datasets the catalog would not take.
Result<ServedDataPtr> buildServedData(const StatisticsData &data, size_t *refused)
{
    auto served = std::make_shared<ServedData>();
    Result<std::shared_ptr<DatasetCatalog>> catalog = DatasetCatalog::build(data.datasets, refused);
    if (!catalog)
        return catalog.status();
    served->catalog = std::move(*catalog);

    served->info.set_version(data.version);
    served->info.set_loaded_unix_ms(data.loadedUnixMs);
    const auto fill = [&](const std::vector<Observation> &observations,
                          v1::StatisticsSeries &series) {
        series.mutable_observations()->Reserve(int(observations.size()));
        for (const Observation &observation : observations)
            toProto(observation, series.add_observations());
        *series.mutable_info() = served->info;
    };
    fill(data.adoption, served->adoption);
    fill(data.industry, served->industry);
    served->summary = summarize(data.datasets.size() - *refused, data.adoption.size(),
                                data.industry.size(), data.version);
    return ServedDataPtr(std::move(served));
}

grpc::Status unavailable()
{
    return {grpc::StatusCode::UNAVAILABLE, "no statistics are loaded on this server"};
}

// What the gRPC methods and the loaders share.
struct ServiceState
{
    ServedDataPtr current() const
    {
        std::lock_guard lock(snapshotMutex);
        return snapshot;
    }

    void swap(ServedDataPtr next)
    {
        ServedDataPtr old;
        {
            std::lock_guard lock(snapshotMutex);
            old = std::move(snapshot);
            snapshot = std::move(next);
        }
        loads.fetch_add(1);
        // `old` dies here, outside the lock, or later with its last call.
    }

    std::string summary() const
    {
        ServedDataPtr now = current();
        return now ? now->summary : std::string("no data");
    }

    mutable std::mutex snapshotMutex;
    ServedDataPtr snapshot;

    std::atomic<uint64_t> listCalls{0};
    std::atomic<uint64_t> seriesCalls{0};
    std::atomic<uint64_t> rejectedRequests{0};
    std::atomic<uint64_t> loads{0};
    std::atomic<uint64_t> failedReloads{0};
};

class StatisticsGrpc final : public v1::StatisticsService::Service
{
public:
    explicit StatisticsGrpc(ServiceState &state)
        : m_impl(state)
    {
    }

    grpc::Status ListDatasets(grpc::ServerContext *context,
                              const v1::ListDatasetsRequest *request,
                              v1::ListDatasetsResponse *response) override;
    grpc::Status GetCloudAdoption(grpc::ServerContext *context,
                                  const v1::GetCloudAdoptionRequest *request,
                                  v1::StatisticsSeries *response) override;
    grpc::Status GetIndustryOutput(grpc::ServerContext *context,
                                   const v1::GetIndustryOutputRequest *request,
                                   v1::StatisticsSeries *response) override;

private:
    ServiceState &m_impl;
};

grpc::Status StatisticsGrpc::ListDatasets(grpc::ServerContext * /*context*/,
                                          const v1::ListDatasetsRequest *request,
                                          v1::ListDatasetsResponse *response)
{
    const ServedDataPtr snapshot = m_impl.current();
    if (!snapshot)
        return unavailable();
    Result<DatasetQuery> query = fromProto(*request);
    if (!query) {
        m_impl.rejectedRequests.fetch_add(1);
        return {grpc::StatusCode::INVALID_ARGUMENT, query.error()};
    }
    Result<DatasetPage> page = snapshot->catalog->query(*query);
    if (!page)
        return {grpc::StatusCode::INTERNAL, "the catalog query failed: " + page.error()};

    auto *datasets = response->mutable_datasets();
    datasets->Reserve(int(page->datasets.size()));
    size_t bytes = 0;
    for (const Dataset &dataset : page->datasets) {
        v1::Dataset *wire = datasets->Add();
        toProto(dataset, wire);
        bytes += wire->ByteSizeLong() + 8; // the field's tag and length
        if (bytes > kMaxPageBytes && datasets->size() > 1) {
            datasets->RemoveLast();
            break;
        }
    }
    response->set_total_size(page->total);
    const uint64_t next = uint64_t(query->offset) + uint64_t(datasets->size());
    if (next < page->total)
        response->set_next_page_token(pageToken(uint32_t(next)));
    size_t facetBytes = 0;
    for (const Facet &facet : page->facets) {
        v1::Facet *wire = response->add_facets();
        wire->set_field(facet.field);
        for (const FacetCount &count : facet.counts) {
            facetBytes += count.value.size() + 16;
            if (size_t(wire->counts_size()) >= kMaxFacetValues || facetBytes > kMaxFacetBytes)
                break;
            auto *out = wire->add_counts();
            out->set_value(count.value);
            out->set_count(count.count);
        }
    }
    *response->mutable_info() = snapshot->info;
    m_impl.listCalls.fetch_add(1);
    return grpc::Status::OK;
}

grpc::Status StatisticsGrpc::GetCloudAdoption(grpc::ServerContext * /*context*/,
                                              const v1::GetCloudAdoptionRequest * /*request*/,
                                              v1::StatisticsSeries *response)
{
    const ServedDataPtr snapshot = m_impl.current();
    if (!snapshot)
        return unavailable();
    *response = snapshot->adoption;
    m_impl.seriesCalls.fetch_add(1);
    return grpc::Status::OK;
}

grpc::Status StatisticsGrpc::GetIndustryOutput(grpc::ServerContext * /*context*/,
                                               const v1::GetIndustryOutputRequest * /*request*/,
                                               v1::StatisticsSeries *response)
{
    const ServedDataPtr snapshot = m_impl.current();
    if (!snapshot)
        return unavailable();
    *response = snapshot->industry;
    m_impl.seriesCalls.fetch_add(1);
    return grpc::Status::OK;
}

} // namespace

struct StatisticsService::Impl : ServiceState
{
    mutable std::mutex loadMutex; // serializes load/reload/setData; guards folder
    std::string folder;
    StatisticsGrpc service{*this};
};

StatisticsService::StatisticsService()
    : d(std::make_unique<Impl>())
{
}

StatisticsService::~StatisticsService() = default;

StatisticsService::LoadOutcome StatisticsService::load(const std::string &folder)
{
    std::lock_guard lock(d->loadMutex);
    d->folder = folder;
    LoadOutcome outcome;
    LoadResult loaded = loadStatistics(folder);
    for (const DataProblem &problem : loaded.problems)
        outcome.problems.push_back(problem.text());
    const StatisticsData &data = loaded.data;
    if (data.datasets.empty() && data.adoption.empty() && data.industry.empty()) {
        outcome.problems.push_back("no valid dataset or observation in " + folder);
        outcome.summary = d->summary();
        return outcome;
    }
    size_t refused = 0;
    Result<ServedDataPtr> snapshot = buildServedData(data, &refused);
    if (!snapshot) {
        outcome.problems.push_back("the catalog index: " + snapshot.error());
        outcome.summary = d->summary();
        return outcome;
    }
    if (refused)
        outcome.problems.push_back("the catalog index refused " + std::to_string(refused) +
                                   " datasets");
    outcome.summary = (*snapshot)->summary;
    d->swap(std::move(*snapshot));
    outcome.applied = true;
    return outcome;
}

StatisticsService::LoadOutcome StatisticsService::reload()
{
    std::lock_guard lock(d->loadMutex);
    LoadOutcome outcome;
    const auto fail = [&] {
        d->failedReloads.fetch_add(1);
        outcome.summary = d->summary();
        return outcome;
    };
    if (d->folder.empty()) {
        outcome.problems.push_back("no data folder was loaded: nothing to reload");
        return fail();
    }
    LoadResult loaded = loadStatistics(d->folder);
    if (!loaded.ok()) {
        for (const DataProblem &problem : loaded.problems)
            outcome.problems.push_back(problem.text());
        return fail();
    }
    size_t refused = 0;
    Result<ServedDataPtr> snapshot = buildServedData(loaded.data, &refused);
    if (!snapshot) {
        outcome.problems.push_back("the catalog index: " + snapshot.error());
        return fail();
    }
    if (refused) {
        outcome.problems.push_back("the catalog index refused " + std::to_string(refused) +
                                   " datasets");
        return fail();
    }
    outcome.summary = (*snapshot)->summary;
    d->swap(std::move(*snapshot));
    outcome.applied = true;
    return outcome;
}

Status StatisticsService::setData(StatisticsData data)
{
    std::lock_guard lock(d->loadMutex);
    size_t refused = 0;
    Result<ServedDataPtr> snapshot = buildServedData(data, &refused);
    if (!snapshot)
        return snapshot.status();
    d->swap(std::move(*snapshot));
    return {};
}

bool StatisticsService::hasData() const
{
    return d->current() != nullptr;
}

std::string StatisticsService::folder() const
{
    std::lock_guard lock(d->loadMutex);
    return d->folder;
}

std::string StatisticsService::version() const
{
    ServedDataPtr snapshot = d->current();
    return snapshot ? snapshot->info.version() : std::string();
}

StatisticsServiceStats StatisticsService::stats() const
{
    StatisticsServiceStats stats;
    stats.listCalls = d->listCalls.load();
    stats.seriesCalls = d->seriesCalls.load();
    stats.rejectedRequests = d->rejectedRequests.load();
    stats.loads = d->loads.load();
    stats.failedReloads = d->failedReloads.load();
    return stats;
}

grpc::Service *StatisticsService::grpcService()
{
    return &d->service;
}

} // namespace scb
