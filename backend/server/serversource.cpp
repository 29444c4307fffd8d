#include "server/serversource.h"

#include "sources/fleetsimulator.h"
#include "sources/scrape/scrapesource.h"

#ifndef SCB_VERSION
#define SCB_VERSION "0.0.0"
#endif

namespace scb {

Result<ServerSource> makeServerSource(const ServerOptions &options,
                                      std::function<void(const std::string &)> log)
{
    ServerSource made;
    if (options.source == "sim") {
        SimulatorConfig simulator;
        simulator.chips = options.chips;
        simulator.centers = options.centers;
        simulator.seed = options.seed;
        made.source = std::make_unique<FleetSimulator>(simulator);
        made.summary = "simulator: " + std::to_string(options.chips) + " chips in " +
                       std::to_string(options.centers) + " centers, seed " +
                       std::to_string(options.seed);
        return made;
    }
    ScrapeConfig config;
    config.targetsFile = options.targetsFile;
    if (!options.mappingFile.empty()) {
        Result<std::vector<ExporterMapping>> mappings = loadMappingFile(options.mappingFile);
        if (!mappings)
            return mappings.status();
        for (ExporterMapping &mapping : *mappings)
            config.mappings.add(std::move(mapping));
    }
    config.limits.timeoutMs = options.scrapeTimeoutMs;
    config.limits.maxConnections = options.scrapeConnections;
    config.limits.userAgent = std::string("scb-telemetryd/") + SCB_VERSION;
    config.log = std::move(log);
    Result<std::unique_ptr<ScrapeSource>> scrape = ScrapeSource::create(std::move(config));
    if (!scrape)
        return scrape.status();
    made.scrape = scrape->get();
    made.source = std::move(*scrape);
    made.summary = "scraping " + made.scrape->describe().substr(8) + " from " +
                   options.targetsFile + ", timeout " + std::to_string(options.scrapeTimeoutMs) +
                   " ms, " + std::to_string(options.scrapeConnections) + " connections";
    return made;
}

} // namespace scb
