#include "sources/scrape/scrapesource.h"

#include "sources/scrape/scrapedfleet.h"

#include <chrono>
#include <mutex>
#include <optional>

namespace scb {

namespace {

int64_t wallClockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

std::string checkExporters(const std::vector<ScrapeTarget> &targets,
                           const MappingSet &mappings,
                           const std::string &fileName)
{
    for (const ScrapeTarget &target : targets) {
        if (mappings.find(target.exporter))
            continue;
        std::string known;
        for (const std::string &name : mappings.names())
            known += (known.empty() ? "" : ", ") + name;
        return fileName + ":" + std::to_string(target.line) +
               ": labels.exporter: no mapping named '" + target.exporter + "' (known: " + known +
               "; --mapping FILE adds others)";
    }
    return {};
}

struct ScrapeSource::Impl
{
    explicit Impl(ScrapeConfig c)
        : config(std::move(c))
        , round(config.limits)
    {
        for (const std::string &name : config.mappings.names())
            indexes.push_back(std::make_unique<MappingIndex>(*config.mappings.find(name)));
    }

    const MappingIndex *indexFor(const std::string &exporter) const
    {
        for (const auto &index : indexes)
            if (index->mapping().name == exporter)
                return index.get();
        return nullptr;
    }

    void log(const std::string &line) const
    {
        if (config.log)
            config.log(line);
    }

    void runRound(int64_t unixMs, FleetTick &out);
    void applyPending();
    void account(const std::vector<PageResult> &pages,
                 const ValueCounters &counters,
                 double ms,
                 bool inventoryChanged);

    ScrapeConfig config;
    std::vector<std::unique_ptr<MappingIndex>> indexes;
    ScrapeRound round;
    ScrapedFleet fleet; // the ticker thread's
    bool discovered = false;

    std::mutex pendingMutex;
    std::optional<std::vector<ScrapeTarget>> pending;

