#pragma once

#include "core/status.h"
#include "server/serveroptions.h"
#include "sources/source.h"

#include <functional>
#include <memory>
#include <string>

namespace scb {

class ScrapeSource;

// The source --source names, made from the options. scrape is set when it
// is a ScrapeSource (owned by source), for SIGHUP and /metrics.
struct ServerSource
{
    std::unique_ptr<Source> source;
    ScrapeSource *scrape = nullptr;
    std::string summary; // for the start-up line: "80000 chips in 4 centers, seed 1"
};

// An error is the whole line to print (the file, the line and the field of
// a bad targets or mapping file). log receives the source's own lines.
Result<ServerSource> makeServerSource(const ServerOptions &options,
                                      std::function<void(const std::string &)> log);

} // namespace scb
