#include "heatmaplayout.h"

#include <gtest/gtest.h>

#include <limits>

namespace {

QList<HeatmapGroup> contiguousGroups(std::initializer_list<int> sizes, int cellsPerUnit = 8)
{
    QList<HeatmapGroup> groups;
    int first = 0;
    for (int size : sizes) {
        groups.push_back(
            {QStringLiteral("Center %1").arg(groups.size() + 1), first, size, cellsPerUnit});
        first += size;
    }
    return groups;
}

HeatmapLayout laidOut(const QList<HeatmapGroup> &groups, QSize size)
{
    HeatmapLayout layout;
    layout.setGroups(groups);
    layout.layout(size, HeatmapDecor());
    return layout;
}

} // namespace

TEST(HeatmapLayout, SetGroupsDropsNegativeOversizedAndOverlappingRanges)
{
    HeatmapLayout layout;
    const QList<HeatmapGroup> groups = {
        {QStringLiteral("A"), 0, 100, 8},
        {QStringLiteral("negative first"), -5, 10, 8},
        {QStringLiteral("negative count"), 300, -1, 8},
        {QStringLiteral("overlaps A"), 50, 100, 8},
        {QStringLiteral("E"), 100, 100, 8},
        {QStringLiteral("empty"), 10, 0, 8},
        {QStringLiteral("overflow"), std::numeric_limits<int>::max() - 1, 10, 8},
        {QStringLiteral("too many"), 1000, HeatmapLayout::MaxCells, 8},
    };
    EXPECT_EQ(layout.setGroups(groups), 5);
    ASSERT_EQ(layout.groups().size(), 3);
    EXPECT_EQ(layout.groups().at(0).label, QStringLiteral("A"));
    EXPECT_EQ(layout.groups().at(1).label, QStringLiteral("E"));
    EXPECT_EQ(layout.groups().at(2).label, QStringLiteral("empty"));
    EXPECT_EQ(layout.cellCount(), 200);
    EXPECT_EQ(layout.cellIndexEnd(), 200);
}

TEST(HeatmapLayout, OfTwoOverlappingGroupsTheEarlierStartingOneStays)
{
    HeatmapLayout layout;
    EXPECT_EQ(
        layout.setGroups({{QStringLiteral("X"), 100, 100, 8}, {QStringLiteral("Y"), 50, 100, 8}}),
        1);
    ASSERT_EQ(layout.groups().size(), 1);
    EXPECT_EQ(layout.groups().at(0).label, QStringLiteral("Y"));
}

TEST(HeatmapLayout, AnEmptyGroupFarOutDoesNotGrowTheCellTable)
{
    HeatmapLayout layout;
    EXPECT_EQ(layout.setGroups({{QStringLiteral("A"), 0, 16, 8},
                                {QStringLiteral("empty"), HeatmapLayout::MaxCells - 1, 0, 8}}),
              0);
    layout.layout(QSize(400, 300), HeatmapDecor());
    EXPECT_EQ(layout.cellIndexEnd(), 16);
    EXPECT_EQ(layout.cellOffsets().size(), 16u);
    EXPECT_EQ(layout.blocks().size(), 2u);
}

TEST(HeatmapLayout, CellsPerUnitIsClamped)
{
    HeatmapLayout layout;
    layout.setGroups({{QString(), 0, 10, 0}, {QString(), 10, 10, 1000}});
    EXPECT_EQ(layout.groups().at(0).cellsPerUnit, 1);
    EXPECT_EQ(layout.groups().at(1).cellsPerUnit, HeatmapLayout::MaxCellsPerUnit);
}

TEST(HeatmapLayout, NodesAreNearSquareTiles)
{
    for (auto [perUnit, columns, rows] :
         {std::tuple{8, 4, 2}, {16, 4, 4}, {7, 7, 1}, {6, 3, 2}, {1, 1, 1}}) {
        const HeatmapLayout layout = laidOut(contiguousGroups({400}, perUnit), QSize(800, 600));
        const QSize cell = layout.cellSize();
        ASSERT_FALSE(cell.isEmpty());
        const QRect unit = layout.unitRect(0);
        EXPECT_EQ(unit.size(), QSize(columns * cell.width(), rows * cell.height())) << perUnit;
        for (int cell = 0; cell < perUnit; ++cell)
            EXPECT_TRUE(unit.contains(layout.cellRect(cell))) << perUnit << " cell " << cell;
        EXPECT_FALSE(unit.contains(layout.cellRect(perUnit).center())) << perUnit;
    }
}

TEST(HeatmapLayout, EightyThousandChipsAtFullHdKeepGapsBetweenNodes)
{
    const HeatmapLayout layout =
        laidOut(contiguousGroups({32000, 24000, 16000, 8000}), QSize(1920, 1080));
    EXPECT_EQ(layout.visibleCellCount(), 80000);
    EXPECT_GE(layout.cellSize().width() * layout.cellSize().height(), 9);
    EXPECT_GE(layout.gapPx(), 1);
    // Cells 0-3 are the top row of node 0, 8-11 the top row of node 1, beside it.
    const QRect lastOfNode0 = layout.cellRect(3);
    const QRect firstOfNode1 = layout.cellRect(8);
    EXPECT_EQ(firstOfNode1.top(), lastOfNode0.top());
    EXPECT_EQ(firstOfNode1.left(), lastOfNode0.right() + 1 + layout.gapPx());
    EXPECT_EQ(layout.cellAt(QPoint(lastOfNode0.right() + 1, lastOfNode0.center().y())), -1);
}

