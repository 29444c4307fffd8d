#pragma once

#include <cstdint>
#include <string>

namespace scb {

// The scrape figures of DESIGN.md's performance targets, each beside the
// naive way in the same run.
struct ScrapeFigures
{
    double parseMbPerS = 0;       // ExpositionParser, every label of every line
    double parseMappedMbPerS = 0; // as a scrape reads: unmapped metrics skipped by name
    double regexMbPerS = 0;       // one std::regex match per line, on the same bytes
    double promtoolMbPerS = -1;   // `promtool check metrics` on the same bytes; -1: no promtool
    uint64_t pageBytes = 0;       // bytes parsed per pass
    uint32_t targets = 0;
    uint32_t chips = 0;
    double roundS = 0;         // one round over every target
    double roundCpuS = 0;      // CPU of the scraping thread for that round
    double cpuPctOf15s = 0;    // roundCpuS as % of one core over a 15 s interval
    double naiveRoundS = 0;    // the same targets one after another, a connection each
    uint32_t naiveTargets = 0; // the naive round covers this many (then extrapolated)
    uint32_t targetsUp = 0;
    std::string error;
};

// targets: fake exporters served on loopback (8 chips each, half dcgm,
// half npu); workDir holds the page handed to promtool and the targets file.
ScrapeFigures measureScrape(uint32_t targets, const std::string &workDir, bool quick);

class JsonObject;
// Measures, says each figure beside its target on stderr, adds them to json.
// False when the measurement failed (said on stderr).
bool reportScrape(uint32_t targets, const std::string &workDir, bool quick, JsonObject &json);

} // namespace scb
