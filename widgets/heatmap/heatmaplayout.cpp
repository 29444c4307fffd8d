#include "heatmaplayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

qint64 floorDiv(qint64 a, qint64 b) // b > 0
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Gaps grow with the zoom up to this factor; beyond it they would only push cells apart.
constexpr double GapZoomLimit = 4;

// Bounds zoomed coordinates far inside int on absurd inputs (a 1-px-wide widget).
constexpr qint64 MaxExtentPx = qint64(1) << 30;

int clampExtent(qint64 px)
{
    return int(std::clamp<qint64>(px, 0, MaxExtentPx));
}

} // namespace

int HeatmapLayout::setGroups(QList<HeatmapGroup> groups)
{
    struct Range
    {
        qint64 first;
        qint64 end;
        qsizetype index;
    };
    std::vector<Range> ranges;
    ranges.reserve(size_t(groups.size()));
    std::vector<char> keep(size_t(groups.size()), 0);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const HeatmapGroup &group = groups.at(i);
        const qint64 end = qint64(group.firstCell) + group.cellCount;
        if (group.firstCell < 0 || group.cellCount < 0 || end > MaxCells)
            continue;
        ranges.push_back({group.firstCell, end, i});
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) {
        return a.first != b.first ? a.first < b.first : a.index < b.index;
    });
    qint64 coveredEnd = 0;
    for (const Range &range : ranges) {
        if (range.end > range.first && range.first < coveredEnd)
            continue; // overlaps a group that starts earlier
        keep[size_t(range.index)] = 1;
        coveredEnd = std::max(coveredEnd, range.end);
    }

    m_groups.clear();
    m_cellCount = 0;
    m_cellIndexEnd = 0;
    int rejected = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!keep[size_t(i)]) {
            ++rejected;
            continue;
        }
        HeatmapGroup group = std::move(groups[i]);
        group.cellsPerUnit = std::clamp(group.cellsPerUnit, 1, MaxCellsPerUnit);
        group.unitsPerRack = std::clamp(group.unitsPerRack, 0, MaxUnitsPerRack);
        m_cellCount += group.cellCount;
        if (group.cellCount > 0) // an empty group far out must not size the offset table
            m_cellIndexEnd = std::max(m_cellIndexEnd, group.firstCell + group.cellCount);
        m_groups.push_back(std::move(group));
    }
    m_size = QSize();
    m_zoom = 1;
    m_pan = QPoint();
    m_contentSize = QSize();
    m_clipped = false;
    m_arrangements.clear();
    m_originBlocks.clear();
    m_blocks.clear();
    m_blockOrderByCell.clear();
    m_cellOffsets.clear();
    m_partialCells.clear();
    m_visibleCellCount = 0;
    return rejected;
}

void HeatmapLayout::tileShape(int cellsPerUnit, int *columns, int *rows)
{
    // The most square divisor pair, wider than tall: 8 -> 4x2, 16 -> 4x4, 6 -> 3x2.
    int best = 1;
    for (int r = 1; r * r <= cellsPerUnit; ++r) {
        if (cellsPerUnit % r == 0)
            best = r;
    }
    *rows = best;
    *columns = cellsPerUnit / best;
}

void HeatmapLayout::rackShape(const HeatmapGroup &group, const Fit &fit, Arrangement *arrangement)
{
    Arrangement &a = *arrangement;
    a.unitsPerRack = std::max(1, group.unitsPerRack);
    tileShape(group.cellsPerUnit, &a.tileColumns, &a.tileRows);
    a.rackColumns = a.unitsPerRack;
    a.rackRows = 1;
    // The divisor arrangement whose pixels are nearest a square; ties go to the taller one,
    // as racks stand upright.
    const double unitWidth = double(a.tileColumns * fit.cellSize.width());
    const double unitHeight = double(a.tileRows * fit.cellSize.height());
    double best = std::numeric_limits<double>::max();
    for (int rows = 1; rows <= a.unitsPerRack; ++rows) {
        if (a.unitsPerRack % rows != 0)
            continue;
        const int columns = a.unitsPerRack / rows;
        const double width = columns * unitWidth + (columns - 1) * fit.unitGapPx;
        const double height = rows * unitHeight + (rows - 1) * fit.unitGapPx;
        const double skew = std::abs(std::log(width / height));
        if (skew <= best + 1e-9) {
            best = std::min(best, skew);
            a.rackColumns = columns;
            a.rackRows = rows;
        }
    }
}

