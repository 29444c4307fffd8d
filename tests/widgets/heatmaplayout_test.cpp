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

namespace {

QList<HeatmapGroup>
rackedGroups(std::initializer_list<int> sizes, int unitsPerRack = 4, int cellsPerUnit = 8)
{
    QList<HeatmapGroup> groups = contiguousGroups(sizes, cellsPerUnit);
    for (HeatmapGroup &group : groups)
        group.unitsPerRack = unitsPerRack;
    return groups;
}

// Every cell of the groups: a rect of the cell size, inside the viewport, no two overlapping,
// and the hit test inverts it at the centre and both corners. Returns the cells checked.
int expectEveryCellRoundTrips(const HeatmapLayout &layout, int step = 1)
{
    std::vector<std::pair<QRect, int>> seen;
    int checked = 0;
    int errors = 0;
    for (const HeatmapGroup &group : layout.groups()) {
        for (int cell = group.firstCell; cell < group.firstCell + group.cellCount; cell += step) {
            const QRect r = layout.cellRect(cell);
            ++checked;
            if (r.isNull() || r.size() != layout.cellSize() || !layout.contentRect().contains(r) ||
                layout.cellAt(r.center()) != cell || layout.cellAt(r.topLeft()) != cell ||
                layout.cellAt(r.bottomRight()) != cell) {
                if (errors++ < 5)
                    ADD_FAILURE() << "cell " << cell << " rect " << r.x() << "," << r.y() << " "
                                  << r.width() << "x" << r.height() << " hit "
                                  << layout.cellAt(r.center());
            }
            if (step == 1)
                seen.emplace_back(r, cell);
        }
    }
    // No overlaps: sorted by position, neighbours in a row never share a pixel.
    std::sort(seen.begin(), seen.end(), [](const auto &a, const auto &b) {
        return a.first.y() != b.first.y() ? a.first.y() < b.first.y() : a.first.x() < b.first.x();
    });
    for (size_t i = 1; i < seen.size(); ++i) {
        if (seen[i].first.intersects(seen[i - 1].first) && errors++ < 5)
            ADD_FAILURE() << "cells " << seen[i - 1].second << " and " << seen[i].second
                          << " overlap";
    }
    EXPECT_EQ(errors, 0);
    return checked;
}

// The bounding box of a rack's units, from unitRect().
QRect rackRect(const HeatmapLayout &layout,
               int firstCell,
               int rack,
               int unitsPerRack,
               int cellsPerUnit,
               int cellCount)
{
    QRect box;
    for (int k = 0; k < unitsPerRack; ++k) {
        const int cell = firstCell + (rack * unitsPerRack + k) * cellsPerUnit;
        if (cell >= firstCell + cellCount)
            break;
        box = box.united(layout.unitRect(cell));
    }
    return box;
}

} // namespace

TEST(HeatmapLayout, UnitsPerRackIsClamped)
{
    HeatmapLayout layout;
    layout.setGroups({{QString(), 0, 10, 8, -3}, {QString(), 10, 10, 8, 1000}});
    EXPECT_EQ(layout.groups().at(0).unitsPerRack, 0);
    EXPECT_EQ(layout.groups().at(1).unitsPerRack, HeatmapLayout::MaxUnitsPerRack);
}

