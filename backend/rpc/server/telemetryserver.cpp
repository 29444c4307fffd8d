#include "rpc/server/telemetryserver.h"

#include "rpc/common/protoconvert.h"
#include "rpc/server/statisticsservice.h"

#include "scb/v1/telemetry.grpc.pb.h"

#include <grpc/support/log.h>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <vector>

namespace scb {

namespace {

constexpr const char *kServiceName = "scb.v1.TelemetryService";
constexpr const char *kStatisticsServiceName = "scb.v1.StatisticsService";
// Requests are tiny; anything near this is not a request of ours.
constexpr int kMaxReceiveBytes = 1 << 20;
// The inventory of 200,000 chips is about 4 MiB: well over gRPC's default.
constexpr int kMaxSendBytes = 64 << 20;
// A live stream may be this many ticks behind before it jumps to the newest.
constexpr int64_t kMaxLagTicks = 3;

// One tick as serialized SampleChunks, shared read-only by every stream that
// sends it (gRPC copies a ByteBuffer by reference, not by bytes).
struct EncodedTick
{
    int64_t unixMs = 0;
    std::vector<grpc::ByteBuffer> chunks;
};
using EncodedTickPtr = std::shared_ptr<const EncodedTick>;

template<typename Message> bool serialize(const Message &message, grpc::ByteBuffer &out)
{
    bool ownBuffer = false;
    return grpc::SerializationTraits<Message>::Serialize(message, &out, &ownBuffer).ok();
}

template<typename Message> bool parse(const grpc::ByteBuffer &in, Message &out)
{
    grpc::ByteBuffer copy = in; // Deserialize consumes its buffer; the copy shares the slices
    return grpc::SerializationTraits<Message>::Deserialize(&copy, &out).ok();
}

// "host:port" with the port replaced; wildcard hosts become loopback, so the
// answer is something a local client can dial.
std::string dialAddress(const std::string &listen, int port)
{
    std::string host = listen;
    if (auto colon = listen.rfind(':'); colon != std::string::npos)
        host = listen.substr(0, colon);
    if (host.empty() || host == "0.0.0.0" || host == "*")
        host = "127.0.0.1";
    else if (host == "[::]")
        host = "[::1]";
    return host + ":" + std::to_string(port);
}

// A stream refused before it began: finishes at once and deletes itself.
class RefusedStream final : public grpc::ServerWriteReactor<grpc::ByteBuffer>
{
public:
    explicit RefusedStream(const grpc::Status &status) { Finish(status); }
    void OnDone() override { delete this; }
};

constinit std::atomic<GrpcLogSink> g_logSink{nullptr};

void forwardGrpcLog(gpr_log_func_args *args)
{
    const char *severity = gpr_log_severity_string(args->severity);
    if (GrpcLogSink sink = g_logSink.load())
        sink(severity, args->message);
    else
        std::fprintf(stderr, "%s %s:%d] %s\n", severity, args->file, args->line, args->message);
}

class StreamReactor;

// The link through which the fleet's notification reaches a stream. OnDone
// clears `reactor` under `mutex` before the reactor can be deleted, and a
// poker takes a reference under the same mutex, so a poke never touches a
// deleted reactor however it races with the stream's end.
struct StreamLink
{
    std::mutex mutex;
    StreamReactor *reactor = nullptr;
};

struct ServerCore;

class TelemetryService final
    : public v1::TelemetryService::WithRawCallbackMethod_GetInventory<
          v1::TelemetryService::WithRawCallbackMethod_StreamSamples<v1::TelemetryService::Service>>
{
public:
    explicit TelemetryService(ServerCore &impl)
        : m_impl(impl)
    {
    }
    // Raw (ByteBuffer) methods of the callback API: the inventory and the
    // live chunks are serialized once and the same bytes go to every caller.
    grpc::ServerUnaryReactor *GetInventory(grpc::CallbackServerContext *context,
                                           const grpc::ByteBuffer *request,
                                           grpc::ByteBuffer *response) override;
    grpc::ServerWriteReactor<grpc::ByteBuffer> *
    StreamSamples(grpc::CallbackServerContext *context, const grpc::ByteBuffer *request) override;

private:
    ServerCore &m_impl;
};

struct ServerCore
{
    ServerCore(std::unique_ptr<Source> source, ServerConfig config)
        : config(std::move(config))
        , fleet(std::move(source),
                this->config.intervalMs,
                this->config.replaySeconds,
                this->config.maxRingBytes)
    {
    }