void HeatmapLayout::blockMetrics(Block *block, QSize cell, int unitGapPx, int rackGapPx)
{
    const int unitWidth = block->tileColumns * cell.width();
    const int unitHeight = block->tileRows * cell.height();
    block->unitPitchXPx = unitWidth + unitGapPx;
    block->unitPitchYPx = unitHeight + unitGapPx;
    block->rackWidthPx = block->rackColumns * unitWidth + (block->rackColumns - 1) * unitGapPx;
    block->rackHeightPx = block->rackRows * unitHeight + (block->rackRows - 1) * unitGapPx;
    block->rackPitchXPx = block->rackWidthPx + rackGapPx;
    block->rackPitchYPx = block->rackHeightPx + rackGapPx;
}

bool HeatmapLayout::hasRacks() const
{
    return std::any_of(m_groups.begin(), m_groups.end(),
                       [](const HeatmapGroup &group) { return group.unitsPerRack > 1; });
}

std::vector<HeatmapLayout::Fit> HeatmapLayout::candidates() const
{
    // The first group's node shape stands for all when breaking ties on squareness.
    int tileColumns = 1;
    int tileRows = 1;
    tileShape(m_groups.isEmpty() ? 1 : m_groups.front().cellsPerUnit, &tileColumns, &tileRows);
    const bool racks = hasRacks();
    struct Scored
    {
        Fit fit;
        int tier;     // with racks: 0 with gaps between racks, 1 without (a last resort)
        int score;    // cell area, weighted by the gaps shown and squareness
        int cellSkew; // |width - height|
        double skew;  // |log(node aspect)|: 0 for a square node
    };
    std::vector<Scored> scored;
    for (int w = 1; w <= MaxCellSizePx; ++w) {
        for (int h = 1; h <= MaxCellSizePx; ++h) {
            if (w > 2 * h || h > 2 * w)
                continue;
            const int square = w == h ? 5 : 4;
            const int gap = std::max(w, h) >= 8 ? 2 : 1;
            const double aspect = double(tileColumns * w) / double(tileRows * h);
            const auto add = [&](int unitGap, int rackGap, int tier, int weight) {
                scored.push_back({{QSize(w, h), unitGap, rackGap},
                                  tier,
                                  w * h * weight * square,
                                  std::abs(w - h),
                                  std::abs(std::log(aspect))});
            };
            if (!racks) {
                // Node gaps x1.5; gaps around 1-px cells are noise, not structure.
                if (w * h > 1)
                    add(gap, gap, 0, 3);
                add(0, 0, 0, 2);
                continue;
            }
            // Rack gaps first, node gaps (x1.2) while there is room: around a rack of
            // 1-px cells a gap is structure again.
            if (w * h > 1)
                add(gap, 2 * gap, 0, 6);
            add(0, 2 * gap, 0, 5);
            add(0, gap, 0, 5);
            add(0, 0, 1, 4);
        }
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.cellSkew != b.cellSkew)
            return a.cellSkew < b.cellSkew;
        if (a.skew != b.skew)
            return a.skew < b.skew;
        if (a.fit.rackGapPx != b.fit.rackGapPx)
            return a.fit.rackGapPx > b.fit.rackGapPx;
        return a.fit.unitGapPx > b.fit.unitGapPx;
    });
    std::vector<Fit> fits;
    fits.reserve(scored.size());
    for (const Scored &s : scored)
        fits.push_back(s.fit);
    return fits;
}