TEST(HeatmapLayout, RacksAreTilesOfNodesWithWiderGapsBetweenRacks)
{
    // 2,000 chips: 250 nodes in 62.5 racks of 4 (the last one half full).
    const HeatmapLayout layout = laidOut(rackedGroups({2000}), QSize(800, 600));
    ASSERT_FALSE(layout.isClipped());
    EXPECT_EQ(expectEveryCellRoundTrips(layout), 2000);
    EXPECT_GT(layout.rackGapPx(), layout.gapPx());
    EXPECT_GE(layout.rackGapPx(), 2);

    const HeatmapLayout::Block &block = layout.blocks().front();
    EXPECT_EQ(block.unitsPerRack, 4);
    EXPECT_EQ(block.rackColumns * block.rackRows, 4);
    const int racks = 63;
    std::vector<QRect> rackRects;
    for (int rack = 0; rack < racks; ++rack)
        rackRects.push_back(rackRect(layout, 0, rack, 4, 8, 2000));
    // A rack's units lie inside its tile, which is rackColumns x rackRows units big.
    const QSize unit = layout.unitRect(0).size();
    EXPECT_EQ(rackRects[0].size(),
              QSize(block.rackColumns * unit.width() + (block.rackColumns - 1) * layout.gapPx(),
                    block.rackRows * unit.height() + (block.rackRows - 1) * layout.gapPx()));
    // Inside a rack, neighbouring units are a node gap apart.
    const QRect unit0 = layout.unitRect(0);
    const QRect unit1 = layout.unitRect(8);
    if (block.rackColumns > 1) {
        EXPECT_EQ(unit1.top(), unit0.top());
        EXPECT_EQ(unit1.left(), unit0.right() + 1 + layout.gapPx());
    } else {
        EXPECT_EQ(unit1.left(), unit0.left());
        EXPECT_EQ(unit1.top(), unit0.bottom() + 1 + layout.gapPx());
    }
    // Racks never overlap; side by side they are a rack gap apart, row by row too.
    for (int a = 0; a < racks; ++a) {
        for (int b = a + 1; b < racks; ++b)
            ASSERT_FALSE(rackRects[a].intersects(rackRects[b])) << a << " " << b;
    }
    EXPECT_EQ(rackRects[1].top(), rackRects[0].top());
    EXPECT_EQ(rackRects[1].left(), rackRects[0].right() + 1 + layout.rackGapPx());
    const int nextRow = block.racksPerRow;
    ASSERT_LT(nextRow, racks);
    EXPECT_EQ(rackRects[size_t(nextRow)].top(),
              rackRects[0].top() + block.rackPitchYPx); // the same rack height: full racks
    EXPECT_EQ(block.rackPitchYPx, block.rackHeightPx + layout.rackGapPx());
    // The gap between racks answers no cell.
    EXPECT_EQ(layout.cellAt(QPoint(rackRects[0].right() + 1, rackRects[0].center().y())), -1);
}

TEST(HeatmapLayout, ThePartialLastRackFillsItsSlotsInOrder)
{
    // 10 full racks of 4 nodes, then a rack of 2 full nodes and one of 3 chips.
    const int cells = 10 * 4 * 8 + 2 * 8 + 3;
    for (int unitsPerRack : {4, 3, 6}) {
        const HeatmapLayout layout =
            laidOut(rackedGroups({cells, 100}, unitsPerRack), QSize(600, 400));
        ASSERT_FALSE(layout.isClipped()) << unitsPerRack;
        EXPECT_EQ(expectEveryCellRoundTrips(layout), cells + 100) << unitsPerRack;
        const HeatmapLayout::Block &block = layout.blocks().front();
        const int units = (cells + 7) / 8;
        const int lastRack = (units - 1) / unitsPerRack;
        const QRect firstOfRack = rackRect(layout, 0, 0, unitsPerRack, 8, cells).translated(0, 0);
        // Each unit of the last rack sits where the same unit of rack 0 sits, moved by
        // whole rack pitches.
        const int row = lastRack / block.racksPerRow;
        const int column = lastRack % block.racksPerRow;
        const QPoint shift(column * block.rackPitchXPx, row * block.rackPitchYPx);
        for (int k = 0; k < unitsPerRack && (lastRack * unitsPerRack + k) < units; ++k) {
            const QRect slot = layout.unitRect(k * 8);
            const QRect unit = layout.unitRect((lastRack * unitsPerRack + k) * 8);
            EXPECT_EQ(unit, slot.translated(shift)) << unitsPerRack << " unit " << k;
        }
        EXPECT_TRUE(firstOfRack.isValid());
        // The 3-chip unit: its chips are the first three cells of its tile.
        const int lastUnitFirst = (units - 1) * 8;
        EXPECT_EQ(layout.cellRect(lastUnitFirst + 2).top(), layout.cellRect(lastUnitFirst).top());
        EXPECT_TRUE(layout.cellRect(cells).isValid()); // the next group's first cell
        EXPECT_EQ(layout.blockOfCell(cells), 1);
    }
}

