#include "sources/scrape/scrapedfleet.h"
#include "sources/scrape/scrapesource.h"

#include "fakeexporter.h"
#include "tempdir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

namespace scb {
namespace {

using testing::FakeExporter;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// --- ScrapedFleet: pages to inventory and ticks, without HTTP ----------------

ScrapeTarget
target(const std::string &address, const std::string &center, const std::string &exporter)
{
    ScrapeTarget t;
    t.address = address;
    t.center = center;
    t.exporter = exporter;
    return t;
}

ChipReading reading(const std::string &id,
                    const std::string &uuid,
                    double util,
                    double memMiB,
                    double watts,
                    double celsius)
{
    ChipReading r;
    r.id = id;
    r.uuidText = uuid;
    r.model = "NVIDIA H100 80GB HBM3";
    r.fields[size_t(ChipField::Utilization)] = util;
    r.fields[size_t(ChipField::MemoryUsed)] = memMiB;
    r.fields[size_t(ChipField::MemoryFree)] = 81559 - memMiB;
    r.fields[size_t(ChipField::Power)] = watts;
    r.fields[size_t(ChipField::Temperature)] = celsius;
    return r;
}

PageResult page(std::vector<ChipReading> chips)
{
    PageResult p;
    p.ok = true;
    p.chips = std::move(chips);
    return p;
}

PageResult down(const std::string &why)
{
    PageResult p;
    p.error = why;
    return p;
}

const char *kUuid0 = "GPU-8f1f4d06-07fd-27a7-52d5-e58aa060d256";
const char *kUuid1 = "GPU-00000000-0000-0000-0000-000000000001";

struct FleetFixture : ::testing::Test
{
    MappingSet mappings;
    ScrapedFleet fleet;
    ValueCounters counters;

