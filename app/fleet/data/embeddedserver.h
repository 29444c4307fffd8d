#pragma once

#include "sources/fleetsimulator.h"

#include <QString>

#include <memory>

namespace scb {

class TelemetryServer;

// The server scb-dashboard starts in-process when it is given no --server:
// the fleet simulator and the sample statistics behind a gRPC server on a
// free loopback port, so that a new user sees a live fleet at once. This is
// why the app links the server library (see app/fleet/CMakeLists.txt).
struct EmbeddedServer
{
    std::unique_ptr<TelemetryServer> server; // null when it did not start
    QString address;                         // "127.0.0.1:port"
    QString error;                           // why it did not start
};

// Validates the simulator's settings, loads the sample statistics (a bad
// record is logged and skipped) and starts the server. Slow (the simulator
// builds its fleet): call it on a worker thread.
EmbeddedServer startEmbeddedServer(const SimulatorConfig &simulator);

} // namespace scb
