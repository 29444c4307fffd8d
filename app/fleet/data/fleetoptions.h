#pragma once

#include <QString>

namespace scb {

// Where the fleet comes from and where its history goes: what FleetBridge
// needs of the command line.
struct FleetOptions
{
    QString server; // "host:port"; empty: start the embedded simulator
    QString dbPath; // empty: defaultDatabasePath()
    int simChips = 80'000;
    int simCenters = 4;
    quint64 simSeed = 1;
};

// The history file in the platform's app-data folder
// (~/.local/share/scb/scb-dashboard/history.db on Linux).
QString defaultDatabasePath();

} // namespace scb
