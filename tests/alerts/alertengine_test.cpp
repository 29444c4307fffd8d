#include "alerts/alertengine.h"
#include "sources/fleetsimulator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <random>
#include <thread>
#include <tuple>

namespace scb {
namespace {

constexpr int32_t kOnline = ChipState::Online;
constexpr int32_t kCoolC = 60;

// `centers` centers of `nodesPerCenter` nodes of `chipsPerNode` chips.
Inventory
makeFleet(uint32_t centers, uint32_t nodesPerCenter, uint32_t chipsPerNode, uint64_t version = 1)
{
    Inventory inv;
    inv.version = version;
    inv.source = "alert test fleet";
    inv.models.push_back({"Model A", "Vendor A", 81920, 700});
    uint32_t chip = 0;
    for (uint32_t c = 0; c < centers; ++c) {
        inv.centers.push_back({"Center " + std::to_string(c), "Gui'an"});
        for (uint32_t n = 0; n < nodesPerCenter; ++n) {
            Node node;
            node.name = "node-" + std::to_string(inv.nodes.size());
            node.center = c;
            node.rack = n / 4;
            node.firstChip = chip;
            node.chipCount = chipsPerNode;
            inv.nodes.push_back(node);
            chip += chipsPerNode;
        }
    }
    for (uint32_t i = 0; i < chip; ++i) {
        Uuid uuid{};
        uuid[0] = uint8_t(i);
        uuid[1] = uint8_t(i >> 8);
        uuid[15] = 0x42;
        inv.chipUuids.push_back(uuid);
    }
    return inv;
}

// An engine on a small fleet, fed one tick per step. Every chip starts online,
// cool and reporting; tests change the columns between steps.
class Fleet
{
public:
    explicit Fleet(const AlertRules &rules = {},
                   uint32_t centers = 1,
                   uint32_t nodesPerCenter = 2,
                   uint32_t chipsPerNode = 4)
        : inventory(makeFleet(centers, nodesPerCenter, chipsPerNode))
    {
        const Status rulesOk = engine.setRules(rules);
        EXPECT_TRUE(rulesOk.ok()) << rulesOk.message();
        const Status inventoryOk = engine.setInventory(inventory);
        EXPECT_TRUE(inventoryOk.ok()) << inventoryOk.message();
        tick.inventoryVersion = inventory.version;
        tick.resize(inventory.chipCount());
        for (uint32_t chip = 0; chip < inventory.chipCount(); ++chip)
            setHealthy(chip);
    }

    void setHealthy(uint32_t chip)
    {
        tick.column(Metric::Utilization)[chip] = 50;
        tick.column(Metric::MemoryUsed)[chip] = 4096;
        tick.column(Metric::Power)[chip] = 300;
        tick.column(Metric::Temperature)[chip] = kCoolC;
        tick.column(Metric::State)[chip] = kOnline;
    }
    void setTemp(uint32_t chip, int32_t c) { tick.column(Metric::Temperature)[chip] = c; }
    void setState(uint32_t chip, int32_t s) { tick.column(Metric::State)[chip] = s; }
    void setSilent(uint32_t chip)
    {
        for (auto &column : tick.columns)
            column[chip] = kNoData;
    }
    void event(uint32_t chip, EventKind kind, uint32_t code = 0)
    {
        tick.events.push_back({chip, kind, code});
    }

    // One tick `ms` after the previous one; events are sent once.
    AlertUpdate step(int64_t ms = 1000)
    {
        nowMs += ms;
        tick.unixMs = nowMs;
        AlertUpdate update = engine.evaluate(tick);
        tick.events.clear();
        for (const Alert &a : update.raised)
            raised.push_back(a);
        for (const Alert &a : update.escalated)
            escalated.push_back(a);
        for (const Alert &a : update.cleared)
            cleared.push_back(a);
        return update;
    }
    // `seconds` ticks, one a second.
    void run(int seconds)
    {
        for (int i = 0; i < seconds; ++i)
            step();
    }

    std::vector<Alert> active(AlertKind kind) const
    {
        std::vector<Alert> out;
        for (const Alert &a : engine.activeAlerts()) {
            if (a.kind == kind)
                out.push_back(a);
        }
        return out;
    }
    size_t raisedOf(AlertKind kind) const
    {
        return size_t(std::count_if(raised.begin(), raised.end(),
                                    [&](const Alert &a) { return a.kind == kind; }));
    }
    size_t clearedOf(AlertKind kind) const
    {
        return size_t(std::count_if(cleared.begin(), cleared.end(),
                                    [&](const Alert &a) { return a.kind == kind; }));
    }

