#include "benchoptions.h"

#include "core/inventory.h"

#include <charconv>
#include <string_view>

namespace scb {

namespace {

constexpr uint32_t kMaxBenchTicks = 100'000;

bool parseCount(std::string_view text, uint32_t min, uint32_t max, uint32_t &out)
{
    uint64_t value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < min || value > max)
        return false;
    out = static_cast<uint32_t>(value);
    return true;
}

} // namespace

extern const char *const kUsage;
const char *const kUsage =
    "Usage: scb-bench [options]\n"
    "\n"
    "Measures SCB Dashboard's data path end to end and prints each figure beside\n"
    "its target (DESIGN.md, \"Performance targets\") on stderr:\n"
    "  ingest      simulator -> gRPC server -> loopback -> client -> ingest\n"
    "              pipeline -> history store, in values (chip x metric) per second,\n"
    "              beside HistoryStore::append alone on the same ticks and beside\n"
    "              the naive way (one SQLite row per value, one prepared INSERT,\n"
    "              one transaction per tick) on the same ticks\n"
    "  compaction  included in ingest: the run ends when every tick is stored\n"
    "              and compacted into per-chip series blocks and rollups\n"
    "  size        database bytes per stored value after compaction (file size\n"
    "              after a WAL checkpoint and VACUUM)\n"
    "  queries     24 h of one center's mean utilization, and 7 days of one chip's\n"
    "              utilization, each downsampled to 2000 points: median of the\n"
    "              warm runs (the first of 5 runs is the cold one)\n"
    "  memory      the process' peak resident set\n"
    "  scrape      exporter pages (dcgm-exporter, npu-exporter) parsed, in MB/s,\n"
    "              beside a regex per line and `promtool check metrics` on the\n"
    "              same bytes; then one round over N fake exporters on loopback\n"
    "              (8 chips each): its wall time and the scraping thread's CPU as\n"
    "              % of one core over a 15 s interval, beside the same targets\n"
    "              scraped one after another (after the memory figure: the fake\n"
    "              exporters' pages are not ours)\n"
    "\n"
    "Options:\n"
    "  --chips N    fleet size for the ingest run, 1 to 1000000 (default 200000)\n"
    "  --ticks N    fleet ticks to stream and store, 1 to 100000 (default 600,\n"
    "               one 10-minute segment); the naive way writes the first\n"
    "               min(N, 3) of them\n"
    "  --compare-prometheus\n"
    "               also write 400 chips x 1 hour at 1 Hz (utilization, memory,\n"
    "               power, temperature) as OpenMetrics, build Prometheus TSDB\n"
    "               blocks with `promtool tsdb create-blocks-from openmetrics`\n"
    "               (Debian package prometheus), and report its bytes per sample\n"
    "               beside ours on the same series\n"
    "  --json       print one JSON object with every figure as the last line of\n"
    "               stdout (progress and figures still go to stderr)\n"
    "  --dir PATH   folder for the database files (created if missing; default a\n"
    "               fresh temporary folder); the files are removed at the end\n"
    "  --keep       keep the database files (and the temporary folder)\n"
    "  --gui-ticks N  live ticks the GUI busy figure covers, 1 to 3600 (default\n"
    "               30; 5 with --quick)\n"
    "  --no-gui     skip the GUI figures (heatmap_repaint_ms, heatmap_naive_ms,\n"
    "               gui_busy_pct): they need scb-bench built with the GUI, run\n"
    "               offscreen, and take about 35 s (5 s with --quick)\n"
    "  --scrape-targets N  fake exporters of the scrape round, 0 to 100000\n"
    "               (default 25000; 500 with --quick; 0 skips the scrape figures)\n"
    "  --quick      shrink the two query setups to 1 hour of data at 1 s (for a\n"
    "               smoke test; the query figures then do not match the targets'\n"
    "               workload)\n"
    "  --help       show this help and exit\n"
    "\n"
    "Exit status: 0 when every step ran (whether or not targets were met),\n"
    "1 when a step failed, 2 on a bad command line.\n";

ParseResult parseArguments(int argc, char **argv)
{
    ParseResult result;
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        std::string_view flag = arg;
        std::optional<std::string_view> inlineValue;
        if (const size_t eq = arg.find('=');
            arg.starts_with("--") && eq != std::string_view::npos) {
            flag = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        const auto takeValue = [&]() -> std::optional<std::string_view> {
            if (inlineValue)
                return inlineValue;
            if (i + 1 >= argc)
                return std::nullopt;
            return std::string_view(argv[++i]);
        };
        const auto noValue = [&] {
            if (inlineValue)
                result.error = std::string(flag) + " takes no value";
            return !inlineValue;
        };
        if (flag == "--help" || flag == "-h") {
            if (!noValue())
                return result;
            result.help = true;
            return result;
        } else if (flag == "--json") {
            if (!noValue())
                return result;
            options.json = true;
        } else if (flag == "--keep") {
            if (!noValue())
                return result;
            options.keep = true;
        } else if (flag == "--compare-prometheus") {
            if (!noValue())
                return result;
            options.comparePrometheus = true;
        } else if (flag == "--no-gui") {
            if (!noValue())
                return result;
            options.gui = false;
        } else if (flag == "--quick") {
            if (!noValue())
                return result;
            options.quick = true;
        } else if (flag == "--scrape-targets") {
            const auto value = takeValue();
            if (!value || !parseCount(*value, 0, 100'000, options.scrapeTargets)) {
                result.error = "--scrape-targets needs a whole number from 0 to 100000";
                return result;
            }
            options.scrapeTargetsGiven = true;
        } else if (flag == "--gui-ticks") {
            const auto value = takeValue();
            if (!value || !parseCount(*value, 1, 3600, options.guiTicks)) {
                result.error = "--gui-ticks needs a whole number from 1 to 3600";
                return result;
            }
        } else if (flag == "--chips" || flag == "--ticks") {
            const auto value = takeValue();
            const bool chips = flag == "--chips";
            const uint32_t max = chips ? kMaxChips : kMaxBenchTicks;
            if (!value || !parseCount(*value, 1, max, chips ? options.chips : options.ticks)) {
                result.error = std::string(flag) + " needs a whole number from 1 to " +
                               std::to_string(max) +
                               (value ? ", not '" + std::string(*value) + "'" : std::string());
                return result;
            }
        } else if (flag == "--dir") {
            const auto value = takeValue();
            if (!value || value->empty()) {
                result.error = "--dir needs a folder path";
                return result;
            }
            options.dir = std::string(*value);
        } else {
            result.error = "unknown option '" + std::string(arg) + "' (see --help)";
            return result;
        }
    }
    result.options = options;
    return result;
}

} // namespace scb
