#include "heatmaplayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
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
        m_cellCount += group.cellCount;
        if (group.cellCount > 0) // an empty group far out must not size the offset table
            m_cellIndexEnd = std::max(m_cellIndexEnd, group.firstCell + group.cellCount);
        m_groups.push_back(std::move(group));
    }
    m_size = QSize();
    m_blocks.clear();
    m_blockOrderByCell.clear();
    m_cellOffsets.clear();
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

std::vector<HeatmapLayout::Fit> HeatmapLayout::candidates() const
{
    // The first group's node shape stands for all when breaking ties on squareness.
    int tileColumns = 1;
    int tileRows = 1;
    tileShape(m_groups.isEmpty() ? 1 : m_groups.front().cellsPerUnit, &tileColumns, &tileRows);
    struct Scored
    {
        Fit fit;
        int score;    // cell area, x1.5 with node gaps, x0.8 when not square
        int cellSkew; // |width - height|
        double skew;  // |log(node aspect)|: 0 for a square node
    };
    std::vector<Scored> scored;
    for (int w = 1; w <= MaxCellSizePx; ++w) {
        for (int h = 1; h <= MaxCellSizePx; ++h) {
            if (w > 2 * h || h > 2 * w)
                continue;
            const int gap = std::max(w, h) >= 8 ? 2 : 1;
            for (int g : {gap, 0}) {
                if (g > 0 && w * h == 1)
                    continue; // gaps around 1-px cells are noise, not structure
                const double aspect = double(tileColumns * w) / double(tileRows * h);
                scored.push_back({{QSize(w, h), g},
                                  w * h * (g > 0 ? 3 : 2) * (w == h ? 5 : 4),
                                  std::abs(w - h),
                                  std::abs(std::log(aspect))});
            }
        }
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.cellSkew != b.cellSkew)
            return a.cellSkew < b.cellSkew;
        if (a.skew != b.skew)
            return a.skew < b.skew;
        return a.fit.gapPx > b.fit.gapPx;
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
        int columns = 1;
        int rows = 1;
        tileShape(group.cellsPerUnit, &columns, &rows);
        const int pitchX = columns * fit.cellSize.width() + fit.gapPx;
        const int pitchY = rows * fit.cellSize.height() + fit.gapPx;
        const int unitsPerRow = (width + fit.gapPx) / pitchX;
        if (unitsPerRow < 1)
            return std::numeric_limits<qint64>::max();
        const qint64 units = ceilDiv(group.cellCount, group.cellsPerUnit);
        const qint64 unitRows = ceilDiv(units, unitsPerRow);
        total +=
            decor.titleHeightPx + decor.paddingPx + (unitRows ? unitRows * pitchY - fit.gapPx : 0);
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

    m_size = size.expandedTo(QSize(0, 0));
    m_blocks.clear();
    m_blockOrderByCell.clear();
    m_cellOffsets.assign(size_t(m_cellIndexEnd), -1);
    m_visibleCellCount = 0;
    m_cellSize = QSize();
    m_gapPx = 0;

    const int width = m_size.width();
    const int height = m_size.height();
    const int legendTop = height - decor.marginPx - decor.legendHeightPx;
    m_contentRect = QRect(decor.marginPx, decor.marginPx, width - 2 * decor.marginPx,
                          legendTop - decor.legendSpacingPx - decor.marginPx);
    m_legendRect =
        QRect(decor.marginPx, legendTop, width - 2 * decor.marginPx, decor.legendHeightPx);
    if (m_groups.isEmpty() || m_contentRect.width() <= 0 || m_contentRect.height() <= 0)
        return;

    const int gridWidth = m_contentRect.width() - 2 * decor.paddingPx;
    Fit chosen{QSize(1, 1), 0}; // clipped if even this does not fit
    for (const Fit &fit : candidates()) {
        if (requiredHeight(gridWidth, decor, fit) <= m_contentRect.height()) {
            chosen = fit;
            break;
        }
    }
    place(decor, chosen);

    // The legend follows the content so the two read together on a tall screen.
    if (!m_blocks.empty()) {
        const int below = m_blocks.back().panelRect.bottom() + 1 + decor.legendSpacingPx;
        if (below < m_legendRect.top())
            m_legendRect.moveTop(below);
    }
}

