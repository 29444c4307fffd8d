#pragma once

#include "core/fleettick.h"
#include "core/inventory.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace scb {

enum class LinkState : uint8_t {
    Connecting, // dialling, fetching the inventory
    Live,       // streaming
    Retrying,   // lost or refused; next try after retryInMs
    Stopped,
};

struct LinkStatus
{
    LinkState state = LinkState::Connecting;
    int64_t retryAtUnixMs = 0; // when Retrying: the wall-clock time of the next try
    std::string lastError;     // why the last attempt failed, if it did
};

// What the client has counted since it started. Bad input is never fatal:
// it is rejected, counted here, and the stream goes on.
struct ClientCounters
{
    std::atomic<uint64_t> chunks{0};
    std::atomic<uint64_t> ticks{0};
    std::atomic<uint64_t> replayedTicks{0};
    std::atomic<uint64_t> rejectedChunks{0};  // structurally bad: indices, lengths, versions
    std::atomic<uint64_t> rejectedValues{0};  // out of range: stored as kNoData
    std::atomic<uint64_t> incompleteTicks{0}; // delivered with chips missing
    std::atomic<uint64_t> inventoryChanges{0};
    std::atomic<uint64_t> rejectedInventories{0};
    std::atomic<uint64_t> reconnects{0};
};

struct ClientConfig
{
    std::string target;            // "host:port"
    int initialBackoffMs = 1000;   // first retry delay
    int maxBackoffMs = 30'000;     // cap of the exponential backoff
    double jitter = 0.2;           // ± fraction applied to each delay
    int unaryDeadlineMs = 10'000;  // GetInventory
    int64_t resumeAfterUnixMs = 0; // newest tick already held (e.g. stored): replay after it
};

// Subscribes to one scb-telemetryd. Runs its own thread: dials, fetches the
// inventory, streams ticks, validates every chunk, reassembles whole fleet
// ticks, and on any failure retries with capped exponential backoff and
// jitter, asking the server to replay what was missed (since_unix_ms).
//
// Callbacks run on the client's thread; they must not block for long.
class TelemetryClient
{
public:
    struct Callbacks
    {
        std::function<void(std::shared_ptr<const Inventory>)> inventory;
        std::function<void(FleetTickPtr, bool replay)> tick;
        std::function<void(const LinkStatus &)> status;
    };

    TelemetryClient(ClientConfig config, Callbacks callbacks);
    ~TelemetryClient(); // stops and joins

    void start();
    void stop();

    const ClientCounters &counters() const;
    const std::string &target() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace scb