    Inventory inventory;
    AlertEngine engine;
    FleetTick tick;
    int64_t nowMs = 1'710'000'000'000;
    std::vector<Alert> raised;
    std::vector<Alert> escalated;
    std::vector<Alert> cleared;
};

// --- temperature ------------------------------------------------------------------

TEST(TemperatureAlert, WarningAfterSixtySecondsAtOrAboveEightyThree)
{
    Fleet f;
    f.setTemp(2, 83);
    f.step(); // the first hot sample: the run begins here
    const int64_t onsetMs = f.nowMs;
    f.run(59); // 59 s after the onset: not yet
    EXPECT_EQ(f.raisedOf(AlertKind::Temperature), 0u);
    const AlertUpdate update = f.step(); // 60 s
    ASSERT_EQ(update.raised.size(), 1u);
    const Alert &a = update.raised[0];
    EXPECT_EQ(a.kind, AlertKind::Temperature);
    EXPECT_EQ(a.severity, Severity::Warning);
    EXPECT_EQ(a.chip, 2u);
    EXPECT_EQ(a.node, 0u);
    EXPECT_EQ(a.center, 0u);
    EXPECT_EQ(a.sinceMs, onsetMs);
    EXPECT_EQ(a.raisedMs, f.nowMs);
    EXPECT_EQ(a.clearedMs, 0);
    EXPECT_DOUBLE_EQ(a.value, 83);
    EXPECT_STREQ(a.actionKey, "alert.temperature");
    EXPECT_STREQ(a.action, alertKindAction(AlertKind::Temperature));
    EXPECT_FALSE(a.acknowledged);
    EXPECT_NE(a.id, 0u);
    ASSERT_EQ(f.active(AlertKind::Temperature).size(), 1u);

    // The value follows the chip while the alert is open; the peak stays.
    f.setTemp(2, 86);
    f.step();
    f.setTemp(2, 84);
    f.step();
    const Alert now = f.active(AlertKind::Temperature).at(0);
    EXPECT_DOUBLE_EQ(now.value, 84);
    EXPECT_DOUBLE_EQ(now.peak, 86);
    EXPECT_EQ(now.lastMs, f.nowMs);
    EXPECT_EQ(f.raised.size(), 1u);
}

TEST(TemperatureAlert, A82DegreeSampleRestartsTheWarningRun)
{
    Fleet f;
    f.setTemp(0, 85);
    f.run(50);
    f.setTemp(0, 82);
    f.step();
    f.setTemp(0, 85);
    f.run(60); // 59 s since the new onset
    EXPECT_EQ(f.raisedOf(AlertKind::Temperature), 0u);
    f.step();
    EXPECT_EQ(f.raisedOf(AlertKind::Temperature), 1u);
}

TEST(TemperatureAlert, CriticalAtOnceFromEightySeven)
{
    Fleet f;
    f.setTemp(5, 87);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.raised.size(), 1u);
    EXPECT_EQ(update.raised[0].severity, Severity::Critical);
    EXPECT_EQ(update.raised[0].chip, 5u);
    EXPECT_EQ(update.raised[0].node, 1u);
    EXPECT_EQ(update.raised[0].sinceMs, f.nowMs);
    EXPECT_TRUE(update.escalated.empty());
}

TEST(TemperatureAlert, WarningEscalatesToCriticalOnceAndNeverStepsDown)
{
    Fleet f;
    f.setTemp(1, 84);
    f.run(61);
    ASSERT_EQ(f.raised.size(), 1u);
    const uint64_t id = f.raised[0].id;
    f.setTemp(1, 88);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.escalated.size(), 1u);
    EXPECT_EQ(update.escalated[0].id, id);
    EXPECT_EQ(update.escalated[0].severity, Severity::Critical);
    EXPECT_EQ(update.escalated[0].escalatedMs, f.nowMs);
    EXPECT_TRUE(update.raised.empty());
    f.run(10);
    f.setTemp(1, 84); // below critical, still hot: stays critical
    f.run(120);
    EXPECT_EQ(f.escalated.size(), 1u);
    EXPECT_EQ(f.raised.size(), 1u);
    const auto open = f.active(AlertKind::Temperature);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].id, id);
    EXPECT_EQ(open[0].severity, Severity::Critical);
    EXPECT_DOUBLE_EQ(open[0].peak, 88);
}

TEST(TemperatureAlert, ClearsOnlyAfterThirtySecondsBelowEighty)
{
    Fleet f;
    f.setTemp(3, 87);
    f.step();
    ASSERT_EQ(f.active(AlertKind::Temperature).size(), 1u);
    // 80..82 is below the threshold but within the hysteresis: stays open.
    for (int32_t c : {82, 81, 80, 80, 81, 82}) {
        f.setTemp(3, c);
        f.run(20);
    }
    EXPECT_EQ(f.active(AlertKind::Temperature).size(), 1u);
    // 29 s below 80, then 80 again: the clearing hold starts over.
    f.setTemp(3, 79);
    f.run(29);
    f.setTemp(3, 80);
    f.step();
    EXPECT_EQ(f.clearedOf(AlertKind::Temperature), 0u);
    f.setTemp(3, 70);
    f.step(); // the cool run starts
    const int64_t coolFromMs = f.nowMs;
    f.run(29);
    EXPECT_EQ(f.clearedOf(AlertKind::Temperature), 0u);
    const AlertUpdate update = f.step(); // 30 s below 80
    ASSERT_EQ(update.cleared.size(), 1u);
    EXPECT_EQ(update.cleared[0].clearedMs, coolFromMs + 30'000);
    EXPECT_EQ(update.cleared[0].kind, AlertKind::Temperature);
    EXPECT_TRUE(f.engine.activeAlerts().empty());
}

TEST(TemperatureAlert, NoFlappingAroundTheThreshold)
{
    Fleet f;
    // Dancing 82/83 never holds >= 83 for a minute: no alert at all.
    for (int i = 0; i < 600; ++i) {
        f.setTemp(0, i % 2 ? 83 : 82);
        f.step();
    }
    EXPECT_EQ(f.raised.size(), 0u);

    // Once raised, dancing 81..85 around the threshold for ten minutes keeps
    // the one alert open: no clear, no second raise.
    f.setTemp(0, 84);
    f.run(60);
    ASSERT_EQ(f.raised.size(), 1u);
    std::mt19937 rng(7);
    for (int i = 0; i < 600; ++i) {
        f.setTemp(0, 81 + int32_t(rng() % 5));
        f.step();
    }
    EXPECT_EQ(f.raised.size(), 1u);
    EXPECT_EQ(f.cleared.size(), 0u);
    // Dipping below the clearing level for less than the hold, again and
    // again, does not clear either.
    for (int i = 0; i < 20; ++i) {
        f.setTemp(0, 75);
        f.run(20);
        f.setTemp(0, 81);
        f.step();
    }
    EXPECT_EQ(f.cleared.size(), 0u);
    EXPECT_EQ(f.raised.size(), 1u);
}

TEST(TemperatureAlert, MissingSamplesNeitherResetNorClear)
{
    Fleet f;
    f.setTemp(0, 85);
    f.run(30);
    f.setTemp(0, kNoData);
    f.run(20);
    f.setTemp(0, 85);
    f.run(10); // 59 s since the onset
    EXPECT_EQ(f.raised.size(), 0u);
    f.step();
    ASSERT_EQ(f.raised.size(), 1u);

    // An open alert stays open while the chip sends nothing, and absurd
    // values count as nothing.
    f.setTemp(0, kNoData);
    f.run(300);
    f.setTemp(0, 400);
    f.run(60);
    EXPECT_EQ(f.active(AlertKind::Temperature).size(), 1u);
    EXPECT_DOUBLE_EQ(f.active(AlertKind::Temperature)[0].value, 85);
    EXPECT_EQ(f.cleared.size(), 0u);
}

TEST(TemperatureAlert, EditedThresholdsApplyFromTheNextTick)
{
    AlertRules rules;
    rules.tempWarnC = 75;
    rules.tempWarnForMs = 10'000;
    rules.tempCritC = 95;
    rules.tempHysteresisC = 5;
    rules.tempClearForMs = 5'000;
    Fleet f(rules);
    f.setTemp(4, 90);
    f.run(9);
    EXPECT_EQ(f.raised.size(), 0u);
    f.run(2);
    ASSERT_EQ(f.raised.size(), 1u);
    EXPECT_EQ(f.raised[0].severity, Severity::Warning);
    f.setTemp(4, 71); // within 5 °C of 75
    f.run(60);
    EXPECT_EQ(f.cleared.size(), 0u);
    f.setTemp(4, 69);
    f.run(6);
    EXPECT_EQ(f.cleared.size(), 1u);

    rules.tempCritC = 89;
    ASSERT_TRUE(f.engine.setRules(rules).ok());
    f.setTemp(4, 90);
    f.step();
    ASSERT_EQ(f.raised.size(), 2u);
    EXPECT_EQ(f.raised[1].severity, Severity::Critical);
}

// --- XID --------------------------------------------------------------------------

TEST(XidAlert, EveryNewEventRaisesWithTheCatalogAction)
{
    Fleet f;
    f.event(6, EventKind::Xid, 13);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.raised.size(), 1u);
    const Alert &a = update.raised[0];
    EXPECT_EQ(a.kind, AlertKind::Xid);
    EXPECT_EQ(a.severity, Severity::Warning);
    EXPECT_EQ(a.chip, 6u);
    EXPECT_EQ(a.node, 1u);
    EXPECT_EQ(a.code, 13u);
    EXPECT_DOUBLE_EQ(a.value, 13);
    EXPECT_EQ(a.count, 1u);
    EXPECT_EQ(a.sinceMs, f.nowMs);
    EXPECT_STREQ(a.actionKey, "xid.13");
    EXPECT_STREQ(a.action, xidInfo(13).action);

    // XID alerts do not clear by themselves.
    f.run(3600);
    EXPECT_EQ(f.active(AlertKind::Xid).size(), 1u);
}