qint64 HeatmapLayout::requiredHeight(int width, const HeatmapDecor &decor, const Fit &fit) const
{
    qint64 total = 0;
    for (const HeatmapGroup &group : m_groups) {
        Arrangement a;
        rackShape(group, fit, &a);
        Block block;
        block.tileColumns = a.tileColumns;
        block.tileRows = a.tileRows;
        block.rackColumns = a.rackColumns;
        block.rackRows = a.rackRows;
        blockMetrics(&block, fit.cellSize, fit.unitGapPx, fit.rackGapPx);
        const int racksPerRow = (width + fit.rackGapPx) / block.rackPitchXPx;
        if (racksPerRow < 1)
            return std::numeric_limits<qint64>::max();
        const qint64 units = ceilDiv(group.cellCount, group.cellsPerUnit);
        const qint64 racks = ceilDiv(units, a.unitsPerRack);
        const qint64 rows = ceilDiv(racks, racksPerRow);
        total += decor.titleHeightPx + decor.paddingPx +
                 (rows ? rows * block.rackPitchYPx - fit.rackGapPx : 0);
    }
    total += qint64(decor.groupSpacingPx) * std::max<qsizetype>(0, m_groups.size() - 1);
    return total;
}

void HeatmapLayout::layout(QSize size, const HeatmapDecor &decorIn)
{
    HeatmapDecor decor = decorIn;
    decor.marginPx = std::max(0, decor.marginPx);
    decor.titleHeightPx = std::max(0, decor.titleHeightPx);
    decor.paddingPx = std::max(0, decor.paddingPx);
    decor.groupSpacingPx = std::max(0, decor.groupSpacingPx);
    decor.legendHeightPx = std::max(0, decor.legendHeightPx);
    decor.legendSpacingPx = std::max(0, decor.legendSpacingPx);
    m_decor = decor;

    m_size = size.expandedTo(QSize(0, 0));
    m_arrangements.clear();
    m_originBlocks.clear();
    m_blocks.clear();
    m_blockOrderByCell.clear();
    m_cellOffsets.assign(size_t(m_cellIndexEnd), -1);
    m_partialCells.clear();
    m_visibleCellCount = 0;
    m_cellSize = QSize();
    m_unitGapPx = 0;
    m_rackGapPx = 0;
    m_contentSize = QSize();
    m_clipped = false;

    const int width = m_size.width();
    const int height = m_size.height();
    const int legendTop = height - decor.marginPx - decor.legendHeightPx;
    m_contentRect = QRect(decor.marginPx, decor.marginPx, width - 2 * decor.marginPx,
                          legendTop - decor.legendSpacingPx - decor.marginPx);
    m_legendRect =
        QRect(decor.marginPx, legendTop, width - 2 * decor.marginPx, decor.legendHeightPx);
    m_bottomLegendRect = m_legendRect;
    if (m_groups.isEmpty() || m_contentRect.width() <= 0 || m_contentRect.height() <= 0) {
        m_pan = QPoint();
        return;
    }

    const int gridWidth = m_contentRect.width() - 2 * decor.paddingPx;
    Fit chosen{QSize(1, 1), 0, 0}; // clipped if even this does not fit
    for (const Fit &fit : candidates()) {
        if (requiredHeight(gridWidth, decor, fit) <= m_contentRect.height()) {
            chosen = fit;
            break;
        }
    }
    m_fit = chosen;
    m_arrangements.reserve(size_t(m_groups.size()));
    for (const HeatmapGroup &group : m_groups) {
        Arrangement a;
        rackShape(group, chosen, &a);
        Block block;
        block.tileColumns = a.tileColumns;
        block.tileRows = a.tileRows;
        block.rackColumns = a.rackColumns;
        block.rackRows = a.rackRows;
        blockMetrics(&block, chosen.cellSize, chosen.unitGapPx, chosen.rackGapPx);
        a.racksPerRow = std::max(1, (gridWidth + chosen.rackGapPx) / block.rackPitchXPx);
        a.racks = ceilDiv(ceilDiv(group.cellCount, group.cellsPerUnit), a.unitsPerRack);
        m_arrangements.push_back(a);
    }

    // At 1x first: what is clipped there, and where the legend goes.
    const double zoom = m_zoom;
    const QPoint pan = m_pan;
    m_zoom = 1;
    m_pan = QPoint();
    buildGeometry();
    applyPan();
    m_clipped = m_visibleCellCount < m_cellCount;
    // At 1x the legend follows the content so the two read together on a tall screen.
    if (!m_originBlocks.empty()) {
        const int below = m_originBlocks.back().panelRect.bottom() + 1 + decor.legendSpacingPx;
        if (below < m_legendRect.top())
            m_legendRect.moveTop(below);
    }

    m_blockOrderByCell.resize(m_originBlocks.size());
    for (size_t i = 0; i < m_originBlocks.size(); ++i)
        m_blockOrderByCell[i] = int(i);
    std::sort(m_blockOrderByCell.begin(), m_blockOrderByCell.end(), [this](int a, int b) {
        return m_originBlocks[size_t(a)].firstCell < m_originBlocks[size_t(b)].firstCell;
    });

    if (zoom > 1) {
        m_zoom = zoom;
        m_pan = pan;
        buildGeometry();
        applyPan();
    }
}

