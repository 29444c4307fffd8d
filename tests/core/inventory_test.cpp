#include "core/inventory.h"

#include <gtest/gtest.h>

#include <string>

namespace scb {
namespace {

// Two centers, two models, four nodes: 4 + 4 chips in center 0, 4 + 2 in center 1.
Inventory smallInventory()
{
    Inventory inv;
    inv.version = 7;
    inv.source = "test";
    inv.centers = {{"A", "here"}, {"B", "there"}};
    inv.models = {{"Ascend 910B", "Huawei", 65536, 400}, {"A800 SXM", "NVIDIA", 81920, 400}};
    inv.nodes = {{"a-n1", 0, 0, 0, 4, 0},
                 {"a-n2", 0, 0, 4, 4, 1},
                 {"b-n1", 1, 0, 8, 4, 0},
                 {"b-n2", 1, 0, 12, 2, 1}};
    inv.chipUuids.resize(14);
    for (size_t i = 0; i < inv.chipUuids.size(); ++i)
        inv.chipUuids[i][15] = uint8_t(i + 1);
    return inv;
}

TEST(FormatUuid, WritesLowerCaseRfc4122Layout)
{
    Uuid uuid{0x6f, 0x1c, 0x2a, 0x3e, 0x00, 0xab, 0x4c, 0xde,
              0x8f, 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD};
    EXPECT_EQ(formatUuid(uuid), "6f1c2a3e-00ab-4cde-8f01-23456789abcd");
    EXPECT_EQ(formatUuid(Uuid{}), "00000000-0000-0000-0000-000000000000");
}

TEST(ValidateInventory, AcceptsAWellFormedInventory)
{
    EXPECT_EQ(validateInventory(smallInventory()), "");
}

TEST(ValidateInventory, RejectsZeroChips)
{
    Inventory inv = smallInventory();
    inv.chipUuids.clear();
    EXPECT_NE(validateInventory(inv).find("no chips"), std::string::npos);
}

TEST(ValidateInventory, RejectsOverlappingNodes)
{
    Inventory inv = smallInventory();
    inv.nodes[1].firstChip = 3;
    const std::string problem = validateInventory(inv);
    EXPECT_NE(problem.find("overlaps"), std::string::npos) << problem;
    EXPECT_NE(problem.find("a-n2"), std::string::npos) << problem;
}

TEST(ValidateInventory, RejectsAGapBetweenNodes)
{
    Inventory inv = smallInventory();
    inv.nodes[2].firstChip = 9;
    inv.nodes[3].firstChip = 13;
    inv.chipUuids.resize(15);
    inv.chipUuids[14][15] = 99;
    EXPECT_NE(validateInventory(inv).find("gap"), std::string::npos);
}

TEST(ValidateInventory, RejectsNodesThatDoNotCoverEveryChip)
{
    Inventory inv = smallInventory();
    inv.chipUuids.resize(20);
    for (size_t i = 14; i < 20; ++i)
        inv.chipUuids[i][15] = uint8_t(100 + i);
    EXPECT_NE(validateInventory(inv).find("cover 14 chips"), std::string::npos);

    inv = smallInventory();
    inv.nodes[3].chipCount = 5; // past the last chip
    EXPECT_NE(validateInventory(inv).find("beyond"), std::string::npos);
}

TEST(ValidateInventory, RejectsANodeWithoutChips)
{
    Inventory inv = smallInventory();
    inv.nodes[3].chipCount = 0;
    EXPECT_NE(validateInventory(inv).find("no chips"), std::string::npos);
}

TEST(ValidateInventory, RejectsCenterIndexOutOfRange)
{
    Inventory inv = smallInventory();
    inv.nodes[3].center = 2;
    EXPECT_NE(validateInventory(inv).find("center index 2 out of range"), std::string::npos);
}

TEST(ValidateInventory, RejectsModelIndexOutOfRange)
{
    Inventory inv = smallInventory();
    inv.nodes[0].model = 5;
    EXPECT_NE(validateInventory(inv).find("model index 5 out of range"), std::string::npos);
}

TEST(ValidateInventory, RejectsNonContiguousCenters)
{
    Inventory inv = smallInventory();
    inv.nodes[1].center = 1; // center 0, 1, 1, 1: fine
    EXPECT_EQ(validateInventory(inv), "");
    inv.nodes[2].center = 0; // center 0, 1, 0, 1: center 0 is split
    EXPECT_NE(validateInventory(inv).find("not contiguous"), std::string::npos);
}

TEST(ValidateInventory, RejectsDuplicateUuids)
{
    Inventory inv = smallInventory();
    inv.chipUuids[9] = inv.chipUuids[2];
    const std::string problem = validateInventory(inv);
    EXPECT_NE(problem.find("more than once"), std::string::npos) << problem;
    EXPECT_NE(problem.find(formatUuid(inv.chipUuids[2])), std::string::npos) << problem;
}

TEST(ValidateInventory, RejectsAbsurdSizes)
{
    Inventory inv = smallInventory();
    inv.centers.resize(kMaxCenters + 1);
    EXPECT_NE(validateInventory(inv).find("centers"), std::string::npos);

    inv = smallInventory();
    inv.centers.clear();
    EXPECT_NE(validateInventory(inv).find("no centers"), std::string::npos);

    inv = smallInventory();
    inv.models.clear();
    EXPECT_NE(validateInventory(inv).find("no chip models"), std::string::npos);

    inv = smallInventory();
    inv.models[1].memoryMiB = 100'000'000;
    EXPECT_NE(validateInventory(inv).find("memory"), std::string::npos);

    inv = smallInventory();
    inv.nodes[0].name = std::string(5000, 'x');
    EXPECT_NE(validateInventory(inv).find("longer"), std::string::npos);

    inv = smallInventory();
    inv.chipUuids.resize(kMaxChips + 1);
    EXPECT_NE(validateInventory(inv).find("limit"), std::string::npos);
}

TEST(InventoryIndex, MapsChipsToNodesAndCentersToRanges)
{
    const Inventory inv = smallInventory();
    const InventoryIndex index = InventoryIndex::build(inv);
    ASSERT_EQ(index.chipNode.size(), 14u);
    EXPECT_EQ(index.chipNode[0], 0u);
    EXPECT_EQ(index.chipNode[3], 0u);
    EXPECT_EQ(index.chipNode[4], 1u);
    EXPECT_EQ(index.chipNode[11], 2u);
    EXPECT_EQ(index.chipNode[13], 3u);
    EXPECT_EQ(index.centerFirstChip, (std::vector<uint32_t>{0, 8, 14}));
    EXPECT_EQ(index.centerNodeBegin, (std::vector<uint32_t>{0, 2, 4}));
    EXPECT_EQ(index.centerOfChip(inv, 7), 0u);
    EXPECT_EQ(index.centerOfChip(inv, 8), 1u);
}

TEST(InventoryIndex, GivesAnEmptyCenterAnEmptyRange)
{
    Inventory inv = smallInventory();
    inv.centers.insert(inv.centers.begin() + 1, Center{"empty", ""});
    for (Node &node : inv.nodes)
        if (node.center == 1)
            node.center = 2;
    EXPECT_EQ(validateInventory(inv), "");
    const InventoryIndex index = InventoryIndex::build(inv);
    EXPECT_EQ(index.centerFirstChip, (std::vector<uint32_t>{0, 8, 8, 14}));
    EXPECT_EQ(index.centerNodeBegin, (std::vector<uint32_t>{0, 2, 2, 4}));
}

TEST(InventoryIndex, StaysInBoundsOnAnInvalidInventory)
{
    Inventory inv = smallInventory();
    inv.nodes[3].chipCount = 1000;
    inv.nodes[1].firstChip = 4'000'000'000u;
    inv.nodes[2].center = 77;
    const InventoryIndex index = InventoryIndex::build(inv);
    EXPECT_EQ(index.chipNode.size(), 14u);
    EXPECT_EQ(index.centerFirstChip.size(), 3u);
    for (uint32_t first : index.centerFirstChip)
        EXPECT_LE(first, 14u);
}

} // namespace
} // namespace scb