TEST(HeatmapLayout, TwoHundredThousandChipsFitDenselyAt1366x768)
{
    const HeatmapLayout layout =
        laidOut(contiguousGroups({80000, 60000, 40000, 20000}), QSize(1366, 768));
    EXPECT_EQ(layout.visibleCellCount(), 200000);
    EXPECT_FALSE(layout.isClipped());
    EXPECT_FALSE(layout.cellSize().isEmpty());
}

TEST(HeatmapLayout, GroupsStackInOrderWithAreaFollowingChipCount)
{
    const HeatmapLayout layout = laidOut(contiguousGroups({8000, 32000, 16000}), QSize(1366, 768));
    const auto &blocks = layout.blocks();
    ASSERT_EQ(blocks.size(), 3u);
    for (size_t i = 1; i < blocks.size(); ++i)
        EXPECT_GT(blocks[i].panelRect.top(), blocks[i - 1].panelRect.bottom());
    EXPECT_GT(blocks[1].gridRect.height(), 3 * blocks[0].gridRect.height());
    EXPECT_GT(blocks[1].gridRect.height(), blocks[2].gridRect.height());
    for (const auto &block : blocks) {
        EXPECT_TRUE(layout.contentRect().contains(block.panelRect));
        EXPECT_TRUE(block.panelRect.contains(block.titleRect));
        EXPECT_TRUE(block.panelRect.contains(block.gridRect));
        EXPECT_FALSE(block.titleRect.intersects(block.gridRect));
    }
    EXPECT_GT(layout.legendRect().top(), blocks.back().panelRect.bottom());
    EXPECT_LE(layout.legendRect().bottom(), 767);
}

TEST(HeatmapLayout, FewCellsGetBigButCappedCells)
{
    const HeatmapLayout layout = laidOut(contiguousGroups({100}), QSize(1920, 1080));
    EXPECT_EQ(layout.cellSize(), QSize(HeatmapLayout::MaxCellSizePx, HeatmapLayout::MaxCellSizePx));
    EXPECT_EQ(layout.gapPx(), 2);
}

TEST(HeatmapLayout, TooSmallAWidgetClipsAndSaysSo)
{
    const HeatmapLayout layout =
        laidOut(contiguousGroups({80000, 60000, 40000, 20000}), QSize(200, 150));
    EXPECT_TRUE(layout.isClipped());
    EXPECT_LT(layout.visibleCellCount(), 200000);
    EXPECT_EQ(layout.cellSize(), QSize(1, 1));
    EXPECT_TRUE(layout.cellRect(199999).isNull());
    EXPECT_EQ(layout.cellAt(QPoint(100, 149)), -1);
    int visible = 0;
    for (int cell = 0; cell < 200000; ++cell) {
        const QRect r = layout.cellRect(cell);
        if (r.isNull())
            continue;
        ++visible;
        ASSERT_TRUE(layout.contentRect().contains(r)) << cell;
        ASSERT_EQ(layout.cellAt(r.center()), cell);
    }
    EXPECT_EQ(visible, layout.visibleCellCount());
}

TEST(HeatmapLayout, EmptyAndDegenerateSizesAreSafe)
{
    for (QSize size : {QSize(0, 0), QSize(-10, -10), QSize(1, 1), QSize(5000, 3)}) {
        const HeatmapLayout layout = laidOut(contiguousGroups({1000, 10}), size);
        EXPECT_EQ(layout.cellCount(), 1010);
        EXPECT_EQ(layout.cellAt(QPoint(0, 0)), -1);
        EXPECT_LE(layout.visibleCellCount(), 1010);
    }
    HeatmapLayout none;
    none.layout(QSize(800, 600), HeatmapDecor());
    EXPECT_EQ(none.cellCount(), 0);
    EXPECT_EQ(none.cellAt(QPoint(400, 300)), -1);
    EXPECT_TRUE(none.cellRect(0).isNull());
    EXPECT_TRUE(none.unitRect(0).isNull());
}

TEST(HeatmapLayout, CellsOutsideEveryGroupHaveNoRect)
{
    // A hole in the index space (cells 100..199) belongs to no center.
    const HeatmapLayout layout = laidOut(
        {{QStringLiteral("A"), 0, 100, 8}, {QStringLiteral("B"), 200, 100, 8}}, QSize(800, 600));
    EXPECT_EQ(layout.cellCount(), 200);
    EXPECT_FALSE(layout.cellRect(99).isNull());
    EXPECT_TRUE(layout.cellRect(150).isNull());
    EXPECT_FALSE(layout.cellRect(200).isNull());
    EXPECT_EQ(layout.blockOfCell(150), -1);
    EXPECT_EQ(layout.blockOfCell(250), 1);
    EXPECT_EQ(layout.cellAt(layout.cellRect(250).center()), 250);
}
