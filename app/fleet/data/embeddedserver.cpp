#include "embeddedserver.h"

#include "rpc/server/statisticsservice.h"
#include "rpc/server/telemetryserver.h"

#include <QLoggingCategory>

namespace scb {

Q_LOGGING_CATEGORY(lcEmbedded, "scb.embedded", QtInfoMsg)

EmbeddedServer startEmbeddedServer(const SimulatorConfig &simulator)
{
    EmbeddedServer result;
    const std::string invalid = FleetSimulator::validate(simulator);
    if (!invalid.empty()) {
        result.error = QString::fromStdString(invalid);
        return result;
    }
    ServerConfig config;
    config.listen = "127.0.0.1:0";
    // The sample statistics, served beside the simulator (no data: the
    // service says so).
    config.statistics = std::make_shared<StatisticsService>();
    const auto loaded = config.statistics->load(defaultStatisticsDataDir());
    for (const std::string &problem : loaded.problems)
        qCWarning(lcEmbedded, "statistics: %s", problem.c_str());
    auto server =
        std::make_unique<TelemetryServer>(std::make_unique<FleetSimulator>(simulator), config);
    const Status started = server->start();
    if (!started.ok()) {
        result.error = QString::fromStdString(started.message());
        return result;
    }
    result.address = QString::fromStdString(server->address());
    result.server = std::move(server);
    return result;
}

} // namespace scb