TEST(HeatmapLayout, TwoHundredThousandChipsInRacksShowEveryChip)
{
    for (QSize size : {QSize(1900, 700), QSize(1920, 1080), QSize(1366, 768)}) {
        const HeatmapLayout layout = laidOut(rackedGroups({80000, 60000, 40000, 20000}), size);
        EXPECT_FALSE(layout.isClipped()) << size.width() << "x" << size.height();
        EXPECT_EQ(layout.visibleCellCount(), 200000);
        EXPECT_GE(layout.rackGapPx(), 1);
        EXPECT_GT(layout.rackGapPx(), layout.gapPx());
        expectEveryCellRoundTrips(layout, 97);
        for (const HeatmapLayout::Block &block : layout.blocks())
            EXPECT_TRUE(layout.contentRect().contains(block.panelRect));
    }
    // Every cell at the size the Chips page gives the heatmap.
    const HeatmapLayout layout =
        laidOut(rackedGroups({80000, 60000, 40000, 20000}), QSize(1900, 700));
    expectEveryCellRoundTrips(layout);
}

TEST(HeatmapLayout, NodeGapsCollapseBeforeRackGaps)
{
    // Shrinking the widget: node gaps go first, rack gaps only when 1-px cells no longer
    // fit with them, and a rack gap is always wider than a node gap.
    bool sawRackGapsOnly = false;
    for (int height = 800; height >= 200; height -= 20) {
        const HeatmapLayout layout =
            laidOut(rackedGroups({80000, 60000, 40000, 20000}), QSize(1366, height));
        const std::string at = std::to_string(height);
        if (layout.gapPx() > 0) {
            EXPECT_GT(layout.rackGapPx(), layout.gapPx()) << at;
        }
        if (layout.rackGapPx() == 0) {
            EXPECT_EQ(layout.gapPx(), 0) << at;
            EXPECT_EQ(layout.cellSize(), QSize(1, 1)) << at;
        }
        if (layout.gapPx() == 0 && layout.rackGapPx() > 0 && !layout.isClipped())
            sawRackGapsOnly = true;
    }
    EXPECT_TRUE(sawRackGapsOnly);
}

TEST(HeatmapLayout, WithoutRacksNothingChanges)
{
    // unitsPerRack 0 and 1 both mean no rack level: the same geometry.
    HeatmapLayout none = laidOut(contiguousGroups({4000, 3000}), QSize(900, 600));
    QList<HeatmapGroup> ones = contiguousGroups({4000, 3000});
    for (HeatmapGroup &group : ones)
        group.unitsPerRack = 1;
    HeatmapLayout one = laidOut(ones, QSize(900, 600));
    EXPECT_EQ(none.cellOffsets(), one.cellOffsets());
    EXPECT_EQ(none.gapPx(), none.rackGapPx());
}