    FleetTick round(std::vector<PageResult> pages, int64_t unixMs = 1'700'000'000'000)
    {
        FleetTick tick;
        fleet.apply(pages, unixMs, tick, counters);
        return tick;
    }
    void twoTargets()
    {
        fleet.setTargets(
            {target("10.0.0.1:9400", "Gui'an", "dcgm"), target("10.0.0.2:8082", "Guiyang", "npu")},
            mappings);
    }
};

TEST_F(FleetFixture, BuildsTheInventoryFromWhatPagesShow)
{
    twoTargets();
    ChipReading npu = reading("0", "", 36, 8192, 188, 62);
    npu.model = "Ascend910B";
    npu.fields[size_t(ChipField::MemoryFree)] = kNaN;
    npu.fields[size_t(ChipField::MemoryTotal)] = 65536;
    const FleetTick tick = round({page({reading("1", kUuid1, 50, 1000, 300.4, 70),
                                        reading("0", kUuid0, 99.6, 2000, 15.507, 43)}),
                                  page({npu})});
    const auto inventory = fleet.inventory();
    ASSERT_TRUE(inventory);
    EXPECT_EQ(validateInventory(*inventory), "");
    ASSERT_EQ(inventory->chipCount(), 3u);
    ASSERT_EQ(inventory->centers.size(), 2u);
    EXPECT_EQ(inventory->centers[0].name, "Gui'an");
    EXPECT_EQ(inventory->source, "scrape: 2 targets");
    ASSERT_EQ(inventory->nodes.size(), 2u);
    EXPECT_EQ(inventory->nodes[0].name, "10.0.0.1");
    EXPECT_EQ(inventory->nodes[0].chipCount, 2u);
    EXPECT_EQ(inventory->nodes[1].center, 1u);
    EXPECT_EQ(inventory->models[inventory->nodes[0].model].vendor, "NVIDIA");
    EXPECT_EQ(inventory->models[inventory->nodes[0].model].memoryMiB, 81559u);
    EXPECT_EQ(inventory->models[inventory->nodes[1].model].vendor, "Huawei");
    EXPECT_EQ(inventory->models[inventory->nodes[1].model].memoryMiB, 65536u);
    // Chips by id on their host: "0" first although the page listed "1" first.
    EXPECT_EQ(formatUuid(inventory->chipUuids[0]), "8f1f4d06-07fd-27a7-52d5-e58aa060d256");

    ASSERT_EQ(tick.inventoryVersion, inventory->version);
    EXPECT_EQ(tick.column(Metric::Utilization), (std::vector<int32_t>{100, 50, 36}));
    EXPECT_EQ(tick.column(Metric::MemoryUsed), (std::vector<int32_t>{2000, 1000, 8192}));
    EXPECT_EQ(tick.column(Metric::Power), (std::vector<int32_t>{16, 300, 188}));
    EXPECT_EQ(tick.column(Metric::Temperature), (std::vector<int32_t>{43, 70, 62}));
    EXPECT_EQ(tick.column(Metric::State), (std::vector<int32_t>(3, ChipState::Online)));
    EXPECT_TRUE(tick.events.empty()); // a first sight is no event
}

TEST_F(FleetFixture, AnUnchangedFleetKeepsItsInventoryAndANewChipChangesIt)
{
    twoTargets();
    round({page({reading("0", kUuid0, 1, 1, 1, 1)}), down("HTTP 500")});
    const auto first = fleet.inventory();
    round({page({reading("0", kUuid0, 2, 2, 2, 2)}), down("HTTP 500")});
    EXPECT_EQ(fleet.inventory(), first);

    const FleetTick tick =
        round({page({reading("0", kUuid0, 3, 3, 3, 3), reading("1", kUuid1, 4, 4, 4, 4)}),
               down("HTTP 500")});
    ASSERT_NE(fleet.inventory(), first);
    EXPECT_NE(fleet.inventory()->version, first->version);
    EXPECT_EQ(tick.inventoryVersion, fleet.inventory()->version);
    EXPECT_EQ(fleet.inventory()->chipUuids[0], first->chipUuids[0]); // index 0 stays chip 0

    // The version is the fleet's, not the process's: a new ScrapedFleet seeing
    // the same pages arrives at the same one.
    ScrapedFleet again;
    again.setTargets({fleet.targets()[0].target, fleet.targets()[1].target}, mappings);
    std::vector<PageResult> pages{
        page({reading("0", kUuid0, 3, 3, 3, 3), reading("1", kUuid1, 4, 4, 4, 4)}),
        down("HTTP 500")};
    FleetTick unused;
    again.apply(pages, 1, unused, counters);
    ASSERT_TRUE(again.inventory());
    EXPECT_EQ(again.inventory()->version, fleet.inventory()->version);
}

TEST_F(FleetFixture, ASilentTargetsChipsGoOfflineWithAnEventAndComeBack)
{
    twoTargets();
    round({page({reading("0", kUuid0, 50, 1, 1, 1)}), down("refused")});
    const auto inventory = fleet.inventory();
    FleetTick tick = round({down("timed out after 10000 ms"), down("refused")});
    EXPECT_EQ(fleet.inventory(), inventory); // kept, not removed
    EXPECT_EQ(tick.column(Metric::State)[0], 0);
    EXPECT_EQ(tick.column(Metric::Utilization)[0], kNoData);
    ASSERT_EQ(tick.events.size(), 1u);
    EXPECT_EQ(tick.events[0], (ChipEvent{0, EventKind::Offline, 0}));

    tick = round({down("timed out after 10000 ms"), down("refused")});
    EXPECT_TRUE(tick.events.empty()); // one OFFLINE per outage

    tick = round({page({reading("0", kUuid0, 60, 1, 1, 1)}), down("refused")});
    EXPECT_EQ(tick.column(Metric::State)[0], ChipState::Online);
    EXPECT_EQ(tick.column(Metric::Utilization)[0], 60);
    ASSERT_EQ(tick.events.size(), 1u);
    EXPECT_EQ(tick.events[0], (ChipEvent{0, EventKind::Online, 0}));
}

TEST_F(FleetFixture, MissingAndInvalidValuesAreNoDataAndCounted)
{
    twoTargets();
    ChipReading r = reading("0", kUuid0, kNaN, 1000, std::numeric_limits<double>::infinity(), 400);
    const FleetTick tick = round({page({r}), down("x")});
    EXPECT_EQ(tick.column(Metric::Utilization)[0], kNoData);
    EXPECT_EQ(tick.column(Metric::MemoryUsed)[0], 1000);
    EXPECT_EQ(tick.column(Metric::Power)[0], kNoData);
    EXPECT_EQ(tick.column(Metric::Temperature)[0], kNoData); // 400 °C is not a reading
    EXPECT_EQ(counters.missing, 1u);
    EXPECT_EQ(counters.invalid, 2u);
}

TEST_F(FleetFixture, NpuMemoryInBytesBecomesMiB)
{
    fleet.setTargets({target("10.0.0.2:8082", "Guiyang", "npu")}, mappings);
    ChipReading r = reading("0", "", 1, 8192.0 * 1024 * 1024, 1, 1);
    r.model = "Ascend910B";
    r.fields[size_t(ChipField::MemoryFree)] = kNaN;
    r.fields[size_t(ChipField::MemoryTotal)] = 65536.0 * 1024 * 1024;
    const FleetTick tick = round({page({r})});
    EXPECT_EQ(tick.column(Metric::MemoryUsed)[0], 8192);
    EXPECT_EQ(fleet.inventory()->models[0].memoryMiB, 65536u);
}

TEST_F(FleetFixture, XidEccThrottleAndHealthBecomeStateAndEvents)
{
    twoTargets();
    ChipReading gpu = reading("0", kUuid0, 1, 1, 1, 1);
    gpu.fields[size_t(ChipField::XidCode)] = 13; // an old error: history, no event
    gpu.fields[size_t(ChipField::EccDbeTotal)] = 0;
    gpu.fields[size_t(ChipField::ThrottleReasons)] = 0x1; // idle: not throttled
    ChipReading npu = reading("0", "", 1, 1, 1, 1);
    npu.model = "Ascend910B";
    npu.fields[size_t(ChipField::Health)] = 1;
    FleetTick tick = round({page({gpu}), page({npu})}, 1'000'000);
    EXPECT_EQ(tick.column(Metric::State),
              (std::vector<int32_t>{ChipState::Online, ChipState::Online}));
    EXPECT_TRUE(tick.events.empty());

    gpu.fields[size_t(ChipField::XidCode)] = 79;
    gpu.fields[size_t(ChipField::EccDbeTotal)] = 2;
    gpu.fields[size_t(ChipField::ThrottleReasons)] = 0x40 | 0x1; // HW thermal
    npu.fields[size_t(ChipField::Health)] = 0;
    tick = round({page({gpu}), page({npu})}, 1'015'000);
    EXPECT_EQ(tick.column(Metric::State)[0],
              ChipState::Online | ChipState::Throttled | ChipState::EccError | ChipState::XidEvent);
    EXPECT_EQ(tick.column(Metric::State)[1], ChipState::Online | ChipState::HealthFault);
    EXPECT_EQ(tick.events, (std::vector<ChipEvent>{{0, EventKind::Throttle, 0x40},
                                                   {0, EventKind::EccDoubleBit, 2},
                                                   {0, EventKind::Xid, 79}}));

    npu.fields[size_t(ChipField::Health)] = 4294967295.0; // not reported: no fault, no health
    tick = round({page({gpu}), page({npu})}, 1'090'000);
    EXPECT_EQ(tick.column(Metric::State)[0], ChipState::Online | ChipState::Throttled |
                                                 ChipState::EccError); // XID state for a minute
    EXPECT_EQ(tick.column(Metric::State)[1], ChipState::Online);
    EXPECT_TRUE(tick.events.empty());
}

TEST_F(FleetFixture, TwoPagesClaimingOneChipKeepTwoChips)
{
    fleet.setTargets({target("10.0.0.1:9400", "A", "dcgm"), target("10.0.0.9:9400", "A", "dcgm")},
                     mappings);
    round({page({reading("0", kUuid0, 1, 1, 1, 1)}), page({reading("0", kUuid0, 2, 2, 2, 2)})});
    ASSERT_TRUE(fleet.inventory());
    EXPECT_EQ(fleet.inventory()->chipCount(), 2u);
    EXPECT_EQ(validateInventory(*fleet.inventory()), "");
    EXPECT_EQ(counters.duplicateUuids, 1u);
}

TEST(ScrapedFleetUuid, PagesUuidsAreKeptAndOthersDerivedStably)
{
    EXPECT_EQ(formatUuid(ScrapedFleet::chipUuid(kUuid0, "u", "0")),
              "8f1f4d06-07fd-27a7-52d5-e58aa060d256");
    const Uuid a = ScrapedFleet::chipUuid("uuid0", "http://h:8082/metrics", "0");
    EXPECT_EQ(a, ScrapedFleet::chipUuid("uuid0", "http://other:8082/metrics", "3"));
    EXPECT_NE(a, ScrapedFleet::chipUuid("uuid1", "http://h:8082/metrics", "0"));
    const Uuid b = ScrapedFleet::chipUuid("", "http://h:8082/metrics", "0");
    EXPECT_NE(b, ScrapedFleet::chipUuid("", "http://h:8082/metrics", "1"));
    EXPECT_EQ(b[6] >> 4, 8); // version 8
}

// --- ScrapeSource: real HTTP against fake exporters on loopback ---------------

struct ScrapeFixture : ::testing::Test
{
    FakeExporter dcgm{FakeExporter::Kind::Dcgm};
    FakeExporter npu{FakeExporter::Kind::Npu};
    scb::test::TempDir dir;
    std::vector<std::string> logged;

