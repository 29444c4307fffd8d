#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <vector>

// One block of the heatmap: a smart computing center. Its cells (chips) are the global
// indices firstCell .. firstCell + cellCount - 1, in units (nodes) of cellsPerUnit, and,
// where unitsPerRack is 2 or more, in racks of unitsPerRack units (the last rack and the
// last unit may be partial).
struct HeatmapGroup
{
    QString label;
    int firstCell = 0;
    int cellCount = 0;
    int cellsPerUnit = 8;
    int unitsPerRack = 0; // 0 or 1: no rack level
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
// size, zoom and pan, and the inverse (point -> cell) in O(log groups) without looking at
// cells.
//
// Groups are stacked top to bottom in the order given, full width, each as tall as its
// rows need, so a center's area is proportional to its chip count and every center
// shares one cell size (equal chips look equal). Inside a group, a unit (node) is a
// near-square tile (8 chips -> 4x2); with racks, a rack is a tile of unit tiles (the
// divisor arrangement nearest a square), with a wider gap between racks than between the
// units of a rack. Racks (or units, without racks) flow left to right, then down.
// Cells are integer rectangles, at most twice as long as wide, so the fleet can fill the
// area instead of stopping at the next smaller square. The biggest cell that fits wins,
// where a gap between nodes is worth half again the cell area (node boundaries are what
// operators look for) and a non-square cell counts 20 % less; ties go to squarer nodes.
// With racks, a layout with gaps between racks always beats one without, and gaps between
// the nodes of a rack are worth a fifth of the cell area: node gaps collapse first, rack
// gaps last. When nothing fits even at 1 px, cells past the bottom are clipped
// (isClipped()) and visibleCellCount() says how many remain.
//
// Zoom scales that fitted arrangement (1 = fit): cells grow, gaps grow up to 4x, titles
// and paddings keep their size, and nothing reflows, so a cell keeps its neighbours. The
// content then outgrows contentRect(), the viewport, and pan() (content pixels scrolled
// out at the top left) says which part shows. Rectangles are in widget coordinates with
// the pan applied; a title scrolls vertically with its group but stays at the left edge.
//
// cellOffsets() is the per-cell precomputed pixel offset (y * width + x) of the cells
// wholly inside the viewport, which lets the view paint 200,000 cells with one tight loop;
// when zoomed, partialCells() lists the few cut by the viewport's edge.
class HeatmapLayout
{
public:
    struct Block
    {
        int group = -1; // index into groups()
        QRect panelRect;
        QRect titleRect;
        QRect gridRect; // bounding box of the cell grid (may reach past the viewport)
        int firstCell = 0;
        int cellCount = 0;
        int cellsPerUnit = 1;
        int unitsPerRack = 1; // 1: no rack level
        int tileColumns = 1;  // a unit's shape in cells
        int tileRows = 1;
        int rackColumns = 1; // a rack's shape in units
        int rackRows = 1;
        int racksPerRow = 1;
        int unitPitchXPx = 1; // unit to unit inside a rack, gap included
        int unitPitchYPx = 1;
        int rackWidthPx = 1; // a whole rack, without the gap around it
        int rackHeightPx = 1;
        int rackPitchXPx = 1; // rack to rack, gap included
        int rackPitchYPx = 1;
    };

    // A cell cut by the viewport's edge (only when zoomed): the part that shows.
    struct PartialCell
    {
        int cell = -1;
        QRect visibleRect;
    };

    static constexpr int MaxCells = 1 << 24; // far beyond any base; bounds memory on bad input
    static constexpr int MaxCellsPerUnit = 64;
    static constexpr int MaxUnitsPerRack = 64;
    static constexpr int MaxCellSizePx = 32; // at 1x
    static constexpr double MaxZoom = 32;

    // Validates the groups (untrusted): negative or oversized ranges, and ranges that
    // overlap an earlier-starting group, are dropped; cellsPerUnit is clamped to
    // 1..MaxCellsPerUnit, unitsPerRack to 0..MaxUnitsPerRack. Resets zoom and pan.
    // Returns how many groups were dropped.
    int setGroups(QList<HeatmapGroup> groups);
    const QList<HeatmapGroup> &groups() const { return m_groups; }

    // Fits the groups to the size; keeps the zoom, clamps the pan.
    void layout(QSize size, const HeatmapDecor &decor);

