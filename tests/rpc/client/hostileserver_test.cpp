// A server that breaks every rule the client relies on. The client must
// reject and count what is wrong, keep what is right, and never crash.
#include "rpc/client/telemetryclient.h"
#include "testsupport.h"

#include "scb/v1/telemetry.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>

using namespace std::chrono_literals;

namespace scb {
namespace {

v1::Inventory makeInventory(uint64_t version, uint32_t nodes)
{
    v1::Inventory inventory;
    inventory.set_version(version);
    inventory.set_source("hostile test server");
    auto *center = inventory.add_centers();
    center->set_name("Test center");
    auto *model = inventory.add_models();
    model->set_name("Ascend 910B");
    model->set_vendor("Huawei");
    model->set_memory_mib(65536);
    model->set_tdp_watts(400);
    for (uint32_t n = 0; n < nodes; ++n) {
        auto *node = inventory.add_nodes();
        node->set_name("node-" + std::to_string(n));
        node->set_center_index(0);
        node->set_rack(0);
        node->set_first_chip(n * 8);
        node->set_chip_count(8);
        node->set_model_index(0);
    }
    for (uint32_t c = 0; c < nodes * 8; ++c) {
        std::string uuid(16, '\0');
        uuid[0] = char(c & 0xff);
        uuid[1] = char(c >> 8);
        uuid[6] = 0x40;
        uuid[8] = char(0x80);
        inventory.add_chip_uuids(uuid);
    }
    return inventory;
}

v1::SampleChunk
makeChunk(uint64_t version, int64_t unixMs, uint32_t first, uint32_t count, uint32_t tickChips)
{
    v1::SampleChunk chunk;
    chunk.set_unix_ms(unixMs);
    chunk.set_inventory_version(version);
    chunk.set_first_chip(first);
    chunk.set_tick_chip_count(tickChips);
    for (uint32_t i = 0; i < count; ++i) {
        chunk.add_utilization_pct(50);
        chunk.add_memory_used_mib(1000);
        chunk.add_power_watts(300);
        chunk.add_temperature_c(60);
        chunk.add_state(1);
    }
    return chunk;
}

class HostileService final : public v1::TelemetryService::Service
{
public:
    std::atomic<int> inventoryCalls{0};
    std::atomic<int> streams{0};
    std::atomic<bool> invalidInventory{false};

    grpc::Status GetInventory(grpc::ServerContext *,
                              const v1::GetInventoryRequest *,
                              v1::Inventory *response) override
    {
        ++inventoryCalls;
        if (invalidInventory) {
            *response = makeInventory(7, 2);
            response->mutable_nodes(1)->set_first_chip(4); // overlaps node 0
            return grpc::Status::OK;
        }
        *response = streams == 0 ? makeInventory(1, 2) : makeInventory(2, 3);
        return grpc::Status::OK;
    }