    void SetUp() override
    {
        ASSERT_TRUE(dcgm.start());
        ASSERT_TRUE(npu.start());
        dcgm.setHost(FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-a", 8, 1));
        dcgm.setHost(FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-b", 8, 2));
        npu.setHost(FakeExporter::makeHost(FakeExporter::Kind::Npu, "npu-a", 8, 3));
        npu.setHost(FakeExporter::makeHost(FakeExporter::Kind::Npu, "npu-b", 8, 4));
    }

    std::string group(const FakeExporter &e,
                      const std::string &host,
                      const std::string &center,
                      const std::string &exporter)
    {
        return "{\"targets\": [\"" + e.address() + "\"], \"labels\": {\"center\": \"" + center +
               "\", \"exporter\": \"" + exporter + "\", \"__metrics_path__\": \"" +
               FakeExporter::pathOf(host) + "\"}}";
    }
    std::string writeTargets(const std::vector<std::string> &groups)
    {
        std::string text = "[";
        for (size_t i = 0; i < groups.size(); ++i)
            text += (i ? ",\n" : "\n") + groups[i];
        text += "\n]\n";
        dir.write("targets.json", text);
        return dir.file("targets.json");
    }
    std::string fourTargets()
    {
        return writeTargets(
            {group(dcgm, "gpu-a", "Gui'an", "dcgm"), group(dcgm, "gpu-b", "Gui'an", "dcgm"),
             group(npu, "npu-a", "Guiyang", "npu"), group(npu, "npu-b", "Guiyang", "npu")});
    }
    std::unique_ptr<ScrapeSource> source(const std::string &targets, int timeoutMs = 2000)
    {
        ScrapeConfig config;
        config.targetsFile = targets;
        config.limits.timeoutMs = timeoutMs;
        config.limits.maxConnections = 8;
        config.log = [this](const std::string &line) {
            logged.push_back(line);
        };
        auto made = ScrapeSource::create(std::move(config));
        EXPECT_TRUE(made) << made.error();
        return made ? std::move(*made) : nullptr;
    }
    bool loggedAbout(const std::string &what) const
    {
        for (const std::string &line : logged)
            if (line.find(what) != std::string::npos)
                return true;
        return false;
    }
};

// The values served are the values ticked, chip for chip, both vendors in one fleet.
TEST_F(ScrapeFixture, BothVendorsValueForValue)
{
    auto scrape = source(fourTargets());
    ASSERT_TRUE(scrape);
    const auto inventory = scrape->inventory();
    ASSERT_TRUE(inventory);
    ASSERT_EQ(validateInventory(*inventory), "");
    ASSERT_EQ(inventory->chipCount(), 32u);
    ASSERT_EQ(inventory->nodes.size(), 4u);
    EXPECT_EQ(inventory->nodes[0].name, "gpu-a"); // dcgm's Hostname label
    EXPECT_EQ(inventory->models[inventory->nodes[0].model].vendor, "NVIDIA");
    EXPECT_EQ(inventory->models[inventory->nodes[2].model].vendor, "Huawei");

    FleetTick tick;
    scrape->sample(1'700'000'000'000, tick);
    ASSERT_EQ(tick.inventoryVersion, inventory->version);
    ASSERT_EQ(tick.chipCount(), 32u);
    const std::vector<std::pair<FakeExporter::Kind, std::pair<const char *, uint32_t>>> hosts{
        {FakeExporter::Kind::Dcgm, {"gpu-a", 1}},
        {FakeExporter::Kind::Dcgm, {"gpu-b", 2}},
        {FakeExporter::Kind::Npu, {"npu-a", 3}},
        {FakeExporter::Kind::Npu, {"npu-b", 4}}};
    uint32_t chip = 0;
    for (const auto &[kind, host] : hosts) {
        const FakeExporter::Host served = FakeExporter::makeHost(kind, host.first, 8, host.second);
        for (const FakeExporter::Chip &c : served.chips) {
            SCOPED_TRACE(std::string(host.first) + " chip " + std::to_string(c.index));
            EXPECT_EQ(tick.column(Metric::Utilization)[chip], std::llround(c.utilization));
            EXPECT_EQ(tick.column(Metric::MemoryUsed)[chip], std::llround(c.memoryUsedMiB));
            EXPECT_EQ(tick.column(Metric::Power)[chip], std::llround(c.powerW));
            EXPECT_EQ(tick.column(Metric::Temperature)[chip], std::llround(c.temperatureC));
            EXPECT_TRUE(tick.column(Metric::State)[chip] & ChipState::Online);
            ++chip;
        }
    }
    const ScrapeStats stats = scrape->stats();
    ASSERT_EQ(stats.targets.size(), 4u);
    for (const ScrapeTargetStatus &t : stats.targets) {
        EXPECT_TRUE(t.up) << t.url << ": " << t.lastError;
        EXPECT_EQ(t.chips, 8u);
        EXPECT_EQ(t.parseErrors, 0u);
    }
    EXPECT_EQ(stats.missingValues, 0u);
}

TEST_F(ScrapeFixture, BadPagesAreCountedNamedAndTheRestServed)
{
    auto scrape = source(fourTargets(), 1500);
    ASSERT_TRUE(scrape);
    ASSERT_TRUE(scrape->inventory());
    dcgm.setMode("gpu-a", FakeExporter::Mode::Error500);
    dcgm.setMode("gpu-b", FakeExporter::Mode::Hang);
    npu.setMode("npu-a", FakeExporter::Mode::Garbage);
    npu.setMode("npu-b", FakeExporter::Mode::Huge);
    FleetTick tick;
    scrape->sample(1'700'000'015'000, tick);
    const ScrapeStats stats = scrape->stats();
    ASSERT_EQ(stats.targets.size(), 4u);
    EXPECT_EQ(stats.targets[0].lastError, "HTTP 500");
    EXPECT_NE(stats.targets[1].lastError.find("timed out"), std::string::npos)
        << stats.targets[1].lastError;
    EXPECT_NE(stats.targets[2].lastError.find("not exposition text"), std::string::npos)
        << stats.targets[2].lastError;
    EXPECT_GT(stats.targets[2].parseErrors, 0u);
    EXPECT_NE(stats.targets[3].lastError.find("MiB: refused"), std::string::npos)
        << stats.targets[3].lastError;
    for (const ScrapeTargetStatus &t : stats.targets) {
        EXPECT_FALSE(t.up);
        EXPECT_EQ(t.failures, 1u);
        EXPECT_TRUE(loggedAbout(t.url + " (" + t.center + "): down: ")) << t.url;
    }
    // Every chip offline with its event; the inventory kept.
    EXPECT_EQ(tick.chipCount(), 32u);
    EXPECT_EQ(tick.events.size(), 32u);
    for (uint32_t chip = 0; chip < 32; ++chip)
        EXPECT_EQ(tick.column(Metric::State)[chip], 0);

    dcgm.setMode("gpu-a", FakeExporter::Mode::Normal);
    scrape->sample(1'700'000'030'000, tick);
    EXPECT_TRUE(scrape->stats().targets[0].up);
    EXPECT_EQ(tick.column(Metric::State)[0] & ChipState::Online, ChipState::Online);
    EXPECT_EQ(tick.column(Metric::State)[8], 0);
    EXPECT_TRUE(loggedAbout("up again, 8 chips"));
}

TEST_F(ScrapeFixture, AChangedChipSetChangesTheInventory)
{
    auto scrape = source(fourTargets());
    ASSERT_TRUE(scrape);
    const auto before = scrape->inventory();
    ASSERT_TRUE(before);
    dcgm.setHost(FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-a", 9, 1));
    FleetTick tick;
    scrape->sample(1'700'000'015'000, tick);
    const auto after = scrape->inventory();
    ASSERT_NE(after->version, before->version);
    EXPECT_EQ(after->chipCount(), 33u);
    EXPECT_EQ(tick.inventoryVersion, after->version);
    EXPECT_EQ(scrape->stats().inventoryChanges, 2u); // the first sight, then the new chip
}

TEST_F(ScrapeFixture, ABadTargetsFileOnReloadKeepsTheOldTargets)
{
    const std::string path = fourTargets();
    auto scrape = source(path);
    ASSERT_TRUE(scrape);
    ASSERT_TRUE(scrape->inventory());
    std::ofstream(path)
        << "[{\"targets\": [\"127.0.0.1:1\"], \"labels\": {\"exporter\": \"dcgm\"}}]";
    const Result<std::string> refused = scrape->reloadTargets();
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("center"), std::string::npos) << refused.error();
    FleetTick tick;
    scrape->sample(1'700'000'015'000, tick);
    EXPECT_EQ(tick.chipCount(), 32u);

    writeTargets({group(dcgm, "gpu-a", "Gui'an", "dcgm")});
    ASSERT_TRUE(scrape->reloadTargets());
    scrape->sample(1'700'000'030'000, tick);
    EXPECT_EQ(tick.chipCount(), 8u);
    EXPECT_EQ(scrape->stats().targets.size(), 1u);
    EXPECT_EQ(scrape->describe(), "scrape: 1 target");
}

TEST_F(ScrapeFixture, AnExporterWithoutAMappingIsRefusedAtStart)
{
    const std::string path = writeTargets({group(dcgm, "gpu-a", "Gui'an", "rocm")});
    ScrapeConfig config;
    config.targetsFile = path;
    const auto made = ScrapeSource::create(std::move(config));
    ASSERT_FALSE(made);
    EXPECT_NE(made.error().find("targets.json:2: labels.exporter: no mapping named 'rocm'"),
              std::string::npos)
        << made.error();
}

} // namespace
} // namespace scb