void HeatmapLayout::buildGeometry()
{
    m_originBlocks.clear();
    m_contentSize = QSize();
    if (m_arrangements.size() != size_t(m_groups.size()) || m_groups.isEmpty())
        return;
    const double gapZoom = std::min(m_zoom, GapZoomLimit);
    m_cellSize = QSize(std::max(1, int(std::lround(m_fit.cellSize.width() * m_zoom))),
                       std::max(1, int(std::lround(m_fit.cellSize.height() * m_zoom))));
    m_unitGapPx = int(std::lround(m_fit.unitGapPx * gapZoom));
    m_rackGapPx = int(std::lround(m_fit.rackGapPx * gapZoom));
    const QRect content = m_contentRect;
    const HeatmapDecor &decor = m_decor;

    // Shapes first: the widest grid sets the zoomed content's width.
    qint64 widest = 0;
    m_originBlocks.reserve(size_t(m_groups.size()));
    for (qsizetype gi = 0; gi < m_groups.size(); ++gi) {
        const HeatmapGroup &group = m_groups.at(gi);
        const Arrangement &a = m_arrangements[size_t(gi)];
        Block block;
        block.group = int(gi);
        block.firstCell = group.firstCell;
        block.cellCount = group.cellCount;
        block.cellsPerUnit = group.cellsPerUnit;
        block.unitsPerRack = a.unitsPerRack;
        block.tileColumns = a.tileColumns;
        block.tileRows = a.tileRows;
        block.rackColumns = a.rackColumns;
        block.rackRows = a.rackRows;
        block.racksPerRow = a.racksPerRow;
        blockMetrics(&block, m_cellSize, m_unitGapPx, m_rackGapPx);
        const qint64 rows = ceilDiv(a.racks, a.racksPerRow);
        const qint64 usedWidth =
            a.racks ? std::min<qint64>(a.racks, a.racksPerRow) * block.rackPitchXPx - m_rackGapPx
                    : 0;
        block.gridRect.setSize(
            QSize(clampExtent(usedWidth),
                  clampExtent(rows ? rows * block.rackPitchYPx - m_rackGapPx : 0)));
        widest = std::max(widest, usedWidth);
        m_originBlocks.push_back(block);
    }
    const int gridWidth =
        clampExtent(std::max<qint64>(content.width() - 2 * decor.paddingPx, widest));
    const int contentWidth = gridWidth + 2 * decor.paddingPx;

    qint64 y = content.y();
    for (Block &block : m_originBlocks) {
        const Arrangement &a = m_arrangements[size_t(block.group)];
        const bool severalRows = a.racks > a.racksPerRow;
        const QSize grid = block.gridRect.size();
        // Several rows: centre the grid so the remainder (< one rack) splits evenly.
        const int gridX =
            content.x() + decor.paddingPx + (severalRows ? (gridWidth - grid.width()) / 2 : 0);
        const int top = clampExtent(y);
        block.panelRect = QRect(content.x(), top, contentWidth,
                                decor.titleHeightPx + grid.height() + decor.paddingPx);
        block.titleRect = QRect(content.x() + decor.paddingPx, top,
                                content.width() - 2 * decor.paddingPx, decor.titleHeightPx);
        block.gridRect = QRect(QPoint(gridX, top + decor.titleHeightPx), grid);
        y += block.panelRect.height() + decor.groupSpacingPx;
    }
    m_contentSize = QSize(contentWidth, clampExtent(y - decor.groupSpacingPx - content.y()));
}