TEST(XidAlert, CodesFortySixFortyEightSeventyNineAreCritical)
{
    Fleet f;
    for (uint32_t code : {46u, 48u, 79u, 31u, 43u, 74u, 94u, 12345u})
        f.event(code % 8, EventKind::Xid, code);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.raised.size(), 8u);
    std::map<uint32_t, Alert> byCode;
    for (const Alert &a : update.raised)
        byCode[a.code] = a;
    for (uint32_t code : {46u, 48u, 79u})
        EXPECT_EQ(byCode.at(code).severity, Severity::Critical) << code;
    for (uint32_t code : {31u, 43u, 74u, 94u, 12345u})
        EXPECT_EQ(byCode.at(code).severity, Severity::Warning) << code;
    EXPECT_STREQ(byCode.at(79).actionKey, "xid.79");
    EXPECT_STREQ(byCode.at(79).action, xidInfo(79).action);
    EXPECT_NE(std::string(byCode.at(79).action).find("Drain the node"), std::string::npos);
    EXPECT_STREQ(byCode.at(12345).actionKey, "xid.unknown");
    EXPECT_STREQ(byCode.at(12345).action, xidInfo(0).action);
}

TEST(XidAlert, CriticalCodesAreEditable)
{
    AlertRules rules;
    rules.criticalXidCodes = {13};
    Fleet f(rules);
    f.event(0, EventKind::Xid, 13);
    f.event(1, EventKind::Xid, 79);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.raised.size(), 2u);
    EXPECT_EQ(update.raised[0].severity, Severity::Critical);
    EXPECT_EQ(update.raised[1].severity, Severity::Warning);
}

TEST(XidAlert, RepeatsCountOnTheOpenAlertAndAcknowledgingClearsIt)
{
    Fleet f;
    f.event(2, EventKind::Xid, 31);
    f.step();
    const int64_t firstMs = f.nowMs;
    f.event(2, EventKind::Xid, 31);
    f.event(2, EventKind::Xid, 31);
    f.event(2, EventKind::Xid, 43); // another code: its own alert
    f.step();
    ASSERT_EQ(f.raised.size(), 2u);
    auto open = f.active(AlertKind::Xid);
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].code, 31u);
    EXPECT_EQ(open[0].count, 3u);
    EXPECT_EQ(open[0].sinceMs, firstMs);
    EXPECT_EQ(open[0].lastMs, f.nowMs);
    EXPECT_EQ(open[1].code, 43u);

    const uint64_t id = open[0].id;
    f.step(60'000);
    const int64_t ackMs = f.nowMs + 500;
    ASSERT_TRUE(f.engine.acknowledge(id, "li.wei", "driver reloaded", ackMs).ok());
    EXPECT_EQ(f.active(AlertKind::Xid).size(), 1u);
    EXPECT_FALSE(f.engine.activeAlert(id).has_value());
    // Reported as cleared by the next evaluate, with the acknowledgement.
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.cleared.size(), 1u);
    EXPECT_EQ(update.cleared[0].id, id);
    EXPECT_EQ(update.cleared[0].clearedMs, ackMs);
    EXPECT_TRUE(update.cleared[0].acknowledged);
    EXPECT_EQ(update.cleared[0].ackBy, "li.wei");
    EXPECT_EQ(update.cleared[0].ackNote, "driver reloaded");
    EXPECT_EQ(update.cleared[0].ackMs, ackMs);
    EXPECT_TRUE(f.step().cleared.empty()); // once

    // The same code again is news: a new alert.
    f.event(2, EventKind::Xid, 31);
    const AlertUpdate again = f.step();
    ASSERT_EQ(again.raised.size(), 1u);
    EXPECT_NE(again.raised[0].id, id);
    EXPECT_EQ(again.raised[0].count, 1u);
}

// --- ECC, health ---------------------------------------------------------------

TEST(EccAlert, DoubleBitEventRaisesCriticalAndClearsAfterTheHold)
{
    Fleet f;
    f.event(7, EventKind::EccDoubleBit, 48);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.raised.size(), 1u);
    EXPECT_EQ(update.raised[0].kind, AlertKind::EccDoubleBit);
    EXPECT_EQ(update.raised[0].severity, Severity::Critical);
    EXPECT_EQ(update.raised[0].chip, 7u);
    EXPECT_EQ(update.raised[0].count, 1u);
    f.run(30); // the state never showed the bit: gone since the next tick
    EXPECT_EQ(f.clearedOf(AlertKind::EccDoubleBit), 0u);
    f.step();
    EXPECT_EQ(f.clearedOf(AlertKind::EccDoubleBit), 1u);
}

