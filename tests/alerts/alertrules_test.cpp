#include "alerts/alertrules.h"

#include <gtest/gtest.h>

#include <limits>
#include <set>
#include <string>

namespace scb {
namespace {

void expectRefused(const AlertRules &rules, const std::string &mentions)
{
    const Status s = rules.validate();
    EXPECT_FALSE(s.ok()) << "accepted; expected a refusal mentioning " << mentions;
    EXPECT_NE(s.message().find(mentions), std::string::npos) << s.message();
}

TEST(AlertRules, DefaultsFollowPracticeAndValidate)
{
    const AlertRules rules;
    EXPECT_TRUE(rules.validate().ok()) << rules.validate().message();
    EXPECT_EQ(rules.tempWarnC, 83);
    EXPECT_EQ(rules.tempWarnForMs, 60'000);
    EXPECT_EQ(rules.tempCritC, 87);
    EXPECT_EQ(rules.offlineForMs, 60'000);
    EXPECT_EQ(rules.nodeSilentForMs, 30'000);
    EXPECT_TRUE(rules.isCriticalXid(46));
    EXPECT_TRUE(rules.isCriticalXid(48));
    EXPECT_TRUE(rules.isCriticalXid(79));
    EXPECT_FALSE(rules.isCriticalXid(13));
    EXPECT_FALSE(rules.isCriticalXid(0));
}

TEST(AlertRules, ValidateRefusesNonsenseNamingTheSetting)
{
    AlertRules r;
    r.tempWarnC = 87;
    expectRefused(r, "must be below the critical temperature");
    r = {};
    r.tempWarnC = 90;
    expectRefused(r, "must be below the critical temperature");
    r = {};
    r.tempCritC = 151;
    expectRefused(r, "tempCritC");
    r = {};
    r.tempWarnC = -1;
    expectRefused(r, "tempWarnC");
    r = {};
    r.tempHysteresisC = -1;
    expectRefused(r, "tempHysteresisC");
    r = {};
    r.tempHysteresisC = 21;
    expectRefused(r, "tempHysteresisC");
    r = {};
    r.tempWarnC = 2;
    r.tempHysteresisC = 3; // the clearing level would be below 0 °C
    expectRefused(r, "tempHysteresisC");

    r = {};
    r.tempWarnForMs = -1;
    expectRefused(r, "tempWarnForMs");
    r = {};
    r.tempClearForMs = kMaxRuleDurationMs + 1;
    expectRefused(r, "tempClearForMs");
    r = {};
    r.faultClearForMs = -5;
    expectRefused(r, "faultClearForMs");
    r = {};
    r.offlineForMs = -60'000;
    expectRefused(r, "offlineForMs");
    r = {};
    r.nodeSilentForMs = std::numeric_limits<int64_t>::min();
    expectRefused(r, "nodeSilentForMs");

    r = {};
    r.criticalXidCodes = {46, 0};
    expectRefused(r, "criticalXidCodes");
    r = {};
    r.criticalXidCodes.assign(kMaxCriticalXidCodes + 1, 13);
    expectRefused(r, "too many critical XID codes");
    r = {};
    r.maxActiveAlerts = 0;
    expectRefused(r, "maxActiveAlerts");
    r = {};
    r.maxActiveAlerts = kMaxActiveAlertsLimit + 1;
    expectRefused(r, "maxActiveAlerts");
}

TEST(AlertRules, ValidateAcceptsTheEdges)
{
    AlertRules r;
    r.tempWarnC = 0;
    r.tempCritC = 150;
    r.tempHysteresisC = 0;
    r.tempWarnForMs = 0;
    r.tempClearForMs = kMaxRuleDurationMs;
    r.faultClearForMs = 0;
    r.offlineForMs = 0;
    r.nodeSilentForMs = 0;
    r.criticalXidCodes.clear();
    r.maxActiveAlerts = 1;
    EXPECT_TRUE(r.validate().ok()) << r.validate().message();
}

TEST(XidCatalog, AscendingUniqueWithStableKeysAndActions)
{
    const auto catalog = xidCatalog();
    ASSERT_FALSE(catalog.empty());
    std::set<std::string> keys;
    uint32_t previous = 0;
    for (const XidInfo &info : catalog) {
        EXPECT_GT(info.code, previous) << "not ascending at " << info.code;
        previous = info.code;
        EXPECT_EQ(std::string(info.key), "xid." + std::to_string(info.code));
        EXPECT_TRUE(keys.insert(info.key).second);
        EXPECT_GT(std::string(info.title).size(), 5u) << info.code;
        EXPECT_GT(std::string(info.action).size(), 10u) << info.code;
        EXPECT_EQ(&xidInfo(info.code), &info);
    }
    for (uint32_t code :
         {13u, 31u, 43u, 45u, 46u, 48u, 61u, 62u, 63u, 64u, 74u, 79u, 92u, 94u, 95u}) {
        EXPECT_EQ(xidInfo(code).code, code) << "missing XID " << code;
    }
    EXPECT_NE(std::string(xidInfo(79).action).find("Drain"), std::string::npos);
    EXPECT_NE(std::string(xidInfo(48).title).find("ECC"), std::string::npos);
}

TEST(XidCatalog, UnknownCodeGetsTheGenericEntry)
{
    for (uint32_t code : {0u, 1u, 47u, 9999u, 0xffffffffu}) {
        const XidInfo &info = xidInfo(code);
        EXPECT_EQ(info.code, 0u);
        EXPECT_STREQ(info.key, "xid.unknown");
        EXPECT_GT(std::string(info.action).size(), 10u);
    }
}

TEST(AlertKinds, EveryKindHasKeyTitleAndAction)
{
    std::set<std::string> keys;
    for (int k = 1; k <= kAlertKindCount; ++k) {
        const auto kind = static_cast<AlertKind>(k);
        EXPECT_TRUE(keys.insert(alertKindKey(kind)).second) << k;
        EXPECT_NE(std::string(alertKindKey(kind)).rfind("alert.", 0), std::string::npos);
        EXPECT_FALSE(std::string(alertKindTitle(kind)).empty()) << k;
        EXPECT_FALSE(std::string(alertKindAction(kind)).empty()) << k;
    }
    EXPECT_STREQ(alertKindKey(static_cast<AlertKind>(0)), "");
    EXPECT_STREQ(alertKindKey(static_cast<AlertKind>(kAlertKindCount + 1)), "");
    EXPECT_STREQ(severityKey(Severity::Warning), "warning");
    EXPECT_STREQ(severityKey(Severity::Critical), "critical");
}

} // namespace
} // namespace scb
