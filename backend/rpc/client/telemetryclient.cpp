#include "rpc/client/telemetryclient.h"

#include "rpc/common/protoconvert.h"
#include "scb/v1/telemetry.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

namespace scb {

namespace {

int64_t nowUnixMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// What one message may weigh, checked by gRPC before protobuf parses (and
// allocates) anything. A sample chunk is ≤ 1 MiB by contract; the inventory
// is about 20 bytes a chip, so kMaxChips fits in 24 MiB.
constexpr int kMaxChunkReceiveBytes = 2 * 1024 * 1024;
constexpr int kMaxInventoryReceiveBytes = 24 * 1024 * 1024;

// Reassembles chunks into whole fleet ticks and validates each one against
// the inventory. A tick's chunks arrive in chip order; a chunk that does not
// continue where the last one ended, or that disagrees with the inventory,
// is rejected whole. A value out of its plausible range becomes kNoData.
class TickAssembler
{
public:
    TickAssembler(std::shared_ptr<const Inventory> inventory, ClientCounters &counters)
        : m_inventory(std::move(inventory))
        , m_counters(counters)
    {
    }

    enum class Outcome { Accepted, Rejected, InventoryChanged };

    // Feeds one chunk; finished ticks go to `deliver`.
    template<typename Deliver>
    Outcome feed(const v1::SampleChunk &chunk, int64_t lastDeliveredMs, Deliver &&deliver)
    {
        const uint32_t chips = m_inventory->chipCount();
        if (chunk.inventory_version() != m_inventory->version) {
            // The replay buffer may still hold ticks of an older inventory:
            // skip them. A live chunk of another version means a new inventory.
            if (chunk.replay()) {
                ++m_counters.rejectedChunks;
                return Outcome::Rejected;
            }
            return Outcome::InventoryChanged;
        }
        if (chunk.unix_ms() <= lastDeliveredMs || chunk.tick_chip_count() != chips ||
            (m_tick && chunk.unix_ms() < m_tick->unixMs)) {
            ++m_counters.rejectedChunks;
            return Outcome::Rejected;
        }
        if (m_tick && chunk.unix_ms() != m_tick->unixMs)
            finish(deliver); // the previous tick ended before it was complete
        const uint64_t first = chunk.first_chip();
        const int n = chunk.utilization_pct_size();
        const bool lengthsMatch = chunk.memory_used_mib_size() == n &&
                                  chunk.power_watts_size() == n &&
                                  chunk.temperature_c_size() == n && chunk.state_size() == n;
        const uint64_t expectedFirst = m_tick ? m_covered : 0;
        if (!lengthsMatch || n == 0 || first != expectedFirst || first + n > chips) {
            ++m_counters.rejectedChunks;
            return Outcome::Rejected;
        }
        if (!m_tick) {
            auto tick = std::make_shared<FleetTick>();
            tick->unixMs = chunk.unix_ms();
            tick->inventoryVersion = m_inventory->version;
            tick->resize(chips, kNoData);
            m_tick = std::move(tick);
            m_replay = chunk.replay();
            m_covered = 0;
        }
        uint64_t rejected = 0;
        const auto copy = [&](Metric metric, const google::protobuf::RepeatedField<uint32_t> &src) {
            const MetricLimits limits = metricLimits(metric);
            int32_t *dst = m_tick->column(metric).data() + first;
            for (int i = 0; i < n; ++i) {
                const uint32_t v = src[i];
                if (v == kWireNoData) {
                    dst[i] = kNoData;
                } else if (v > static_cast<uint32_t>(limits.max)) {
                    dst[i] = kNoData;
                    ++rejected;
                } else {
                    dst[i] = static_cast<int32_t>(v);
                }
            }
        };
        copy(Metric::Utilization, chunk.utilization_pct());
        copy(Metric::MemoryUsed, chunk.memory_used_mib());
        copy(Metric::Power, chunk.power_watts());
        copy(Metric::Temperature, chunk.temperature_c());
        copy(Metric::State, chunk.state());
        for (const auto &e : chunk.events()) {
            const bool known =
                e.kind() >= v1::EVENT_KIND_XID && e.kind() <= v1::EVENT_KIND_THROTTLE;
            if (!known || e.chip() < first || e.chip() >= first + n ||
                m_tick->events.size() >= kMaxEventsPerTick) {
                ++rejected;
                continue;
            }
            m_tick->events.push_back({e.chip(), static_cast<EventKind>(e.kind()), e.code()});
        }
        if (rejected)
            m_counters.rejectedValues += rejected;
        m_covered = first + n;
        if (m_covered == chips)
            finish(deliver);
        return Outcome::Accepted;
    }