    mutable std::mutex statsMutex;
    ScrapeStats stats;
    std::vector<std::string> lastParseError; // by target: the last one logged
};

void ScrapeSource::Impl::applyPending()
{
    std::optional<std::vector<ScrapeTarget>> targets;
    {
        std::lock_guard lock(pendingMutex);
        targets.swap(pending);
    }
    if (!targets)
        return;
    fleet.setTargets(*targets, config.mappings);
    // Statuses follow their targets by URL, like the fleet's chips.
    std::lock_guard lock(statsMutex);
    std::vector<ScrapeTargetStatus> statuses;
    std::vector<std::string> parseErrors;
    for (const ScrapeTarget &t : *targets) {
        ScrapeTargetStatus status;
        std::string parseError;
        for (size_t i = 0; i < stats.targets.size(); ++i)
            if (stats.targets[i].url == t.url()) {
                status = stats.targets[i];
                parseError = lastParseError[i];
            }
        status.address = t.address;
        status.url = t.url();
        status.center = t.center;
        status.exporter = t.exporter;
        statuses.push_back(std::move(status));
        parseErrors.push_back(std::move(parseError));
    }
    stats.targets = std::move(statuses);
    lastParseError = std::move(parseErrors);
}

void ScrapeSource::Impl::runRound(int64_t unixMs, FleetTick &out)
{
    applyPending();
    std::vector<const ScrapeTarget *> targets;
    std::vector<const MappingIndex *> indexes;
    for (const ScrapedTarget &t : fleet.targets()) {
        targets.push_back(&t.target);
        indexes.push_back(indexFor(t.target.exporter));
    }
    const auto start = std::chrono::steady_clock::now();
    std::vector<PageResult> pages = round.run(targets, indexes);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const std::shared_ptr<const Inventory> before = fleet.inventory();
    ValueCounters counters;
    fleet.apply(pages, unixMs, out, counters);
    account(pages, counters, ms, fleet.inventory() != before);
}

void ScrapeSource::Impl::account(const std::vector<PageResult> &pages,
                                 const ValueCounters &counters,
                                 double ms,
                                 bool inventoryChanged)
{
    std::vector<std::string> lines;
    {
        std::lock_guard lock(statsMutex);
        ++stats.rounds;
        stats.lastRoundMs = ms;
        stats.missingValues += counters.missing;
        stats.invalidValues += counters.invalid;
        if (inventoryChanged)
            ++stats.inventoryChanges;
        for (size_t i = 0; i < pages.size() && i < stats.targets.size(); ++i) {
            const PageResult &page = pages[i];
            ScrapeTargetStatus &status = stats.targets[i];
            const bool firstRound = status.successes + status.failures == 0;
            if (page.ok && !status.up && !firstRound)
                lines.push_back("target " + status.url + " (" + status.center + "): up again, " +
                                std::to_string(page.chips.size()) + " chips");
            if (!page.ok && (status.up || firstRound))
                lines.push_back("target " + status.url + " (" + status.center +
                                "): down: " + page.error);
            status.up = page.ok;
            status.lastError = page.error;
            (page.ok ? status.successes : status.failures) += 1;
            status.parseErrors += page.parse.errors;
            status.lastBytes = page.bytes;
            status.lastMs = page.ms;
            if (page.ok)
                status.chips = uint32_t(page.chips.size());
            stats.samplesWithoutChipId += page.samplesWithoutChipId;
            // A malformed page is logged when what is wrong with it changes,
            // not every round.
            const std::string &parseError = page.parse.firstError;
            if (page.ok && !parseError.empty() && parseError != lastParseError[i])
                lines.push_back("target " + status.url + ": " + std::to_string(page.parse.errors) +
                                " malformed lines, first at " + parseError);
            if (page.ok)
                lastParseError[i] = parseError;
        }
    }
    if (counters.duplicateUuids)
        lines.push_back(std::to_string(counters.duplicateUuids) +
                        " chips shown by two targets: the second of each pair is kept apart");
    for (const std::string &line : lines)
        log(line);
}

ScrapeSource::ScrapeSource(ScrapeConfig config)
    : d(std::make_unique<Impl>(std::move(config)))
{
}

ScrapeSource::~ScrapeSource() = default;

Result<std::unique_ptr<ScrapeSource>> ScrapeSource::create(ScrapeConfig config)
{
    Result<std::vector<ScrapeTarget>> targets = loadTargetsFile(config.targetsFile);
    if (!targets)
        return targets.status();
    if (std::string problem = checkExporters(*targets, config.mappings, config.targetsFile);
        !problem.empty())
        return Status::error(problem);
    std::unique_ptr<ScrapeSource> source(new ScrapeSource(std::move(config)));
    source->d->pending = std::move(*targets);
    source->d->applyPending();
    return source;
}

std::shared_ptr<const Inventory> ScrapeSource::inventory()
{
    // The first call (FleetState::start) looks at the fleet once, so that
    // clients find an inventory as soon as the server listens.
    if (!d->discovered) {
        d->discovered = true;
        FleetTick unused;
        d->runRound(wallClockMs(), unused);
    }
    return d->fleet.inventory();
}

void ScrapeSource::sample(int64_t unixMs, FleetTick &out)
{
    d->discovered = true;
    d->runRound(unixMs, out);
}

std::string ScrapeSource::describe() const
{
    return d->fleet.describe();
}

Result<std::string> ScrapeSource::reloadTargets()
{
    Result<std::vector<ScrapeTarget>> targets = loadTargetsFile(d->config.targetsFile);
    if (!targets)
        return targets.status();
    if (std::string problem = checkExporters(*targets, d->config.mappings, d->config.targetsFile);
        !problem.empty())
        return Status::error(problem);
    const size_t count = targets->size();
    {
        std::lock_guard lock(d->pendingMutex);
        d->pending = std::move(*targets);
    }
    return "targets reloaded: " + std::to_string(count) + " from " + d->config.targetsFile +
           ", scraped from the next round";
}

ScrapeStats ScrapeSource::stats() const
{
    std::lock_guard lock(d->statsMutex);
    return d->stats;
}

} // namespace scb