QPoint HeatmapLayout::maxPan() const
{
    if (m_zoom <= 1 || m_contentSize.isEmpty())
        return {};
    return QPoint(std::max(0, m_contentSize.width() - m_contentRect.width()),
                  std::max(0, m_contentSize.height() - m_contentRect.height()));
}

template<typename Visit> void HeatmapLayout::forEachCellIn(const QRect &rect, Visit visit) const
{
    const int cellWidth = m_cellSize.width();
    const int cellHeight = m_cellSize.height();
    for (const Block &block : m_blocks) {
        if (block.cellCount <= 0 || !block.gridRect.intersects(rect))
            continue;
        const qint64 units = ceilDiv(block.cellCount, block.cellsPerUnit);
        const qint64 racks = ceilDiv(units, block.unitsPerRack);
        const qint64 rows = ceilDiv(racks, block.racksPerRow);
        const QPoint grid = block.gridRect.topLeft();
        const qint64 firstRow =
            std::max<qint64>(0, floorDiv(rect.top() - grid.y(), block.rackPitchYPx));
        const qint64 lastRow =
            std::min<qint64>(rows - 1, floorDiv(rect.bottom() - grid.y(), block.rackPitchYPx));
        const qint64 firstColumn =
            std::max<qint64>(0, floorDiv(rect.left() - grid.x(), block.rackPitchXPx));
        const qint64 lastColumn = std::min<qint64>(
            block.racksPerRow - 1, floorDiv(rect.right() - grid.x(), block.rackPitchXPx));
        for (qint64 row = firstRow; row <= lastRow; ++row) {
            const int rackY = grid.y() + int(row) * block.rackPitchYPx;
            for (qint64 column = firstColumn; column <= lastColumn; ++column) {
                const qint64 rack = row * block.racksPerRow + column;
                if (rack >= racks)
                    break;
                const int rackX = grid.x() + int(column) * block.rackPitchXPx;
                for (int k = 0; k < block.unitsPerRack; ++k) {
                    const qint64 unit = rack * block.unitsPerRack + k;
                    if (unit >= units)
                        break;
                    const int unitX = rackX + (k % block.rackColumns) * block.unitPitchXPx;
                    const int unitY = rackY + (k / block.rackColumns) * block.unitPitchYPx;
                    if (!QRect(unitX, unitY, block.tileColumns * cellWidth,
                               block.tileRows * cellHeight)
                             .intersects(rect))
                        continue;
                    const int first = int(unit * block.cellsPerUnit);
                    const int count = std::min(block.cellsPerUnit, block.cellCount - first);
                    for (int within = 0; within < count; ++within) {
                        const QRect r(unitX + (within % block.tileColumns) * cellWidth,
                                      unitY + (within / block.tileColumns) * cellHeight, cellWidth,
                                      cellHeight);
                        if (r.intersects(rect))
                            visit(block.firstCell + first + within, r);
                    }
                }
            }
        }
    }
}

void HeatmapLayout::applyPan()
{
    const QPoint limit = maxPan();
    m_pan = QPoint(std::clamp(m_pan.x(), 0, limit.x()), std::clamp(m_pan.y(), 0, limit.y()));
    m_blocks = m_originBlocks;
    for (Block &block : m_blocks) {
        block.panelRect.translate(-m_pan);
        block.gridRect.translate(-m_pan);
        block.titleRect.translate(0, -m_pan.y()); // stays at the left edge
    }
    std::fill(m_cellOffsets.begin(), m_cellOffsets.end(), -1);
    m_partialCells.clear();
    m_visibleCellCount = 0;
    if (m_blocks.empty() || m_cellSize.isEmpty())
        return;
    const QRect viewport = m_contentRect;
    const bool showPartial = m_zoom > 1;
    const int width = m_size.width();
    qint32 *offsets = m_cellOffsets.data();
    int visible = 0;
    forEachCellIn(viewport, [&](int cell, const QRect &r) {
        if (viewport.contains(r)) {
            offsets[cell] = qint32(r.y() * width + r.x());
            ++visible;
        } else if (showPartial) {
            m_partialCells.push_back({cell, r.intersected(viewport)});
        }
    });
    m_visibleCellCount = visible;
}

void HeatmapLayout::setPan(QPoint pan)
{
    if (pan == m_pan)
        return;
    m_pan = pan;
    applyPan();
}

