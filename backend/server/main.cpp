// scb-telemetryd: the fleet's telemetry over gRPC.

#include "rpc/server/statisticsservice.h"
#include "rpc/server/telemetryserver.h"
#include "server/metricsendpoint.h"
#include "server/servermetrics.h"
#include "server/serveroptions.h"
#include "server/serversource.h"
#include "sources/scrape/scrapesource.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <pthread.h>
#include <string>
#include <vector>

#ifndef SCB_VERSION
#define SCB_VERSION "0.0.0"
#endif

namespace {

constexpr auto kStatsPeriod = std::chrono::seconds(60);

// The listen address with the port actually bound (it differs for port 0).
std::string boundAddress(const std::string &listen, int port)
{
    if (listen.starts_with("unix:"))
        return listen;
    return listen.substr(0, listen.rfind(':')) + ":" + std::to_string(port);
}

// gRPC's log lines, one line each on stderr. Held back while the server
// starts: if it cannot bind, our one-line error says so and gRPC's
// multi-line explanation of the same bind failure is dropped.
std::atomic<bool> g_holdGrpcLog{true};
std::mutex g_heldMutex;
std::vector<std::string> g_heldGrpcLog;

void grpcLogLine(const char *severity, const char *message)
{
    std::string line = std::string("scb-telemetryd: grpc ") + severity + ": " + message;
    for (char &c : line)
        if (c == '\n')
            c = ' ';
    if (g_holdGrpcLog) {
        std::lock_guard lock(g_heldMutex);
        g_heldGrpcLog.push_back(std::move(line));
        return;
    }
    std::fprintf(stderr, "%s\n", line.c_str());
}

void releaseGrpcLog(bool print)
{
    std::lock_guard lock(g_heldMutex);
    g_holdGrpcLog = false;
    if (print)
        for (const auto &line : g_heldGrpcLog)
            std::fprintf(stderr, "%s\n", line.c_str());
    g_heldGrpcLog.clear();
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void logLine(const std::string &line)
{
    std::fprintf(stderr, "scb-telemetryd: %s\n", line.c_str());
}

// SIGHUP: the targets file, all of it or none of it.
void reloadTargets(scb::ScrapeSource &scrape)
{
    const scb::Result<std::string> outcome = scrape.reloadTargets();
    if (outcome) {
        std::printf("scb-telemetryd: %s\n", outcome->c_str());
        std::fflush(stdout);
        return;
    }
    std::fprintf(stderr, "scb-telemetryd: %s\n", outcome.error().c_str());
    std::fprintf(stderr,
                 "scb-telemetryd: targets reload refused, still scraping the old targets\n");
}

// SIGHUP: all of the folder or none of it.
void reloadStatistics(scb::StatisticsService &statistics)
{
    const scb::StatisticsService::LoadOutcome outcome = statistics.reload();
    if (outcome.applied) {
        std::printf("scb-telemetryd: reloaded: %s\n", outcome.summary.c_str());
        std::fflush(stdout);
        return;
    }
    for (const std::string &problem : outcome.problems)
        std::fprintf(stderr, "scb-telemetryd: %s\n", problem.c_str());
    std::fprintf(stderr, "scb-telemetryd: reload refused, still serving %s\n",
                 outcome.summary.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    auto parsed = scb::parseServerOptions(argc, argv);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", parsed.error().c_str());
        return 2;
    }
    const scb::ServerOptions &options = *parsed;
    if (options.help) {
        std::fputs(scb::serverUsage().c_str(), stdout);
        return 0;
    }
    if (options.version) {
        std::printf("scb-telemetryd %s\n", SCB_VERSION);
        return 0;
    }

    // SIGINT, SIGTERM and SIGHUP are blocked in every thread (gRPC's
    // included, as they inherit the mask) and taken synchronously by
    // sigtimedwait below: no handler runs at an arbitrary point; stop() and
    // the reload run on this thread.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    const std::string dataDir =
        options.dataDir.empty() ? scb::defaultStatisticsDataDir() : options.dataDir;
    auto statistics = std::make_shared<scb::StatisticsService>();
    const scb::StatisticsService::LoadOutcome loaded = statistics->load(dataDir);
    for (const std::string &problem : loaded.problems)
        std::fprintf(stderr, "scb-telemetryd: %s\n", problem.c_str());
    if (!loaded.applied) {
        std::fprintf(stderr, "scb-telemetryd: no statistics could be loaded from %s\n",
                     dataDir.c_str());
        return 1;
    }

    scb::Result<scb::ServerSource> source = scb::makeServerSource(options, logLine);
    if (!source) {
        std::fprintf(stderr, "scb-telemetryd: %s\n", source.error().c_str());
        return 1;
    }
    scb::ScrapeSource *scrape = source->scrape;
    scb::ServerConfig config;
    config.listen = options.listen;
    config.intervalMs = options.intervalMs;
    config.replaySeconds = options.replaySeconds;
    config.statistics = statistics;
    scb::setGrpcLogSink(grpcLogLine);
    scb::TelemetryServer server(std::move(source->source), config);
    if (scb::Status status = server.start(); !status) {
        releaseGrpcLog(false);
        std::fprintf(stderr, "scb-telemetryd: %s\n", status.message().c_str());
        return 1;
    }
    releaseGrpcLog(true);
    scb::MetricsEndpoint metrics(
        [&server, scrape] { return scb::renderServerMetrics(server, scrape); });
    if (!options.metricsListen.empty()) {
        if (scb::Status status = metrics.start(options.metricsListen); !status) {
            std::fprintf(stderr, "scb-telemetryd: %s\n", status.message().c_str());
            server.stop();
            return 1;
        }
    }
    std::printf("scb-telemetryd: listening on %s, %s, interval %d ms, replay %d s\n",
                boundAddress(options.listen, server.port()).c_str(), source->summary.c_str(),
                options.intervalMs, options.replaySeconds);
    if (!options.metricsListen.empty())
        std::printf("scb-telemetryd: /metrics on %s\n",
                    boundAddress(options.metricsListen, metrics.port()).c_str());
    std::printf("scb-telemetryd: statistics from %s: %s\n", dataDir.c_str(),
                loaded.summary.c_str());
    std::fflush(stdout);

    auto nextReport = std::chrono::steady_clock::now() + kStatsPeriod;
    double cpuAtLastReport = processCpuSeconds();
    int signal = 0;
    for (;;) {
        const timespec oneSecond{1, 0};
        signal = sigtimedwait(&signals, nullptr, &oneSecond);
        if (signal < 0 && errno != EAGAIN && errno != EINTR) {
            std::perror("scb-telemetryd: sigtimedwait");
            break;
        }
        if (signal == SIGHUP) {
            reloadStatistics(*statistics);
            if (scrape)
                reloadTargets(*scrape);
        } else if (signal > 0) {
            break;
        }
        if (std::chrono::steady_clock::now() < nextReport)
            continue;
        nextReport += kStatsPeriod;
        const scb::FleetStateStats fleet = server.fleet().stats();
        const scb::ServerStats stats = server.stats();
        const double cpu = processCpuSeconds();
        std::printf("scb-telemetryd: %llu ticks, sample %.1f ms, encode %.1f ms, ticker CPU %.1f "
                    "ms/tick, process CPU %.1f%%, ring %zu ticks %.1f MiB, %zu clients, "
                    "%llu ticks skipped\n",
                    static_cast<unsigned long long>(fleet.ticks), fleet.meanSampleMs,
                    fleet.meanEncodeMs, fleet.meanTickCpuMs,
                    100.0 * (cpu - cpuAtLastReport) /
                        std::chrono::duration<double>(kStatsPeriod).count(),
                    fleet.ringTicks, double(fleet.ringBytes) / (1024.0 * 1024.0), stats.streams,
                    static_cast<unsigned long long>(stats.skippedTicks));
        std::fflush(stdout);
        cpuAtLastReport = cpu;
    }
    metrics.stop();
    server.stop();
    std::printf("scb-telemetryd: stopped%s\n", signal == SIGINT    ? " (SIGINT)"
                                               : signal == SIGTERM ? " (SIGTERM)"
                                                                   : "");
    return 0;
}
