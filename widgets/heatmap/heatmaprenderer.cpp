#include "heatmaprenderer.h"

#include <QPainter>

#include <algorithm>
#include <type_traits>

namespace {

// An unselected cell keeps this much of its colour over the panel's.
constexpr int DimmedKeepPercent = 30;

struct CellPaint
{
    QRgb *bits = nullptr;
    int stride = 0;
    QSize cellSize;
    const qint32 *offsets = nullptr;
    size_t cellCount = 0;
    const qint32 *values = nullptr;
    size_t valueCount = 0;
    const ColorScale *scale = nullptr;
    const QRgb *colors = nullptr;     // index 0: no data, 1 + i: colour map entry i
    const QRgb *dimmed = nullptr;     // the same, for unselected cells
    const quint8 *selected = nullptr; // by cell, with Masked only
};

// Fills a cellWidth x cellHeight rectangle per cell. Specialised on the common sizes of a
// large fleet so the inner loops compile to straight stores; Masked picks the colour table
// per cell from the selection mask.
template<int FixedWidth, int FixedHeight, bool Masked> void paintCellsFixed(const CellPaint &p)
{
    const int w = FixedWidth > 0 ? FixedWidth : p.cellSize.width();
    const int h = FixedHeight > 0 ? FixedHeight : p.cellSize.height();
    const ColorScale &scale = *p.scale;
    const qint32 *offsets = p.offsets;
    const qint32 *values = p.values;
    const size_t valueCount = p.valueCount;
    const int stride = p.stride;
    for (size_t i = 0; i < p.cellCount; ++i) {
        const qint32 offset = offsets[i];
        if (offset < 0)
            continue;
        const int index = i < valueCount ? scale.indexFor(values[i]) + 1 : 0;
        QRgb color;
        if constexpr (Masked)
            color = (p.selected[i] ? p.colors : p.dimmed)[index];
        else
            color = p.colors[index];
        QRgb *row = p.bits + offset;
        for (int y = 0; y < h; ++y, row += stride) {
            for (int x = 0; x < w; ++x)
                row[x] = color;
        }
    }
}

template<bool Masked> void paintCells(const CellPaint &p)
{
    using One = std::integral_constant<int, 1>;
    using Two = std::integral_constant<int, 2>;
    using Three = std::integral_constant<int, 3>;
    using Any = std::integral_constant<int, 0>;
    const auto paint = [&](auto fixedWidth, auto fixedHeight) {
        paintCellsFixed<decltype(fixedWidth)::value, decltype(fixedHeight)::value, Masked>(p);
    };
    const int w = p.cellSize.width();
    const int h = p.cellSize.height();
    if (w == 1 && h == 1)
        paint(One(), One());
    else if (w == 2 && h == 1)
        paint(Two(), One());
    else if (w == 1 && h == 2)
        paint(One(), Two());
    else if (w == 2 && h == 2)
        paint(Two(), Two());
    else if (w == 3 && h == 2)
        paint(Three(), Two());
    else if (w == 2 && h == 3)
        paint(Two(), Three());
    else if (w == 3 && h == 3)
        paint(Three(), Three());
    else
        paint(Any(), Any());
}

QRgb blend(QRgb from, QRgb to, int toPercent)
{
    const auto mix = [&](int a, int b) {
        return (a * (100 - toPercent) + b * toPercent) / 100;
    };
    return qRgb(mix(qRed(from), qRed(to)), mix(qGreen(from), qGreen(to)),
                mix(qBlue(from), qBlue(to)));
}

} // namespace

void HeatmapRenderer::renderAll(const Scene &scene, const Backdrop &backdrop)
{
    const QSize size = scene.layout.size();
    if (m_image.size() != size)
        m_image = size.isEmpty() ? QImage() : QImage(size, QImage::Format_RGB32);
    updateColorTables(scene.scale, backdrop.panel);
    renderBackground(scene.layout, backdrop);
    renderLegendBar(scene.scale, backdrop);
    renderCells(scene);
}