    // Forgets a pending tick the stream broke off: the reconnect replays it whole.
    void discard()
    {
        if (m_tick)
            ++m_counters.incompleteTicks;
        m_tick.reset();
        m_covered = 0;
    }

    // Delivers what is pending (incomplete ticks keep kNoData for missing chips).
    template<typename Deliver> void finish(Deliver &&deliver)
    {
        if (!m_tick)
            return;
        if (m_covered != m_inventory->chipCount())
            ++m_counters.incompleteTicks;
        deliver(std::shared_ptr<const FleetTick>(std::move(m_tick)), m_replay);
        m_tick.reset();
        m_covered = 0;
    }

    static constexpr size_t kMaxEventsPerTick = 100'000;

private:
    std::shared_ptr<const Inventory> m_inventory;
    ClientCounters &m_counters;
    std::shared_ptr<FleetTick> m_tick;
    uint64_t m_covered = 0;
    bool m_replay = false;
};

} // namespace

struct TelemetryClient::Impl
{
    ClientConfig config;
    Callbacks callbacks;
    ClientCounters counters;

    std::mutex mutex; // guards stopping, active
    std::condition_variable wake;
    bool stopping = false;
    grpc::ClientContext *active = nullptr;
    std::thread thread;

    // Touched by the client thread only.
    std::shared_ptr<const Inventory> inventory;
    int64_t lastTickMs = 0;
    std::mt19937_64 rng{std::random_device{}()};

    void setStatus(LinkState state, int64_t retryAt = 0, std::string error = {})
    {
        if (callbacks.status)
            callbacks.status(LinkStatus{state, retryAt, std::move(error)});
    }

    bool isStopping()
    {
        std::lock_guard lock(mutex);
        return stopping;
    }

    // Registers the context of the call in progress so stop() can cancel it.
    bool enter(grpc::ClientContext *context)
    {
        std::lock_guard lock(mutex);
        if (stopping)
            return false;
        active = context;
        return true;
    }
    void leave()
    {
        std::lock_guard lock(mutex);
        active = nullptr;
    }

    std::shared_ptr<grpc::Channel> makeChannel(int maxReceiveBytes) const
    {
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(maxReceiveBytes);
        args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 20'000);
        args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
        args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
        // Our own backoff decides when to retry; keep gRPC's reconnect short.
        args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 200);
        args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
        return grpc::CreateCustomChannel(config.target, grpc::InsecureChannelCredentials(), args);
    }

    struct SessionResult
    {
        bool wasLive = false;
        bool delivered = false; // at least one tick came through
        bool retryNow = false;  // the inventory changed: fetch it again at once
        std::string error;
    };

