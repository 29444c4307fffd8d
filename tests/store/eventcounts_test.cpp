// HistoryStore::queryEventCounts(): per chip, its events of a range by kind,
// most errors first, checked against a count of the events written.

#include "storetestdata.h"

#include "store/historystore.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

namespace scb {
namespace {

using test::makeInventory;
using test::makeTick;
using test::RawDb;
using test::TempDir;

constexpr int64_t kT0 = 1'700'000'000'000;
constexpr int64_t kStepMs = 1'000;

std::unique_ptr<HistoryStore> openStore(const std::string &path, bool readOnly = false)
{
    auto store = HistoryStore::open(path, {}, readOnly);
    EXPECT_TRUE(store.ok()) << store.error();
    return store.ok() ? std::move(*store) : nullptr;
}

struct Written
{
    int64_t unixMs;
    ChipEvent event;
};

// The counts of the events in [fromMs, toMs], in the documented order.
std::vector<ChipEventCounts>
referenceCounts(const std::vector<Written> &events, int64_t fromMs, int64_t toMs, size_t limit)
{
    std::map<uint32_t, ChipEventCounts> byChip;
    for (const Written &w : events) {
        if (w.unixMs < fromMs || w.unixMs > toMs || w.event.kind == EventKind::Online)
            continue;
        ChipEventCounts &c = byChip[w.event.chip];
        c.chip = w.event.chip;
        switch (w.event.kind) {
        case EventKind::Xid:
            ++c.xid;
            break;
        case EventKind::EccDoubleBit:
            ++c.eccDoubleBit;
            break;
        case EventKind::Throttle:
            ++c.throttle;
            break;
        case EventKind::Offline:
            ++c.offline;
            break;
        case EventKind::Online:
            break;
        }
    }
    std::vector<ChipEventCounts> out;
    for (const auto &[chip, c] : byChip)
        out.push_back(c);
    std::stable_sort(out.begin(), out.end(),
                     [](const ChipEventCounts &a, const ChipEventCounts &b) {
                         if (a.errors() != b.errors())
                             return a.errors() > b.errors();
                         return a.total() > b.total();
                     });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

// A store holding ticks with random events over 64 chips, and the events.
class EventCountsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = openStore(m_path);
        ASSERT_TRUE(m_store);
        std::mt19937 rng(7);
        for (int i = 0; i < kTicks; ++i) {
            const int64_t t = kT0 + i * kStepMs;
            FleetTick tick = makeTick(m_inventory, t, 3);
            const int events = int(rng() % 4);
            for (int e = 0; e < events; ++e) {
                // Chips 0..15 see most of it: ties and large counts both happen.
                const uint32_t chip = rng() % 3 == 0 ? rng() % 64 : rng() % 16;
                const auto kind = static_cast<EventKind>(1 + rng() % 5);
                tick.events.push_back({chip, kind, kind == EventKind::Xid ? 79u : 0u});
            }
            for (const ChipEvent &e : tick.events)
                m_events.push_back({t, e});
            ASSERT_TRUE(m_store->append(tick, test::aggregatesOf(m_inventory, tick)).ok());
        }
    }

    void expectCounts(
        HistoryStore &store, int64_t fromMs, int64_t toMs, size_t limit, const std::string &when)
    {
        auto got = store.queryEventCounts(fromMs, toMs, limit);
        ASSERT_TRUE(got.ok()) << when << ": " << got.error();
        const auto want = referenceCounts(m_events, fromMs, toMs, limit);
        ASSERT_EQ(got->size(), want.size()) << when;
        for (size_t i = 0; i < want.size(); ++i)
            EXPECT_EQ((*got)[i], want[i]) << when << ", row " << i << ", chip " << want[i].chip;
    }