TEST(EccAlert, StateBitHoldsTheAlertOpen)
{
    Fleet f;
    f.setState(1, kOnline | ChipState::EccError);
    f.step();
    ASSERT_EQ(f.raised.size(), 1u);
    EXPECT_EQ(f.raised[0].kind, AlertKind::EccDoubleBit);
    EXPECT_EQ(f.raised[0].count, 0u);
    f.event(1, EventKind::EccDoubleBit, 48);
    f.run(600);
    EXPECT_EQ(f.active(AlertKind::EccDoubleBit).at(0).count, 1u);
    f.setState(1, kOnline);
    f.run(29);
    f.setState(1, kNoData); // unknown: neither holds nor ends the clearing run
    f.step();
    EXPECT_EQ(f.clearedOf(AlertKind::EccDoubleBit), 0u);
    f.setState(1, kOnline);
    f.step();
    EXPECT_EQ(f.clearedOf(AlertKind::EccDoubleBit), 1u);
    EXPECT_EQ(f.raised.size(), 1u);
}

TEST(HealthAlert, CriticalWhileTheBitIsSetPlusTheHold)
{
    Fleet f;
    f.setState(4, kOnline | ChipState::HealthFault);
    f.step();
    ASSERT_EQ(f.raised.size(), 1u);
    EXPECT_EQ(f.raised[0].kind, AlertKind::HealthFault);
    EXPECT_EQ(f.raised[0].severity, Severity::Critical);
    EXPECT_STREQ(f.raised[0].actionKey, "alert.health_fault");
    f.run(3600);
    // A fault that flickers off for less than the hold is the same alert.
    for (int i = 0; i < 10; ++i) {
        f.setState(4, kOnline);
        f.run(20);
        f.setState(4, kOnline | ChipState::HealthFault);
        f.step();
    }
    EXPECT_EQ(f.raised.size(), 1u);
    EXPECT_EQ(f.cleared.size(), 0u);
    f.setState(4, kOnline);
    f.run(30);
    EXPECT_EQ(f.cleared.size(), 0u);
    f.step();
    ASSERT_EQ(f.cleared.size(), 1u);
    EXPECT_EQ(f.cleared[0].kind, AlertKind::HealthFault);
}

// --- offline, node silent --------------------------------------------------------

TEST(OfflineAlert, WarningAfterSixtySecondsClearsWhenOnline)
{
    Fleet f;
    // What the simulator sends for an offline chip: state 0, no values.
    f.setSilent(3);
    f.setState(3, 0);
    f.event(3, EventKind::Offline);
    f.step();
    const int64_t onsetMs = f.nowMs;
    f.run(59);
    EXPECT_EQ(f.raised.size(), 0u);
    f.step();
    ASSERT_EQ(f.raised.size(), 1u);
    EXPECT_EQ(f.raised[0].kind, AlertKind::Offline);
    EXPECT_EQ(f.raised[0].severity, Severity::Warning);
    EXPECT_EQ(f.raised[0].sinceMs, onsetMs);
    EXPECT_DOUBLE_EQ(f.raised[0].value, 60);
    f.run(40);
    EXPECT_DOUBLE_EQ(f.active(AlertKind::Offline).at(0).value, 100);
    EXPECT_EQ(f.raisedOf(AlertKind::NodeSilent), 0u); // the state arrives: not silent

    f.setHealthy(3);
    f.event(3, EventKind::Online);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.cleared.size(), 1u);
    EXPECT_EQ(update.cleared[0].kind, AlertKind::Offline);
    EXPECT_EQ(update.cleared[0].clearedMs, f.nowMs);
}

TEST(OfflineAlert, ShortOutagesRaiseNothing)
{
    Fleet f;
    for (int i = 0; i < 10; ++i) {
        f.setState(0, 0);
        f.run(59);
        f.setState(0, kOnline);
        f.step();
    }
    EXPECT_TRUE(f.raised.empty());
}

TEST(OfflineAlert, AnEventSpeaksForAChipWithoutState)
{
    Fleet f;
    f.setSilent(5);
    f.event(5, EventKind::Offline);
    f.step();
    f.run(60);
    EXPECT_EQ(f.raisedOf(AlertKind::Offline), 1u);
    f.event(5, EventKind::Online); // still no state: the event ends it
    f.step();
    EXPECT_EQ(f.clearedOf(AlertKind::Offline), 1u);

    // The state wins over a contradicting event.
    f.setHealthy(5);
    f.event(5, EventKind::Offline);
    f.run(120);
    EXPECT_EQ(f.raisedOf(AlertKind::Offline), 1u);
}

TEST(NodeSilentAlert, OneCriticalAlertPerNodeAfterThirtySeconds)
{
    Fleet f({}, 2, 2, 4);                      // nodes 0, 1 in center 0; 2, 3 in center 1
    for (uint32_t chip = 8; chip < 12; ++chip) // node 2
        f.setSilent(chip);
    f.step();
    const int64_t onsetMs = f.nowMs;
    f.run(29);
    EXPECT_TRUE(f.raised.empty());
    f.step();
    ASSERT_EQ(f.raised.size(), 1u);
    const Alert a = f.raised[0];
    EXPECT_EQ(a.kind, AlertKind::NodeSilent);
    EXPECT_EQ(a.severity, Severity::Critical);
    EXPECT_EQ(a.chip, kNoChip);
    EXPECT_EQ(a.node, 2u);
    EXPECT_EQ(a.center, 1u);
    EXPECT_EQ(a.sinceMs, onsetMs);
    EXPECT_DOUBLE_EQ(a.value, 30);
    f.run(600);
    EXPECT_EQ(f.raised.size(), 1u); // no per-chip alerts, no repeats

    // One value from one chip is a sign of life.
    f.tick.column(Metric::Power)[10] = 250;
    f.step();
    ASSERT_EQ(f.cleared.size(), 1u);
    EXPECT_EQ(f.cleared[0].id, a.id);
}

TEST(NodeSilentAlert, PartlySilentNodeIsNotSilent)
{
    Fleet f;
    for (uint32_t chip = 0; chip < 3; ++chip)
        f.setSilent(chip);
    f.tick.column(Metric::State)[3] = kNoData;
    f.tick.column(Metric::Temperature)[3] = kNoData; // chip 3 still sends utilization
    f.run(120);
    EXPECT_EQ(f.raisedOf(AlertKind::NodeSilent), 0u);
}

// --- maintenance -----------------------------------------------------------------