TEST(HeatmapLayout, ZoomGrowsCellsAboutTheAnchor)
{
    HeatmapLayout layout = laidOut(rackedGroups({8000, 2000}), QSize(800, 600));
    const QSize fitCell = layout.cellSize();
    const std::vector<qint32> fitOffsets = layout.cellOffsets();
    const int anchorCell = 4321;
    const QPoint anchor = layout.cellRect(anchorCell).center();
    layout.setZoom(4, anchor);
    EXPECT_EQ(layout.zoom(), 4);
    EXPECT_TRUE(layout.isZoomed());
    EXPECT_GE(layout.cellSize().width(), 4 * fitCell.width() - 1);
    EXPECT_GE(layout.cellSize().height(), 4 * fitCell.height() - 1);
    EXPECT_EQ(layout.cellAt(anchor), anchorCell);
    EXPECT_LT(layout.visibleCellCount(), 10000);
    EXPECT_GT(layout.contentSize().width(), layout.contentRect().width());
    // Further in, about a point off the middle.
    const QPoint corner = layout.cellRect(layout.cellAt(QPoint(120, 100))).center();
    const int cornerCell = layout.cellAt(corner);
    ASSERT_GE(cornerCell, 0);
    layout.setZoom(11.3, corner);
    EXPECT_EQ(layout.cellAt(corner), cornerCell);

    // Wholly visible cells have offsets inside the viewport; cut ones are listed.
    const QRect view = layout.contentRect();
    int visible = 0;
    for (int cell = 0; cell < 10000; ++cell) {
        const qint32 offset = layout.cellOffsets()[size_t(cell)];
        const QRect r = layout.cellRect(cell);
        if (offset >= 0) {
            ++visible;
            ASSERT_EQ(r.topLeft(), QPoint(offset % 800, offset / 800)) << cell;
            ASSERT_TRUE(view.contains(r)) << cell;
        } else if (!r.isNull()) {
            ASSERT_TRUE(r.intersects(view) && !view.contains(r)) << cell;
        }
    }
    EXPECT_EQ(visible, layout.visibleCellCount());
    ASSERT_FALSE(layout.partialCells().empty());
    for (const HeatmapLayout::PartialCell &partial : layout.partialCells()) {
        EXPECT_TRUE(view.contains(partial.visibleRect));
        EXPECT_EQ(partial.visibleRect, layout.cellRect(partial.cell).intersected(view));
        EXPECT_EQ(layout.cellAt(partial.visibleRect.center()), partial.cell);
    }

    // Back to 1x: the fitted layout again.
    layout.setZoom(1, QPoint(400, 300));
    EXPECT_FALSE(layout.isZoomed());
    EXPECT_EQ(layout.pan(), QPoint());
    EXPECT_EQ(layout.cellSize(), fitCell);
    EXPECT_EQ(layout.cellOffsets(), fitOffsets);
    EXPECT_TRUE(layout.partialCells().empty());
}

TEST(HeatmapLayout, PanIsClampedToTheContent)
{
    HeatmapLayout layout = laidOut(rackedGroups({8000, 2000}), QSize(800, 600));
    layout.setPan(QPoint(50, 50));
    EXPECT_EQ(layout.pan(), QPoint()); // nothing to pan at 1x
    layout.setZoom(8, QPoint(400, 300));
    const QPoint limit = layout.maxPan();
    EXPECT_EQ(limit.x(), layout.contentSize().width() - layout.contentRect().width());
    EXPECT_EQ(limit.y(), layout.contentSize().height() - layout.contentRect().height());
    layout.setPan(QPoint(1 << 28, 1 << 28));
    EXPECT_EQ(layout.pan(), limit);
    // At the far corner, the content's corner meets the viewport's.
    EXPECT_EQ(layout.blocks().back().panelRect.bottom(), layout.contentRect().bottom());
    EXPECT_EQ(layout.blocks().back().panelRect.right(), layout.contentRect().right());
    EXPECT_TRUE(layout.cellRect(0).isNull());
    layout.setPan(QPoint(-100, -7));
    EXPECT_EQ(layout.pan(), QPoint());
    EXPECT_EQ(layout.blocks().front().panelRect.topLeft(), layout.contentRect().topLeft());
    EXPECT_FALSE(layout.cellRect(0).isNull());
    EXPECT_TRUE(layout.cellRect(9999).isNull());
    // Panning moves cells by the difference.
    const QRect before = layout.cellRect(0);
    layout.setPan(QPoint(3, 2));
    EXPECT_EQ(layout.cellRect(0), before.translated(-3, -2));
    // A resize keeps the zoom and clamps the pan.
    layout.setPan(limit);
    layout.layout(QSize(1000, 700), HeatmapDecor());
    EXPECT_EQ(layout.zoom(), 8);
    EXPECT_LE(layout.pan().x(), layout.maxPan().x());
    EXPECT_LE(layout.pan().y(), layout.maxPan().y());
    // New groups reset both.
    layout.setGroups(rackedGroups({100}));
    layout.layout(QSize(800, 600), HeatmapDecor());
    EXPECT_EQ(layout.zoom(), 1);
    EXPECT_EQ(layout.pan(), QPoint());
}

