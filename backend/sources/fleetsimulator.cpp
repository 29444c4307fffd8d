#include "sources/fleetsimulator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>
#include <string>
#include <vector>

// The simulated fleet, and the distributions its values follow
// ============================================================
//
// Everything is a pure function of (seed, chip, unixMs): values are derived
// from a 64-bit integer mix (the splitmix64 finalizer) of the seed, an entity
// id (chip, node, block) and a time slot. No state carries from one tick to
// the next, so any tick can be recomputed, in any order. Time is quantized to
// whole seconds: ticks within one second are equal, and events (below) live on
// a 1-second grid.
//
// Inventory
// - Centers (default 4) with weights 40/30/20/10 % of the nodes, then 10 %
//   each for "Center 5", ...; every center gets at least one node:
//     Gui'an Huawei Cloud   (ga-hw)  Ascend 910B 90 %, A800 10 %
//     Gui'an China Telecom  (ga-ct)  Ascend 910B 60 %, A800 25 %, H800 15 %
//     Guiyang China Mobile  (gy-cm)  A800 30 %, Ascend 910B 30 %, H800 20 %, H20 20 %
//     Gui'an China Unicom   (ga-cu)  A800 40 %, Ascend 910B 35 %, H20 25 %
// - Nodes of 8 chips (the last node of the fleet holds the remainder), racks
//   of 4 nodes, named "<center>-r<rack>-n<node>" with 1-based numbers, e.g.
//   "ga-hw-r012-n3". Node::rack is the 0-based rack index within its center.
// - Chip models (published specs): Huawei Ascend 910B 64 GiB HBM, 400 W;
//   NVIDIA H800 SXM 80 GiB, 700 W; NVIDIA A800 SXM 80 GiB, 400 W; NVIDIA H20
//   96 GiB, 400 W.
// - Racks are grouped into blocks, a block being one chip model and one pool:
//     training  (~55 % of nodes): blocks of 1-16 racks (4-64 nodes)
//     inference (~30 % of nodes): blocks of 1-4 racks
//     idle pool (~15 % of nodes): blocks of 1-4 racks
//
// Behaviour
// - Training: each block runs jobs in 6-hour slots (per-block phase), 1-3
//   jobs per slot (40/40/20 %), each starting after an idle gap of 2-15 min;
//   8 % of jobs crash at 20-80 % of their time and leave the block idle until
//   the next job. Running: utilization 93-99 % (per job) with a 2-minute
//   warm-up ramp and a checkpoint dip to ~12 % for 30-90 s every 20-40 min;
//   memory 85-95 % of the model's HBM, the same on every chip of the job
//   (data-parallel ranks; local rank 0 holds 384 MiB more) and constant
//   within the job.
// - Inference: utilization follows the day in China Standard Time (UTC+8):
//   ~10 % at 04:00, ~75 % from 14:00 to 21:00, times a per-node scale of
//   0.8-1.15, plus node-level noise (+-6, knots every 60 s) and chip noise
//   (+-4); memory 40-58 % of HBM plus up to 12 % following the day curve, in
//   256 MiB steps (KV-cache blocks), the same on the node's chips (tensor
//   parallel serving).
// - Idle pool and training gaps: utilization 0-3 %, memory 0.5-1.5 % of HBM
//   (driver and runtime context, the same on the node's chips).
// - Noise is temporally correlated: per chip, smooth noise interpolated
//   (smoothstep) between hashed knots every 20 s, plus a +-1 % jitter on
//   utilization and +-3 W on power per second.
// - Power: idle 15-20 % of TDP (per model) + utilization-proportional up to
//   97 % of TDP, times a per-chip efficiency of 0.95-1.05, +-1.2 % of TDP
//   smooth noise, +-3 W jitter; whole watts.
// - Temperature: rack inlet (per center 22.5-25 degC, per rack -1..+2, 2 % of
//   racks run hot at +5..+7) + 1.2 degC day swing (peak 15:00 CST) + 8 degC idle
//   rise + load x model rise (38-48 degC) + per-chip offset -3..+4 (0.4 % of
//   chips with poor cooling: +7..+11) + +-0.8 smooth noise.
// - Thermal throttling: a chip whose steady temperature (without noise) under
//   its sustained load reaches 85 degC throttles while it runs near that load
//   (not in a checkpoint dip or idle gap): state Throttled, utilization cut
//   until it holds 84-86 degC. Without noise in the decision a chip crosses
//   the limit when its work or the day's ambient changes, not every few
//   seconds, like the firmware's hysteresis. Other chips are power-capped
//   below 85. About 0.1-0.3 % of chips throttle (more by day), mostly H800s
//   in hot racks and chips with poor cooling.
// - Maintenance: 0.5 % of nodes per CST day are drained for 2-4 h from a
//   random second of that day: state Maintenance (not Online), utilization
//   and memory 0, power at idle.
// - Offline: per node per 10-minute slot an outage starts with probability
//   3.2e-4 and lasts 3-60 min, so ~0.1 % of nodes are offline at any time.
//   Offline chips have state 0 and every metric kNoData. EventKind::Offline /
//   Online events for each chip of the node mark the transition seconds.
// - XID errors: per chip ~7e-5 per hour (0.4 % of chips are flaky at 20x),
//   i.e. ~6 per hour across 80,000 chips. Codes and shares: 13 22 %, 31 22 %,
//   43 14 %, 45 12 %, 63 8 %, 64 3 %, 74 7 %, 94 5 %, 95 3 %, 48 2 %, 79 2 %.
//   State XidEvent is set for 60 s from the event; 94 and 95 set EccError for
//   60 s; 48 (double-bit ECC) sets EccError and HealthFault, 79 (fallen off
//   the bus) HealthFault, for one hour, during which the chip runs no work
//   (utilization and memory 0). Errors only happen to chips online at that
//   second.
//
// Events
// - A tick at unixMs T reports the events whose instant is the whole second
//   floor(T / 1000): XID (code), EccDoubleBit (code 48), Offline, Online,
//   and Throttle (the chip has state Throttled at this second but did not
//   one second earlier). A source ticking every second therefore sees every
//   event; a slower one sees the state bits (which last 60 s or more) but
//   only the events of the seconds it samples.
// - At 200,000 chips that is ~15 XID errors an hour, ~50 nodes going offline
//   and back a day (8 chip events each way), and ~0.5-1 throttle events a
//   second by day, in bursts when a block's checkpoint dip or next job brings
//   its hot chips back to load.