TEST(Maintenance, NoTemperatureOrOfflineAlertsAndOpenOnesClear)
{
    Fleet f;
    f.setState(0, ChipState::Maintenance); // drained: not Online
    f.setTemp(0, 95);
    f.run(600);
    EXPECT_TRUE(f.raised.empty());

    f.setState(1, kOnline);
    f.setTemp(1, 90);
    f.step();
    ASSERT_EQ(f.raised.size(), 1u);
    f.setState(1, ChipState::Maintenance);
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.cleared.size(), 1u);
    EXPECT_EQ(update.cleared[0].kind, AlertKind::Temperature);
    f.run(120);
    EXPECT_EQ(f.raised.size(), 1u);

    // Faults still count in maintenance.
    f.setState(1, ChipState::Maintenance | ChipState::HealthFault);
    f.step();
    EXPECT_EQ(f.raisedOf(AlertKind::HealthFault), 1u);
}

// --- acknowledge -------------------------------------------------------------------

TEST(Acknowledge, RefusesUnknownIdsAndBadInput)
{
    Fleet f;
    EXPECT_FALSE(f.engine.acknowledge(1, "op", "", f.nowMs).ok());
    EXPECT_FALSE(f.engine.acknowledge(0, "op", "", f.nowMs).ok());
    f.setTemp(0, 90);
    f.step();
    ASSERT_EQ(f.raised.size(), 1u);
    const uint64_t id = f.raised[0].id;
    const Status unknown = f.engine.acknowledge(id + 1, "op", "", f.nowMs);
    EXPECT_FALSE(unknown.ok());
    EXPECT_NE(unknown.message().find(std::to_string(id + 1)), std::string::npos);
    EXPECT_FALSE(f.engine.acknowledge(id, "", "note", f.nowMs).ok());
    EXPECT_FALSE(
        f.engine.acknowledge(id, std::string(AlertEngine::kMaxAckNameBytes + 1, 'x'), "", f.nowMs)
            .ok());
    EXPECT_FALSE(
        f.engine.acknowledge(id, "op", std::string(AlertEngine::kMaxAckNoteBytes + 1, 'x'), f.nowMs)
            .ok());
    EXPECT_FALSE(f.engine.activeAlert(id)->acknowledged);
}

TEST(Acknowledge, ConditionAlertStaysOpenWithTheAcknowledgementUntilItClears)
{
    Fleet f;
    f.setTemp(0, 90);
    f.step();
    const uint64_t id = f.raised.at(0).id;
    const int64_t ackMs = f.nowMs + 250;
    ASSERT_TRUE(f.engine.acknowledge(id, "zhang.min", "fan replaced, watching", ackMs).ok());
    const Status twice = f.engine.acknowledge(id, "other", "", ackMs + 1);
    EXPECT_FALSE(twice.ok());
    EXPECT_NE(twice.message().find("zhang.min"), std::string::npos) << twice.message();

    f.run(100);
    const auto open = f.engine.activeAlert(id);
    ASSERT_TRUE(open.has_value());
    EXPECT_TRUE(open->acknowledged);
    EXPECT_EQ(open->ackBy, "zhang.min");
    EXPECT_EQ(open->ackNote, "fan replaced, watching");
    EXPECT_EQ(open->ackMs, ackMs);

    f.setTemp(0, kCoolC);
    f.run(31);
    ASSERT_EQ(f.cleared.size(), 1u);
    EXPECT_TRUE(f.cleared[0].acknowledged);
    EXPECT_EQ(f.cleared[0].ackBy, "zhang.min");
    // A new alert on the same chip starts unacknowledged (its slot is reused).
    f.setTemp(0, 90);
    f.step();
    ASSERT_EQ(f.raised.size(), 2u);
    EXPECT_FALSE(f.raised[1].acknowledged);
    EXPECT_TRUE(f.raised[1].ackBy.empty());
    EXPECT_TRUE(f.raised[1].ackNote.empty());
    EXPECT_EQ(f.raised[1].ackMs, 0);
}

// --- inventory, hostile input, limits ---------------------------------------------

TEST(AlertEngineInventory, NewVersionResetsAndReportsOpenAlertsCleared)
{
    Fleet f;
    f.setTemp(0, 90);
    f.event(1, EventKind::Xid, 79);
    f.step();
    ASSERT_EQ(f.engine.activeCount(), 2u);

    // The same version again changes nothing.
    ASSERT_TRUE(f.engine.setInventory(f.inventory).ok());
    EXPECT_EQ(f.engine.activeCount(), 2u);
    EXPECT_TRUE(f.step().cleared.empty());

    Inventory next = makeFleet(1, 3, 4, 2);
    ASSERT_TRUE(f.engine.setInventory(next).ok());
    EXPECT_EQ(f.engine.activeCount(), 0u);
    // Ticks of the old inventory are ignored, the open alerts reported cleared.
    const AlertUpdate update = f.step();
    EXPECT_EQ(update.cleared.size(), 2u);
    EXPECT_TRUE(update.raised.empty());
    EXPECT_EQ(f.engine.counters().ticksMismatched, 1u);

    f.inventory = next;
    f.tick.inventoryVersion = 2;
    f.tick.resize(next.chipCount());
    for (uint32_t chip = 0; chip < next.chipCount(); ++chip)
        f.setHealthy(chip);
    f.setTemp(11, 90);
    const AlertUpdate fresh = f.step();
    ASSERT_EQ(fresh.raised.size(), 1u);
    EXPECT_EQ(fresh.raised[0].chip, 11u);
    EXPECT_EQ(fresh.raised[0].node, 2u);
    EXPECT_TRUE(fresh.cleared.empty());
}

TEST(AlertEngineInventory, InvalidInventoryIsRefusedAndTicksIgnored)
{
    Fleet f;
    f.setTemp(0, 95);
    f.step();
    Inventory broken = makeFleet(1, 2, 4, 7);
    broken.nodes[1].firstChip = 5; // a gap
    EXPECT_FALSE(f.engine.setInventory(broken).ok());
    const AlertUpdate update = f.step();
    EXPECT_EQ(update.cleared.size(), 1u);
    EXPECT_TRUE(update.raised.empty());
    EXPECT_EQ(f.engine.counters().ticksMismatched, 1u);

    AlertEngine empty;
    FleetTick tick = f.tick;
    tick.unixMs = 1;
    EXPECT_TRUE(empty.evaluate(tick).empty());
    EXPECT_EQ(empty.counters().ticksMismatched, 1u);
}