    EncodedTickPtr encode(const FleetTick &tick, bool replay);
    EncodedTickPtr liveTick();
    EncodedTickPtr refreshLive(); // the newest tick encoded, building it if needed
    void onFleetTick();
    void forEachStream(bool stop);
    Result<std::shared_ptr<const grpc::ByteBuffer>> inventoryBytes();

    ServerConfig config;
    FleetState fleet;

    mutable std::mutex lifecycleMutex; // start/stop, and the fields below it
    std::unique_ptr<TelemetryService> service;
    std::unique_ptr<grpc::Server> server;
    int listenerId = 0;
    int port = 0;
    bool running = false;
    std::condition_variable stoppedCv;

    std::mutex liveMutex;
    EncodedTickPtr live; // the newest tick, encoded once for all streams

    std::mutex inventoryMutex;
    std::shared_ptr<const Inventory> cachedInventory;
    std::shared_ptr<const grpc::ByteBuffer> cachedInventoryBytes;

    std::mutex streamsMutex;
    std::condition_variable streamsCv;
    std::vector<std::shared_ptr<StreamLink>> streams;
    bool acceptingStreams = false;

    std::atomic<uint64_t> streamsTotal{0};
    std::atomic<uint64_t> inventoryCalls{0};
    std::atomic<uint64_t> liveTicks{0};
    std::atomic<uint64_t> replayedTicks{0};
    std::atomic<uint64_t> lateTicks{0};
    std::atomic<uint64_t> skippedTicks{0};
    std::atomic<uint64_t> chunks{0};
    std::atomic<uint64_t> rejectedRequests{0};
    std::atomic<uint64_t> droppedEvents{0};
};

// One StreamSamples call. State machine, driven by pump():
//   replay (since_unix_ms > 0): ring ticks after the last sent one, flagged
//   replay, until the next one is the live tick; then live: the shared live
//   tick whenever it is newer than the last sent one; between ticks it waits
//   for a poke from the fleet's notification.
// One write in flight at a time. pump() runs on gRPC threads (reactions) and
// on the fleet's ticker thread (pokes); the request counter lets exactly one
// thread drive at a time while the others just ask for another round, so
// nobody blocks and StartWrite is always called with no lock held (gRPC may
// run reactions inline inside it). The cursor fields are only touched by the
// driving thread. Lifetime: reference counted; gRPC's reference is dropped
// in OnDone, a poker's after its pump(); Finish() is only called with no
// write in flight.
class StreamReactor final : public grpc::ServerWriteReactor<grpc::ByteBuffer>
{
public:
    StreamReactor(ServerCore &impl, int64_t sinceUnixMs)
        : m_impl(impl)
        , m_link(std::make_shared<StreamLink>())
        , m_replaying(sinceUnixMs > 0)
        , m_lastSentMs(sinceUnixMs > 0 ? sinceUnixMs : INT64_MIN)
    {
        m_link->reactor = this;
    }

    std::shared_ptr<StreamLink> link() const { return m_link; }

    void ref() { m_refs.fetch_add(1); }
    void unref()
    {
        if (m_refs.fetch_sub(1) == 1)
            delete this;
    }

    void pump()
    {
        ref();
        if (m_pumpRequests.fetch_add(1) == 0) {
            do {
                pumpOnce();
            } while (m_pumpRequests.fetch_sub(1) != 1);
        }
        unref();
    }

    void requestStop()
    {
        m_stopRequested = true;
        pump();
    }

    void OnWriteDone(bool ok) override
    {
        if (!ok)
            m_writeFailed = true; // the client went away; OnCancel usually follows
        m_writing = false;
        pump();
    }

    void OnCancel() override
    {
        m_cancelled = true;
        pump();
    }

