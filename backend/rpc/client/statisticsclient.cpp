#include "rpc/client/statisticsclient.h"

#include "rpc/common/protoconvert.h"
#include "scb/v1/statistics.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <unordered_set>

namespace scb {

namespace {

// What one answer may weigh, checked by gRPC before protobuf parses (and
// allocates) anything. The server keeps a page's datasets under 16 MiB; the
// series are a few thousand observations.
constexpr int kMaxReceiveBytes = 32 << 20;
// Requests are small; the server refuses anything over 1 MiB.
constexpr int kMaxSendBytes = 1 << 20;

constexpr uint32_t kCatalogPageSize = 1000;
constexpr size_t kMaxCatalogDatasets = 200'000;
// A page never holds fewer than ~180 datasets (16 MiB / the largest valid
// dataset), so 200,000 datasets take far fewer pages than this; more means
// a server leading the client on.
constexpr size_t kMaxCatalogPages = 5000;
// The server reloaded its data while the catalog was read: start again, a
// few times.
constexpr int kMaxCatalogRestarts = 3;

constexpr const char *kNoTarget = "no server address to fetch statistics from";
constexpr size_t kMaxVersionBytes = 256;
constexpr size_t kMaxFacetValues = 10'000;
constexpr size_t kMaxFacetValueBytes = 20'000;
constexpr std::array<std::string_view, 7> kFacetFields{
    "theme", "level", "publisher", "format", "annotation", "license", "access"};

std::string describe(const grpc::Status &status)
{
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
        return "server unavailable: " + status.error_message();
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return "the server did not answer in time";
    case grpc::StatusCode::UNIMPLEMENTED:
        return "the server does not serve statistics (scb.v1.StatisticsService)";
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return "the server's answer is too large: " + status.error_message();
    case grpc::StatusCode::CANCELLED:
        return "cancelled";
    default:
        return status.error_message().empty() ? "error " + std::to_string(int(status.error_code()))
                                              : status.error_message();
    }
}

StatisticsClient::CatalogInfo readInfo(const v1::DataInfo &info)
{
    StatisticsClient::CatalogInfo out;
    out.version = info.version().substr(0, kMaxVersionBytes);
    out.loadedUnixMs = std::max<int64_t>(info.loaded_unix_ms(), 0);
    return out;
}

// Facets as untrusted input: known fields once each, bounded values.
std::vector<Facet> readFacets(const google::protobuf::RepeatedPtrField<v1::Facet> &wire)
{
    std::vector<Facet> facets;
    for (const v1::Facet &in : wire) {
        const bool known =
            std::find(kFacetFields.begin(), kFacetFields.end(), in.field()) != kFacetFields.end();
        const bool seen = std::any_of(facets.begin(), facets.end(),
                                      [&](const Facet &f) { return f.field == in.field(); });
        if (!known || seen)
            continue;
        Facet facet;
        facet.field = in.field();
        for (const auto &count : in.counts()) {
            if (facet.counts.size() >= kMaxFacetValues)
                break;
            if (count.value().size() <= kMaxFacetValueBytes)
                facet.counts.push_back({count.value(), count.count()});
        }
        facets.push_back(std::move(facet));
    }
    return facets;
}

} // namespace

struct StatisticsClient::Impl
{
    std::string target;
    int deadlineMs = 10'000;
    std::unique_ptr<v1::StatisticsService::Stub> stub;

    std::chrono::system_clock::time_point deadline() const
    {
        return std::chrono::system_clock::now() + std::chrono::milliseconds(deadlineMs);
    }

    struct Page
    {
        DatasetPage page;
        CatalogInfo info;
        std::string nextToken;
    };

    Result<Page> listPage(const DatasetQuery &query, size_t *refused)
    {
        if (!stub)
            return Status::error(kNoTarget);
        v1::ListDatasetsRequest request;
        toProto(query, &request);
        v1::ListDatasetsResponse response;
        grpc::ClientContext context;
        context.set_deadline(deadline());
        const grpc::Status status = stub->ListDatasets(&context, request, &response);
        if (!status.ok())
            return Status::error(describe(status));

        Page out;
        const size_t limit = query.limit == 0 ? kDefaultPageSize : query.limit;
        out.page.datasets.reserve(std::min<size_t>(size_t(response.datasets_size()), limit));
        size_t bad = 0;
        for (const v1::Dataset &wire : response.datasets()) {
            Dataset dataset = fromProto(wire);
            if (out.page.datasets.size() >= limit || !validateDataset(dataset).empty()) {
                ++bad; // more than asked for counts as refused too
                continue;
            }
            out.page.datasets.push_back(std::move(dataset));
        }
        if (refused)
            *refused += bad;
        out.page.total = response.total_size();
        out.page.facets = readFacets(response.facets());
        out.info = readInfo(response.info());
        out.nextToken = response.next_page_token();
        return out;
    }