TEST(AlertEngineHostileInput, IsIgnoredAndCounted)
{
    Fleet f;
    // Wrong chip count, in all columns or in one.
    FleetTick wrong = f.tick;
    wrong.resize(5, 99);
    wrong.unixMs = f.nowMs + 1;
    EXPECT_TRUE(f.engine.evaluate(wrong).empty());
    wrong = f.tick;
    wrong.column(Metric::Temperature).push_back(99);
    wrong.unixMs = f.nowMs + 1;
    EXPECT_TRUE(f.engine.evaluate(wrong).empty());
    EXPECT_EQ(f.engine.counters().ticksMismatched, 2u);

    // Events out of range or of no known kind.
    f.event(8, EventKind::Xid, 79);
    f.event(0xffffffffu, EventKind::EccDoubleBit, 48);
    f.event(0, static_cast<EventKind>(0));
    f.event(0, static_cast<EventKind>(200), 79);
    f.event(1, EventKind::Throttle); // known, no rule: not counted
    // Values out of range: absurd temperatures and state bits are no data.
    f.setTemp(2, 1000);
    f.setState(3, 64);
    f.setState(4, -63); // negative: its low bits look like "online only"
    f.setTemp(4, 200);
    f.setState(5, std::numeric_limits<int32_t>::min());
    f.tick.column(Metric::Utilization)[6] = -7;
    f.run(120);
    EXPECT_TRUE(f.raised.empty());
    EXPECT_EQ(f.engine.counters().eventsIgnored, 4u);

    // Timestamps that do not move forward.
    const int64_t last = f.nowMs;
    f.setTemp(0, 99);
    EXPECT_TRUE(f.step(0).empty());
    EXPECT_TRUE(f.step(-5000).empty());
    f.nowMs = 0;
    EXPECT_TRUE(f.step(0).empty());
    EXPECT_EQ(f.engine.counters().ticksOutOfOrder, 3u);
    f.nowMs = last;
    EXPECT_EQ(f.step().raised.size(), 1u);
    EXPECT_EQ(f.engine.counters().ticksEvaluated, 121u);
}

TEST(AlertEngineHostileInput, OpenAlertsAreCapped)
{
    AlertRules rules;
    rules.maxActiveAlerts = 3;
    Fleet f(rules);
    for (uint32_t code = 1; code <= 10; ++code)
        f.event(0, EventKind::Xid, code);
    f.step();
    EXPECT_EQ(f.engine.activeCount(), 3u);
    EXPECT_EQ(f.engine.counters().raisesRefused, 7u);
    // A refused condition is retried once there is room.
    f.setTemp(5, 90);
    f.step();
    EXPECT_EQ(f.engine.counters().raisesRefused, 8u);
    ASSERT_TRUE(f.engine.acknowledge(f.raised[0].id, "op", "", f.nowMs).ok());
    const AlertUpdate update = f.step();
    ASSERT_EQ(update.raised.size(), 1u);
    EXPECT_EQ(update.raised[0].kind, AlertKind::Temperature);
    EXPECT_EQ(f.engine.activeCount(), 3u);
}

TEST(AlertEngineRules, InvalidRulesAreRefusedAndSwitchedOffRulesClear)
{
    Fleet f;
    AlertRules bad;
    bad.tempWarnC = 90;
    EXPECT_FALSE(f.engine.setRules(bad).ok());
    EXPECT_EQ(f.engine.rules(), AlertRules{});

    f.setTemp(0, 90);
    f.setState(1, kOnline | ChipState::HealthFault);
    f.setState(2, kOnline | ChipState::EccError);
    f.setState(3, 0);
    f.event(4, EventKind::Xid, 13);
    for (uint32_t chip = 4; chip < 8; ++chip)
        f.setSilent(chip);
    f.run(61);
    ASSERT_EQ(f.engine.activeCount(), 6u);

    AlertRules off;
    off.temperatureEnabled = false;
    off.xidEnabled = false;
    off.eccEnabled = false;
    off.healthEnabled = false;
    off.offlineEnabled = false;
    off.nodeSilentEnabled = false;
    ASSERT_TRUE(f.engine.setRules(off).ok());
    EXPECT_EQ(f.engine.activeCount(), 6u); // until the next tick
    const AlertUpdate update = f.step();
    EXPECT_EQ(update.cleared.size(), 6u);
    EXPECT_EQ(f.engine.activeCount(), 0u);
    f.event(4, EventKind::Xid, 79);
    f.run(120);
    EXPECT_EQ(f.engine.activeCount(), 0u);

    // Switched on again, the conditions start over.
    ASSERT_TRUE(f.engine.setRules({}).ok());
    f.step();
    EXPECT_EQ(f.engine.activeCount(), 3u); // temperature (87+ at once), health, ECC
    f.run(60);
    EXPECT_EQ(f.engine.activeCount(), 5u); // offline, node silent
}

// --- against a plain reference, on random input -------------------------------------

// The rules as documented, written the plain way: every chip every tick, maps
// instead of slots, no fast path.
class ReferenceRules
{
public:
    using Key = std::tuple<AlertKind, uint32_t>; // chip, or node for NodeSilent
    struct Open
    {
        Severity severity;
        int64_t sinceMs;
    };

    ReferenceRules(const AlertRules &rules, const Inventory &inv)
        : r(rules)
        , inv(inv)
        , chips(inv.chipCount())
        , nodes(inv.nodes.size())
    {
    }

    void evaluate(const FleetTick &t)
    {
        const int64_t now = t.unixMs;
        std::vector<int> offlineEvent(inv.chipCount(), 0); // +1 offline, -1 online, last wins
        std::vector<bool> eccEvent(inv.chipCount(), false);
        for (const ChipEvent &e : t.events) {
            if (e.chip >= inv.chipCount())
                continue;
            if (e.kind == EventKind::Xid) {
                const Key key{AlertKind::Xid, e.chip * 1000 + e.code};
                if (!open.count(key))
                    open[key] = {r.isCriticalXid(e.code) ? Severity::Critical : Severity::Warning,
                                 now};
            } else if (e.kind == EventKind::EccDoubleBit) {
                eccEvent[e.chip] = true;
            } else if (e.kind == EventKind::Offline) {
                offlineEvent[e.chip] = 1;
            } else if (e.kind == EventKind::Online) {
                offlineEvent[e.chip] = -1;
            }
        }
        for (uint32_t n = 0; n < inv.nodes.size(); ++n) {
            const Node &node = inv.nodes[n];
            bool silent = true;
            for (uint32_t c = node.firstChip; c < node.firstChip + node.chipCount; ++c) {
                for (const auto &column : t.columns)
                    silent = silent && column[c] == kNoData;
                chip(c, t, offlineEvent[c], eccEvent[c], now);
            }
            NodeState &s = nodes[n];
            const Key key{AlertKind::NodeSilent, n};
            if (!silent) {
                s.silentSince.reset();
                open.erase(key);
            } else {
                if (!s.silentSince)
                    s.silentSince = now;
                if (!open.count(key) && now - *s.silentSince >= r.nodeSilentForMs)
                    open[key] = {Severity::Critical, *s.silentSince};
            }
        }
    }

