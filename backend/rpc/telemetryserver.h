#pragma once

#include "core/status.h"
#include "sources/fleetstate.h"

#include <memory>
#include <string>

namespace scb {

struct ServerConfig
{
    std::string listen = "127.0.0.1:50051"; // "host:0" picks a free port
    int intervalMs = 1000;
    int replaySeconds = 600;
};

// scb-telemetryd's gRPC server: TelemetryService over a FleetState, plus the
// standard health service and server reflection. Used by scb-telemetryd and,
// in-process, by scb-dashboard's embedded simulator and by the tests.
class TelemetryServer
{
public:
    TelemetryServer(std::unique_ptr<Source> source, ServerConfig config);
    ~TelemetryServer(); // stops

    // Binds, starts the fleet ticking and serves. Fails with a message when
    // the address cannot be bound.
    Status start();
    void stop();
    // Blocks until stop() is called from elsewhere (or a signal handler's thread).
    void wait();

    int port() const;           // the bound port, valid after start()
    std::string address() const; // "127.0.0.1:<port>"
    FleetState &fleet();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace scb