namespace scb {

namespace {

constexpr uint64_t kGeneratorVersion = 1;
constexpr uint32_t kChipsPerNode = 8;
constexpr uint32_t kNodesPerRack = 4;
constexpr int64_t kCstOffsetS = 8 * 3600;
constexpr int64_t kDayS = 86400;
// Keeps every time computation far from int64 overflow, whatever unixMs.
constexpr int64_t kMaxAbsSecond = int64_t(1) << 40;

// Salts keep the streams of different purposes independent.
enum Salt : uint64_t {
    SaltNode = 0x6e6f6465,
    SaltChip = 0x63686970,
    SaltBlock = 0x626c6f63,
    SaltUuid = 0x75756964,
    SaltRack = 0x7261636b,
    SaltCenter = 0x63656e74,
    SaltJob = 0x6a6f6273,
    SaltOffline = 0x6f66666c,
    SaltMaintenance = 0x6d61696e,
    SaltXid = 0x78696465,
    SaltNoise = 0x6e6f6973,
    SaltJitter = 0x6a697474,
};

constexpr uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

constexpr uint64_t hashOf(uint64_t key, uint64_t value)
{
    return mix64(key ^ mix64(value * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL));
}

// [0, 1) from the top 24 bits; other bit ranges of the same hash stay free.
inline float unitOf(uint64_t h)
{
    return float(h >> 40) * (1.0f / 16777216.0f);
}

// A 16-bit lane of a hash as [-1, 1).
inline float laneOf(uint64_t h, int lane)
{
    return float(int16_t(uint16_t(h >> (16 * lane)))) * (1.0f / 32768.0f);
}

// Half away from zero, inline: std::lround is a libm call that cost 13 % of
// a tick. Arguments are small (|x| < 2^23), so the cast is exact.
inline int roundToInt(float x)
{
    return int(x + (x >= 0.0f ? 0.5f : -0.5f));
}

constexpr int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

enum class Pool : uint8_t { Training, Inference, Idle };

struct ModelSpec
{
    const char *name;
    const char *vendor;
    uint32_t memoryMiB;
    uint32_t tdpWatts;
    float idleFraction; // idle power as a share of TDP
    float riseC;        // temperature rise at full load over idle
};

constexpr std::array<ModelSpec, 4> kModels{{
    {"Ascend 910B", "Huawei", 65536, 400, 0.17f, 40.0f},
    {"H800 SXM", "NVIDIA", 81920, 700, 0.15f, 48.0f},
    {"A800 SXM", "NVIDIA", 81920, 400, 0.18f, 41.0f},
    {"H20", "NVIDIA", 98304, 400, 0.19f, 38.0f},
}};

struct CenterSpec
{
    const char *name;
    const char *location;
    const char *prefix;
    uint32_t weight;
    std::array<uint8_t, kModels.size()> modelPercent; // in kModels order
};

constexpr std::array<CenterSpec, 4> kCenters{{
    {"Gui'an Huawei Cloud", "Gui'an New Area, Guizhou", "ga-hw", 40, {90, 0, 10, 0}},
    {"Gui'an China Telecom", "Gui'an New Area, Guizhou", "ga-ct", 30, {60, 15, 25, 0}},
    {"Guiyang China Mobile", "Guiyang, Guizhou", "gy-cm", 20, {30, 20, 30, 20}},
    {"Gui'an China Unicom", "Gui'an New Area, Guizhou", "ga-cu", 10, {35, 0, 40, 25}},
}};
constexpr uint32_t kExtraCenterWeight = 10;
constexpr std::array<uint8_t, kModels.size()> kExtraCenterMix{40, 20, 20, 20};

// Inference load over the CST day, percent, at hours 0..24.
constexpr std::array<float, 25> kInferenceCurve{38, 30, 22, 15, 10, 12, 18, 28, 40, 52, 60, 64, 62,
                                                66, 75, 76, 75, 74, 75, 76, 75, 73, 62, 50, 38};
constexpr float kInferencePeak = 76.0f;

struct XidCode
{
    uint32_t code;
    uint32_t percent;
};
constexpr std::array<XidCode, 11> kXidCodes{{{13, 22},
                                             {31, 22},
                                             {43, 14},
                                             {45, 12},
                                             {63, 8},
                                             {64, 3},
                                             {74, 7},
                                             {94, 5},
                                             {95, 3},
                                             {48, 2},
                                             {79, 2}}};
// Per chip and hour, for a chip of weight 1 (flaky chips weigh 20).
constexpr double kXidPerChipHour = 6.85e-5;
constexpr uint32_t kFlakyWeight = 20;
constexpr int64_t kXidStateS = 60;
constexpr int64_t kFaultStateS = 3600;

constexpr int64_t kOfflineSlotS = 600;
constexpr float kOfflineStartPerSlot = 3.2e-4f;
constexpr int64_t kOfflineMinS = 180;
constexpr int64_t kOfflineMaxS = 3600;
constexpr float kMaintenancePerDay = 0.005f;

constexpr int64_t kJobSlotS = 6 * 3600;
constexpr float kThrottleC = 85.0f;
// Data-parallel ranks hold the same tensors; local rank 0 holds a little more.
constexpr int32_t kLeadRankExtraMiB = 384;

struct NodeInfo
{
    uint64_t key = 0;
    uint32_t firstChip = 0;
    uint32_t chipCount = 0;
    uint32_t block = 0;
    uint32_t xidWeight = 0; // sum of its chips' weights
    uint8_t model = 0;
    Pool pool = Pool::Idle;
    float ambientC = 0;         // rack inlet
    float inferenceScale = 1;   // inference nodes: share of the day's load
    float inferenceMemory = 0;  // inference nodes: base memory share
    uint32_t idleMemoryMiB = 0; // driver and runtime context, same on each chip
};

struct BlockInfo
{
    uint64_t key = 0;
    Pool pool = Pool::Idle;
};

struct ChipInfo
{
    uint64_t key = 0;
    float tempOffsetC = 0;
    float powerEfficiency = 1;
};

// What a node does at one second, before per-chip noise.
struct NodeActivity
{
    float utilTarget = 0;    // percent
    float utilNoise = 0;     // amplitude of the chip's smooth noise
    float memoryShare = 0;   // of HBM; 0 = the node's idle memory
    float sustainedUtil = 0; // percent, without dips, ramps and noise: what heats
    bool inference = false;
};

// The parts of a tick that are the same for every node.
struct TickContext
{
    int64_t second = 0;
    float inferenceLoad = 0; // percent, from the day curve
    float ambientDayC = 0;
};

struct ChipValues
{
    int32_t util = 0;
    int32_t memoryMiB = 0;
    int32_t powerWatts = 0;
    int32_t temperatureC = 0;
};

// An XID error of a node's chip, as far as it matters at one second.
struct XidHit
{
    uint32_t chip = 0; // fleet chip index
    int64_t second = 0;
    uint32_t code = 0;
};

uint64_t seedKey(uint64_t seed, Salt salt)
{
    return hashOf(mix64(seed ^ 0x5cb0da5cb0da5cb0ULL), salt);
}

} // namespace

struct FleetSimulator::Impl
{
    SimulatorConfig config;
    std::shared_ptr<const Inventory> inventory;
    std::vector<NodeInfo> nodes;
    std::vector<BlockInfo> blocks;
    std::vector<ChipInfo> chips;
    std::vector<uint8_t> chipXidWeight;