    void acknowledgeXid(uint32_t chip, uint32_t code)
    {
        open.erase({AlertKind::Xid, chip * 1000 + code});
    }

    std::map<Key, Open> open;

private:
    struct ChipState_
    {
        std::optional<int64_t> hot, cool, offline, eccGone, healthGone;
    };
    struct NodeState
    {
        std::optional<int64_t> silentSince;
    };

    void chip(uint32_t c, const FleetTick &t, int offlineEvent, bool eccEvent, int64_t now)
    {
        const int32_t state = t.column(Metric::State)[c];
        const int32_t temp = t.column(Metric::Temperature)[c];
        const bool stateKnown = state >= 0 && state <= 63;
        const bool tempKnown = temp >= 0 && temp <= 150;
        const bool maintenance = stateKnown && (state & ChipState::Maintenance) != 0;
        ChipState_ &s = chips[c];

        const Key tempKey{AlertKind::Temperature, c};
        if (maintenance) {
            s.hot.reset();
            s.cool.reset();
            open.erase(tempKey);
        } else if (tempKnown) {
            if (temp >= r.tempWarnC) {
                if (!s.hot)
                    s.hot = now;
            } else {
                s.hot.reset();
            }
            auto it = open.find(tempKey);
            if (it == open.end()) {
                s.cool.reset();
                if (temp >= r.tempCritC)
                    open[tempKey] = {Severity::Critical, *s.hot};
                else if (s.hot && now - *s.hot >= r.tempWarnForMs)
                    open[tempKey] = {Severity::Warning, *s.hot};
            } else {
                if (temp >= r.tempCritC)
                    it->second.severity = Severity::Critical;
                if (temp >= r.tempWarnC - r.tempHysteresisC) {
                    s.cool.reset();
                } else {
                    if (!s.cool)
                        s.cool = now;
                    if (now - *s.cool >= r.tempClearForMs) {
                        s.cool.reset();
                        open.erase(it);
                    }
                }
            }
        }

        const Key offKey{AlertKind::Offline, c};
        if (maintenance) {
            s.offline.reset();
            open.erase(offKey);
        } else {
            bool offline = false;
            bool online = false;
            if (stateKnown) {
                offline = !(state & ChipState::Online);
                online = !offline;
            } else if (offlineEvent != 0) {
                offline = offlineEvent > 0;
                online = offlineEvent < 0;
            } else {
                offline = s.offline.has_value(); // no news: an outage goes on
            }
            if (offline) {
                if (!s.offline)
                    s.offline = now;
                if (!open.count(offKey) && now - *s.offline >= r.offlineForMs)
                    open[offKey] = {Severity::Warning, *s.offline};
            } else if (online) {
                s.offline.reset();
                open.erase(offKey);
            }
        }

        fault({AlertKind::EccDoubleBit, c},
              (stateKnown && (state & ChipState::EccError)) || eccEvent, stateKnown, s.eccGone,
              now);
        fault({AlertKind::HealthFault, c}, stateKnown && (state & ChipState::HealthFault),
              stateKnown, s.healthGone, now);
    }

    void fault(const Key &key, bool seen, bool known, std::optional<int64_t> &gone, int64_t now)
    {
        if (seen) {
            gone.reset();
            if (!open.count(key))
                open[key] = {Severity::Critical, now};
        } else if (known && open.count(key)) {
            if (!gone)
                gone = now;
            if (now - *gone >= r.faultClearForMs) {
                gone.reset();
                open.erase(key);
            }
        }
    }

    AlertRules r;
    const Inventory &inv;
    std::vector<ChipState_> chips;
    std::vector<NodeState> nodes;
};

