#include "storetestdata.h"

#include "store/historystore.h"

#include <gtest/gtest.h>

namespace scb {
namespace {

using test::RawDb;
using test::TempDir;

AlertRecord hotChip(uint32_t chip, int64_t raisedMs)
{
    AlertRecord a;
    a.kind = 1; // temperature
    a.severity = 1;
    a.center = 0;
    a.node = chip / 8;
    a.chip = chip;
    a.sinceMs = raisedMs - 60'000;
    a.raisedMs = raisedMs;
    a.value = 84;
    return a;
}

TEST(AlertLog, KeepsEachAlertsLifeAndItsAcknowledgement)
{
    TempDir dir;
    const std::string path = dir.file("alerts.db");
    constexpr int64_t kT = 1'700'000'000'000;
    int64_t id = 0;
    {
        auto store = HistoryStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        auto raised = (*store)->recordAlertRaised(hotChip(17, kT));
        ASSERT_TRUE(raised.ok()) << raised.error();
        id = raised->id;
        EXPECT_GT(id, 0);
        EXPECT_EQ(raised->ackMs, 0);
        ASSERT_TRUE((*store)->recordAlertEscalated(id, 2, kT + 5'000, 88).ok());
        ASSERT_TRUE(
            (*store)->recordAlertAcknowledged(id, "李工", "风扇已更换, checking", kT + 9'000).ok());
        // Acknowledged once: a second acknowledgement would rewrite the record.
        EXPECT_FALSE((*store)->recordAlertAcknowledged(id, "bob", "", kT + 10'000).ok());
        EXPECT_FALSE((*store)->recordAlertAcknowledged(id + 100, "bob", "", kT).ok());
    }
    // After a restart the same condition, raised again, is the same row,
    // still acknowledged.
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    auto again = (*store)->recordAlertRaised(hotChip(17, kT + 120'000));
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again->id, id);
    EXPECT_EQ(again->severity, 2);
    EXPECT_EQ(again->ackBy, "李工");
    EXPECT_EQ(again->ackNote, "风扇已更换, checking");
    EXPECT_EQ(again->ackMs, kT + 9'000);
    EXPECT_EQ(again->sinceMs, kT - 60'000);
    EXPECT_DOUBLE_EQ(again->peak, 88);

    // Another chip is another alert; once cleared, the next one is new.
    auto other = (*store)->recordAlertRaised(hotChip(18, kT + 1'000));
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other->id, id);
    ASSERT_TRUE((*store)->recordAlertCleared(id, kT + 200'000, 90).ok());
    auto fresh = (*store)->recordAlertRaised(hotChip(17, kT + 300'000));
    ASSERT_TRUE(fresh.ok());
    EXPECT_NE(fresh->id, id);
    EXPECT_EQ(fresh->ackMs, 0);

    auto history = (*store)->queryAlerts(kT - 1, kT + 1'000'000, 10);
    ASSERT_TRUE(history.ok()) << history.error();
    ASSERT_EQ(history->size(), 3u);
    EXPECT_EQ((*history)[0].id, fresh->id); // newest first
    EXPECT_EQ((*history)[2].id, id);
    EXPECT_EQ((*history)[2].clearedMs, kT + 200'000);
    EXPECT_DOUBLE_EQ((*history)[2].peak, 90);
    EXPECT_FALSE((*store)->queryAlerts(kT, kT - 1, 10).ok());

    // Retention drops cleared alerts older than a year, never open ones.
    ASSERT_TRUE((*store)->enforceRetention(kT + 366 * 86'400'000LL).ok());
    auto kept = (*store)->queryAlerts(0, kT + 1'000'000, 10);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->size(), 2u);
    RawDb raw(path);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
}

TEST(AlertLog, StaleOpenRowsAreClosedAndNotTakenOver)
{
    TempDir dir;
    auto store = HistoryStore::open(dir.file("stale.db"));
    ASSERT_TRUE(store.ok()) << store.error();
    constexpr int64_t kT = 1'700'000'000'000;
    auto old = (*store)->recordAlertRaised(hotChip(3, kT));
    ASSERT_TRUE(old.ok());
    ASSERT_TRUE((*store)->recordAlertAcknowledged(old->id, "alice", "", kT + 1'000).ok());
    auto recent = (*store)->recordAlertRaised(hotChip(4, kT + 600'000));
    ASSERT_TRUE(recent.ok());
    // A session starting at kT + 600,000: what was not seen since is closed,
    // as of the last tick before it.
    ASSERT_TRUE((*store)->closeStaleAlerts(kT + 600'000, kT + 5'000).ok());
    auto history = (*store)->queryAlerts(0, kT + 1'000'000, 10);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ((*history)[1].id, old->id);
    EXPECT_EQ((*history)[1].clearedMs, kT + 5'000);
    EXPECT_EQ((*history)[0].clearedMs, 0);
    // The old incident's acknowledgement does not pass to a new one.
    auto again = (*store)->recordAlertRaised(hotChip(3, kT + 700'000));
    ASSERT_TRUE(again.ok());
    EXPECT_NE(again->id, old->id);
    EXPECT_EQ(again->ackMs, 0);
}

TEST(AlertLog, ReadOnlyStoresRefuseToWrite)
{
    TempDir dir;
    const std::string path = dir.file("ro.db");
    {
        ASSERT_TRUE(HistoryStore::open(path).ok());
    }
    auto reader = HistoryStore::open(path, {}, true);
    ASSERT_TRUE(reader.ok()) << reader.error();
    EXPECT_FALSE((*reader)->recordAlertRaised(hotChip(1, 1'000)).ok());
    EXPECT_FALSE((*reader)->recordAlertCleared(1, 2'000, 0).ok());
    EXPECT_TRUE((*reader)->queryAlerts(0, 10'000, 5).ok());
}

} // namespace
} // namespace scb