    void OnDone() override
    {
        {
            std::lock_guard lock(m_link->mutex);
            m_link->reactor = nullptr;
        }
        {
            std::lock_guard lock(m_impl.streamsMutex);
            std::erase(m_impl.streams, m_link);
        }
        m_impl.streamsCv.notify_all();
        unref();
    }

private:
    void pumpOnce()
    {
        if (m_writing || m_finishCalled)
            return;
        if (m_cancelled || m_stopRequested || m_writeFailed) {
            m_finishCalled = true;
            Finish(m_stopRequested && !m_cancelled
                       ? grpc::Status(grpc::StatusCode::UNAVAILABLE, "server shutting down")
                       : grpc::Status::CANCELLED);
            return;
        }
        if (!m_current || m_nextChunk >= m_current->chunks.size()) {
            if (m_current)
                m_lastSentMs = m_current->unixMs;
            m_current = nextTick();
            m_nextChunk = 0;
            if (!m_current || m_current->chunks.empty())
                return; // nothing newer: the next poke resumes
        }
        const grpc::ByteBuffer *chunk = &m_current->chunks[m_nextChunk++];
        m_writing = true;
        m_impl.chunks.fetch_add(1);
        StartWrite(chunk);
    }

    EncodedTickPtr nextTick()
    {
        EncodedTickPtr live = m_impl.liveTick();
        if (m_replaying) {
            FleetTickPtr next = m_impl.fleet.nextAfter(m_lastSentMs);
            if (next && (!live || next->unixMs < live->unixMs)) {
                m_impl.replayedTicks.fetch_add(1);
                return m_impl.encode(*next, true);
            }
            m_replaying = false;
        }
        if (!live || live->unixMs <= m_lastSentMs)
            return nullptr;
        if (m_lastSentMs != INT64_MIN) {
            const int64_t missed = (live->unixMs - m_lastSentMs) / m_impl.fleet.intervalMs() - 1;
            if (missed > kMaxLagTicks) {
                m_impl.skippedTicks.fetch_add(uint64_t(missed));
            } else if (missed > 0) {
                // A short hiccup: fill it from the ring rather than leave a hole.
                FleetTickPtr next = m_impl.fleet.nextAfter(m_lastSentMs);
                if (next && next->unixMs < live->unixMs) {
                    m_impl.lateTicks.fetch_add(1);
                    return m_impl.encode(*next, false);
                }
            }
        }
        m_impl.liveTicks.fetch_add(1);
        return live;
    }

    ServerCore &m_impl;
    std::shared_ptr<StreamLink> m_link;
    std::atomic<int> m_refs{1}; // gRPC's, until OnDone
    std::atomic<int> m_pumpRequests{0};
    std::atomic<bool> m_writing{false};
    std::atomic<bool> m_finishCalled{false};
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_writeFailed{false};