    static constexpr int kTicks = 600;
    TempDir m_dir;
    std::string m_path = m_dir.file("store.db");
    Inventory m_inventory = makeInventory(64, 2);
    std::unique_ptr<HistoryStore> m_store;
    std::vector<Written> m_events;
};

TEST_F(EventCountsTest, CountsEachKindPerChipInTheRange)
{
    const int64_t lastMs = kT0 + (kTicks - 1) * kStepMs;
    ASSERT_GT(m_events.size(), 500u);
    for (const std::string &when : {std::string("hot"), std::string("compacted")}) {
        expectCounts(*m_store, kT0, lastMs, 1000, when + " whole");
        expectCounts(*m_store, 0, std::numeric_limits<int64_t>::max(), 1000, when + " wide");
        expectCounts(*m_store, kT0 + 100 * kStepMs, kT0 + 250 * kStepMs, 1000, when + " middle");
        // Both ends are inside the range.
        expectCounts(*m_store, kT0 + 17 * kStepMs, kT0 + 17 * kStepMs, 1000, when + " one tick");
        for (;;) {
            auto did = m_store->compactStep(true);
            ASSERT_TRUE(did.ok()) << did.error();
            if (!*did)
                break;
        }
    }
    // A read-only connection, as the GUI's worker threads open it.
    auto reader = openStore(m_path, /*readOnly=*/true);
    ASSERT_TRUE(reader);
    expectCounts(*reader, kT0, lastMs, 1000, "read-only");
}

TEST_F(EventCountsTest, OrdersByErrorsThenEventsThenChip)
{
    auto got = m_store->queryEventCounts(kT0, kT0 + kTicks * kStepMs, 1000);
    ASSERT_TRUE(got.ok()) << got.error();
    ASSERT_GT(got->size(), 20u);
    bool sawErrorTie = false;
    for (size_t i = 1; i < got->size(); ++i) {
        const ChipEventCounts &a = (*got)[i - 1];
        const ChipEventCounts &b = (*got)[i];
        ASSERT_GE(a.errors(), b.errors()) << "row " << i;
        if (a.errors() == b.errors()) {
            sawErrorTie = true;
            ASSERT_GE(a.total(), b.total()) << "row " << i;
            if (a.total() == b.total()) {
                EXPECT_LT(a.chip, b.chip) << "row " << i;
            }
        }
        EXPECT_GT(b.total(), 0u);
    }
    EXPECT_TRUE(sawErrorTie) << "the data should have ties to check";
}

TEST_F(EventCountsTest, KeepsTheFirstLimitChips)
{
    const int64_t lastMs = kT0 + (kTicks - 1) * kStepMs;
    auto all = m_store->queryEventCounts(kT0, lastMs, 1000);
    ASSERT_TRUE(all.ok()) << all.error();
    for (size_t limit : {size_t(1), size_t(5), size_t(16), all->size(), all->size() + 1}) {
        auto some = m_store->queryEventCounts(kT0, lastMs, limit);
        ASSERT_TRUE(some.ok()) << some.error();
        ASSERT_EQ(some->size(), std::min(limit, all->size()));
        EXPECT_TRUE(std::equal(some->begin(), some->end(), all->begin())) << "limit " << limit;
    }
    auto none = m_store->queryEventCounts(kT0, lastMs, 0);
    ASSERT_TRUE(none.ok()) << none.error();
    EXPECT_TRUE(none->empty());
    auto huge = m_store->queryEventCounts(kT0, lastMs, std::numeric_limits<size_t>::max());
    ASSERT_TRUE(huge.ok()) << huge.error();
    EXPECT_EQ(*huge, *all);
}

TEST_F(EventCountsTest, EmptyRangesAndBadRanges)
{
    // Before, after and between the ticks: nothing.
    for (auto [fromMs, toMs] : {std::pair<int64_t, int64_t>{0, kT0 - 1},
                                {kT0 + kTicks * kStepMs, kT0 + 2 * kTicks * kStepMs},
                                {kT0 + 1, kT0 + kStepMs - 1}}) {
        auto got = m_store->queryEventCounts(fromMs, toMs, 100);
        ASSERT_TRUE(got.ok()) << got.error();
        EXPECT_TRUE(got->empty()) << fromMs << ".." << toMs;
    }
    auto backwards = m_store->queryEventCounts(kT0 + 10, kT0, 100);
    ASSERT_FALSE(backwards.ok());
    EXPECT_NE(backwards.error().find("ends before it starts"), std::string::npos)
        << backwards.error();
    // Negative times are just a range with nothing in it.
    auto negative = m_store->queryEventCounts(-1000, -1, 100);
    ASSERT_TRUE(negative.ok()) << negative.error();
    EXPECT_TRUE(negative->empty());
}

TEST(EventCounts, EmptyStoreAndBackOnlineOnly)
{
    TempDir dir;
    auto store = openStore(dir.file("store.db"));
    ASSERT_TRUE(store);
    auto none = store->queryEventCounts(0, std::numeric_limits<int64_t>::max(), 10);
    ASSERT_TRUE(none.ok()) << none.error();
    EXPECT_TRUE(none->empty());

    // A chip that only came back online has nothing to count.
    const Inventory inv = makeInventory(16, 1);
    FleetTick tick = makeTick(inv, kT0, 1);
    tick.events = {{3, EventKind::Online, 0}, {4, EventKind::Offline, 0}};
    ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    auto got = store->queryEventCounts(kT0, kT0, 10);
    ASSERT_TRUE(got.ok()) << got.error();
    ASSERT_EQ(got->size(), 1u);
    EXPECT_EQ((*got)[0], (ChipEventCounts{4, 0, 0, 0, 1}));
}

TEST(EventCounts, SkipsRowsWithImpossibleChips)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(16, 1);
    FleetTick tick = makeTick(inv, kT0, 1);
    tick.events = {{2, EventKind::Xid, 13}, {2, EventKind::EccDoubleBit, 0}};
    ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    {
        RawDb raw(path);
        // The impossible chips hold more errors than chip 2, so they would rank first.
        const std::string t = std::to_string(kT0);
        raw.exec("INSERT INTO chip_event(unix_ms, chip, kind, code) VALUES (" + t +
                 ", -5, 1, 0), (" + t + ", -5, 1, 0), (" + t + ", -5, 1, 0), (" + t +
                 ", 99999999999, 2, 0), (" + t + ", 99999999999, 2, 0), (" + t +
                 ", 99999999999, 2, 0), (" + t + ", 3, 77, 0)");
    }
    // A limit of one: the impossible chips are filtered before the LIMIT, so
    // they cannot take the place of a real one.
    auto got = store->queryEventCounts(kT0, kT0, 1);
    ASSERT_TRUE(got.ok()) << got.error();
    ASSERT_EQ(got->size(), 1u);
    EXPECT_EQ((*got)[0], (ChipEventCounts{2, 1, 1, 0, 0}));
}

} // namespace
} // namespace scb