void HeatmapLayout::place(const HeatmapDecor &decor, const Fit &fit)
{
    m_cellSize = fit.cellSize;
    m_gapPx = fit.gapPx;
    const int cellWidth = fit.cellSize.width();
    const int cellHeight = fit.cellSize.height();
    const int gapPx = fit.gapPx;
    const int width = m_size.width();
    const QRect content = m_contentRect;
    const int gridWidth = content.width() - 2 * decor.paddingPx;
    const int clipRight = content.x() + content.width();
    const int clipBottom = content.y() + content.height();

    int y = content.y();
    m_blocks.reserve(size_t(m_groups.size()));
    for (qsizetype gi = 0; gi < m_groups.size(); ++gi) {
        const HeatmapGroup &group = m_groups.at(gi);
        Block block;
        block.group = int(gi);
        block.firstCell = group.firstCell;
        block.cellCount = group.cellCount;
        block.cellsPerUnit = group.cellsPerUnit;
        tileShape(group.cellsPerUnit, &block.tileColumns, &block.tileRows);
        block.pitchXPx = block.tileColumns * cellWidth + gapPx;
        block.pitchYPx = block.tileRows * cellHeight + gapPx;
        block.unitsPerRow = std::max(1, (gridWidth + gapPx) / block.pitchXPx);
        const int units = int(ceilDiv(group.cellCount, group.cellsPerUnit));
        const int unitRows = int(ceilDiv(units, block.unitsPerRow));
        const int rowsHeight = unitRows ? unitRows * block.pitchYPx - gapPx : 0;
        const int usedWidth =
            units ? std::min(units, block.unitsPerRow) * block.pitchXPx - gapPx : 0;
        // Several rows: centre the grid so the remainder (< one tile) splits evenly.
        const int gridX =
            content.x() + decor.paddingPx + (unitRows > 1 ? (gridWidth - usedWidth) / 2 : 0);
        const int gridY = y + decor.titleHeightPx;
        block.panelRect = QRect(content.x(), y, content.width(),
                                decor.titleHeightPx + rowsHeight + decor.paddingPx);
        block.titleRect = QRect(content.x() + decor.paddingPx, y, gridWidth, decor.titleHeightPx);
        block.gridRect = QRect(gridX, gridY, usedWidth, rowsHeight);

        int local = 0;
        for (int unitRow = 0; unitRow < unitRows && local < group.cellCount; ++unitRow) {
            const int unitY = gridY + unitRow * block.pitchYPx;
            for (int unitColumn = 0; unitColumn < block.unitsPerRow && local < group.cellCount;
                 ++unitColumn) {
                const int unitX = gridX + unitColumn * block.pitchXPx;
                for (int within = 0; within < group.cellsPerUnit && local < group.cellCount;
                     ++within, ++local) {
                    const int x = unitX + (within % block.tileColumns) * cellWidth;
                    const int cy = unitY + (within / block.tileColumns) * cellHeight;
                    if (x + cellWidth > clipRight || cy + cellHeight > clipBottom)
                        continue; // clipped: the widget is too small for every cell
                    m_cellOffsets[size_t(group.firstCell + local)] = qint32(cy * width + x);
                    ++m_visibleCellCount;
                }
            }
        }
        m_blocks.push_back(block);
        y += block.panelRect.height() + decor.groupSpacingPx;
    }

    m_blockOrderByCell.resize(m_blocks.size());
    for (size_t i = 0; i < m_blocks.size(); ++i)
        m_blockOrderByCell[i] = int(i);
    std::sort(m_blockOrderByCell.begin(), m_blockOrderByCell.end(), [this](int a, int b) {
        return m_blocks[size_t(a)].firstCell < m_blocks[size_t(b)].firstCell;
    });
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
    const int unitColumn = dx / block.pitchXPx;
    const int unitRow = dy / block.pitchYPx;
    const int inX = dx - unitColumn * block.pitchXPx;
    const int inY = dy - unitRow * block.pitchYPx;
    if (unitColumn >= block.unitsPerRow || inX >= block.tileColumns * cellWidth ||
        inY >= block.tileRows * cellHeight)
        return -1; // in a gap between nodes
    const qint64 unit = qint64(unitRow) * block.unitsPerRow + unitColumn;
    const int within = (inY / cellHeight) * block.tileColumns + inX / cellWidth;
    const qint64 local = unit * block.cellsPerUnit + within;
    if (within >= block.cellsPerUnit || local >= block.cellCount)
        return -1;
    const int cell = block.firstCell + int(local);
    return m_cellOffsets[size_t(cell)] >= 0 ? cell : -1;
}

QRect HeatmapLayout::cellRect(int cell) const
{
    if (cell < 0 || size_t(cell) >= m_cellOffsets.size() || m_size.width() <= 0)
        return {};
    const qint32 offset = m_cellOffsets[size_t(cell)];
    if (offset < 0)
        return {};
    return QRect(QPoint(offset % m_size.width(), offset / m_size.width()), m_cellSize);
}

int HeatmapLayout::blockOfCell(int cell) const
{
    if (cell < 0 || m_blockOrderByCell.empty())
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
    if (index < 0)
        return {};
    const Block &block = m_blocks[size_t(index)];
    const int unit = (cell - block.firstCell) / block.cellsPerUnit;
    const int unitColumn = unit % block.unitsPerRow;
    const int unitRow = unit / block.unitsPerRow;
    return QRect(block.gridRect.x() + unitColumn * block.pitchXPx,
                 block.gridRect.y() + unitRow * block.pitchYPx,
                 block.tileColumns * m_cellSize.width(), block.tileRows * m_cellSize.height());
}