void HeatmapRenderer::updateColorTables(const ColorScale &scale, QColor panel)
{
    const QRgb *lut = scale.colorMap().data();
    const QRgb panelRgb = panel.rgb();
    m_colors[0] = scale.noDataColor();
    for (int i = 0; i < ColorMap::Size; ++i)
        m_colors[size_t(i) + 1] = lut[i];
    // Dimmed towards the panel, so the selection stands out in light and dark palettes.
    for (size_t i = 0; i < m_colors.size(); ++i)
        m_dimmedColors[i] = blend(panelRgb, m_colors[i], DimmedKeepPercent);
}

void HeatmapRenderer::renderBackground(const HeatmapLayout &layout, const Backdrop &backdrop)
{
    if (m_image.isNull())
        return;
    m_image.fill(backdrop.window);
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(backdrop.panel);
    painter.setClipRect(layout.contentRect());
    const qreal radius = backdrop.panelRadiusPx;
    const QRect content = layout.contentRect();
    for (const HeatmapLayout::Block &block : layout.blocks()) {
        if (block.panelRect.intersects(content))
            painter.drawRoundedRect(QRectF(block.panelRect), radius, radius);
    }
}

void HeatmapRenderer::renderLegendBar(const ColorScale &scale, const Backdrop &backdrop)
{
    if (m_image.isNull())
        return;
    const QRect bar = backdrop.legendBar.intersected(m_image.rect());
    if (bar.width() > 0 && bar.height() > 0) {
        const QRgb *lut = scale.colorMap().data();
        const int span = std::max(1, backdrop.legendBar.width() - 1);
        for (int y = bar.top(); y <= bar.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            for (int x = bar.left(); x <= bar.right(); ++x)
                line[x] = lut[(x - backdrop.legendBar.left()) * (ColorMap::Size - 1) / span];
        }
    }
    const QRect swatch = backdrop.noDataSwatch.intersected(m_image.rect());
    if (swatch.width() > 0 && swatch.height() > 0) {
        for (int y = swatch.top(); y <= swatch.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            std::fill(line + swatch.left(), line + swatch.right() + 1, scale.noDataColor());
        }
    }
}

QRect HeatmapRenderer::renderCells(const Scene &scene)
{
    const HeatmapLayout &layout = scene.layout;
    if (m_image.isNull() || layout.cellSize().isEmpty())
        return layout.contentRect();
    const auto &offsets = layout.cellOffsets();
    // Layout offsets are y * width + x; an RGB32 line is exactly width pixels long.
    Q_ASSERT(m_image.bytesPerLine() == m_image.width() * int(sizeof(QRgb)));
    // The mask is sized by the groups, like the offsets; never read past either.
    const bool masked = !scene.selectedMask.empty() && scene.selectedMask.size() == offsets.size();
    CellPaint p;
    p.bits = reinterpret_cast<QRgb *>(m_image.bits());
    p.stride = m_image.width();
    p.cellSize = layout.cellSize();
    p.offsets = offsets.data();
    p.cellCount = offsets.size();
    p.values = scene.values.data();
    p.valueCount = scene.values.size();
    p.scale = &scene.scale;
    p.colors = m_colors.data();
    p.dimmed = m_dimmedColors.data();
    p.selected = scene.selectedMask.data();
    if (masked)
        paintCells<true>(p);
    else
        paintCells<false>(p);
    renderPartialCells(scene, masked);
    return layout.contentRect();
}

void HeatmapRenderer::renderPartialCells(const Scene &scene, bool masked)
{
    // Zoomed: the few cells cut by the viewport's edge, clipped.
    for (const HeatmapLayout::PartialCell &partial : scene.layout.partialCells()) {
        const size_t cell = size_t(partial.cell);
        const int index =
            cell < scene.values.size() ? scene.scale.indexFor(scene.values[cell]) + 1 : 0;
        const bool dim = masked && !scene.selectedMask[cell];
        const QRgb color = (dim ? m_dimmedColors : m_colors)[size_t(index)];
        const QRect r = partial.visibleRect.intersected(m_image.rect());
        for (int y = r.top(); y <= r.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            std::fill(line + r.left(), line + r.right() + 1, color);
        }
    }
}