    grpc::Status StreamSamples(grpc::ServerContext *context,
                               const v1::StreamSamplesRequest *,
                               grpc::ServerWriter<v1::SampleChunk> *writer) override
    {
        const int stream = streams++;
        if (stream == 0) {
            writer->Write(makeChunk(1, 1000, 0, 16, 16));   // good
            writer->Write(makeChunk(1, 2000, 100, 16, 16)); // chip indices out of range
            auto mismatched = makeChunk(1, 2000, 0, 16, 16);
            mismatched.mutable_memory_used_mib()->RemoveLast(); // lengths differ
            writer->Write(mismatched);
            auto absurd = makeChunk(1, 3000, 0, 16, 16);
            absurd.set_utilization_pct(3, 500);
            absurd.set_temperature_c(4, 10'000);
            absurd.set_state(5, 0xffff);
            auto *event = absurd.add_events();
            event->set_chip(9999); // not in this chunk
            event->set_kind(v1::EVENT_KIND_XID);
            event->set_code(79);
            auto *good = absurd.add_events();
            good->set_chip(2);
            good->set_kind(v1::EVENT_KIND_XID);
            good->set_code(13);
            writer->Write(absurd);
            writer->Write(makeChunk(1, 3500, 0, 8, 16));      // half a tick, left pending
            writer->Write(makeChunk(1, 3400, 8, 8, 16));      // older than the pending tick
            writer->Write(makeChunk(1, 4000, 0, 16, 99'999)); // wrong tick size
            writer->Write(makeChunk(1, 2500, 0, 16, 16));     // older than delivered
            writer->Write(makeChunk(99, 6000, 0, 16, 16));    // inventory changed mid-stream
            // The client hangs up; wait for it rather than end the stream ourselves.
            while (!context->IsCancelled())
                std::this_thread::sleep_for(10ms);
            return grpc::Status::CANCELLED;
        }
        auto stale = makeChunk(1, 6500, 0, 16, 16); // a replayed tick of the old inventory
        stale.set_replay(true);
        writer->Write(stale);
        writer->Write(makeChunk(2, 7000, 0, 24, 24));
        while (!context->IsCancelled())
            std::this_thread::sleep_for(10ms);
        return grpc::Status::OK;
    }
};

struct HostileServer
{
    HostileService service;
    std::unique_ptr<grpc::Server> server;
    int port = 0;

    HostileServer()
    {
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
        builder.RegisterService(&service);
        server = builder.BuildAndStart();
    }
    ~HostileServer() { server->Shutdown(std::chrono::system_clock::now() + 1s); }
    std::string target() const { return "127.0.0.1:" + std::to_string(port); }
};

TEST(HostileServer, BadChunksAreRejectedCountedAndSurvived)
{
    HostileServer hostile;
    ASSERT_GT(hostile.port, 0);
    testing::Waiter waiter;
    std::vector<FleetTickPtr> ticks;
    std::vector<std::shared_ptr<const Inventory>> inventories;
    TelemetryClient::Callbacks callbacks;
    callbacks.inventory = [&](std::shared_ptr<const Inventory> inventory) {
        std::lock_guard lock(waiter.mutex());
        inventories.push_back(std::move(inventory));
    };
    callbacks.tick = [&](FleetTickPtr tick, bool) {
        {
            std::lock_guard lock(waiter.mutex());
            ticks.push_back(std::move(tick));
        }
        waiter.notify();
    };
    ClientConfig config;
    config.target = hostile.target();
    config.initialBackoffMs = 100;
    TelemetryClient client(config, callbacks);
    client.start();
    ASSERT_TRUE(waiter.waitFor(20s, [&] { return ticks.size() >= 3; }));
    client.stop();

    ASSERT_EQ(ticks.size(), 3u);
    EXPECT_EQ(ticks[0]->unixMs, 1000);
    EXPECT_EQ(ticks[0]->column(Metric::Utilization), std::vector<int32_t>(16, 50));

    const FleetTick &absurd = *ticks[1];
    EXPECT_EQ(absurd.unixMs, 3000);
    EXPECT_EQ(absurd.column(Metric::Utilization)[3], kNoData);
    EXPECT_EQ(absurd.column(Metric::Utilization)[2], 50);
    EXPECT_EQ(absurd.column(Metric::Temperature)[4], kNoData);
    EXPECT_EQ(absurd.column(Metric::State)[5], kNoData);
    ASSERT_EQ(absurd.events.size(), 1u);
    EXPECT_EQ(absurd.events[0], (ChipEvent{2, EventKind::Xid, 13}));

    // After the inventory changed, the client fetched the new one and streams on.
    ASSERT_EQ(inventories.size(), 2u);
    EXPECT_EQ(inventories[1]->version, 2u);
    EXPECT_EQ(ticks[2]->unixMs, 7000);
    EXPECT_EQ(ticks[2]->chipCount(), 24u);

    const ClientCounters &counters = client.counters();
    EXPECT_EQ(counters.rejectedChunks, 6u);
    EXPECT_EQ(counters.rejectedValues, 4u); // three values, one event
    EXPECT_EQ(counters.inventoryChanges, 1u);
    // The half tick was never delivered: the stream broke off with it pending,
    // and a reconnect asks for everything after the last whole tick.
    EXPECT_EQ(counters.incompleteTicks, 1u);
}

TEST(HostileServer, InvalidInventoryIsRefusedAndRetried)
{
    HostileServer hostile;
    hostile.service.invalidInventory = true;
    testing::Waiter waiter;
    std::vector<LinkStatus> statuses;
    bool gotInventory = false;
    TelemetryClient::Callbacks callbacks;
    callbacks.inventory = [&](std::shared_ptr<const Inventory>) {
        gotInventory = true;
    };
    callbacks.status = [&](const LinkStatus &status) {
        {
            std::lock_guard lock(waiter.mutex());
            statuses.push_back(status);
        }
        waiter.notify();
    };
    ClientConfig config;
    config.target = hostile.target();
    config.initialBackoffMs = 50;
    config.maxBackoffMs = 100;
    TelemetryClient client(config, callbacks);
    client.start();
    ASSERT_TRUE(waiter.waitFor(10s, [&] {
        return std::count_if(statuses.begin(), statuses.end(), [](const LinkStatus &s) {
                   return s.state == LinkState::Retrying;
               }) >= 2;
    }));
    client.stop();
    EXPECT_FALSE(gotInventory);
    EXPECT_GE(client.counters().rejectedInventories, 2u);
    const auto retrying = std::find_if(statuses.begin(), statuses.end(), [](const LinkStatus &s) {
        return s.state == LinkState::Retrying;
    });
    EXPECT_NE(retrying->lastError.find("invalid inventory"), std::string::npos)
        << retrying->lastError;
}

} // namespace
} // namespace scb
