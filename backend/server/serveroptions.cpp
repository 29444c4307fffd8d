#include "server/serveroptions.h"

#include "core/inventory.h"
#include "rpc/server/statisticsservice.h"
#include "sources/fleetsimulator.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <string_view>
#include <vector>

namespace scb {

namespace {

constexpr std::string_view kProgram = "scb-telemetryd";
constexpr int kMinIntervalMs = 100;
constexpr int kMaxIntervalMs = 60'000;
constexpr int kMaxReplaySeconds = 86'400;

Status usageError(const std::string &message)
{
    return Status::error(std::string(kProgram) + ": " + message + " (see --help)");
}

// Digits only: no sign, no spaces, no hex, no trailing garbage.
template<typename T>
Status parseInteger(std::string_view flag, std::string_view text, T min, T max, T &out)
{
    T value{};
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    const bool digitsOnly = !text.empty() && text.front() >= '0' && text.front() <= '9';
    if (!digitsOnly || ec != std::errc() || ptr != end || value < min || value > max)
        return usageError(std::string(flag) + ": expected an integer in " + std::to_string(min) +
                          ".." + std::to_string(max) + ", got '" + std::string(text) + "'");
    out = value;
    return {};
}

// host:port with a port in 0..65535 ("[::1]:0", "0.0.0.0:50051"), or a gRPC
// unix socket address ("unix:/run/scb.sock").
Status parseListen(std::string_view text, std::string &out, std::string_view flag = "--listen")
{
    const bool unixAllowed = flag == "--listen";
    auto bad = [&] {
        return usageError(std::string(flag) + ": expected host:port (port 0..65535)" +
                          (unixAllowed ? " or unix:PATH" : "") + ", got '" + std::string(text) +
                          "'");
    };
    if (text.starts_with("unix:")) {
        if (!unixAllowed)
            return bad();
        if (text.size() == 5)
            return bad();
        out = text;
        return {};
    }
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return bad();
    const std::string_view host = text.substr(0, colon);
    const std::string_view port = text.substr(colon + 1);
    int portNumber = 0;
    auto [ptr, ec] = std::from_chars(port.data(), port.data() + port.size(), portNumber);
    if (port.empty() || port.front() < '0' || port.front() > '9' || ec != std::errc() ||
        ptr != port.data() + port.size() || portNumber > 65535)
        return bad();
    if (host.find_first_of(" \t/") != std::string_view::npos)
        return bad();
    out = text;
    return {};
}

Status parseFolder(std::string_view flag, std::string_view text, std::string &out)
{
    if (text.empty())
        return usageError(std::string(flag) + ": expected a folder, got ''");
    out = text;
    return {};
}

Status parseFile(std::string_view flag, std::string_view text, std::string &out)
{
    if (text.empty())
        return usageError(std::string(flag) + ": expected a file, got ''");
    out = text;
    return {};
}

// sim, or scrape:FILE (a Prometheus file_sd_configs targets file).
Status parseSource(std::string_view text, ServerOptions &options)
{
    if (text == "sim") {
        options.source = "sim";
        return {};
    }
    if (text.starts_with("scrape:") && text.size() > 7) {
        options.source = "scrape";
        options.targetsFile = text.substr(7);
        return {};
    }
    return usageError("--source: expected sim or scrape:TARGETS_FILE, got '" + std::string(text) +
                      "'");
}

// What the flags given mean together; the one-line error names the clash.
Status checkCombination(ServerOptions &options, const std::vector<std::string_view> &given)
{
    auto isGiven = [&](std::string_view flag) {
        return std::find(given.begin(), given.end(), flag) != given.end();
    };
    if (options.source == "sim") {
        for (std::string_view flag : {"--mapping", "--scrape-timeout-ms", "--scrape-connections"})
            if (isGiven(flag))
                return usageError(std::string(flag) + ": only with --source scrape:FILE");
        SimulatorConfig simulator;
        simulator.chips = options.chips;
        simulator.centers = options.centers;
        simulator.seed = options.seed;
        if (std::string problem = FleetSimulator::validate(simulator); !problem.empty())
            return usageError(problem);
    } else {
        for (std::string_view flag : {"--chips", "--centers", "--seed"})
            if (isGiven(flag))
                return usageError(std::string(flag) + ": only with --source sim");
    }
    if (!isGiven("--interval-ms"))
        options.intervalMs = defaultIntervalMs(options.source);
    if (options.scrapeTimeoutMs == 0)
        options.scrapeTimeoutMs = std::min(10'000, options.intervalMs * 2 / 3);
    if (options.scrapeTimeoutMs >= options.intervalMs)
        return usageError("--scrape-timeout-ms: " + std::to_string(options.scrapeTimeoutMs) +
                          " is not shorter than the interval of " +
                          std::to_string(options.intervalMs) + " ms");
    return {};
}

} // namespace

int defaultIntervalMs(const std::string &source)
{
    return source == "sim" ? 1000 : 15'000;
}

Result<ServerOptions> parseServerOptions(int argc, const char *const *argv)
{
    ServerOptions options;
    std::vector<std::string_view> given;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (!arg.starts_with("--") || arg.size() == 2)
            return usageError("unexpected argument '" + std::string(arg) + "'");
        std::string_view flag = arg;
        std::string_view value;
        bool hasValue = false;
        if (auto eq = arg.find('='); eq != std::string_view::npos) {
            flag = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            hasValue = true;
        }

        if (flag == "--help" || flag == "--version") {
            if (hasValue)
                return usageError(std::string(flag) + ": takes no value");
            (flag == "--help" ? options.help : options.version) = true;
            continue;
        }
        const bool known = flag == "--listen" || flag == "--chips" || flag == "--centers" ||
                           flag == "--interval-ms" || flag == "--seed" || flag == "--replay-s" ||
                           flag == "--data-dir" || flag == "--source" || flag == "--mapping" ||
                           flag == "--scrape-timeout-ms" || flag == "--scrape-connections" ||
                           flag == "--metrics-listen";
        if (!known)
            return usageError("unknown option '" + std::string(flag) + "'");
        if (!hasValue) {
            if (i + 1 >= argc)
                return usageError(std::string(flag) + ": missing value");
            value = argv[++i];
        }
        given.push_back(flag);

        Status status;
        if (flag == "--listen")
            status = parseListen(value, options.listen);
        else if (flag == "--metrics-listen")
            status = parseListen(value, options.metricsListen, "--metrics-listen");
        else if (flag == "--source")
            status = parseSource(value, options);
        else if (flag == "--mapping")
            status = parseFile(flag, value, options.mappingFile);
        else if (flag == "--scrape-timeout-ms")
            status = parseInteger<int>(flag, value, kMinIntervalMs, kMaxIntervalMs,
                                       options.scrapeTimeoutMs);
        else if (flag == "--scrape-connections")
            status = parseInteger<int>(flag, value, 1, 4096, options.scrapeConnections);
        else if (flag == "--data-dir")
            status = parseFolder(flag, value, options.dataDir);
        else if (flag == "--chips")
            status = parseInteger<uint32_t>(flag, value, 1, kMaxChips, options.chips);
        else if (flag == "--centers")
            status = parseInteger<uint32_t>(flag, value, 1, kMaxCenters, options.centers);
        else if (flag == "--interval-ms")
            status =
                parseInteger<int>(flag, value, kMinIntervalMs, kMaxIntervalMs, options.intervalMs);
        else if (flag == "--seed")
            status = parseInteger<uint64_t>(flag, value, 0, std::numeric_limits<uint64_t>::max(),
                                            options.seed);
        else
            status = parseInteger<int>(flag, value, 0, kMaxReplaySeconds, options.replaySeconds);
        if (!status)
            return status;
    }
    if (options.help || options.version)
        return options;
    if (Status status = checkCombination(options, given); !status)
        return status;
    return options;
}

std::string serverUsage()
{
    const ServerOptions defaults;
    std::string text;
    text += "Usage: scb-telemetryd [options]\n";
    text += "Serves the telemetry of an accelerator fleet over gRPC (scb.v1.TelemetryService):\n";
    text += "a simulated one, or a real one read from dcgm-exporter and npu-exporter pages;\n";
    text += "and the base's dataset catalog and statistics (scb.v1.StatisticsService);\n";
    text += "grpc.health.v1.Health, server reflection.\n";
    text += "\n";
    text += "Options (--flag VALUE or --flag=VALUE):\n";
    text += "  --listen HOST:PORT   address to listen on; port 0 picks a free port"
            " (default " +
            defaults.listen + ")\n";
    text += "  --source SOURCE      where the fleet comes from (default sim):\n"
            "                         sim             the simulator (--chips, --centers, --seed)\n"
            "                         scrape:FILE     exporters listed in FILE, Prometheus'\n"
            "                                         file_sd_configs form (JSON or YAML)\n";
    text +=
        "  --mapping FILE       exporter mappings besides the built-in dcgm and npu (YAML/JSON)\n";
    text += "  --scrape-timeout-ms MS  per exporter and round (default: 2/3 of the interval,\n"
            "                       at most 10000)\n";
    text += "  --scrape-connections N  exporters scraped at once, 1..4096 (default " +
            std::to_string(defaults.scrapeConnections) + ")\n";
    text += "  --metrics-listen HOST:PORT  serve this server's own health at /metrics\n"
            "                       (Prometheus text format; default: off)\n";
    text += "  --chips N            chips in the fleet, 1.." + std::to_string(kMaxChips) +
            " (default " + std::to_string(defaults.chips) + ")\n";
    text += "  --centers N          smart computing centers, 1.." + std::to_string(kMaxCenters) +
            " (default " + std::to_string(defaults.centers) + ")\n";
    text += "  --interval-ms MS     sampling interval, " + std::to_string(kMinIntervalMs) + ".." +
            std::to_string(kMaxIntervalMs) + " (default " +
            std::to_string(defaultIntervalMs("sim")) +
            ")\n"
            "                       with --source scrape (default " +
            std::to_string(defaultIntervalMs("scrape")) + ")\n";
    text += "  --seed N             simulator seed, 0..2^64-1 (default " +
            std::to_string(defaults.seed) + ")\n";
    text += "  --replay-s S         seconds of ticks kept for clients that reconnect, 0.." +
            std::to_string(kMaxReplaySeconds) + " (default " +
            std::to_string(defaults.replaySeconds) + ")\n";
    text += "  --data-dir DIR       statistics data folder: datasets.csv, adoption.csv,\n"
            "                       industry.csv (default: the sample data, " +
            defaultStatisticsDataDir() + ")\n";
    text += "  --help               show this help and exit\n";
    text += "  --version            show the version and exit\n";
    text += "\n";
    text += "SIGINT or SIGTERM stops the server cleanly (exit status 0). SIGHUP reads the\n";
    text += "data folder again: all of it or, on any problem, none (the last good data stays);\n";
    text += "with --source scrape, the targets file too (on a problem, the old targets stay).\n";
    text += "Exit status: 0 ok, 1 cannot serve (address in use, no valid data), 2 bad arguments.\n";
    return text;
}

} // namespace scb