    SessionResult session()
    {
        SessionResult result;
        auto stub = v1::TelemetryService::NewStub(makeChannel(kMaxInventoryReceiveBytes));

        v1::Inventory protoInventory;
        {
            grpc::ClientContext context;
            context.set_deadline(std::chrono::system_clock::now() +
                                 std::chrono::milliseconds(config.unaryDeadlineMs));
            if (!enter(&context))
                return result;
            const grpc::Status status =
                stub->GetInventory(&context, v1::GetInventoryRequest{}, &protoInventory);
            leave();
            if (!status.ok()) {
                result.error = describe(status);
                return result;
            }
        }
        auto converted = fromProto(protoInventory);
        if (!converted) {
            ++counters.rejectedInventories;
            result.error = "the server sent an invalid inventory: " + converted.error();
            return result;
        }
        if (!inventory || inventory->version != converted->version ||
            inventory->chipCount() != converted->chipCount()) {
            if (inventory)
                ++counters.inventoryChanges;
            inventory = std::make_shared<const Inventory>(std::move(*converted));
            if (callbacks.inventory)
                callbacks.inventory(inventory);
        }

        stub = v1::TelemetryService::NewStub(makeChannel(kMaxChunkReceiveBytes));
        grpc::ClientContext context;
        v1::StreamSamplesRequest request;
        request.set_since_unix_ms(lastTickMs);
        if (!enter(&context))
            return result;
        auto reader = stub->StreamSamples(&context, request);
        TickAssembler assembler(inventory, counters);
        const auto deliver = [this, &result](FleetTickPtr tick, bool replay) {
            result.delivered = true;
            lastTickMs = tick->unixMs;
            ++counters.ticks;
            if (replay)
                ++counters.replayedTicks;
            if (callbacks.tick)
                callbacks.tick(std::move(tick), replay);
        };
        v1::SampleChunk chunk;
        while (reader->Read(&chunk)) {
            ++counters.chunks;
            if (!result.wasLive) {
                result.wasLive = true;
                setStatus(LinkState::Live);
            }
            const auto outcome = assembler.feed(chunk, lastTickMs, deliver);
            if (outcome == TickAssembler::Outcome::InventoryChanged) {
                result.retryNow = true;
                result.error = "the server's inventory changed";
                context.TryCancel();
                break;
            }
        }
        const grpc::Status status = reader->Finish();
        leave();
        assembler.discard();
        if (result.error.empty())
            result.error =
                status.ok() ? std::string("the server ended the stream") : describe(status);
        return result;
    }

    static std::string describe(const grpc::Status &status)
    {
        switch (status.error_code()) {
        case grpc::StatusCode::UNAVAILABLE:
            return "server unavailable: " + status.error_message();
        case grpc::StatusCode::DEADLINE_EXCEEDED:
            return "the server did not answer in time";
        case grpc::StatusCode::CANCELLED:
            return "cancelled";
        default:
            return status.error_message();
        }
    }

    void run()
    {
        int failures = 0;
        bool retriedNow = false;
        while (!isStopping()) {
            setStatus(LinkState::Connecting);
            SessionResult result = session();
            if (isStopping())
                break;
            // One immediate retry for a new inventory; a server that keeps
            // changing it without sending a tick gets the backoff like any failure.
            if (result.retryNow && (result.delivered || !retriedNow)) {
                retriedNow = true;
                continue;
            }
            retriedNow = false;
            if (result.delivered)
                failures = 0;
            const double base = std::min<double>(config.maxBackoffMs,
                                                 config.initialBackoffMs * std::pow(2.0, failures));
            std::uniform_real_distribution<double> spread(-config.jitter, config.jitter);
            const auto delayMs = static_cast<int64_t>(
                std::clamp(base * (1.0 + spread(rng)), 1.0, double(config.maxBackoffMs)));
            failures = std::min(failures + 1, 30);
            setStatus(LinkState::Retrying, nowUnixMs() + delayMs, result.error);
            std::unique_lock lock(mutex);
            wake.wait_for(lock, std::chrono::milliseconds(delayMs), [this] { return stopping; });
            if (stopping)
                break;
            lock.unlock();
            ++counters.reconnects;
        }
        setStatus(LinkState::Stopped);
    }
};

TelemetryClient::TelemetryClient(ClientConfig config, Callbacks callbacks)
    : d(std::make_unique<Impl>())
{
    d->config = std::move(config);
    d->callbacks = std::move(callbacks);
    d->lastTickMs = d->config.resumeAfterUnixMs;
}

TelemetryClient::~TelemetryClient()
{
    stop();
}

void TelemetryClient::start()
{
    if (d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = false;
    }
    d->thread = std::thread([this] { d->run(); });
}

void TelemetryClient::stop()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        if (d->active)
            d->active->TryCancel();
    }
    d->wake.notify_all();
    if (d->thread.joinable())
        d->thread.join();
}

const ClientCounters &TelemetryClient::counters() const
{
    return d->counters;
}

const std::string &TelemetryClient::target() const
{
    return d->config.target;
}

} // namespace scb
