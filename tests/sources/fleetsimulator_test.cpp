#include "core/aggregates.h"
#include "sources/fleetsimulator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <regex>
#include <set>

namespace scb {
namespace {

constexpr int64_t kDay0Ms = 1'710'864'000'000; // 2024-03-20 00:00 China Standard Time
constexpr int64_t kHourMs = 3'600'000;

size_t differingValues(const FleetTick &a, const FleetTick &b)
{
    size_t n = 0;
    for (int m = 0; m < kMetricCount; ++m)
        for (size_t i = 0; i < std::min(a.columns[m].size(), b.columns[m].size()); ++i)
            n += a.columns[m][i] != b.columns[m][i];
    return n;
}

bool hasEvent(const FleetTick &tick, uint32_t chip, EventKind kind, uint32_t code = 0)
{
    return std::any_of(tick.events.begin(), tick.events.end(), [&](const ChipEvent &e) {
        return e.chip == chip && e.kind == kind && (kind != EventKind::Xid || e.code == code);
    });
}

bool offline(const FleetTick &tick, uint32_t chip)
{
    return tick.column(Metric::State)[chip] == 0;
}

TEST(SimulatorConfig, ValidateExplainsWhatIsWrong)
{
    EXPECT_EQ(FleetSimulator::validate({80'000, 4, 1}), "");
    EXPECT_EQ(FleetSimulator::validate({kMaxChips, kMaxCenters, 1}), "");
    EXPECT_EQ(FleetSimulator::validate({17, 3, 1}), ""); // 3 nodes, the last with 1 chip
    EXPECT_NE(FleetSimulator::validate({0, 4, 1}).find("1 to 1000000 chips"), std::string::npos);
    EXPECT_NE(FleetSimulator::validate({kMaxChips + 1, 4, 1}).find("not 1000001"),
              std::string::npos);
    EXPECT_NE(FleetSimulator::validate({100, 0, 1}).find("centers"), std::string::npos);
    EXPECT_NE(FleetSimulator::validate({100'000, kMaxCenters + 1, 1}).find("257"),
              std::string::npos);
    const std::string tooMany = FleetSimulator::validate({16, 3, 1});
    EXPECT_NE(tooMany.find("only 2 nodes"), std::string::npos) << tooMany;
}

TEST(SimulatorConfig, AnInvalidConfigurationIsClampedNotFatal)
{
    FleetSimulator sim({0, 9, 1});
    const auto inv = sim.inventory();
    EXPECT_EQ(validateInventory(*inv), "");
    EXPECT_EQ(inv->chipCount(), 1u);
    EXPECT_EQ(inv->centers.size(), 1u);
    FleetTick tick;
    sim.sample(kDay0Ms, tick);
    EXPECT_EQ(tick.chipCount(), 1u);
}

TEST(SimulatorDeterminism, SameSeedGivesIdenticalInventoriesAndTicks)
{
    FleetSimulator a({30'000, 4, 7});
    FleetSimulator b({30'000, 4, 7});
    EXPECT_EQ(*a.inventory(), *b.inventory());
    FleetTick ta;
    FleetTick tb;
    for (int64_t t : {kDay0Ms, kDay0Ms + 15 * kHourMs + 1234, kDay0Ms + 400 * kHourMs}) {
        a.sample(t, ta);
        b.sample(t, tb);
        EXPECT_EQ(ta, tb) << "at " << t;
        EXPECT_EQ(ta.unixMs, t);
        EXPECT_EQ(ta.inventoryVersion, a.inventory()->version);
    }
}

TEST(SimulatorDeterminism, DifferentSeedsDiffer)
{
    FleetSimulator a({30'000, 4, 7});
    FleetSimulator b({30'000, 4, 8});
    EXPECT_NE(a.inventory()->version, b.inventory()->version);
    EXPECT_NE(a.inventory()->chipUuids, b.inventory()->chipUuids);
    EXPECT_NE(a.describe(), b.describe());
    FleetTick ta;
    FleetTick tb;
    a.sample(kDay0Ms + 10 * kHourMs, ta);
    b.sample(kDay0Ms + 10 * kHourMs, tb);
    EXPECT_GT(differingValues(ta, tb), size_t(30'000));
}

TEST(SimulatorDeterminism, SamplingOrderDoesNotMatter)
{
    std::vector<int64_t> times;
    for (int i = 0; i < 20; ++i) // consecutive seconds: events and transitions
        times.push_back(kDay0Ms + 13 * kHourMs + i * 1000);
    std::mt19937_64 rng(3);
    for (int i = 0; i < 20; ++i) // anywhere within a year, before 1970 too
        times.push_back(kDay0Ms + int64_t(rng() % (366 * 24 * kHourMs)) - 200 * 24 * kHourMs);
    times.push_back(-1'000'000'000'000'000);
    times.push_back(std::numeric_limits<int64_t>::max());

    FleetSimulator inOrder({20'000, 4, 99});
    std::vector<FleetTick> expected(times.size());
    for (size_t i = 0; i < times.size(); ++i)
        inOrder.sample(times[i], expected[i]);

    FleetSimulator shuffled({20'000, 4, 99});
    std::vector<size_t> order(times.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    FleetTick tick;
    for (size_t i : order) {
        shuffled.sample(times[i], tick);
        EXPECT_EQ(tick, expected[i]) << "at " << times[i];
    }
    // The same simulator, asked again backwards, has no memory of the past.
    for (size_t i = times.size(); i-- > 0;) {
        inOrder.sample(times[i], tick);
        EXPECT_EQ(tick, expected[i]) << "at " << times[i];
    }
}

TEST(SimulatorDeterminism, TicksWithinOneSecondAreEqual)
{
    FleetSimulator sim({5000, 2, 1});
    FleetTick a;
    FleetTick b;
    sim.sample(kDay0Ms + 5000, a);
    sim.sample(kDay0Ms + 5999, b);
    b.unixMs = a.unixMs;
    EXPECT_EQ(a, b);
    sim.sample(kDay0Ms + 6000, b);
    EXPECT_GT(differingValues(a, b), size_t(0));
}

TEST(FleetSimulator, InventoryOf200000Chips)
{
    FleetSimulator sim({200'000, 4, 1});
    const auto inv = sim.inventory();
    EXPECT_EQ(validateInventory(*inv), "");
    EXPECT_EQ(inv->chipCount(), 200'000u);
    EXPECT_NE(inv->version, 0u);
    EXPECT_EQ(inv->source, "simulator (seed 1, 200000 chips)");
    EXPECT_EQ(sim.describe(), inv->source);
    ASSERT_EQ(inv->centers.size(), 4u);
    EXPECT_EQ(inv->centers[0].name, "Gui'an Huawei Cloud");
    EXPECT_EQ(inv->centers[1].name, "Gui'an China Telecom");
    ASSERT_EQ(inv->nodes.size(), 25'000u);

    std::map<std::string, const ChipModel *> models;
    for (const ChipModel &m : inv->models)
        models[m.name] = &m;
    ASSERT_TRUE(models.count("Ascend 910B"));
    EXPECT_EQ(models["Ascend 910B"]->memoryMiB, 65536u);
    EXPECT_EQ(models["Ascend 910B"]->vendor, "Huawei");
    ASSERT_TRUE(models.count("H800 SXM"));
    EXPECT_EQ(models["H800 SXM"]->memoryMiB, 81920u);
    EXPECT_EQ(models["H800 SXM"]->tdpWatts, 700u);
    ASSERT_TRUE(models.count("A800 SXM"));
    EXPECT_EQ(models["A800 SXM"]->tdpWatts, 400u);

    const std::regex name("(ga-hw|ga-ct|gy-cm|ga-cu)-r[0-9]{3,}-n[1-4]");
    std::vector<uint32_t> centerChips(4);
    std::vector<std::vector<uint32_t>> centerModelChips(4,
                                                        std::vector<uint32_t>(inv->models.size()));
    std::map<std::pair<uint32_t, uint32_t>, int> rackNodes;
    std::set<std::string> names;
    for (const Node &node : inv->nodes) {
        EXPECT_EQ(node.chipCount, 8u);
        EXPECT_TRUE(std::regex_match(node.name, name)) << node.name;
        names.insert(node.name);
        centerChips[node.center] += node.chipCount;
        centerModelChips[node.center][node.model] += node.chipCount;
        ++rackNodes[{node.center, node.rack}];
    }
    EXPECT_EQ(names.size(), inv->nodes.size()) << "node names are unique";
    for (const auto &[rack, count] : rackNodes)
        EXPECT_LE(count, 4);
    const double shares[] = {0.40, 0.30, 0.20, 0.10};
    for (int c = 0; c < 4; ++c)
        EXPECT_NEAR(centerChips[c] / 200'000.0, shares[c], 0.005) << "center " << c;
    // The Huawei center is mostly Ascend; the fleet has several models.
    EXPECT_GT(centerModelChips[0][0], centerChips[0] * 8 / 10);
    int modelsUsed = 0;
    for (size_t m = 0; m < inv->models.size(); ++m) {
        uint32_t chips = 0;
        for (int c = 0; c < 4; ++c)
            chips += centerModelChips[c][m];
        modelsUsed += chips > 1000;
    }
    EXPECT_GE(modelsUsed, 3);

    for (const Uuid &uuid : inv->chipUuids) {
        ASSERT_EQ(uuid[6] >> 4, 4) << formatUuid(uuid);
        ASSERT_EQ(uuid[8] >> 6, 2) << formatUuid(uuid);
    }
}

TEST(FleetSimulator, OddSizesAndManyCenters)
{
    FleetSimulator odd({1003, 3, 5});
    const auto inv = odd.inventory();
    EXPECT_EQ(validateInventory(*inv), "");
    ASSERT_EQ(inv->nodes.size(), 126u);
    EXPECT_EQ(inv->nodes.back().chipCount, 3u);

    FleetSimulator many({100, 6, 5});
    const auto inv6 = many.inventory();
    EXPECT_EQ(validateInventory(*inv6), "");
    ASSERT_EQ(inv6->centers.size(), 6u);
    EXPECT_EQ(inv6->centers[4].name, "Center 5");
    EXPECT_EQ(inv6->centers[5].name, "Center 6");
    const InventoryIndex index = InventoryIndex::build(*inv6);
    for (uint32_t c = 0; c < 6; ++c)
        EXPECT_GT(index.centerNodeBegin[c + 1], index.centerNodeBegin[c]) << "center " << c;
    EXPECT_NE(inv6->nodes.back().name.find("c06-r001"), std::string::npos);

    FleetSimulator single({1, 1, 0});
    EXPECT_EQ(validateInventory(*single.inventory()), "");
    FleetTick tick;
    single.sample(kDay0Ms, tick);
    EXPECT_EQ(tick.chipCount(), 1u);

    EXPECT_EQ(FleetSimulator({1003, 3, 5}).inventory()->version, inv->version)
        << "same config, same version";
    EXPECT_NE(FleetSimulator({1004, 3, 5}).inventory()->version, inv->version);
    EXPECT_NE(FleetSimulator({1003, 2, 5}).inventory()->version, inv->version);
}

TEST(FleetSimulator, ADayOf200000ChipsIsBelievable)
{
    FleetSimulator sim({200'000, 4, 1});
    const auto inv = sim.inventory();
    const InventoryIndex index = InventoryIndex::build(*inv);
    const uint32_t chips = inv->chipCount();

    uint64_t offlineSamples = 0;
    uint64_t maintenanceSamples = 0;
    uint64_t throttledSamples = 0;
    uint64_t xidSamples = 0;
    uint64_t healthFaultSamples = 0;
    uint64_t eccSamples = 0;
    uint64_t xidEvents = 0;
    uint64_t transitionEvents = 0;
    double utilSum = 0;
    int ticks = 0;
    std::vector<int32_t> utilAt4;
    std::vector<int32_t> utilAt15;
    FleetTick tick;
    for (int64_t t = kDay0Ms; t <= kDay0Ms + 24 * kHourMs; t += 5 * 60'000) {
        sim.sample(t, tick);
        ASSERT_EQ(tick.chipCount(), chips);
        const auto &util = tick.column(Metric::Utilization);
        const auto &memory = tick.column(Metric::MemoryUsed);
        const auto &power = tick.column(Metric::Power);
        const auto &temp = tick.column(Metric::Temperature);
        const auto &state = tick.column(Metric::State);
        // Plain checks in the hot loop (a gtest assertion per value would
        // dominate the run); the first broken rule is reported below.
        std::string problem;
        auto require = [&](bool ok, const char *rule, uint32_t chip) {
            if (!ok && problem.empty())
                problem = std::string(rule) + ": chip " + std::to_string(chip) + " at " +
                          std::to_string(t);
        };
        for (uint32_t chip = 0, node = 0; chip < chips; ++chip) {
            node += chip >= inv->nodes[node].firstChip + inv->nodes[node].chipCount;
            const ChipModel &model = inv->models[inv->nodes[node].model];
            const int32_t s = state[chip];
            require(s >= 0 && s <= ChipState::AllBits, "state bits", chip);
            if (s == 0) { // offline: no data at all
                ++offlineSamples;
                require(util[chip] == kNoData && memory[chip] == kNoData &&
                            power[chip] == kNoData && temp[chip] == kNoData,
                        "offline chip without kNoData", chip);
                continue;
            }
            for (Metric m : kAllMetrics) {
                const int32_t v = tick.column(m)[chip];
                require(v >= metricLimits(m).min && v <= metricLimits(m).max, metricKey(m).data(),
                        chip);
            }
            require(uint32_t(memory[chip]) <= model.memoryMiB, "memory beyond HBM", chip);
            require(uint32_t(power[chip]) <= model.tdpWatts * 105 / 100, "power beyond TDP", chip);
            require(temp[chip] <= 87, "temperature above the throttle hold", chip);
            if (s & ChipState::Maintenance) {
                ++maintenanceSamples;
                require(!(s & ChipState::Online) && util[chip] == 0 && memory[chip] == 0,
                        "maintenance chip online or working", chip);
                continue;
            }
            require(s & ChipState::Online, "data from a chip neither online nor drained", chip);
            throttledSamples += (s & ChipState::Throttled) != 0;
            xidSamples += (s & ChipState::XidEvent) != 0;
            eccSamples += (s & ChipState::EccError) != 0;
            if (s & ChipState::HealthFault) { // fenced off: no work
                ++healthFaultSamples;
                require(util[chip] == 0 && memory[chip] == 0, "faulty chip working", chip);
            }
            if (s & ChipState::Throttled)
                require(temp[chip] >= 75, "a throttled chip is hot", chip);
        }
        ASSERT_EQ(problem, "");
        for (const ChipEvent &e : tick.events) {
            ASSERT_LT(e.chip, chips);
            const int32_t s = state[e.chip];
            switch (e.kind) {
            case EventKind::Offline:
                ASSERT_EQ(s, 0);
                break;
            case EventKind::Online:
                ASSERT_TRUE(s & ChipState::Online);
                break;
            case EventKind::Xid:
                ASSERT_TRUE(s & ChipState::XidEvent);
                break;
            case EventKind::EccDoubleBit:
                ASSERT_TRUE(s & ChipState::EccError);
                ASSERT_TRUE(hasEvent(tick, e.chip, EventKind::Xid, 48));
                break;
            case EventKind::Throttle:
                ASSERT_TRUE(s & ChipState::Throttled);
                break;
            }
            xidEvents += e.kind == EventKind::Xid;
            transitionEvents += e.kind == EventKind::Offline || e.kind == EventKind::Online;
        }

        const FleetAggregates agg = computeAggregates(*inv, index, tick);
        EXPECT_GT(agg.fleet.utilizationMean(), 30.0) << "at " << t;
        EXPECT_LT(agg.fleet.utilizationMean(), 90.0) << "at " << t;
        utilSum += agg.fleet.utilizationMean();
        ++ticks;
        if (t == kDay0Ms + 4 * kHourMs)
            utilAt4 = util;
        if (t == kDay0Ms + 15 * kHourMs)
            utilAt15 = util;
    }

    const double samples = double(ticks) * chips;
    const double meanUtil = utilSum / ticks;
    EXPECT_GT(meanUtil, 45.0);
    EXPECT_LT(meanUtil, 80.0);
    EXPECT_GT(offlineSamples, 0u);
    EXPECT_LT(offlineSamples / samples, 0.005) << "about 0.1 % of nodes are offline";
    EXPECT_GT(maintenanceSamples, 0u);
    EXPECT_LT(maintenanceSamples / samples, 0.01);
    EXPECT_GT(throttledSamples, 0u);
    EXPECT_LT(throttledSamples / samples, 0.02);
    EXPECT_GT(xidSamples + xidEvents, 0u);
    EXPECT_GT(healthFaultSamples, 0u);
    EXPECT_GT(eccSamples, 0u);
    (void)transitionEvents;

    // Inference follows the day: per node, 15:00 CST against 04:00 CST.
    ASSERT_EQ(utilAt4.size(), chips);
    ASSERT_EQ(utilAt15.size(), chips);
    int risers = 0;
    int fallers = 0;
    for (const Node &node : inv->nodes) {
        double diff = 0;
        for (uint32_t c = node.firstChip; c < node.firstChip + node.chipCount; ++c)
            diff += utilAt15[c] - utilAt4[c];
        diff /= node.chipCount;
        risers += diff > 30;
        fallers += diff < -30;
    }
    EXPECT_GT(risers, int(inv->nodes.size()) / 5) << "inference nodes are busier by day";
    EXPECT_GT(risers, 3 * fallers);
}

TEST(FleetSimulator, XidEventsLandOnTheirExactSecond)
{
    FleetSimulator sim({80'000, 4, 1});
    const std::set<uint32_t> knownCodes{13, 31, 43, 45, 48, 63, 64, 74, 79, 94, 95};
    FleetTick tick;
    FleetTick probe;
    int checked = 0;
    std::set<uint32_t> seenChips;
    // The XidEvent bit lasts 60 s, so sampling every minute sees every error.
    for (int64_t t = kDay0Ms; t < kDay0Ms + 8 * kHourMs && checked < 3; t += 60'000) {
        sim.sample(t, tick);
        const auto &state = tick.column(Metric::State);
        for (uint32_t chip = 0; chip < tick.chipCount() && checked < 3; ++chip) {
            if (!(state[chip] & ChipState::XidEvent) || (state[chip] == kNoData) ||
                seenChips.count(chip))
                continue;
            seenChips.insert(chip);
            // Find the second of the error within the minute before.
            int found = 0;
            int64_t eventSecondMs = 0;
            uint32_t code = 0;
            for (int64_t s = t - 59'000; s <= t; s += 1000) {
                sim.sample(s, probe);
                for (const ChipEvent &e : probe.events) {
                    if (e.chip == chip && e.kind == EventKind::Xid) {
                        ++found;
                        eventSecondMs = s;
                        code = e.code;
                    }
                }
            }
            ASSERT_EQ(found, 1) << "chip " << chip;
            EXPECT_TRUE(knownCodes.count(code)) << code;
            ++checked;

            // The same second, later in it: the same events; before: none.
            sim.sample(eventSecondMs + 999, probe);
            EXPECT_TRUE(hasEvent(probe, chip, EventKind::Xid, code));
            EXPECT_TRUE(probe.column(Metric::State)[chip] & ChipState::XidEvent);
            sim.sample(eventSecondMs - 1, probe);
            EXPECT_FALSE(hasEvent(probe, chip, EventKind::Xid, code));
            EXPECT_FALSE(probe.column(Metric::State)[chip] & ChipState::XidEvent);
            // The bit lasts 60 s.
            sim.sample(eventSecondMs + 59'000, probe);
            EXPECT_TRUE(probe.column(Metric::State)[chip] & ChipState::XidEvent);
            EXPECT_FALSE(hasEvent(probe, chip, EventKind::Xid, code));
            sim.sample(eventSecondMs + 60'000, probe);
            EXPECT_FALSE(probe.column(Metric::State)[chip] & ChipState::XidEvent);
            if (code == 48 || code == 79) {
                sim.sample(eventSecondMs + 3'599'000, probe);
                EXPECT_TRUE(probe.column(Metric::State)[chip] & ChipState::HealthFault);
                sim.sample(eventSecondMs + 3'600'000, probe);
                EXPECT_FALSE(probe.column(Metric::State)[chip] & ChipState::HealthFault);
            }
        }
    }
    EXPECT_EQ(checked, 3) << "expected a few XID errors in 8 hours of 80,000 chips";
}

TEST(FleetSimulator, NodesGoOfflineAndComeBackWithEvents)
{
    FleetSimulator sim({80'000, 4, 1});
    const auto inv = sim.inventory();
    const InventoryIndex index = InventoryIndex::build(*inv);
    FleetTick tick;
    int64_t offlineAt = 0;
    uint32_t node = 0;
    for (int64_t t = kDay0Ms; t < kDay0Ms + 24 * kHourMs && !offlineAt; t += 10 * 60'000) {
        sim.sample(t, tick);
        for (uint32_t chip = 0; chip < tick.chipCount(); ++chip) {
            if (offline(tick, chip)) {
                offlineAt = t;
                node = index.chipNode[chip];
                break;
            }
        }
    }
    ASSERT_NE(offlineAt, 0) << "no node went offline in a day";
    const Node &n = inv->nodes[node];
    auto nodeOffline = [&](int64_t t) {
        sim.sample(t, tick);
        bool all = true;
        bool any = false;
        for (uint32_t c = n.firstChip; c < n.firstChip + n.chipCount; ++c) {
            all &= offline(tick, c);
            any |= offline(tick, c);
        }
        EXPECT_EQ(all, any) << "a node goes offline as a whole";
        return all;
    };
    // Outages last at most an hour: bisect for both transitions.
    int64_t online = offlineAt - 71 * 60'000;
    ASSERT_FALSE(nodeOffline(online));
    int64_t down = offlineAt;
    while (down - online > 1000) {
        const int64_t mid = online + (down - online) / 2000 * 1000;
        (nodeOffline(mid) ? down : online) = mid;
    }
    sim.sample(down, tick);
    for (uint32_t c = n.firstChip; c < n.firstChip + n.chipCount; ++c)
        EXPECT_TRUE(hasEvent(tick, c, EventKind::Offline)) << "chip " << c;
    sim.sample(down - 1000, tick);
    for (uint32_t c = n.firstChip; c < n.firstChip + n.chipCount; ++c)
        EXPECT_FALSE(hasEvent(tick, c, EventKind::Offline));

    int64_t back = offlineAt + 71 * 60'000;
    ASSERT_FALSE(nodeOffline(back));
    down = offlineAt;
    while (back - down > 1000) {
        const int64_t mid = down + (back - down) / 2000 * 1000;
        (nodeOffline(mid) ? down : back) = mid;
    }
    sim.sample(back, tick);
    for (uint32_t c = n.firstChip; c < n.firstChip + n.chipCount; ++c) {
        EXPECT_TRUE(hasEvent(tick, c, EventKind::Online)) << "chip " << c;
        EXPECT_NE(tick.column(Metric::Utilization)[c], kNoData);
    }
    sim.sample(back + 1000, tick);
    for (uint32_t c = n.firstChip; c < n.firstChip + n.chipCount; ++c)
        EXPECT_FALSE(hasEvent(tick, c, EventKind::Online));
}

TEST(FleetSimulator, NoiseIsSmoothNotWhite)
{
    FleetSimulator sim({20'000, 4, 1});
    constexpr int kSeconds = 120;
    std::vector<FleetTick> ticks(kSeconds);
    for (int i = 0; i < kSeconds; ++i)
        sim.sample(kDay0Ms + 14 * kHourMs + i * 1000, ticks[i]);

    int chipsSeen = 0;
    int powerVaries = 0;
    int memorySteady = 0;
    double autocorrelationSum = 0;
    double utilStepSum = 0;
    for (uint32_t chip = 0; chip < 20'000; chip += 7) {
        bool usable = true;
        for (const FleetTick &t : ticks)
            usable &= t.column(Metric::State)[chip] == ChipState::Online;
        if (!usable)
            continue;
        ++chipsSeen;
        std::vector<double> power(kSeconds);
        for (int i = 0; i < kSeconds; ++i)
            power[i] = ticks[i].column(Metric::Power)[chip];
        double mean = 0;
        for (double p : power)
            mean += p / kSeconds;
        double var = 0;
        double cov = 0;
        for (int i = 0; i < kSeconds; ++i) {
            var += (power[i] - mean) * (power[i] - mean);
            if (i > 0)
                cov += (power[i] - mean) * (power[i - 1] - mean);
        }
        powerVaries += var > 0;
        autocorrelationSum += var > 0 ? cov / var : 0;
        memorySteady += ticks.front().column(Metric::MemoryUsed)[chip] ==
                        ticks.back().column(Metric::MemoryUsed)[chip];
        for (int i = 1; i < kSeconds; ++i)
            utilStepSum += std::abs(ticks[i].column(Metric::Utilization)[chip] -
                                    ticks[i - 1].column(Metric::Utilization)[chip]);
    }
    ASSERT_GT(chipsSeen, 2000);
    EXPECT_GT(powerVaries, chipsSeen * 95 / 100) << "telemetry is not constant";
    EXPECT_GT(autocorrelationSum / chipsSeen, 0.3) << "white noise would be near 0";
    EXPECT_GT(memorySteady, chipsSeen * 80 / 100) << "memory is steady within a job";
    EXPECT_LT(utilStepSum / chipsSeen / (kSeconds - 1), 2.0) << "utilization moves smoothly";
}

} // namespace
} // namespace scb