void HeatmapLayout::setZoom(double zoom, QPoint anchor)
{
    zoom = std::isfinite(zoom) ? std::clamp(zoom, 1.0, MaxZoom) : 1.0;
    if (zoom == m_zoom)
        return;
    if (m_originBlocks.empty()) { // nothing laid out yet: takes effect with layout()
        m_zoom = zoom;
        m_pan = QPoint();
        return;
    }
    const QPoint origin = m_contentRect.topLeft();
    const QSize oldContent = m_contentSize;
    const QPoint oldPoint = anchor - origin + m_pan; // in the old content
    const int cell = cellAt(anchor);
    double fractionX = 0;
    double fractionY = 0;
    if (cell >= 0) {
        const QRect old = cellGeometry(m_blocks[size_t(blockOfCell(cell))],
                                       cell - m_blocks[size_t(blockOfCell(cell))].firstCell);
        fractionX = (anchor.x() - old.x() + 0.5) / old.width();
        fractionY = (anchor.y() - old.y() + 0.5) / old.height();
    }

    m_zoom = zoom;
    buildGeometry();
    QPoint pan;
    if (cell >= 0) {
        // The same point of the same cell under the anchor.
        const Block &block = m_originBlocks[size_t(blockOfCell(cell))];
        const QRect now = cellGeometry(block, cell - block.firstCell);
        const QPoint target(now.x() + int(fractionX * now.width()),
                            now.y() + int(fractionY * now.height()));
        pan = target - anchor;
    } else {
        // Between cells: scale the point with the content.
        const auto scale = [](int v, int from, int to) {
            return from > 0 ? int(std::lround(double(v) * to / from)) : 0;
        };
        const QPoint point(scale(oldPoint.x(), oldContent.width(), m_contentSize.width()),
                           scale(oldPoint.y(), oldContent.height(), m_contentSize.height()));
        pan = point - (anchor - origin);
    }
    m_pan = pan;
    applyPan();
}

bool HeatmapLayout::isShown(int cell, const QRect &rect) const
{
    if (m_zoom > 1)
        return rect.intersects(m_contentRect);
    return m_cellOffsets[size_t(cell)] >= 0;
}

QRect HeatmapLayout::cellGeometry(const Block &block, int local) const
{
    const int unit = local / block.cellsPerUnit;
    const int within = local - unit * block.cellsPerUnit;
    const int rack = unit / block.unitsPerRack;
    const int inRack = unit - rack * block.unitsPerRack;
    const int row = rack / block.racksPerRow;
    const int column = rack - row * block.racksPerRow;
    const int x = block.gridRect.x() + column * block.rackPitchXPx +
                  (inRack % block.rackColumns) * block.unitPitchXPx +
                  (within % block.tileColumns) * m_cellSize.width();
    const int y = block.gridRect.y() + row * block.rackPitchYPx +
                  (inRack / block.rackColumns) * block.unitPitchYPx +
                  (within / block.tileColumns) * m_cellSize.height();
    return QRect(QPoint(x, y), m_cellSize);
}