    void build();
    TickContext contextAt(int64_t second) const;
    NodeActivity activityAt(const NodeInfo &node, const TickContext &ctx) const;
    void offlineAt(const NodeInfo &node, int64_t second, bool &now, bool &before) const;
    bool offlineAt(const NodeInfo &node, int64_t second) const
    {
        bool now = false;
        bool before = false;
        offlineAt(node, second, now, before);
        return now;
    }
    bool maintenanceAt(const NodeInfo &node, int64_t second) const;
    int xidHits(const NodeInfo &node, int64_t second, std::array<XidHit, 2> &hits) const;
    // Throttling follows the steady temperature under the sustained load
    // (no noise, so a chip crosses the limit when its work or the day's
    // ambient changes, not every few seconds: the firmware's hysteresis), and
    // needs the chip under that load now: a checkpoint dip or an idle gap
    // cools it below the limit.
    bool isThrottled(const NodeInfo &node,
                     uint32_t chip,
                     const NodeActivity &activity,
                     const TickContext &ctx) const;
    static int32_t
    faultBits(uint32_t chip, int64_t second, const std::array<XidHit, 2> &hits, int hitCount);
    // What an online node does at one second, as far as the state bits need.
    struct NodeSecond
    {
        bool maintenance = false;
        TickContext ctx;
        NodeActivity activity;
        std::array<XidHit, 2> hits;
        int hitCount = 0;
    };
    NodeSecond nodeSecond(const NodeInfo &node, int64_t second) const;
    ChipValues chipValues(const NodeInfo &node,
                          const NodeActivity &activity,
                          uint32_t chip,
                          const TickContext &ctx,
                          bool throttled,
                          bool fenced) const;
    void sample(int64_t unixMs, FleetTick &out) const;
};

FleetSimulator::FleetSimulator(const SimulatorConfig &config)
    : d(std::make_unique<Impl>())
{
    // An invalid configuration is clamped to the nearest valid one, so that a
    // caller who skipped validate() still gets a working fleet.
    SimulatorConfig c = config;
    c.chips = std::clamp<uint32_t>(c.chips, 1, kMaxChips);
    const uint32_t nodeCount = (c.chips + kChipsPerNode - 1) / kChipsPerNode;
    c.centers = std::clamp<uint32_t>(c.centers, 1, std::min(kMaxCenters, nodeCount));
    d->config = c;
    d->build();
}

FleetSimulator::~FleetSimulator() = default;

std::string FleetSimulator::validate(const SimulatorConfig &config)
{
    if (config.chips < 1 || config.chips > kMaxChips)
        return "the simulator takes 1 to " + std::to_string(kMaxChips) + " chips, not " +
               std::to_string(config.chips);
    if (config.centers < 1 || config.centers > kMaxCenters)
        return "the simulator takes 1 to " + std::to_string(kMaxCenters) + " centers, not " +
               std::to_string(config.centers);
    const uint32_t nodeCount = (config.chips + kChipsPerNode - 1) / kChipsPerNode;
    if (config.centers > nodeCount)
        return std::to_string(config.centers) + " centers need at least as many nodes, but " +
               std::to_string(config.chips) + " chips make only " + std::to_string(nodeCount) +
               " node" + (nodeCount == 1 ? "" : "s") + " of up to " +
               std::to_string(kChipsPerNode) + " chips";
    return {};
}

std::shared_ptr<const Inventory> FleetSimulator::inventory()
{
    return d->inventory;
}

void FleetSimulator::sample(int64_t unixMs, FleetTick &out)
{
    d->sample(unixMs, out);
}

std::string FleetSimulator::describe() const
{
    return d->inventory->source;
}

void FleetSimulator::Impl::build()
{
    const uint64_t seed = config.seed;
    auto inv = std::make_shared<Inventory>();
    uint64_t version = hashOf(
        hashOf(hashOf(seedKey(seed, SaltNode), kGeneratorVersion), config.chips), config.centers);
    inv->version = version ? version : 1;
    inv->source =
        "simulator (seed " + std::to_string(seed) + ", " + std::to_string(config.chips) + " chips)";

    for (const ModelSpec &m : kModels)
        inv->models.push_back({m.name, m.vendor, m.memoryMiB, m.tdpWatts});

    // Nodes per center: one each, the rest by weight (largest remainder).
    const uint32_t centerCount = config.centers;
    const uint32_t nodeCount = (config.chips + kChipsPerNode - 1) / kChipsPerNode;
    std::vector<uint32_t> weights(centerCount);
    uint64_t weightSum = 0;
    for (uint32_t c = 0; c < centerCount; ++c) {
        weights[c] = c < kCenters.size() ? kCenters[c].weight : kExtraCenterWeight;
        weightSum += weights[c];
    }
    std::vector<uint32_t> centerNodes(centerCount, 1);
    std::vector<std::pair<uint64_t, uint32_t>> remainders; // (remainder, center)
    const uint64_t spare = nodeCount - centerCount;
    uint64_t given = 0;
    for (uint32_t c = 0; c < centerCount; ++c) {
        const uint64_t share = spare * weights[c];
        centerNodes[c] += uint32_t(share / weightSum);
        given += share / weightSum;
        remainders.emplace_back(share % weightSum, c);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (uint64_t i = 0; given < spare; ++i, ++given)
        ++centerNodes[remainders[i % remainders.size()].second];

    const uint64_t centerKey = seedKey(seed, SaltCenter);
    const uint64_t rackKey = seedKey(seed, SaltRack);
    const uint64_t blockKey = seedKey(seed, SaltBlock);
    const uint64_t nodeKey = seedKey(seed, SaltNode);
    nodes.resize(nodeCount);
    uint32_t nodeIndex = 0;
    for (uint32_t c = 0; c < centerCount; ++c) {
        char name[64];
        Center center;
        std::string prefix;
        std::array<uint8_t, kModels.size()> mix = kExtraCenterMix;
        if (c < kCenters.size()) {
            center = {kCenters[c].name, kCenters[c].location};
            prefix = kCenters[c].prefix;
            mix = kCenters[c].modelPercent;
        } else {
            std::snprintf(name, sizeof name, "c%02u", c + 1);
            center = {"Center " + std::to_string(c + 1), "Gui'an New Area, Guizhou"};
            prefix = name;
        }
        inv->centers.push_back(std::move(center));
        const float centerAmbientC = 22.5f + 2.5f * unitOf(hashOf(centerKey, c));

        // Blocks of whole racks, each of one model and one pool. The pool
        // odds per block make the node shares ~55/30/15 % given the block
        // sizes (training blocks are about 3.4 times larger).
        const uint32_t racks = (centerNodes[c] + kNodesPerRack - 1) / kNodesPerRack;
        uint32_t rack = 0;
        while (rack < racks) {
            const uint64_t hb = hashOf(blockKey, blocks.size());
            const float u = unitOf(hb);
            const Pool pool = u < 0.264f   ? Pool::Training
                              : u < 0.755f ? Pool::Inference
                                           : Pool::Idle;
            const uint32_t blockRacks =
                pool == Pool::Training ? 1 + uint32_t(hb % 16) : 1 + uint32_t(hb % 4);
            uint32_t pick = uint32_t((hb >> 8) % 100);
            uint8_t model = 0;
            for (uint8_t m = 0; m < mix.size(); ++m) {
                if (pick < mix[m]) {
                    model = m;
                    break;
                }
                pick -= mix[m];
            }
            const auto block = static_cast<uint32_t>(blocks.size());
            blocks.push_back({hashOf(blockKey ^ SaltJob, block), pool});

            for (uint32_t r = rack; r < std::min(racks, rack + blockRacks); ++r) {
                const uint64_t hr = hashOf(rackKey, (uint64_t(c) << 32) | r);
                float ambientC = centerAmbientC - 1.0f + 3.0f * unitOf(hr);
                if ((hr & 0xffff) < 0xffff * 2 / 100)
                    ambientC += 5.0f + 2.0f * unitOf(mix64(hr));
                for (uint32_t k = 0; k < kNodesPerRack; ++k) {
                    const uint32_t inCenter = r * kNodesPerRack + k;
                    if (inCenter >= centerNodes[c])
                        break;
                    NodeInfo &node = nodes[nodeIndex];
                    node.key = hashOf(nodeKey, nodeIndex);
                    node.firstChip = nodeIndex * kChipsPerNode;
                    node.chipCount = std::min(kChipsPerNode, config.chips - node.firstChip);
                    node.block = block;
                    node.model = model;
                    node.pool = pool;
                    node.ambientC = ambientC;
                    node.inferenceScale = 0.8f + 0.35f * unitOf(node.key);
                    node.inferenceMemory = 0.40f + 0.18f * unitOf(mix64(node.key));
                    node.idleMemoryMiB = uint32_t(float(kModels[model].memoryMiB) *
                                                  (0.005f + 0.01f * unitOf(~node.key)));
                    std::snprintf(name, sizeof name, "%s-r%03u-n%u", prefix.c_str(), r + 1, k + 1);
                    inv->nodes.push_back({name, c, r, node.firstChip, node.chipCount, model});
                    ++nodeIndex;
                }
            }
            rack += blockRacks;
        }
    }

    const uint64_t chipKey = seedKey(seed, SaltChip);
    const uint64_t uuidKey = seedKey(seed, SaltUuid);
    chips.resize(config.chips);
    chipXidWeight.resize(config.chips);
    inv->chipUuids.resize(config.chips);
    for (NodeInfo &node : nodes) {
        for (uint32_t chip = node.firstChip; chip < node.firstChip + node.chipCount; ++chip) {
            ChipInfo &info = chips[chip];
            info.key = hashOf(chipKey, chip);
            const uint64_t h = mix64(info.key ^ SaltChip);
            info.tempOffsetC = -3.0f + 7.0f * unitOf(h);
            if ((h & 0xffff) < 0xffff * 4 / 1000) // poor thermal contact
                info.tempOffsetC += 7.0f + 4.0f * laneOf(h, 1) * laneOf(h, 1);
            info.powerEfficiency = 0.95f + 0.1f * unitOf(mix64(h));
            const bool flaky = ((h >> 32) & 0xffff) < 0xffff * 4 / 1000;
            chipXidWeight[chip] = flaky ? kFlakyWeight : 1;
            node.xidWeight += chipXidWeight[chip];

            const uint64_t a = hashOf(uuidKey, chip);
            const uint64_t b = hashOf(uuidKey ^ a, chip);
            Uuid &uuid = inv->chipUuids[chip];
            for (int i = 0; i < 8; ++i) {
                uuid[i] = uint8_t(a >> (8 * i));
                uuid[8 + i] = uint8_t(b >> (8 * i));
            }
            uuid[6] = uint8_t((uuid[6] & 0x0f) | 0x40); // version 4
            uuid[8] = uint8_t((uuid[8] & 0x3f) | 0x80); // RFC 4122 variant
        }
    }
    inventory = std::move(inv);
}

TickContext FleetSimulator::Impl::contextAt(int64_t second) const
{
    TickContext ctx;
    ctx.second = second;
    const int64_t cst = second + kCstOffsetS;
    const float hour = float(cst - floorDiv(cst, kDayS) * kDayS) / 3600.0f;
    const auto knot = std::min<size_t>(size_t(hour), kInferenceCurve.size() - 2);
    const float f = hour - float(knot);
    ctx.inferenceLoad =
        kInferenceCurve[knot] + (kInferenceCurve[knot + 1] - kInferenceCurve[knot]) * f;
    ctx.ambientDayC = 1.2f * std::cos(2.0f * std::numbers::pi_v<float> * (hour - 15.0f) / 24.0f);
    return ctx;
}

NodeActivity FleetSimulator::Impl::activityAt(const NodeInfo &node, const TickContext &ctx) const
{
    NodeActivity a;
    const int64_t s = ctx.second;
    switch (node.pool) {
    case Pool::Idle:
        a.utilTarget = -1.0f;
        a.utilNoise = 3.0f;
        return a;
    case Pool::Inference: {
        // Node-level load noise with knots every 60 s, phase per node.
        const int64_t t = s + int64_t(node.key % 60);
        const int64_t k = floorDiv(t, 60);
        float f = float(t - k * 60) / 60.0f;
        f = f * f * (3.0f - 2.0f * f);
        const float n0 = laneOf(hashOf(node.key ^ SaltNoise, uint64_t(k)), 0);
        const float n1 = laneOf(hashOf(node.key ^ SaltNoise, uint64_t(k + 1)), 0);
        a.sustainedUtil = ctx.inferenceLoad * node.inferenceScale;
        a.utilTarget = a.sustainedUtil + 6.0f * (n0 + (n1 - n0) * f);
        a.utilNoise = 4.0f;
        // KV-cache memory grows with the day's load, in whole 256 MiB blocks
        // (applied per chip).
        a.memoryShare = node.inferenceMemory + 0.12f * ctx.inferenceLoad / kInferencePeak;
        a.inference = true;
        return a;
    }
    case Pool::Training:
        break;
    }

    // Training: jobs in 6-hour slots with a per-block phase.
    const BlockInfo &block = blocks[node.block];
    const int64_t t = s + int64_t(block.key % kJobSlotS);
    const int64_t slot = floorDiv(t, kJobSlotS);
    const int64_t pos = t - slot * kJobSlotS;
    const uint64_t hs = hashOf(block.key, uint64_t(slot));
    const uint32_t jobCountPick = uint32_t(hs & 0xff);
    const int jobCount = jobCountPick < 102 ? 1 : jobCountPick < 204 ? 2 : 3;
    std::array<int64_t, 4> cuts{0, kJobSlotS, kJobSlotS, kJobSlotS};
    const float u1 = float((hs >> 8) & 0xffff) / 65536.0f;
    const float u2 = float((hs >> 24) & 0xffff) / 65536.0f;
    if (jobCount == 2) {
        cuts[1] = int64_t(kJobSlotS * (0.3f + 0.4f * u1));
    } else if (jobCount == 3) {
        cuts[1] = int64_t(kJobSlotS * (0.2f + 0.15f * u1));
        cuts[2] = int64_t(kJobSlotS * (0.55f + 0.2f * u2));
    }
    int job = 0;
    while (job + 1 < jobCount && pos >= cuts[job + 1])
        ++job;
    const uint64_t hj = hashOf(hs, uint64_t(job));
    const int64_t start = cuts[job] + 120 + int64_t(hj % 780);
    int64_t end = cuts[job + 1];
    if (((hj >> 16) & 0xff) < 20) // the job crashes
        end =
            start + int64_t(float(end - start) * (0.2f + 0.6f * float((hj >> 24) & 0xff) / 256.0f));
    if (pos < start || pos >= end) {
        a.utilTarget = -1.0f;
        a.utilNoise = 3.0f;
        return a;
    }
    const int64_t since = pos - start;
    a.utilTarget = 93.0f + 6.0f * float((hj >> 32) & 0xff) / 256.0f;
    a.sustainedUtil = a.utilTarget;
    a.utilNoise = 1.5f;
    a.memoryShare = 0.85f + 0.10f * float((hj >> 40) & 0xff) / 256.0f;
    const int64_t checkpointPeriod = 1200 + int64_t((hj >> 48) % 1200);
    const int64_t checkpointS = 30 + int64_t((hj >> 56) % 61);
    if (since < 120)
        a.utilTarget *= 0.25f + 0.75f * float(since) / 120.0f;
    else if (since % checkpointPeriod >= checkpointPeriod - checkpointS)
        a.utilTarget = 12.0f;
    return a;
}

void FleetSimulator::Impl::offlineAt(const NodeInfo &node,
                                     int64_t second,
                                     bool &now,
                                     bool &before) const
{
    now = false;
    before = false;
    const int64_t slot = floorDiv(second, kOfflineSlotS);
    const int64_t slotsBack = (kOfflineSlotS + kOfflineMaxS) / kOfflineSlotS + 1;
    for (int64_t k = slot - slotsBack; k <= slot; ++k) {
        const uint64_t h = hashOf(node.key ^ SaltOffline, uint64_t(k));
        if (unitOf(h) >= kOfflineStartPerSlot)
            continue;
        const int64_t start = k * kOfflineSlotS + int64_t(h % kOfflineSlotS);
        const int64_t end =
            start + kOfflineMinS + int64_t((h >> 16) % (kOfflineMaxS - kOfflineMinS + 1));
        now |= start <= second && second < end;
        before |= start <= second - 1 && second - 1 < end;
    }
}

bool FleetSimulator::Impl::maintenanceAt(const NodeInfo &node, int64_t second) const
{
    const int64_t day = floorDiv(second + kCstOffsetS, kDayS);
    for (int64_t d = day - 1; d <= day; ++d) {
        const uint64_t h = hashOf(node.key ^ SaltMaintenance, uint64_t(d));
        if (unitOf(h) >= kMaintenancePerDay)
            continue;
        const int64_t start = d * kDayS - kCstOffsetS + int64_t(h % kDayS);
        const int64_t end = start + 7200 + int64_t((h >> 20) % 7201);
        if (start <= second && second < end)
            return true;
    }
    return false;
}

// The XID errors of the node that still matter at `second` (at most one per
// node and hour: at these rates two would be a rounding error), which happened
// while the node was online.
int FleetSimulator::Impl::xidHits(const NodeInfo &node,
                                  int64_t second,
                                  std::array<XidHit, 2> &hits) const
{
    int count = 0;
    const double nodeRate = kXidPerChipHour * node.xidWeight;
    const int64_t hour = floorDiv(second, 3600);
    for (int64_t h = hour - 1; h <= hour; ++h) {
        const uint64_t x = hashOf(node.key ^ SaltXid, uint64_t(h));
        if (double(x >> 11) * 0x1.0p-53 >= nodeRate)
            continue;
        const uint64_t y = mix64(x);
        const int64_t at = h * 3600 + int64_t(y % 3600);
        uint32_t pickCode = uint32_t((y >> 16) % 100);
        uint32_t code = kXidCodes.back().code;
        for (const XidCode &c : kXidCodes) {
            if (pickCode < c.percent) {
                code = c.code;
                break;
            }
            pickCode -= c.percent;
        }
        const bool longLived = code == 48 || code == 79;
        if (at > second || second >= at + (longLived ? kFaultStateS : kXidStateS))
            continue;
        if (offlineAt(node, at) || maintenanceAt(node, at))
            continue;
        uint32_t pick = uint32_t((y >> 32) % node.xidWeight);
        uint32_t chip = node.firstChip;
        for (; chip + 1 < node.firstChip + node.chipCount; ++chip) {
            if (pick < chipXidWeight[chip])
                break;
            pick -= chipXidWeight[chip];
        }
        hits[count++] = {chip, at, code};
    }
    return count;
}

bool FleetSimulator::Impl::isThrottled(const NodeInfo &node,
                                       uint32_t chip,
                                       const NodeActivity &activity,
                                       const TickContext &ctx) const
{
    if (activity.sustainedUtil <= 0.0f || activity.utilTarget < 0.8f * activity.sustainedUtil)
        return false;
    const ChipInfo &info = chips[chip];
    const float load = activity.sustainedUtil * 0.01f * info.powerEfficiency;
    const float steadyC = node.ambientC + ctx.ambientDayC + info.tempOffsetC + 8.0f +
                          kModels[node.model].riseC * load;
    return steadyC >= kThrottleC;
}

ChipValues FleetSimulator::Impl::chipValues(const NodeInfo &node,
                                            const NodeActivity &activity,
                                            uint32_t chip,
                                            const TickContext &ctx,
                                            bool throttled,
                                            bool fenced) const
{
    const ChipInfo &info = chips[chip];
    const ModelSpec &model = kModels[node.model];
    const int64_t s = ctx.second;

    // Smooth noise: three lanes interpolated between knots every 20 s, with a
    // per-chip phase so that the fleet does not change knots in unison.
    const int64_t t = s + int64_t(info.key & 0x1f);
    const int64_t k = floorDiv(t, 20);
    float f = float(t - k * 20) / 20.0f;
    f = f * f * (3.0f - 2.0f * f);
    const uint64_t h0 = hashOf(info.key ^ SaltNoise, uint64_t(k));
    const uint64_t h1 = hashOf(info.key ^ SaltNoise, uint64_t(k + 1));
    const float noiseUtil = laneOf(h0, 0) + (laneOf(h1, 0) - laneOf(h0, 0)) * f;
    const float noisePower = laneOf(h0, 1) + (laneOf(h1, 1) - laneOf(h0, 1)) * f;
    const float noiseTemp = laneOf(h0, 2) + (laneOf(h1, 2) - laneOf(h0, 2)) * f;
    const uint64_t jitter = hashOf(info.key ^ SaltJitter, uint64_t(s));
    const int utilJitter = int(jitter & 3) == 0 ? -1 : int(jitter & 3) == 3 ? 1 : 0;
    const int powerJitter = int((jitter >> 2) % 7) - 3;

    float util =
        fenced ? 0.0f
               : std::clamp(activity.utilTarget + activity.utilNoise * noiseUtil, 0.0f, 100.0f);
    const float baseC =
        node.ambientC + ctx.ambientDayC + info.tempOffsetC + 8.0f + 0.8f * noiseTemp;
    float load = util * 0.01f * info.powerEfficiency;
    float tempC = baseC + model.riseC * load;
    // A throttled chip's clocks are cut until it holds 84-87 degC (hotter
    // chips settle higher); below the limit, power capping keeps the others
    // under it.
    const float limitC = throttled ? 84.0f + 2.0f * (0.5f + 0.5f * noiseTemp) : 84.4f;
    if (tempC > limitC) {
        load = std::max(0.0f, (limitC - baseC) / model.riseC);
        util = std::min(util, load * 100.0f / info.powerEfficiency);
        tempC = limitC;
    }
    ChipValues v;
    v.util = std::clamp(roundToInt(util) + (util > 0.5f ? utilJitter : 0), 0, 100);
    v.temperatureC = roundToInt(tempC);

    const float tdp = float(model.tdpWatts);
    const float idle = model.idleFraction;
    const float watts = tdp * (idle + (0.97f - idle) * load) + 0.012f * tdp * noisePower;
    v.powerWatts = std::clamp(roundToInt(watts) + powerJitter, 1, int(tdp * 1.05f));

    if (fenced) {
        v.memoryMiB = 0;
    } else if (activity.memoryShare <= 0.0f) {
        v.memoryMiB = int32_t(node.idleMemoryMiB);
    } else if (activity.inference) {
        // Tensor-parallel serving: the node's chips hold equal shards, and the
        // KV cache grows in whole 256 MiB blocks.
        v.memoryMiB = int32_t(activity.memoryShare * float(model.memoryMiB) / 256.0f) * 256;
    } else {
        v.memoryMiB = int32_t(activity.memoryShare * float(model.memoryMiB)) +
                      (chip == node.firstChip ? kLeadRankExtraMiB : 0);
    }
    v.memoryMiB = std::clamp(v.memoryMiB, 0, int32_t(model.memoryMiB));
    return v;
}

int32_t FleetSimulator::Impl::faultBits(uint32_t chip,
                                        int64_t second,
                                        const std::array<XidHit, 2> &hits,
                                        int hitCount)
{
    int32_t bits = 0;
    for (int i = 0; i < hitCount; ++i) {
        const int64_t age = second - hits[i].second;
        if (hits[i].chip != chip || age < 0)
            continue;
        const uint32_t code = hits[i].code;
        const bool fresh = age < kXidStateS;
        const bool longLived = (code == 48 || code == 79) && age < kFaultStateS;
        if (fresh)
            bits |= ChipState::XidEvent;
        if (longLived)
            bits |= ChipState::HealthFault;
        if ((code == 48 && longLived) || ((code == 94 || code == 95) && fresh))
            bits |= ChipState::EccError;
    }
    return bits;
}

FleetSimulator::Impl::NodeSecond FleetSimulator::Impl::nodeSecond(const NodeInfo &node,
                                                                  int64_t second) const
{
    NodeSecond n;
    n.maintenance = maintenanceAt(node, second);
    n.ctx = contextAt(second);
    n.activity = activityAt(node, n.ctx);
    n.hitCount = n.maintenance ? 0 : xidHits(node, second, n.hits);
    return n;
}

void FleetSimulator::Impl::sample(int64_t unixMs, FleetTick &out) const
{
    const int64_t s = std::clamp(floorDiv(unixMs, 1000), -kMaxAbsSecond, kMaxAbsSecond);
    const uint32_t chipCount = inventory->chipCount();
    out.unixMs = unixMs;
    out.inventoryVersion = inventory->version;
    out.resize(chipCount);
    out.events.clear();
    int32_t *utilColumn = out.column(Metric::Utilization).data();
    int32_t *memoryColumn = out.column(Metric::MemoryUsed).data();
    int32_t *powerColumn = out.column(Metric::Power).data();
    int32_t *tempColumn = out.column(Metric::Temperature).data();
    int32_t *stateColumn = out.column(Metric::State).data();

    const TickContext ctx = contextAt(s);
    for (const NodeInfo &node : nodes) {
        const uint32_t first = node.firstChip;
        const uint32_t last = node.firstChip + node.chipCount;
        bool offline = false;
        bool offlineBefore = false;
        offlineAt(node, s, offline, offlineBefore);
        if (offline) {
            // No data arrives from an offline node; the columns already hold
            // kNoData.
            for (uint32_t chip = first; chip < last; ++chip) {
                stateColumn[chip] = 0;
                if (!offlineBefore)
                    out.events.push_back({chip, EventKind::Offline, 0});
            }
            continue;
        }
        const bool maintenance = maintenanceAt(node, s);
        const NodeActivity activity = activityAt(node, ctx);
        std::array<XidHit, 2> hits;
        const int hitCount = maintenance ? 0 : xidHits(node, s, hits);
        // Whether this node's chips were throttled one second earlier: only
        // asked about chips throttled now, which are few.
        std::optional<NodeSecond> before;

        for (uint32_t chip = first; chip < last; ++chip) {
            const int32_t state = (maintenance ? ChipState::Maintenance : ChipState::Online) |
                                  faultBits(chip, s, hits, hitCount);
            const bool fenced = maintenance || (state & ChipState::HealthFault);
            const bool throttled = !fenced && isThrottled(node, chip, activity, ctx);
            const ChipValues v = chipValues(node, activity, chip, ctx, throttled, fenced);
            utilColumn[chip] = v.util;
            memoryColumn[chip] = v.memoryMiB;
            powerColumn[chip] = v.powerWatts;
            tempColumn[chip] = v.temperatureC;
            stateColumn[chip] = state | (throttled ? ChipState::Throttled : 0);

            if (offlineBefore)
                out.events.push_back({chip, EventKind::Online, 0});
            for (int i = 0; i < hitCount; ++i) {
                if (hits[i].chip != chip || hits[i].second != s)
                    continue;
                out.events.push_back({chip, EventKind::Xid, hits[i].code});
                if (hits[i].code == 48)
                    out.events.push_back({chip, EventKind::EccDoubleBit, hits[i].code});
            }
            if (throttled && !offlineBefore) {
                if (!before)
                    before = nodeSecond(node, s - 1);
                const bool fencedBefore =
                    before->maintenance || (faultBits(chip, s - 1, before->hits, before->hitCount) &
                                            ChipState::HealthFault);
                if (fencedBefore || !isThrottled(node, chip, before->activity, before->ctx))
                    out.events.push_back({chip, EventKind::Throttle, 0});
            } else if (throttled) {
                out.events.push_back({chip, EventKind::Throttle, 0});
            }
        }
    }
}

} // namespace scb
