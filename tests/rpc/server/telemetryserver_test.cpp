#include "rpc/server/telemetryserver.h"

#include "chunkassembly.h"
#include "rpc/common/protoconvert.h"
#include "sources/fleetsimulator.h"

#include "scb/v1/telemetry.grpc.pb.h"

#include <google/protobuf/unknown_field_set.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

using namespace scb;
using namespace std::chrono_literals;

namespace {

constexpr auto kHangGuard = 60s; // catches hangs; no test asserts a duration

std::chrono::system_clock::time_point deadline()
{
    return std::chrono::system_clock::now() + kHangGuard;
}

std::shared_ptr<grpc::Channel> dial(const std::string &address, grpc::ChannelArguments args = {})
{
    args.SetMaxReceiveMessageSize(64 << 20); // the inventory may exceed gRPC's 4 MiB default
    return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

std::string toString(const grpc::ByteBuffer &buffer)
{
    std::vector<grpc::Slice> slices;
    std::string out;
    if (!buffer.Dump(&slices).ok())
        return out;
    for (const auto &slice : slices)
        out.append(reinterpret_cast<const char *>(slice.begin()), slice.size());
    return out;
}

grpc::ByteBuffer toBuffer(const std::string &bytes)
{
    grpc::Slice slice(bytes);
    return grpc::ByteBuffer(&slice, 1);
}

// A length-delimited field, encoded by hand (field numbers < 16, length < 128).
std::string stringField(int field, const std::string &value)
{
    return std::string(1, char(field << 3 | 2)) + char(value.size()) + value;
}

// Reads `count` complete ticks (or fewer if the stream ends).
std::vector<test::TickAssembler::Complete>
readTicks(v1::TelemetryService::Stub &stub, int64_t sinceUnixMs, size_t count)
{
    grpc::ClientContext context;
    context.set_deadline(deadline());
    v1::StreamSamplesRequest request;
    request.set_since_unix_ms(sinceUnixMs);
    auto reader = stub.StreamSamples(&context, request);
    test::TickAssembler assembler;
    v1::SampleChunk chunk;
    while (assembler.complete().size() < count && reader->Read(&chunk))
        assembler.add(chunk);
    context.TryCancel();
    reader->Finish();
    return assembler.complete();
}

class TelemetryServerTest : public ::testing::Test
{
protected:
    static constexpr int kIntervalMs = 200;
    const SimulatorConfig m_simulator{10'000, 4, 7};

    void SetUp() override
    {
        m_server = makeServer("127.0.0.1:0");
        const Status started = m_server->start();
        ASSERT_TRUE(started.ok()) << started.message();
        ASSERT_GT(m_server->port(), 0);
        m_stub = v1::TelemetryService::NewStub(dial(m_server->address()));
    }
    void TearDown() override
    {
        if (m_server)
            m_server->stop();
    }

    std::unique_ptr<TelemetryServer> makeServer(const std::string &listen) const
    {
        ServerConfig config;
        config.listen = listen;
        config.intervalMs = kIntervalMs;
        config.replaySeconds = 60;
        return std::make_unique<TelemetryServer>(std::make_unique<FleetSimulator>(m_simulator),
                                                 config);
    }

    void expectSimulatorTick(const FleetTick &received)
    {
        FleetTick expected;
        m_expected.sample(received.unixMs, expected);
        EXPECT_EQ(received.unixMs % kIntervalMs, 0);
        EXPECT_EQ(received.inventoryVersion, m_expected.inventory()->version);
        EXPECT_EQ(received.columns, expected.columns) << "tick " << received.unixMs;
        EXPECT_EQ(received.events, test::eventsByChip(expected.events));
    }

    void waitForRing(size_t ticks)
    {
        const auto until = std::chrono::steady_clock::now() + kHangGuard;
        while (m_server->fleet().stats().ringTicks < ticks &&
               std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(20ms);
        ASSERT_GE(m_server->fleet().stats().ringTicks, ticks);
    }

    // grpc.health.v1.Health/Check through a generic call: Debian ships no
    // health.pb.h. HealthCheckRequest{service=1}; HealthCheckResponse{status=1}.
    grpc::Status healthCheck(const std::string &service, int &servingStatus)
    {
        grpc::GenericStub stub(dial(m_server->address()));
        grpc::ClientContext context;
        context.set_deadline(deadline());
        const grpc::ByteBuffer request = toBuffer(service.empty() ? "" : stringField(1, service));
        grpc::ByteBuffer response;
        std::promise<grpc::Status> done;
        stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                       &response, [&](grpc::Status status) { done.set_value(status); });
        grpc::Status status = done.get_future().get();
        google::protobuf::UnknownFieldSet fields;
        servingStatus = 0; // UNKNOWN
        if (status.ok() && fields.ParseFromString(toString(response)))
            for (int i = 0; i < fields.field_count(); ++i)
                if (fields.field(i).number() == 1)
                    servingStatus = int(fields.field(i).varint());
        return status;
    }

    FleetSimulator m_expected{m_simulator};
    std::unique_ptr<TelemetryServer> m_server;
    std::unique_ptr<v1::TelemetryService::Stub> m_stub;
};

} // namespace

TEST_F(TelemetryServerTest, GetInventoryMatchesTheSimulator)
{
    grpc::ClientContext context;
    context.set_deadline(deadline());
    v1::Inventory message;
    const grpc::Status status = m_stub->GetInventory(&context, {}, &message);
    ASSERT_TRUE(status.ok()) << status.error_message();
    auto inventory = fromProto(message);
    ASSERT_TRUE(inventory.ok()) << inventory.error();
    const auto expected = m_expected.inventory();
    EXPECT_EQ(inventory->version, expected->version);
    EXPECT_EQ(inventory->chipCount(), 10'000u);
    EXPECT_EQ(inventory->chipUuids, expected->chipUuids);
    EXPECT_EQ(inventory->nodes.size(), expected->nodes.size());
    EXPECT_EQ(inventory->centers.size(), 4u);
    EXPECT_EQ(inventory->source, expected->source);

    // Served from the cache the second time: the same bytes.
    grpc::ClientContext again;
    again.set_deadline(deadline());
    v1::Inventory second;
    ASSERT_TRUE(m_stub->GetInventory(&again, {}, &second).ok());
    EXPECT_EQ(second.SerializeAsString(), message.SerializeAsString());
    EXPECT_EQ(m_server->stats().inventoryCalls, 2u);
}

TEST_F(TelemetryServerTest, StreamDeliversFullTicksEqualToTheSimulator)
{
    const auto ticks = readTicks(*m_stub, 0, 3);
    ASSERT_GE(ticks.size(), 3u);
    for (size_t i = 0; i < ticks.size(); ++i) {
        EXPECT_FALSE(ticks[i].replay);
        EXPECT_EQ(ticks[i].tick.chipCount(), 10'000u);
        if (i > 0) {
            EXPECT_GT(ticks[i].tick.unixMs, ticks[i - 1].tick.unixMs);
        }
        expectSimulatorTick(ticks[i].tick);
    }
}

TEST_F(TelemetryServerTest, SinceReplaysBufferedTicksFirstThenGoesLive)
{
    waitForRing(5);
    const int64_t since = m_server->fleet().oldestBufferedMs(); // replay starts after it
    std::vector<int64_t> buffered;
    for (int64_t t = since; FleetTickPtr tick = m_server->fleet().nextAfter(t);) {
        buffered.push_back(tick->unixMs);
        t = tick->unixMs;
    }
    ASSERT_GE(buffered.size(), 4u);

    const auto ticks = readTicks(*m_stub, since, buffered.size() + 2);
    ASSERT_EQ(ticks.size(), buffered.size() + 2);
    size_t replayed = 0;
    while (replayed < ticks.size() && ticks[replayed].replay)
        ++replayed;
    // Everything buffered after `since` comes back in order; the tick that
    // was newest may already be sent live.
    ASSERT_GE(replayed + 1, buffered.size());
    for (size_t i = 0; i < replayed; ++i)
        EXPECT_EQ(ticks[i].tick.unixMs, buffered[i]);
    for (size_t i = replayed; i < ticks.size(); ++i)
        EXPECT_FALSE(ticks[i].replay) << "replay only comes first";
    for (size_t i = 0; i < ticks.size(); ++i) {
        if (i > 0) {
            EXPECT_GT(ticks[i].tick.unixMs, ticks[i - 1].tick.unixMs);
        }
        expectSimulatorTick(ticks[i].tick);
    }
    EXPECT_GE(m_server->stats().replayedTicks, replayed);
}

TEST_F(TelemetryServerTest, SinceNewerThanEverythingIsLiveOnly)
{
    waitForRing(1);
    const int64_t newest = m_server->fleet().latest()->unixMs;
    const auto ticks = readTicks(*m_stub, newest, 1);
    ASSERT_EQ(ticks.size(), 1u);
    EXPECT_FALSE(ticks[0].replay);
    EXPECT_GT(ticks[0].tick.unixMs, newest);
}

TEST_F(TelemetryServerTest, BadRequestIsRejected)
{
    grpc::ClientContext context;
    context.set_deadline(deadline());
    v1::StreamSamplesRequest request;
    request.set_since_unix_ms(-5);
    auto reader = m_stub->StreamSamples(&context, request);
    v1::SampleChunk chunk;
    EXPECT_FALSE(reader->Read(&chunk));
    EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(m_server->stats().rejectedRequests, 1u);
}

TEST_F(TelemetryServerTest, ConcurrentClientsShareTheLiveTicks)
{
    auto other = v1::TelemetryService::NewStub(dial(m_server->address()));
    auto first = std::async(std::launch::async, [&] { return readTicks(*m_stub, 0, 3); });
    auto second = std::async(std::launch::async, [&] { return readTicks(*other, 0, 3); });
    for (const auto &ticks : {first.get(), second.get()}) {
        ASSERT_EQ(ticks.size(), 3u);
        for (const auto &tick : ticks)
            expectSimulatorTick(tick.tick);
    }
    EXPECT_GE(m_server->stats().streamsTotal, 2u);
}

TEST_F(TelemetryServerTest, HealthIsServingForTheServerAndTheService)
{
    int serving = 0;
    grpc::Status status = healthCheck("", serving);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(serving, 1); // SERVING
    status = healthCheck("scb.v1.TelemetryService", serving);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(serving, 1);
    EXPECT_EQ(healthCheck("no.such.Service", serving).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(TelemetryServerTest, ReflectionListsTheTelemetryService)
{
    // grpc.reflection.v1alpha: ServerReflectionRequest{list_services=7};
    // ServerReflectionResponse{list_services_response=6{service=1{name=1}}}.
    grpc::GenericStub stub(dial(m_server->address()));
    grpc::CompletionQueue queue;
    grpc::ClientContext context;
    context.set_deadline(deadline());
    auto call = stub.PrepareCall(
        &context, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", &queue);
    ASSERT_NE(call, nullptr);
    void *tag = nullptr;
    bool ok = false;
    auto step = [&](int expected) {
        EXPECT_TRUE(queue.Next(&tag, &ok));
        EXPECT_EQ(tag, reinterpret_cast<void *>(intptr_t(expected)));
        return ok;
    };
    call->StartCall(reinterpret_cast<void *>(1));
    ASSERT_TRUE(step(1));
    const grpc::ByteBuffer request = toBuffer(stringField(7, "*"));
    call->Write(request, reinterpret_cast<void *>(2));
    ASSERT_TRUE(step(2));
    call->WritesDone(reinterpret_cast<void *>(3));
    ASSERT_TRUE(step(3));
    grpc::ByteBuffer response;
    call->Read(&response, reinterpret_cast<void *>(4));
    ASSERT_TRUE(step(4));
    grpc::Status status;
    call->Finish(&status, reinterpret_cast<void *>(5));
    step(5);
    EXPECT_TRUE(status.ok()) << status.error_message();
    queue.Shutdown();
    while (queue.Next(&tag, &ok)) {
    }

    std::vector<std::string> services;
    google::protobuf::UnknownFieldSet top;
    ASSERT_TRUE(top.ParseFromString(toString(response)));
    for (int i = 0; i < top.field_count(); ++i) {
        if (top.field(i).number() != 6)
            continue;
        google::protobuf::UnknownFieldSet list;
        ASSERT_TRUE(list.ParseFromString(top.field(i).length_delimited()));
        for (int j = 0; j < list.field_count(); ++j) {
            google::protobuf::UnknownFieldSet service;
            ASSERT_TRUE(service.ParseFromString(list.field(j).length_delimited()));
            for (int k = 0; k < service.field_count(); ++k)
                if (service.field(k).number() == 1)
                    services.push_back(service.field(k).length_delimited());
        }
    }
    EXPECT_NE(std::find(services.begin(), services.end(), "scb.v1.TelemetryService"),
              services.end());
    EXPECT_NE(std::find(services.begin(), services.end(), "grpc.health.v1.Health"), services.end());
}

TEST_F(TelemetryServerTest, PortInUseIsAnErrorNotACrash)
{
    const std::string taken = "127.0.0.1:" + std::to_string(m_server->port());
    auto second = makeServer(taken);
    const Status status = second->start();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.message(), "cannot listen on " + taken + ": address in use or not allowed");
    EXPECT_FALSE(second->running());
    second->stop(); // harmless when not started
}

TEST_F(TelemetryServerTest, RestartsOnTheSamePortAndServesAgain)
{
    const std::string address = "127.0.0.1:" + std::to_string(m_server->port());
    m_server->stop();
    EXPECT_FALSE(m_server->running());
    m_server.reset();

    for (int round = 0; round < 2; ++round) {
        auto server = makeServer(address);
        for (int restart = 0; restart < 2; ++restart) {
            const Status status = server->start();
            ASSERT_TRUE(status.ok()) << status.message();
            auto stub = v1::TelemetryService::NewStub(dial(address));
            const auto ticks = readTicks(*stub, 0, 1);
            ASSERT_EQ(ticks.size(), 1u) << "round " << round << " restart " << restart;
            expectSimulatorTick(ticks[0].tick);
            server->stop();
        }
    }
}

TEST_F(TelemetryServerTest, StopEndsOpenStreams)
{
    grpc::ClientContext context;
    context.set_deadline(deadline());
    auto reader = m_stub->StreamSamples(&context, {});
    v1::SampleChunk chunk;
    ASSERT_TRUE(reader->Read(&chunk));
    EXPECT_EQ(m_server->stats().streams, 1u);

    auto stopped = std::async(std::launch::async, [&] { m_server->stop(); });
    ASSERT_EQ(stopped.wait_for(kHangGuard), std::future_status::ready);
    while (reader->Read(&chunk)) {
    }
    const grpc::Status status = reader->Finish();
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(m_server->stats().streams, 0u);
    EXPECT_FALSE(m_server->running());
}

TEST_F(TelemetryServerTest, WaitReturnsWhenStopped)
{
    auto waited = std::async(std::launch::async, [&] { m_server->wait(); });
    EXPECT_EQ(waited.wait_for(50ms), std::future_status::timeout);
    m_server->stop();
    EXPECT_EQ(waited.wait_for(kHangGuard), std::future_status::ready);
}

TEST_F(TelemetryServerTest, SlowClientSkipsToTheNewestTick)
{
    m_server->stop();
    // Big ticks, fast interval, and a client with a small receive window and
    // no window growth: pausing it backs the stream up into the server.
    const SimulatorConfig big{50'000, 4, 7};
    ServerConfig config;
    config.listen = "127.0.0.1:0";
    config.intervalMs = 100;
    config.replaySeconds = 60;
    TelemetryServer server(std::make_unique<FleetSimulator>(big), config);
    ASSERT_TRUE(server.start().ok());
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_HTTP2_BDP_PROBE, 0);
    args.SetInt(GRPC_ARG_HTTP2_STREAM_LOOKAHEAD_BYTES, 64 * 1024);
    auto stub = v1::TelemetryService::NewStub(dial(server.address(), args));

    grpc::ClientContext context;
    context.set_deadline(deadline());
    auto reader = stub->StreamSamples(&context, {});
    test::TickAssembler assembler;
    v1::SampleChunk chunk;
    ASSERT_TRUE(reader->Read(&chunk));
    assembler.add(chunk);
    // Not reading for a while: ticks keep coming, the server must not queue them.
    const auto until = std::chrono::steady_clock::now() + kHangGuard;
    while (server.fleet().stats().ticks < 30 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(50ms);
    while (assembler.complete().size() < 6 && reader->Read(&chunk))
        assembler.add(chunk);
    context.TryCancel();
    reader->Finish();
    server.stop();

    ASSERT_EQ(assembler.complete().size(), 6u);
    EXPECT_GT(server.stats().skippedTicks, 0u);
    bool jumped = false;
    const auto &ticks = assembler.complete();
    for (size_t i = 1; i < ticks.size(); ++i)
        jumped = jumped || ticks[i].tick.unixMs - ticks[i - 1].tick.unixMs > 4 * config.intervalMs;
    EXPECT_TRUE(jumped);
}