int HeatmapLayout::cellAt(QPoint point) const
{
    if (m_blocks.empty() || !m_contentRect.contains(point))
        return -1;
    // Blocks are stacked downwards: the last one whose grid starts at or above the point.
    const auto it =
        std::upper_bound(m_blocks.begin(), m_blocks.end(), point.y(),
                         [](int y, const Block &block) { return y < block.gridRect.top(); });
    if (it == m_blocks.begin())
        return -1;
    const Block &block = *(it - 1);
    if (!block.gridRect.contains(point))
        return -1;
    const int cellWidth = m_cellSize.width();
    const int cellHeight = m_cellSize.height();
    const int dx = point.x() - block.gridRect.x();
    const int dy = point.y() - block.gridRect.y();
    const int rackColumn = dx / block.rackPitchXPx;
    const int rackRow = dy / block.rackPitchYPx;
    const int inRackX = dx - rackColumn * block.rackPitchXPx;
    const int inRackY = dy - rackRow * block.rackPitchYPx;
    if (rackColumn >= block.racksPerRow || inRackX >= block.rackWidthPx ||
        inRackY >= block.rackHeightPx)
        return -1; // in a gap between racks
    const int unitColumn = inRackX / block.unitPitchXPx;
    const int unitRow = inRackY / block.unitPitchYPx;
    const int inX = inRackX - unitColumn * block.unitPitchXPx;
    const int inY = inRackY - unitRow * block.unitPitchYPx;
    if (inX >= block.tileColumns * cellWidth || inY >= block.tileRows * cellHeight)
        return -1; // in a gap between nodes
    const qint64 rack = qint64(rackRow) * block.racksPerRow + rackColumn;
    const qint64 unit =
        rack * block.unitsPerRack + qint64(unitRow) * block.rackColumns + unitColumn;
    const int within = (inY / cellHeight) * block.tileColumns + inX / cellWidth;
    const qint64 local = unit * block.cellsPerUnit + within;
    if (within >= block.cellsPerUnit || local >= block.cellCount)
        return -1;
    const int cell = block.firstCell + int(local);
    // Zoomed, a cell cut by the viewport's edge still answers for its visible part.
    return m_zoom > 1 || m_cellOffsets[size_t(cell)] >= 0 ? cell : -1;
}

QRect HeatmapLayout::cellRect(int cell) const
{
    if (cell >= 0 && size_t(cell) < m_cellOffsets.size() && m_size.width() > 0) {
        const qint32 offset = m_cellOffsets[size_t(cell)];
        if (offset >= 0) // wholly in view: the common case, without the geometry
            return QRect(QPoint(offset % m_size.width(), offset / m_size.width()), m_cellSize);
    }
    const int index = blockOfCell(cell);
    if (index < 0 || m_cellSize.isEmpty())
        return {};
    const Block &block = m_blocks[size_t(index)];
    const QRect r = cellGeometry(block, cell - block.firstCell);
    return isShown(cell, r) ? r : QRect();
}

int HeatmapLayout::blockOfCell(int cell) const
{
    if (cell < 0 || m_blockOrderByCell.empty() || m_blocks.size() != m_blockOrderByCell.size())
        return -1;
    const auto it = std::upper_bound(
        m_blockOrderByCell.begin(), m_blockOrderByCell.end(), cell,
        [this](int c, int blockIndex) { return c < m_blocks[size_t(blockIndex)].firstCell; });
    if (it == m_blockOrderByCell.begin())
        return -1;
    const Block &block = m_blocks[size_t(*(it - 1))];
    return cell < block.firstCell + block.cellCount ? *(it - 1) : -1;
}

QRect HeatmapLayout::unitRect(int cell) const
{
    const int index = blockOfCell(cell);
    if (index < 0 || m_cellSize.isEmpty())
        return {};
    const Block &block = m_blocks[size_t(index)];
    const int local = cell - block.firstCell;
    const QRect first = cellGeometry(block, local - local % block.cellsPerUnit);
    return QRect(first.topLeft(), QSize(block.tileColumns * m_cellSize.width(),
                                        block.tileRows * m_cellSize.height()));
}

int HeatmapLayout::groupTitleAt(QPoint point) const
{
    if (m_blocks.empty() || !m_contentRect.contains(point))
        return -1;
    const auto it =
        std::upper_bound(m_blocks.begin(), m_blocks.end(), point.y(),
                         [](int y, const Block &block) { return y < block.titleRect.top(); });
    if (it == m_blocks.begin())
        return -1;
    const Block &block = *(it - 1);
    return block.titleRect.contains(point) ? block.group : -1;
}

std::vector<int> HeatmapLayout::cellsIntersecting(QRect rect) const
{
    std::vector<int> cells;
    rect = rect.normalized().intersected(m_contentRect);
    if (rect.isEmpty() || m_cellSize.isEmpty())
        return cells;
    const bool zoomed = m_zoom > 1;
    forEachCellIn(rect, [&](int cell, const QRect &) {
        // At 1x only wholly shown cells count; zoomed, rect lies inside the viewport.
        if (zoomed || m_cellOffsets[size_t(cell)] >= 0)
            cells.push_back(cell);
    });
    if (!std::is_sorted(cells.begin(), cells.end()))
        std::sort(cells.begin(), cells.end());
    return cells;
}
