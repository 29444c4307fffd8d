#pragma once

#include "colorscale.h"
#include "heatmaplayout.h"

#include <QColor>
#include <QImage>
#include <QRect>

#include <array>
#include <span>

// The pixels under HeatmapView's texts: background, group panels, the legend's colour bar
// and no-data swatch, and one rectangle per cell, in a widget-sized RGB32 image.
//
// Built for 200,000 cells: the layout's per-cell pixel offsets feed one loop of LUT
// look-ups written straight into the image's memory, specialised on the common small cell
// sizes. Zoomed, only the cells in view are drawn, plus the few cut by the viewport's edge.
//
// Holds no model: every render takes the layout, values, scale and selection as plain
// inputs, borrowed for the call. It owns the image and the colour tables only; the tables
// are rebuilt by renderAll(), so renderCells() needs a renderAll() since the scale or the
// panel colour last changed. Not thread-safe; HeatmapView uses it on the GUI thread.
class HeatmapRenderer
{
public:
    // What a render reads about the cells, borrowed for the call.
    struct Scene
    {
        const HeatmapLayout &layout; // geometry at the current size, zoom and pan
        const ColorScale &scale;
        std::span<const qint32> values;       // by cell; negative or missing: no data
        std::span<const quint8> selectedMask; // by cell; empty without a selection
    };

    // What surrounds the cells.
    struct Backdrop
    {
        QColor window; // behind everything
        QColor panel;  // behind each group's cells; unselected cells are dimmed towards it
        qreal panelRadiusPx = 5;
        QRect legendBar; // the colour map, low to high, left to right
        QRect noDataSwatch;
    };

    // Everything changes: sizes the image to the layout (null when empty), rebuilds the
    // colour tables, then draws background, panels, legend bar and cells.
    void renderAll(const Scene &scene, const Backdrop &backdrop);
    // The cells only, over what the last renderAll() drew (new values or a new selection).
    // Returns the changed region: the cells' viewport.
    QRect renderCells(const Scene &scene);

    const QImage &image() const { return m_image; }

private:
    // Colour tables: index 0 is "no data", 1 + i is the colour map's entry i.
    using ColorTable = std::array<QRgb, ColorMap::Size + 1>;

    void updateColorTables(const ColorScale &scale, QColor panel);
    void renderBackground(const HeatmapLayout &layout, const Backdrop &backdrop);
    void renderLegendBar(const ColorScale &scale, const Backdrop &backdrop);
    void renderPartialCells(const Scene &scene, bool masked);

    QImage m_image;
    ColorTable m_colors{};
    ColorTable m_dimmedColors{};
};