    // Cursor: only touched by the thread driving pump().
    bool m_replaying;
    int64_t m_lastSentMs; // the last tick fully written (or since_unix_ms)
    EncodedTickPtr m_current;
    size_t m_nextChunk = 0;
};

EncodedTickPtr ServerCore::encode(const FleetTick &tick, bool replay)
{
    ChunkingStats chunkStats;
    std::vector<v1::SampleChunk> messages =
        tickToChunks(tick, replay, kMaxChunkChips, kMaxChunkBytes, &chunkStats);
    if (chunkStats.droppedEvents)
        droppedEvents.fetch_add(chunkStats.droppedEvents);
    auto encoded = std::make_shared<EncodedTick>();
    encoded->unixMs = tick.unixMs;
    encoded->chunks.resize(messages.size());
    for (size_t i = 0; i < messages.size(); ++i) {
        if (!serialize(messages[i], encoded->chunks[i]))
            return nullptr; // cannot happen for a message we built; never send half a tick
    }
    return encoded;
}

EncodedTickPtr ServerCore::liveTick()
{
    std::lock_guard lock(liveMutex);
    return live;
}

EncodedTickPtr ServerCore::refreshLive()
{
    FleetTickPtr newest = fleet.latest();
    if (!newest)
        return liveTick();
    {
        std::lock_guard lock(liveMutex);
        if (live && live->unixMs >= newest->unixMs)
            return live;
    }
    EncodedTickPtr encoded = encode(*newest, false); // outside the lock: streams keep reading
    std::lock_guard lock(liveMutex);
    if (encoded && (!live || live->unixMs < encoded->unixMs))
        live = std::move(encoded);
    return live;
}

void ServerCore::onFleetTick()
{
    bool anyStream = false;
    {
        std::lock_guard lock(streamsMutex);
        anyStream = !streams.empty();
    }
    if (!anyStream)
        return; // nobody to send to: skip the conversion; a new stream builds its own
    refreshLive();
    forEachStream(false);
}

void ServerCore::forEachStream(bool stop)
{
    std::vector<std::shared_ptr<StreamLink>> links;
    {
        std::lock_guard lock(streamsMutex);
        links = streams;
    }
    for (const auto &link : links) {
        StreamReactor *reactor = nullptr;
        {
            std::lock_guard lock(link->mutex);
            reactor = link->reactor;
            if (reactor)
                reactor->ref();
        }
        if (!reactor)
            continue;
        if (stop)
            reactor->requestStop();
        else
            reactor->pump();
        reactor->unref();
    }
}

Result<std::shared_ptr<const grpc::ByteBuffer>> ServerCore::inventoryBytes()
{
    std::shared_ptr<const Inventory> inventory = fleet.inventory();
    if (!inventory)
        return Status::error("the fleet's source has no inventory yet");
    std::lock_guard lock(inventoryMutex);
    if (cachedInventory != inventory) {
        v1::Inventory message;
        toProto(*inventory, &message);
        auto bytes = std::make_shared<grpc::ByteBuffer>();
        if (!serialize(message, *bytes))
            return Status::error("cannot serialize the inventory");
        cachedInventory = inventory;
        cachedInventoryBytes = std::move(bytes);
    }
    return cachedInventoryBytes;
}

grpc::ServerUnaryReactor *TelemetryService::GetInventory(grpc::CallbackServerContext *context,
                                                         const grpc::ByteBuffer *request,
                                                         grpc::ByteBuffer *response)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    v1::GetInventoryRequest parsed;
    if (!parse(*request, parsed)) {
        m_impl.rejectedRequests.fetch_add(1);
        reactor->Finish(
            grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "GetInventoryRequest does not parse"));
        return reactor;
    }
    auto bytes = m_impl.inventoryBytes();
    if (!bytes.ok()) {
        reactor->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, bytes.error()));
        return reactor;
    }
    *response = **bytes; // shares the slices
    m_impl.inventoryCalls.fetch_add(1);
    reactor->Finish(grpc::Status::OK);
    return reactor;
}

grpc::ServerWriteReactor<grpc::ByteBuffer> *
TelemetryService::StreamSamples(grpc::CallbackServerContext * /*context*/,
                                const grpc::ByteBuffer *request)
{
    v1::StreamSamplesRequest parsed;
    if (!parse(*request, parsed)) {
        m_impl.rejectedRequests.fetch_add(1);
        return new RefusedStream(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                                              "StreamSamplesRequest does not parse"));
    }
    if (parsed.since_unix_ms() < 0) {
        m_impl.rejectedRequests.fetch_add(1);
        return new RefusedStream(
            grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                         "since_unix_ms must be 0 (live only) or a time after 1970, got " +
                             std::to_string(parsed.since_unix_ms())));
    }
    auto *reactor = new StreamReactor(m_impl, parsed.since_unix_ms());
    {
        std::lock_guard lock(m_impl.streamsMutex);
        if (!m_impl.acceptingStreams) {
            delete reactor; // never handed to gRPC
            return new RefusedStream(
                grpc::Status(grpc::StatusCode::UNAVAILABLE, "server shutting down"));
        }
        m_impl.streams.push_back(reactor->link());
    }
    m_impl.streamsTotal.fetch_add(1);
    // Registered first, so a tick produced from here on pokes it; the live
    // tick may be older than any stream, so make sure it is encoded.
    m_impl.refreshLive();
    reactor->pump();
    return reactor;
}

} // namespace

void setGrpcLogSink(GrpcLogSink sink)
{
    // gRPC 1.51 has no public way back to its own printer: ours imitates it.
    g_logSink = sink;
    gpr_set_log_function(forwardGrpcLog);
}

struct TelemetryServer::Impl : ServerCore
{
    using ServerCore::ServerCore;
};

TelemetryServer::TelemetryServer(std::unique_ptr<Source> source, ServerConfig config)
    : d(std::make_unique<Impl>(std::move(source), std::move(config)))
{
}

TelemetryServer::~TelemetryServer()
{
    stop();
}

