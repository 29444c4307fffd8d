#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <vector>

// One block of the heatmap: a smart computing center. Its cells (chips) are the global
// indices firstCell .. firstCell + cellCount - 1, in units (nodes) of cellsPerUnit.
struct HeatmapGroup
{
    QString label;
    int firstCell = 0;
    int cellCount = 0;
    int cellsPerUnit = 8;
};

// Decoration sizes in pixels; the view derives them from its font.
struct HeatmapDecor
{
    int marginPx = 8;        // around everything
    int titleHeightPx = 20;  // a group's title line
    int paddingPx = 6;       // inside a group's panel, around its grid
    int groupSpacingPx = 6;  // between panels
    int legendHeightPx = 34; // the colour legend at the bottom
    int legendSpacingPx = 6; // between the last panel and the legend
};

// Pure geometry of the heatmap, no painting: where every cell goes for a given widget
// size, and the inverse (point -> cell) in O(log groups) without looking at cells.
//
// Groups are stacked top to bottom in the order given, full width, each as tall as its
// rows need, so a center's area is proportional to its chip count and every center
// shares one cell size (equal chips look equal). Inside a group, a unit (node) is a
// near-square tile (8 chips -> 4x2); tiles flow left to right, then down.
// Cells are integer rectangles, at most twice as long as wide, so the fleet can fill the
// area instead of stopping at the next smaller square. The biggest cell that fits wins,
// where a gap between nodes is worth half again the cell area (node boundaries are what
// operators look for) and a non-square cell counts 20 % less; ties go to squarer nodes. When
// nothing fits even at 1 px, cells past the bottom are clipped and visibleCellCount() says how many
// remain.
//
// cellOffsets() is the per-cell precomputed pixel offset (y * width + x) that lets the
// view paint 200,000 cells with one tight loop.
class HeatmapLayout
{
public:
    struct Block
    {
        int group = -1; // index into groups()
        QRect panelRect;
        QRect titleRect;
        QRect gridRect; // bounding box of the cell grid (may be clipped)
        int firstCell = 0;
        int cellCount = 0;
        int cellsPerUnit = 1;
        int tileColumns = 1; // a unit's shape in cells
        int tileRows = 1;
        int unitsPerRow = 1;
        int pitchXPx = 1; // unit to unit, gap included
        int pitchYPx = 1;
    };

    static constexpr int MaxCells = 1 << 24; // far beyond any base; bounds memory on bad input
    static constexpr int MaxCellsPerUnit = 64;
    static constexpr int MaxCellSizePx = 32;

    // Validates the groups (untrusted): negative or oversized ranges, and ranges that
    // overlap an earlier-starting group, are dropped; cellsPerUnit is clamped to
    // 1..MaxCellsPerUnit. Returns how many groups were dropped.
    int setGroups(QList<HeatmapGroup> groups);
    const QList<HeatmapGroup> &groups() const { return m_groups; }

    void layout(QSize size, const HeatmapDecor &decor);

    QSize size() const { return m_size; }
    int cellCount() const { return m_cellCount; } // cells in all groups
    int cellIndexEnd() const { return m_cellIndexEnd; }
    int visibleCellCount() const { return m_visibleCellCount; }
    bool isClipped() const { return m_visibleCellCount < m_cellCount; }
    QSize cellSize() const { return m_cellSize; } // pixels
    int gapPx() const { return m_gapPx; }
    QRect contentRect() const { return m_contentRect; }
    QRect legendRect() const { return m_legendRect; }
    const std::vector<Block> &blocks() const { return m_blocks; }

    // -1 where the cell is not shown (no group, clipped); else y * size().width() + x.
    const std::vector<qint32> &cellOffsets() const { return m_cellOffsets; }

    int cellAt(QPoint point) const;
    QRect cellRect(int cell) const;
    QRect unitRect(int cell) const;  // the node tile holding the cell
    int blockOfCell(int cell) const; // index into blocks(), -1 if none

private:
    struct Fit
    {
        QSize cellSize;
        int gapPx = 0;
    };
    static void tileShape(int cellsPerUnit, int *columns, int *rows);
    std::vector<Fit> candidates() const;
    qint64 requiredHeight(int width, const HeatmapDecor &decor, const Fit &fit) const;
    void place(const HeatmapDecor &decor, const Fit &fit);

    QList<HeatmapGroup> m_groups;
    int m_cellCount = 0;
    int m_cellIndexEnd = 0;
    QSize m_size;
    QRect m_contentRect;
    QRect m_legendRect;
    QSize m_cellSize;
    int m_gapPx = 0;
    int m_visibleCellCount = 0;
    std::vector<Block> m_blocks;
    std::vector<int> m_blockOrderByCell; // block indices sorted by firstCell
    std::vector<qint32> m_cellOffsets;
};
