#pragma once

#include "sources/scrape/exposition.h"
#include "sources/scrape/pagereader.h"
#include "sources/scrape/targetsfile.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace scb {

struct ScrapeLimits
{
    int timeoutMs = 10'000;                 // per target, and for the round as a whole
    int maxConnections = 256;               // transfers in flight at once
    size_t maxPageBytes = size_t(64) << 20; // a bigger page is refused, not parsed further
    std::string userAgent = "scb-telemetryd";
};

// What one target's page gave in one round.
struct PageResult
{
    bool ok = false;
    std::string error; // why not ok: "HTTP 500", "timed out after 10000 ms", …
    std::vector<ChipReading> chips;
    ExpositionStats parse;
    uint64_t samplesWithoutChipId = 0;
    uint64_t bytes = 0;
    double ms = 0;
};

// One pass over every target, concurrently with libcurl's multi interface:
// at most maxConnections transfers at once, each parsed as it streams in
// (never buffered whole), each bounded by the timeout and the page size.
// A round never outlives its timeout by much: targets still queued when it
// passes fail with "not scraped in time".
//
// Not thread-safe: one round at a time, from one thread (the ticker's).
// Connections are kept between rounds (keep-alive), up to maxConnections.
class ScrapeRound
{
public:
    explicit ScrapeRound(ScrapeLimits limits);
    ~ScrapeRound();
    ScrapeRound(const ScrapeRound &) = delete;
    ScrapeRound &operator=(const ScrapeRound &) = delete;

    // indexes[i] is the mapping of targets[i]. Returns one result per target.
    std::vector<PageResult> run(const std::vector<const ScrapeTarget *> &targets,
                                const std::vector<const MappingIndex *> &indexes);

    const ScrapeLimits &limits() const { return m_limits; }

private:
    struct Transfer;
    struct Impl;
    void finish(Transfer &transfer, int curlCode);
    ScrapeLimits m_limits;
    std::unique_ptr<Impl> d;
};

} // namespace scb