Status TelemetryServer::start()
{
    std::lock_guard lifecycle(d->lifecycleMutex);
    if (d->running)
        return {};

    const bool fleetWasRunning = d->fleet.running();
    d->fleet.start();
    ServerCore *impl = d.get();
    d->listenerId = d->fleet.subscribe([impl] { impl->onFleetTick(); });

    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();
    auto service = std::make_unique<TelemetryService>(*d);
    grpc::ServerBuilder builder;
    int selectedPort = 0;
    builder.AddListeningPort(d->config.listen, grpc::InsecureServerCredentials(), &selectedPort);
    builder.RegisterService(service.get());
    if (d->config.statistics)
        builder.RegisterService(d->config.statistics->grpcService());
    builder.SetMaxSendMessageSize(kMaxSendBytes);
    builder.SetMaxReceiveMessageSize(kMaxReceiveBytes);
    // A LAN: find dead peers within a minute, and let clients ping as often
    // as every 10 s even without calls (the default would answer a client's
    // 30 s keepalive with GOAWAY "too_many_pings").
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 30'000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10'000);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PINGS_WITHOUT_DATA, 0);
    // Without this a second server could share the port (SO_REUSEPORT) and
    // "address in use" would go unnoticed.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);

    {
        std::lock_guard lock(d->streamsMutex);
        d->acceptingStreams = true;
    }
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || selectedPort == 0) {
        {
            std::lock_guard lock(d->streamsMutex);
            d->acceptingStreams = false;
        }
        if (server)
            server->Shutdown();
        d->fleet.unsubscribe(d->listenerId);
        if (!fleetWasRunning)
            d->fleet.stop();
        return Status::error("cannot listen on " + d->config.listen +
                             ": address in use or not allowed");
    }
    if (auto *health = server->GetHealthCheckService()) {
        health->SetServingStatus("", true);
        health->SetServingStatus(kServiceName, true);
        if (d->config.statistics)
            health->SetServingStatus(kStatisticsServiceName, d->config.statistics->hasData());
    }
    d->service = std::move(service);
    d->server = std::move(server);
    d->port = selectedPort;
    d->running = true;
    return {};
}

void TelemetryServer::stop()
{
    std::unique_lock lifecycle(d->lifecycleMutex);
    if (!d->running)
        return;
    {
        std::lock_guard lock(d->streamsMutex);
        d->acceptingStreams = false;
    }
    if (auto *health = d->server->GetHealthCheckService())
        health->SetServingStatus(false);
    d->forEachStream(true); // each ends after its write in flight
    d->server->Shutdown(std::chrono::system_clock::now() +
                        std::chrono::milliseconds(d->config.shutdownGraceMs));
    {
        // Shutdown cancels what is left; streams are gone once OnDone ran.
        std::unique_lock lock(d->streamsMutex);
        d->streamsCv.wait(lock, [this] { return d->streams.empty(); });
    }
    d->server->Wait();
    d->server.reset();
    d->service.reset();
    d->fleet.unsubscribe(d->listenerId);
    d->fleet.stop();
    {
        std::lock_guard lock(d->liveMutex);
        d->live.reset();
    }
    d->running = false;
    lifecycle.unlock();
    d->stoppedCv.notify_all();
}

void TelemetryServer::wait()
{
    std::unique_lock lifecycle(d->lifecycleMutex);
    d->stoppedCv.wait(lifecycle, [this] { return !d->running; });
}

bool TelemetryServer::running() const
{
    std::lock_guard lifecycle(d->lifecycleMutex);
    return d->running;
}

int TelemetryServer::port() const
{
    std::lock_guard lifecycle(d->lifecycleMutex);
    return d->port;
}

std::string TelemetryServer::address() const
{
    return dialAddress(d->config.listen, port());
}

FleetState &TelemetryServer::fleet()
{
    return d->fleet;
}

ServerStats TelemetryServer::stats() const
{
    ServerStats stats;
    {
        std::lock_guard lock(d->streamsMutex);
        stats.streams = d->streams.size();
    }
    stats.streamsTotal = d->streamsTotal.load();
    stats.inventoryCalls = d->inventoryCalls.load();
    stats.liveTicks = d->liveTicks.load();
    stats.replayedTicks = d->replayedTicks.load();
    stats.lateTicks = d->lateTicks.load();
    stats.skippedTicks = d->skippedTicks.load();
    stats.chunks = d->chunks.load();
    stats.rejectedRequests = d->rejectedRequests.load();
    stats.droppedEvents = d->droppedEvents.load();
    return stats;
}

} // namespace scb
