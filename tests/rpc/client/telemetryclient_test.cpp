#include "rpc/client/telemetryclient.h"
#include "rpc/server/telemetryserver.h"
#include "sources/fleetsimulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <map>
#include <thread>

using namespace std::chrono_literals;

namespace scb {
namespace {

struct Received
{
    testing::Waiter waiter;
    std::shared_ptr<const Inventory> inventory;
    std::vector<std::pair<FleetTickPtr, bool>> ticks; // tick, replay
    std::vector<LinkStatus> statuses;

    TelemetryClient::Callbacks callbacks()
    {
        TelemetryClient::Callbacks c;
        c.inventory = [this](std::shared_ptr<const Inventory> inv) {
            {
                std::lock_guard lock(waiter.mutex());
                inventory = std::move(inv);
            }
            waiter.notify();
        };
        c.tick = [this](FleetTickPtr tick, bool replay) {
            {
                std::lock_guard lock(waiter.mutex());
                ticks.emplace_back(std::move(tick), replay);
            }
            waiter.notify();
        };
        c.status = [this](const LinkStatus &s) {
            {
                std::lock_guard lock(waiter.mutex());
                statuses.push_back(s);
            }
            waiter.notify();
        };
        return c;
    }
    size_t tickCount()
    {
        std::lock_guard lock(waiter.mutex());
        return ticks.size();
    }
};

SimulatorConfig smallFleet(uint32_t chips = 10'000)
{
    SimulatorConfig config;
    config.chips = chips;
    config.centers = 3;
    config.seed = 42;
    return config;
}

std::unique_ptr<TelemetryServer>
startServer(const SimulatorConfig &sim, const std::string &listen, int intervalMs)
{
    ServerConfig config;
    config.listen = listen;
    config.intervalMs = intervalMs;
    config.replaySeconds = 60;
    auto server = std::make_unique<TelemetryServer>(std::make_unique<FleetSimulator>(sim), config);
    const Status started = server->start();
    EXPECT_TRUE(started.ok()) << started.message();
    return server;
}

ClientConfig quickRetry(const std::string &target)
{
    ClientConfig config;
    config.target = target;
    config.initialBackoffMs = 300;
    config.maxBackoffMs = 1200;
    config.jitter = 0.2;
    config.unaryDeadlineMs = 5000;
    return config;
}

TEST(TelemetryClient, StreamsWholeTicksEqualToTheSimulator)
{
    const SimulatorConfig sim = smallFleet();
    auto server = startServer(sim, "127.0.0.1:0", 200);
    Received received;
    TelemetryClient client(quickRetry(server->address()), received.callbacks());
    client.start();
    ASSERT_TRUE(received.waiter.waitFor(20s, [&] { return received.ticks.size() >= 3; }));
    client.stop();

    FleetSimulator reference(sim);
    const auto inventory = reference.inventory();
    ASSERT_TRUE(received.inventory);
    EXPECT_EQ(received.inventory->version, inventory->version);
    EXPECT_EQ(received.inventory->chipCount(), sim.chips);
    EXPECT_EQ(received.inventory->chipUuids, inventory->chipUuids);
    int64_t previous = 0;
    for (const auto &[tick, replay] : received.ticks) {
        EXPECT_GT(tick->unixMs, previous);
        previous = tick->unixMs;
        FleetTick expected;
        reference.sample(tick->unixMs, expected);
        ASSERT_EQ(tick->chipCount(), sim.chips);
        for (Metric m : kAllMetrics)
            ASSERT_EQ(tick->column(m), expected.column(m))
                << "metric " << metricKey(m) << " at " << tick->unixMs;
        EXPECT_EQ(tick->events, expected.events);
    }
    EXPECT_EQ(client.counters().rejectedChunks, 0u);
    EXPECT_EQ(client.counters().rejectedValues, 0u);
    EXPECT_EQ(client.counters().incompleteTicks, 0u);
    EXPECT_EQ(received.statuses.back().state, LinkState::Stopped);
}

TEST(TelemetryClient, RetriesWithCappedExponentialBackoffAndJitter)
{
    // Nothing listens on this port: bind one and close it again.
    std::string target;
    {
        auto probe = startServer(smallFleet(100), "127.0.0.1:0", 1000);
        target = probe->address();
    }
    Received received;
    ClientConfig config = quickRetry(target);
    config.initialBackoffMs = 100;
    config.maxBackoffMs = 400;
    std::vector<int64_t> delays;
    TelemetryClient::Callbacks callbacks = received.callbacks();
    auto inner = callbacks.status;
    callbacks.status = [&](const LinkStatus &s) {
        if (s.state == LinkState::Retrying) {
            const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count();
            std::lock_guard lock(received.waiter.mutex());
            delays.push_back(s.retryAtUnixMs - now);
            EXPECT_FALSE(s.lastError.empty());
        }
        inner(s);
    };
    TelemetryClient retrying(config, callbacks);
    retrying.start();
    ASSERT_TRUE(received.waiter.waitFor(15s, [&] { return delays.size() >= 5; }));
    retrying.stop();
    // 100, 200, 400, 400, ... each within ±20 % (and a little scheduling slack).
    const double expected[] = {100, 200, 400, 400, 400};
    for (size_t i = 0; i < 5; ++i) {
        EXPECT_LE(delays[i], expected[i] * 1.2 + 5) << "retry " << i;
        EXPECT_GE(delays[i], expected[i] * 0.8 - 50) << "retry " << i;
    }
    EXPECT_GE(retrying.counters().reconnects, 4u);
}

TEST(TelemetryClient, FillsTheGapAfterTheServerRestarts)
{
    const SimulatorConfig sim = smallFleet(2'000);
    const int intervalMs = 100;
    auto server = startServer(sim, "127.0.0.1:0", intervalMs);
    const std::string address = server->address();
    Received received;
    ClientConfig config = quickRetry(address);
    config.initialBackoffMs = 1500; // long enough for the new server to buffer ticks
    config.jitter = 0.0;
    TelemetryClient client(config, received.callbacks());
    client.start();
    ASSERT_TRUE(received.waiter.waitFor(20s, [&] { return received.ticks.size() >= 3; }));

    server->stop();
    server.reset();
    const size_t beforeRestart = received.tickCount();
    server = startServer(sim, address, intervalMs);
    ASSERT_TRUE(
        received.waiter.waitFor(20s, [&] { return received.ticks.size() >= beforeRestart + 25; }));
    client.stop();

    // After the restart the client first gets what the new server buffered
    // while the client was waiting to retry (flagged replay), then live ticks,
    // with no tick missing between the new server's first and the last received.
    std::vector<std::pair<FleetTickPtr, bool>> after(received.ticks.begin() + long(beforeRestart),
                                                     received.ticks.end());
    ASSERT_FALSE(after.empty());
    EXPECT_TRUE(after.front().second) << "first tick after reconnect should be a replay";
    size_t replayed = 0;
    for (size_t i = 0; i < after.size(); ++i) {
        replayed += after[i].second ? 1 : 0;
        if (i > 0) {
            EXPECT_EQ(after[i].first->unixMs - after[i - 1].first->unixMs, intervalMs)
                << "gap at " << i;
        }
    }
    EXPECT_GE(replayed, 5u);
    EXPECT_EQ(client.counters().replayedTicks, replayed);
    EXPECT_GT(after.front().first->unixMs, received.ticks[beforeRestart - 1].first->unixMs);
}

} // namespace
} // namespace scb