TEST(HeatmapLayout, ZoomIsClampedAndOddInputIsSafe)
{
    HeatmapLayout layout = laidOut(contiguousGroups({1000}), QSize(800, 600));
    layout.setZoom(1000, QPoint(400, 300));
    EXPECT_EQ(layout.zoom(), HeatmapLayout::MaxZoom);
    layout.setZoom(std::numeric_limits<double>::quiet_NaN(), QPoint(-50, 1 << 30));
    EXPECT_EQ(layout.zoom(), 1);
    layout.setZoom(0.25, QPoint());
    EXPECT_EQ(layout.zoom(), 1);
    layout.setZoom(std::numeric_limits<double>::infinity(), QPoint(5000, -5000));
    EXPECT_EQ(layout.zoom(), 1);
    HeatmapLayout empty;
    empty.setZoom(4, QPoint(1, 1));
    empty.setPan(QPoint(10, 10));
    EXPECT_EQ(empty.cellAt(QPoint(1, 1)), -1);
    EXPECT_TRUE(empty.cellsIntersecting(QRect(0, 0, 100, 100)).empty());
}

TEST(HeatmapLayout, CellsIntersectingMatchesEveryCellsRect)
{
    HeatmapLayout layout = laidOut(rackedGroups({3000, 1000}), QSize(700, 500));
    const auto bruteForce = [&](QRect rect) {
        std::vector<int> cells;
        rect = rect.normalized().intersected(layout.contentRect());
        for (int cell = 0; cell < 4000; ++cell) {
            const QRect r = layout.cellRect(cell);
            if (!r.isNull() && r.intersects(rect))
                cells.push_back(cell);
        }
        return cells;
    };
    const QRect rects[] = {QRect(30, 40, 200, 90), QRect(QPoint(650, 480), QPoint(10, 5)),
                           QRect(-100, -100, 2000, 2000), QRect(300, 200, 1, 1)};
    for (const QRect &rect : rects)
        EXPECT_EQ(layout.cellsIntersecting(rect), bruteForce(rect));
    layout.setZoom(6, QPoint(350, 250));
    layout.setPan(layout.pan() + QPoint(17, 9));
    for (const QRect &rect : rects)
        EXPECT_EQ(layout.cellsIntersecting(rect), bruteForce(rect));
    EXPECT_FALSE(layout.cellsIntersecting(QRect(0, 0, 700, 500)).empty());
}

TEST(HeatmapLayout, GroupTitleAtFindsTheTitleLine)
{
    HeatmapLayout layout = laidOut(rackedGroups({3000, 1000, 500}), QSize(700, 500));
    for (size_t i = 0; i < layout.blocks().size(); ++i) {
        const QRect title = layout.blocks()[i].titleRect;
        EXPECT_EQ(layout.groupTitleAt(title.center()), int(i));
        EXPECT_EQ(layout.groupTitleAt(title.topLeft()), int(i));
        EXPECT_EQ(layout.groupTitleAt(layout.blocks()[i].gridRect.center()), -1);
    }
    EXPECT_EQ(layout.groupTitleAt(QPoint(-1, -1)), -1);
    EXPECT_EQ(layout.groupTitleAt(QPoint(350, 499)), -1);
}