    // Zoom about a point (widget coordinates): the cell under it stays under it (unless
    // zooming out runs into the content's edge). Clamped to 1..MaxZoom.
    void setZoom(double zoom, QPoint anchor);
    double zoom() const { return m_zoom; }
    bool isZoomed() const { return m_zoom > 1; }
    // Clamped to 0..maxPan(); always 0 at 1x.
    void setPan(QPoint pan);
    QPoint pan() const { return m_pan; }
    QPoint maxPan() const;
    QSize contentSize() const { return m_contentSize; } // the whole zoomed content

    QSize size() const { return m_size; }
    int cellCount() const { return m_cellCount; } // cells in all groups
    int cellIndexEnd() const { return m_cellIndexEnd; }
    int visibleCellCount() const { return m_visibleCellCount; } // wholly inside the viewport
    bool isClipped() const { return m_clipped; }  // at 1x, the size is too small for all
    QSize cellSize() const { return m_cellSize; } // pixels, at the current zoom
    // Between the units of a rack, and between racks (between units where a group has no
    // racks). Equal when no group has racks.
    int gapPx() const { return m_unitGapPx; }
    int rackGapPx() const { return m_rackGapPx; }
    QRect contentRect() const { return m_contentRect; } // the viewport of the cells
    QRect legendRect() const { return m_zoom > 1 ? m_bottomLegendRect : m_legendRect; }
    const std::vector<Block> &blocks() const { return m_blocks; }

    // -1 where the cell is not wholly shown (no group, clipped, scrolled out, cut by the
    // viewport's edge); else y * size().width() + x.
    const std::vector<qint32> &cellOffsets() const { return m_cellOffsets; }
    const std::vector<PartialCell> &partialCells() const { return m_partialCells; }

    int cellAt(QPoint point) const;
    // The whole cell, which reaches past the viewport when the cell is cut by its edge;
    // empty for a cell not shown.
    QRect cellRect(int cell) const;
    QRect unitRect(int cell) const;       // the node tile holding the cell
    int blockOfCell(int cell) const;      // index into blocks(), -1 if none
    int groupTitleAt(QPoint point) const; // index into groups(), -1 if not on a title
    // Every shown cell whose rectangle intersects rect, ascending.
    std::vector<int> cellsIntersecting(QRect rect) const;

private:
    struct Fit
    {
        QSize cellSize;
        int unitGapPx = 0;
        int rackGapPx = 0;
    };
    struct Arrangement // of one group, fixed by the fit and kept under zoom
    {
        int tileColumns = 1;
        int tileRows = 1;
        int rackColumns = 1;
        int rackRows = 1;
        int unitsPerRack = 1;
        int racksPerRow = 1;
        qint64 racks = 0;
    };
    static void tileShape(int cellsPerUnit, int *columns, int *rows);
    static void rackShape(const HeatmapGroup &group, const Fit &fit, Arrangement *arrangement);
    static void blockMetrics(Block *block, QSize cell, int unitGapPx, int rackGapPx);
    bool hasRacks() const;
    std::vector<Fit> candidates() const;
    qint64 requiredHeight(int width, const HeatmapDecor &decor, const Fit &fit) const;
    void buildGeometry();
    void applyPan();
    bool isShown(int cell, const QRect &rect) const;
    QRect cellGeometry(const Block &block, int local) const;
    template<typename Visit> void forEachCellIn(const QRect &rect, Visit visit) const;

    QList<HeatmapGroup> m_groups;
    int m_cellCount = 0;
    int m_cellIndexEnd = 0;
    QSize m_size;
    HeatmapDecor m_decor;
    QRect m_contentRect;
    QRect m_legendRect;       // at 1x: follows the content
    QRect m_bottomLegendRect; // zoomed: at the bottom
    Fit m_fit;
    std::vector<Arrangement> m_arrangements;
    double m_zoom = 1;
    QPoint m_pan;
    QSize m_contentSize;
    QSize m_cellSize;
    int m_unitGapPx = 0;
    int m_rackGapPx = 0;
    bool m_clipped = false;
    int m_visibleCellCount = 0;
    std::vector<Block> m_originBlocks; // at pan (0, 0)
    std::vector<Block> m_blocks;
    std::vector<int> m_blockOrderByCell; // block indices sorted by firstCell
    std::vector<qint32> m_cellOffsets;
    std::vector<PartialCell> m_partialCells;
};