TEST(AlertEngineReference, RandomTicksGiveTheSameOpenAlerts)
{
    AlertRules rules;
    rules.tempWarnForMs = 5'000;
    rules.tempClearForMs = 3'000;
    rules.faultClearForMs = 4'000;
    rules.offlineForMs = 6'000;
    rules.nodeSilentForMs = 5'000;
    rules.criticalXidCodes = {48, 79};
    Fleet f(rules, 2, 3, 4);
    ReferenceRules ref(rules, f.inventory);
    const uint32_t chips = f.inventory.chipCount();

    std::mt19937 rng(20240601);
    auto chance = [&](double p) {
        return std::uniform_real_distribution<double>(0, 1)(rng) < p;
    };
    std::vector<int32_t> temp(chips, 78);
    std::vector<int> offlineLeft(chips, 0), silentLeft(f.inventory.nodes.size(), 0);
    std::vector<int> maintenanceLeft(chips, 0), faultLeft(chips, 0);
    size_t raisedTotal = 0, clearedTotal = 0, escalatedTotal = 0, acks = 0;

    for (int step = 0; step < 20'000; ++step) {
        for (uint32_t c = 0; c < chips; ++c) {
            f.setHealthy(c);
            temp[c] = std::clamp(temp[c] + int32_t(rng() % 5) - 2, 70, 92);
            f.setTemp(c, chance(0.05) ? kNoData : temp[c]);
            int32_t state = kOnline;
            if (offlineLeft[c] > 0 || chance(0.002))
                offlineLeft[c] = offlineLeft[c] > 0 ? offlineLeft[c] - 1 : int(rng() % 15);
            if (maintenanceLeft[c] > 0 || chance(0.001))
                maintenanceLeft[c] =
                    maintenanceLeft[c] > 0 ? maintenanceLeft[c] - 1 : int(rng() % 30);
            if (faultLeft[c] > 0 || chance(0.003))
                faultLeft[c] = faultLeft[c] > 0 ? faultLeft[c] - 1 : int(rng() % 10);
            if (maintenanceLeft[c] > 0)
                state = ChipState::Maintenance;
            if (offlineLeft[c] > 0) {
                state = 0;
                f.setTemp(c, kNoData);
            }
            if (faultLeft[c] > 0)
                state |= chance(0.5) ? ChipState::HealthFault : ChipState::EccError;
            if (chance(0.002))
                state = (rng() % 2) ? kNoData : int32_t(rng() % 200) - 100;
            f.setState(c, state);
            if (chance(0.001))
                f.event(c, EventKind::Xid, (rng() % 2) ? 79 : 13);
            if (chance(0.0005))
                f.event(c, EventKind::EccDoubleBit, 48);
            if (chance(0.002))
                f.event(c, (rng() % 2) ? EventKind::Offline : EventKind::Online);
        }
        for (uint32_t n = 0; n < f.inventory.nodes.size(); ++n) {
            if (silentLeft[n] > 0 || chance(0.001))
                silentLeft[n] = silentLeft[n] > 0 ? silentLeft[n] - 1 : int(rng() % 20);
            if (silentLeft[n] > 0) {
                const Node &node = f.inventory.nodes[n];
                for (uint32_t c = node.firstChip; c < node.firstChip + node.chipCount; ++c)
                    f.setSilent(c);
            }
        }
        if (chance(0.002))
            f.event(chips + uint32_t(rng() % 100), EventKind::Xid, 79); // out of range

        f.nowMs += 500 + int64_t(rng() % 2500);
        f.tick.unixMs = f.nowMs;
        ref.evaluate(f.tick);
        const AlertUpdate update = f.engine.evaluate(f.tick);
        f.tick.events.clear();
        raisedTotal += update.raised.size();
        clearedTotal += update.cleared.size();
        escalatedTotal += update.escalated.size();

        // Acknowledge an XID alert now and then, on both sides.
        if (chance(0.02)) {
            for (const Alert &a : f.engine.activeAlerts()) {
                if (a.kind == AlertKind::Xid) {
                    ASSERT_TRUE(f.engine.acknowledge(a.id, "op", "", f.nowMs).ok());
                    ref.acknowledgeXid(a.chip, a.code);
                    ++acks;
                    break;
                }
            }
        }

        std::map<ReferenceRules::Key, ReferenceRules::Open> got;
        for (const Alert &a : f.engine.activeAlerts()) {
            const uint32_t where = a.kind == AlertKind::NodeSilent ? a.node
                                   : a.kind == AlertKind::Xid      ? a.chip * 1000 + a.code
                                                                   : a.chip;
            got[{a.kind, where}] = {a.severity, a.sinceMs};
        }
        ASSERT_EQ(got.size(), ref.open.size()) << "at step " << step;
        for (const auto &[key, want] : ref.open) {
            const auto it = got.find(key);
            ASSERT_NE(it, got.end()) << "step " << step << ": missing kind "
                                     << int(std::get<0>(key)) << " at " << std::get<1>(key);
            EXPECT_EQ(it->second.severity, want.severity) << "step " << step;
            EXPECT_EQ(it->second.sinceMs, want.sinceMs) << "step " << step;
        }
    }
    // The walk must have exercised every rule, both ways.
    EXPECT_GT(raisedTotal, 200u);
    EXPECT_GT(clearedTotal, 200u);
    EXPECT_GT(escalatedTotal, 5u);
    EXPECT_GT(acks, 5u);
    EXPECT_GT(f.engine.counters().eventsIgnored, 5u);
}

// --- threads, simulator ------------------------------------------------------------

TEST(AlertEngineThreads, ReadersAndAcknowledgersBesideTheWorker)
{
    Fleet f({}, 1, 16, 8);
    std::atomic<bool> done{false};
    std::atomic<uint64_t> acked{0};
    std::thread gui([&] {
        while (!done) {
            for (const Alert &a : f.engine.activeAlerts()) {
                if (!a.acknowledged && f.engine.acknowledge(a.id, "gui", "seen", 1).ok())
                    ++acked;
            }
            (void)f.engine.counters();
        }
    });
    for (int i = 0; i < 2000; ++i) {
        const uint32_t chip = uint32_t(i * 7) % f.inventory.chipCount();
        f.event(chip, EventKind::Xid, 13);
        f.setTemp(chip, (i / 50) % 2 ? 95 : kCoolC);
        f.step();
    }
    done = true;
    gui.join();
    EXPECT_GT(f.raised.size(), 100u);
    const size_t open = f.engine.activeCount();
    // Everything raised either is still open or was reported cleared.
    f.step();
    EXPECT_EQ(f.raised.size(), f.cleared.size() + f.engine.activeCount());
    EXPECT_LE(f.engine.activeCount(), open);
}

TEST(AlertEngineSimulator, AlertsAgreeWithTheTicksThatRaisedThem)
{
    FleetSimulator sim({20'000, 4, 3});
    const auto inv = sim.inventory();
    AlertEngine engine;
    ASSERT_TRUE(engine.setInventory(*inv).ok());
    FleetTick tick;
    const int64_t startMs = 1'710'914'400'000; // 14:00 CST: busy, warm
    size_t raised = 0;
    for (int s = 0; s < 150; ++s) {
        sim.sample(startMs + s * 1000, tick);
        const AlertUpdate update = engine.evaluate(tick);
        for (const Alert &a : update.raised) {
            ++raised;
            switch (a.kind) {
            case AlertKind::Temperature:
                EXPECT_GE(tick.column(Metric::Temperature)[a.chip], 83);
                if (a.severity == Severity::Warning) {
                    EXPECT_GE(tick.unixMs - a.sinceMs, 60'000);
                }
                break;
            case AlertKind::Offline:
                EXPECT_EQ(tick.column(Metric::State)[a.chip] & ChipState::Online, 0);
                break;
            case AlertKind::HealthFault:
                EXPECT_NE(tick.column(Metric::State)[a.chip] & ChipState::HealthFault, 0);
                break;
            default:
                break;
            }
            if (a.chip != kNoChip) {
                const Node &node = inv->nodes[a.node];
                EXPECT_GE(a.chip, node.firstChip);
                EXPECT_LT(a.chip, node.firstChip + node.chipCount);
                EXPECT_EQ(a.center, node.center);
            }
        }
    }
    EXPECT_EQ(engine.counters().ticksEvaluated, 150u);
    EXPECT_EQ(engine.counters().eventsIgnored, 0u);
    EXPECT_GT(raised, 0u); // hot chips and faults exist at this size and hour
}

} // namespace
} // namespace scb
