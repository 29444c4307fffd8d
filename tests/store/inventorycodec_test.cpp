#include "storetestdata.h"

#include "store/inventorycodec.h"

#include <gtest/gtest.h>

#include <random>

namespace scb {
namespace {

TEST(InventoryCodec, RoundTrips)
{
    Inventory inv = test::makeInventory(1'001, 3, 42);
    inv.source = "simulator seed 7 — 贵安";
    inv.centers[1].location = "贵州 Gui'an New Area";
    const std::string bytes = encodeInventory(inv);
    Inventory out;
    const Status s = decodeInventory(bytes, out);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(out, inv);
    EXPECT_EQ(encodeInventory(out), bytes);
}

TEST(InventoryCodec, EveryTruncationIsRefused)
{
    const std::string bytes = encodeInventory(test::makeInventory(40, 2));
    for (size_t n = 0; n < bytes.size(); ++n) {
        Inventory out;
        EXPECT_FALSE(decodeInventory(std::string_view(bytes).substr(0, n), out).ok()) << n;
    }
    Inventory out;
    EXPECT_FALSE(decodeInventory(bytes + "x", out).ok());
}

TEST(InventoryCodec, ForgedCountsDoNotAllocate)
{
    const Inventory inv = test::makeInventory(8, 1);
    std::string bytes = encodeInventory(inv);
    // Header: magic (4), format (2), version (8), source length (4) + text,
    // then the center count.
    const size_t centerCount = 4 + 2 + 8 + 4 + inv.source.size();
    for (const char forged : {'\xff', '\x7f'}) {
        std::string bad = bytes;
        bad.replace(centerCount, 4, std::string(4, forged));
        Inventory out;
        const Status s = decodeInventory(bad, out);
        ASSERT_FALSE(s.ok());
        EXPECT_NE(s.message().find("center count"), std::string::npos) << s.message();
    }
    // The chip count is the last field before the UUIDs.
    std::string bad = bytes;
    const size_t chipCount = bytes.size() - 8 * 16 - 4;
    bad.replace(chipCount, 4, std::string("\x00\x00\x01\x00", 4)); // 65,536: more than fits
    Inventory out;
    EXPECT_FALSE(decodeInventory(bad, out).ok());
}

TEST(InventoryCodec, WrongMagicOrFormatIsRefused)
{
    std::string bytes = encodeInventory(test::makeInventory(8, 1));
    Inventory out;
    std::string bad = bytes;
    bad[0] = 'X';
    EXPECT_NE(decodeInventory(bad, out).message().find("magic"), std::string::npos);
    bad = bytes;
    bad[4] = 9;
    EXPECT_NE(decodeInventory(bad, out).message().find("format version 9"), std::string::npos);
}

TEST(InventoryCodec, DecodedInventoryIsValidated)
{
    Inventory inv = test::makeInventory(16, 2);
    inv.nodes[1].firstChip = 9; // a gap: encodable, but not a valid inventory
    Inventory out;
    const Status s = decodeInventory(encodeInventory(inv), out);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.message().find("node 1"), std::string::npos) << s.message();
}

TEST(InventoryCodec, RandomDamageNeverCrashes)
{
    const std::string bytes = encodeInventory(test::makeInventory(64, 3));
    std::mt19937 rng(3);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string bad = bytes;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int f = 0; f < flips; ++f)
            bad[rng() % bad.size()] = static_cast<char>(rng());
        Inventory out;
        if (decodeInventory(bad, out).ok()) {
            // Damage inside a name or a UUID can still be a valid inventory.
            EXPECT_EQ(validateInventory(out), "");
            ++accepted;
        }
    }
    EXPECT_LT(accepted, 3000);
}

} // namespace
} // namespace scb