    template<typename Request>
    Result<StatisticsSeries>
    series(grpc::Status (v1::StatisticsService::Stub::*method)(grpc::ClientContext *,
                                                               const Request &,
                                                               v1::StatisticsSeries *),
           size_t *refused)
    {
        if (!stub)
            return Status::error(kNoTarget);
        v1::StatisticsSeries response;
        grpc::ClientContext context;
        context.set_deadline(deadline());
        const grpc::Status status = (stub.get()->*method)(&context, Request{}, &response);
        if (!status.ok())
            return Status::error(describe(status));
        StatisticsSeries out;
        out.observations.reserve(size_t(response.observations_size()));
        size_t bad = 0;
        for (const v1::Observation &wire : response.observations()) {
            Observation observation = fromProto(wire);
            if (!validateObservation(observation).empty()) {
                ++bad;
                continue;
            }
            out.observations.push_back(std::move(observation));
        }
        if (refused)
            *refused += bad;
        const CatalogInfo info = readInfo(response.info());
        out.version = info.version;
        out.loadedUnixMs = info.loadedUnixMs;
        return out;
    }
};

StatisticsClient::StatisticsClient(const std::string &target, int deadlineMs)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->target = target;
    m_impl->deadlineMs = std::max(deadlineMs, 1);
    if (target.empty())
        return; // every call says so
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(kMaxReceiveBytes);
    args.SetMaxSendMessageSize(kMaxSendBytes);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 20'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 200);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
    m_impl->stub = v1::StatisticsService::NewStub(
        grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), args));
}

StatisticsClient::~StatisticsClient() = default;

Result<DatasetPage>
StatisticsClient::listDatasets(const DatasetQuery &query, CatalogInfo *info, size_t *refused)
{
    Result<Impl::Page> page = m_impl->listPage(query, refused);
    if (!page)
        return page.status();
    if (info)
        *info = page->info;
    return std::move(page->page);
}

Result<std::vector<Dataset>> StatisticsClient::fetchCatalog(
    CatalogInfo *info, size_t *refused, const std::function<bool(size_t, size_t)> &progress)
{
    DatasetQuery query;
    query.limit = kCatalogPageSize;
    query.withFacets = false;
    query.sort = DatasetQuery::Sort::TitleAsc; // a stable order across pages

    std::vector<Dataset> all;
    std::unordered_set<std::string> identifiers;
    CatalogInfo first;
    size_t bad = 0;
    int restarts = 0;
    size_t pages = 0;
    query.offset = 0;
    for (;;) {
        Result<Impl::Page> page = m_impl->listPage(query, &bad);
        if (!page)
            return page.status();
        if (++pages > kMaxCatalogPages)
            return Status::error("the server's catalog does not end (more than " +
                                 std::to_string(kMaxCatalogPages) + " pages)");
        if (query.offset == 0) {
            first = page->info;
        } else if (page->info.version != first.version) {
            // The server reloaded between two pages: the pages do not fit together.
            if (++restarts > kMaxCatalogRestarts)
                return Status::error("the server's catalog kept changing while it was read");
            all.clear();
            identifiers.clear();
            bad = 0;
            query.offset = 0;
            continue;
        }
        for (Dataset &dataset : page->page.datasets) {
            if (all.size() >= kMaxCatalogDatasets)
                break;
            if (!identifiers.insert(dataset.identifier).second) {
                ++bad; // the same identifier twice
                continue;
            }
            all.push_back(std::move(dataset));
        }
        if (progress && !progress(all.size(), std::max<size_t>(page->page.total, all.size())))
            return Status::error("cancelled");
        if (page->nextToken.empty() || all.size() >= kMaxCatalogDatasets)
            break;
        uint32_t next = 0;
        if (!parsePageToken(page->nextToken, &next) || next <= query.offset)
            return Status::error("the server sent a page token that does not move on: '" +
                                 quoteForMessage(page->nextToken) + "'");
        query.offset = next;
    }
    if (info)
        *info = first;
    if (refused)
        *refused += bad;
    return all;
}

Result<StatisticsSeries> StatisticsClient::cloudAdoption(size_t *refused)
{
    return m_impl->series<v1::GetCloudAdoptionRequest>(
        &v1::StatisticsService::Stub::GetCloudAdoption, refused);
}

Result<StatisticsSeries> StatisticsClient::industryOutput(size_t *refused)
{
    return m_impl->series<v1::GetIndustryOutputRequest>(
        &v1::StatisticsService::Stub::GetIndustryOutput, refused);
}

} // namespace scb
