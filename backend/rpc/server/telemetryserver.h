#pragma once

#include "core/status.h"
#include "sources/fleetstate.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace scb {

class StatisticsService;

struct ServerConfig
{
    std::string listen = "127.0.0.1:50051"; // "host:0" picks a free port
    int intervalMs = 1000;
    int replaySeconds = 600;
    size_t maxRingBytes = size_t(2) << 30; // a second bound on the replay ring
    int shutdownGraceMs = 1000;            // stop(): how long calls in flight may finish
    // Served beside telemetry when set (scb.v1.StatisticsService); it may be
    // shared and reloaded while the server runs.
    std::shared_ptr<StatisticsService> statistics;
};

// What the server has done since it was constructed (all starts together).
struct ServerStats
{
    size_t streams = 0;            // StreamSamples calls open now
    uint64_t streamsTotal = 0;     // StreamSamples calls accepted
    uint64_t inventoryCalls = 0;   // GetInventory calls answered
    uint64_t liveTicks = 0;        // ticks sent live, all streams together
    uint64_t replayedTicks = 0;    // ticks sent as replay (since_unix_ms)
    uint64_t lateTicks = 0;        // live ticks sent late from the ring to a lagging stream
    uint64_t skippedTicks = 0;     // ticks a lagging stream jumped over to reach live
    uint64_t chunks = 0;           // SampleChunks written
    uint64_t rejectedRequests = 0; // malformed or out-of-range requests
    uint64_t droppedEvents = 0;    // events that could not be sent (bad chip or kind)
};

// scb-telemetryd's gRPC server: TelemetryService over a FleetState, the
// StatisticsService of ServerConfig::statistics when given, the standard
// health service (grpc.health.v1.Health: SERVING for "" and
// "scb.v1.TelemetryService" while started; "scb.v1.StatisticsService"
// SERVING when it had data at start, else NOT_SERVING) and server reflection. Used by
// scb-telemetryd and, in-process, by scb-dashboard's embedded simulator and
// by the tests.
//
// Each live tick is converted and serialized once and the bytes are shared by
// every stream; a stream that falls more than a few ticks behind live jumps
// to the newest tick (counted in skippedTicks) instead of queueing.
//
// Thread-safety: start(), stop(), wait() and the getters may be called from
// any thread; start() and stop() are serialized. Restartable: stop() then
// start() serves again, on the same port if `listen` names one; the fleet's
// replay ring is kept across the restart.
class TelemetryServer
{
public:
    TelemetryServer(std::unique_ptr<Source> source, ServerConfig config);
    ~TelemetryServer(); // stops

    // Binds, starts the fleet ticking and serves. Fails with a message when
    // the address cannot be bound. Starting a started server does nothing.
    Status start();
    // Ends every stream (UNAVAILABLE), shuts the server down within
    // shutdownGraceMs, and stops the fleet. Safe to call when not started.
    void stop();
    // Blocks until stop() is called from elsewhere (or a signal handler's thread).
    void wait();
    bool running() const;

    int port() const;            // the bound port, valid after start()
    std::string address() const; // "127.0.0.1:<port>"
    FleetState &fleet();
    ServerStats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Where gRPC's own log lines go (gRPC writes them to stderr by default; the
// bind failure behind start()'s error is one). `sink` gets the severity
// ("D", "I" or "E") and the message, from any thread; nullptr prints them
// to stderr as gRPC does. Process-wide, like gRPC's logging itself.
using GrpcLogSink = void (*)(const char *severity, const char *message);
void setGrpcLogSink(GrpcLogSink sink);

} // namespace scb
