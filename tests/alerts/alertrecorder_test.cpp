// The alert log's recorder on a real store file: what a restart does to the
// alerts left open, and acknowledgements kept across it.

#include "alerts/alertrecorder.h"
#include "core/aggregates.h"
#include "sources/fleetsimulator.h"
#include "store/historystore.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>

#include <unistd.h>

namespace scb {
namespace {

constexpr uint32_t kHotChip = 5;
constexpr int64_t kT0 = 1'700'000'000'000;

class RecorderFleet : public ::testing::Test
{
protected:
    RecorderFleet()
        : m_simulator([] {
            SimulatorConfig sim;
            sim.chips = 64;
            sim.centers = 1;
            return sim;
        }())
        , m_inventory(m_simulator.inventory())
        , m_dir(std::filesystem::temp_directory_path() /
                ("scb-alertrecorder-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name()))
    {
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }
    ~RecorderFleet() override
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }

    // Starts a run of the app on the test's store file, as the pipeline does
    // (the run before, if any, has stopped).
    AlertRecorder &start()
    {
        m_recorder.reset();
        m_store.reset();
        auto store = HistoryStore::open((m_dir / "alerts.db").string());
        EXPECT_TRUE(store.ok()) << store.error();
        if (store.ok()) {
            m_store = std::move(store.value());
            EXPECT_TRUE(m_store->saveInventory(*m_inventory).ok());
        }
        m_recorder = std::make_unique<AlertRecorder>(m_store.get());
        EXPECT_TRUE(m_recorder->setInventory(*m_inventory).ok());
        return *m_recorder;
    }

    // Chip 5 at 90 °C (past the critical threshold at once), or every chip
    // cool; no other alert either.
    FleetTickPtr tick(int64_t unixMs, bool hot)
    {
        auto t = std::make_shared<FleetTick>();
        m_simulator.sample(unixMs, *t);
        t->events.clear();
        for (int32_t &temp : t->column(Metric::Temperature))
            temp = 50;
        for (int32_t &state : t->column(Metric::State))
            state = ChipState::Online;
        if (hot)
            t->column(Metric::Temperature)[kHotChip] = 90;
        return t;
    }

    // Evaluates the tick, then stores it as the pipeline does.
    void feed(int64_t unixMs, bool hot)
    {
        ASSERT_TRUE(m_store);
        const FleetTickPtr t = tick(unixMs, hot);
        const AlertRecorder::TickOutcome outcome = m_recorder->evaluate(*t);
        EXPECT_TRUE(outcome.errors.empty()) << outcome.errors.front();
        const InventoryIndex index = InventoryIndex::build(*m_inventory);
        ASSERT_TRUE(m_store->append(*t, computeAggregates(*m_inventory, index, *t)).ok());
    }

    std::optional<Alert> hotAlert(const AlertRecorder &recorder) const
    {
        for (const Alert &a : recorder.activeAlerts()) {
            if (a.kind == AlertKind::Temperature && a.chip == kHotChip)
                return a;
        }
        return std::nullopt;
    }

    std::vector<AlertRecord> log()
    {
        if (!m_store)
            return {};
        auto rows = m_store->queryAlerts(kT0 - 3'600'000, kT0 + 24 * 3'600'000, 100);
        EXPECT_TRUE(rows.ok()) << rows.error();
        return rows.ok() ? *rows : std::vector<AlertRecord>{};
    }

    // A first run: the hot chip raises its alert, which is acknowledged.
    void firstRunAcknowledgesTheHotChip()
    {
        AlertRecorder &recorder = start();
        feed(kT0, true);
        const std::optional<Alert> alert = hotAlert(recorder);
        ASSERT_TRUE(alert);
        EXPECT_EQ(alert->severity, Severity::Critical);
        ASSERT_TRUE(recorder.acknowledge(alert->id, "ops", "fan swapped", kT0 + 500).ok());
    }

    // After that first run, the app starts again and the chip is still hot.
    std::optional<Alert> hotAgainAfterARestartAt(int64_t unixMs)
    {
        firstRunAcknowledgesTheHotChip();
        start();
        feed(unixMs, true);
        return hotAlert(*m_recorder);
    }

    FleetSimulator m_simulator;
    std::shared_ptr<const Inventory> m_inventory;
    std::filesystem::path m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<AlertRecorder> m_recorder; // on m_store
};

TEST_F(RecorderFleet, AnAlertBackSoonAfterARestartTakesOverItsRowAndAcknowledgement)
{
    const std::optional<Alert> again = hotAgainAfterARestartAt(kT0 + 60'000);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->acknowledged);
    EXPECT_EQ(again->ackBy, "ops");
    EXPECT_EQ(again->ackNote, "fan swapped");
    const std::vector<AlertRecord> rows = log();
    ASSERT_EQ(rows.size(), 1u) << "the same row, not a second one";
    EXPECT_EQ(rows[0].clearedMs, 0);
}

TEST_F(RecorderFleet, AnAlertThatDoesNotComeBackIsClosedAtTheLastTickOfTheRunBefore)
{
    firstRunAcknowledgesTheHotChip();
    start();
    // Cool after a short stop: the row may still be taken over for a while.
    feed(kT0 + 60'000, false);
    std::vector<AlertRecord> rows = log();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].clearedMs, 0);
    // Still cool once the takeover window has passed: closed when last seen.
    feed(kT0 + 60'000 + 6 * 60'000, false);
    rows = log();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].clearedMs, kT0);
    EXPECT_EQ(rows[0].ackBy, "ops");
}

TEST_F(RecorderFleet, AfterALongStopTheAlertsLeftOpenAreClosedAtOnce)
{
    const std::optional<Alert> again = hotAgainAfterARestartAt(kT0 + 3'600'000);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->acknowledged) << "a new alert, not the old one back";
    const std::vector<AlertRecord> rows = log();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].clearedMs, kT0); // oldest last
    EXPECT_EQ(rows[0].clearedMs, 0);
}

TEST_F(RecorderFleet, WithoutAStoreAlertsAreEvaluatedAndAcknowledged)
{
    AlertRecorder recorder(nullptr);
    ASSERT_TRUE(recorder.setInventory(*m_inventory).ok());
    const AlertRecorder::TickOutcome outcome = recorder.evaluate(*tick(kT0, true));
    EXPECT_TRUE(outcome.changed);
    EXPECT_TRUE(outcome.errors.empty());
    const std::optional<Alert> alert = hotAlert(recorder);
    ASSERT_TRUE(alert);
    EXPECT_TRUE(recorder.acknowledge(alert->id, "ops", "", kT0 + 1).ok());
    EXPECT_FALSE(recorder.acknowledge(alert->id, "ops", "", kT0 + 2).ok()) << "acknowledged once";
    EXPECT_FALSE(recorder.evaluate(*tick(kT0 + 1'000, true)).changed);
}

} // namespace
} // namespace scb
