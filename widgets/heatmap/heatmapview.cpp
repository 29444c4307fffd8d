#include "heatmapview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <type_traits>

Q_LOGGING_CATEGORY(lcHeatmap, "scb.widgets.heatmap")

namespace {

constexpr int LegendBarHeightPx = 10;
constexpr int CompactLegendBarHeightPx = 6;
// Below this size titles, paddings and legend shrink so the cells keep most of the area.
constexpr QSize CompactBelow(480, 360);
// One wheel notch or one +/- press; two make 2x.
constexpr double ZoomStep = 1.4142135623730951;
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

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    // paintEvent covers every pixel with the cached image: no background erase needed.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Keys zoom, pan and clear the selection once the heatmap has been clicked or tabbed to.
    setFocusPolicy(Qt::StrongFocus);
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setGroups(QList<HeatmapGroup> groups)
{
    const qsizetype given = groups.size();
    const bool wasZoomed = m_layout.isZoomed(); // setGroups() resets the zoom
    m_rejectedGroups = m_layout.setGroups(std::move(groups));
    if (m_rejectedGroups > 0) {
        qCWarning(lcHeatmap,
                  "heatmap: dropped %d of %lld groups with negative or overlapping cell ranges",
                  m_rejectedGroups, qint64(given));
    }
    setHoveredCell(-1);
    m_pressedCell = -1;
    m_pressedTitle = -1;
    m_leftPressed = false;
    m_banding = false;
    m_bandRect = QRect();
    m_panning = false;
    // New groups give cell indices a new meaning: the old selection would mislead.
    const bool hadSelection = hasSelection();
    m_selected.clear();
    m_selectedMask.clear();
    invalidateLayout();
    if (hadSelection)
        emit selectionChanged();
    if (wasZoomed)
        emit zoomChanged();
}

void HeatmapView::setValues(std::span<const qint32> values)
{
    const size_t count = std::min(values.size(), size_t(HeatmapLayout::MaxCells));
    m_values.assign(values.begin(), values.begin() + qsizetype(count));
    if (m_layoutValid && m_layout.size() == size()) {
        renderCells();
        update(m_layout.contentRect());
    } else {
        update();
    }
}

void HeatmapView::setValues(const qint32 *values, qsizetype count)
{
    if (!values || count <= 0) {
        setValues(std::span<const qint32>());
        return;
    }
    setValues(std::span<const qint32>(values, size_t(count)));
}

qint32 HeatmapView::value(int cell) const
{
    if (cell < 0 || size_t(cell) >= m_values.size())
        return -1;
    return m_values[size_t(cell)];
}

void HeatmapView::setColorScale(const ColorScale &scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    // The legend's geometry follows its label: relayout (about a millisecond at 200,000
    // cells; a metric switch, not a tick).
    invalidateLayout();
}

int HeatmapView::visibleCellCount() const
{
    ensureLayout();
    return m_layout.visibleCellCount();
}

int HeatmapView::cellAt(QPoint pos) const
{
    ensureLayout();
    return m_layout.cellAt(pos);
}

QRect HeatmapView::cellRect(int cell) const
{
    ensureLayout();
    return m_layout.cellRect(cell);
}

QRect HeatmapView::groupRect(int group) const
{
    ensureLayout();
    const auto &blocks = m_layout.blocks();
    if (group < 0 || size_t(group) >= blocks.size())
        return {};
    // Clipped to the visible area: a widget too small for every cell cuts blocks short.
    return blocks[size_t(group)].panelRect.intersected(m_layout.contentRect());
}

QSize HeatmapView::cellSize() const
{
    ensureLayout();
    return m_layout.cellSize();
}

int HeatmapView::groupTitleAt(QPoint pos) const
{
    ensureLayout();
    return m_layout.groupTitleAt(pos);
}

double HeatmapView::zoom() const
{
    return m_layout.zoom();
}

QPoint HeatmapView::viewCenter() const
{
    ensureLayout();
    return m_layout.contentRect().center();
}

void HeatmapView::setZoom(double factor)
{
    setZoom(factor, viewCenter());
}

void HeatmapView::setZoom(double factor, QPoint anchor)
{
    ensureLayout();
    const double before = m_layout.zoom();
    const QPoint panBefore = m_layout.pan();
    m_layout.setZoom(factor, anchor);
    if (m_layout.zoom() != before || m_layout.pan() != panBefore)
        viewChanged(before);
}

void HeatmapView::resetZoom()
{
    setZoom(1);
}

QPoint HeatmapView::panOffset() const
{
    ensureLayout();
    return m_layout.pan();
}

void HeatmapView::setPanOffset(QPoint offset)
{
    ensureLayout();
    const QPoint before = m_layout.pan();
    m_layout.setPan(offset);
    if (m_layout.pan() != before)
        viewChanged(m_layout.zoom());
}

void HeatmapView::setSelectedCells(std::vector<int> cells)
{
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    // Untrusted: only cells of a group. Both lists are sorted, so one pass over each.
    std::vector<std::pair<int, int>> ranges; // [first, end) of each group
    for (const HeatmapGroup &group : m_layout.groups()) {
        if (group.cellCount > 0)
            ranges.emplace_back(group.firstCell, group.firstCell + group.cellCount);
    }
    std::sort(ranges.begin(), ranges.end());
    auto range = ranges.begin();
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [&](int cell) {
                                   while (range != ranges.end() && range->second <= cell)
                                       ++range;
                                   return range == ranges.end() || cell < range->first;
                               }),
                cells.end());
    if (cells == m_selected)
        return;
    m_selected = std::move(cells);
    if (m_selected.empty()) {
        m_selectedMask.clear();
    } else {
        m_selectedMask.assign(size_t(m_layout.cellIndexEnd()), 0);
        for (int cell : m_selected)
            m_selectedMask[size_t(cell)] = 1;
    }
    if (m_layoutValid && m_layout.size() == size()) {
        renderCells();
        update(m_layout.contentRect());
    } else {
        update();
    }
    emit selectionChanged();
}

void HeatmapView::clearSelection()
{
    setSelectedCells({});
}

void HeatmapView::applySelection(std::vector<int> cells, bool add)
{
    if (add) {
        std::vector<int> merged;
        merged.reserve(m_selected.size() + cells.size());
        std::merge(m_selected.begin(), m_selected.end(), cells.begin(), cells.end(),
                   std::back_inserter(merged));
        cells = std::move(merged);
    }
    setSelectedCells(std::move(cells));
}

void HeatmapView::setToolTipProvider(ToolTipProvider provider)
{
    m_toolTipProvider = std::move(provider);
}

const QImage &HeatmapView::image() const
{
    ensureLayout();
    return m_image;
}

QSize HeatmapView::sizeHint() const
{
    return {900, 560};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {200, 120};
}

void HeatmapView::invalidateLayout()
{
    m_layoutValid = false;
    update();
}

QFont HeatmapView::textFont() const
{
    QFont f = font();
    if (m_compact) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.8));
        else
            f.setPixelSize(std::max(8, f.pixelSize() * 4 / 5));
    }
    return f;
}

QFont HeatmapView::titleFont() const
{
    QFont f = textFont();
    f.setWeight(QFont::DemiBold);
    return f;
}

QColor HeatmapView::mutedTextColor() const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    // 65 % of the way from the background to the text: secondary, still legible.
    return QColor::fromRgbF(window.redF() + (text.redF() - window.redF()) * 0.65f,
                            window.greenF() + (text.greenF() - window.greenF()) * 0.65f,
                            window.blueF() + (text.blueF() - window.blueF()) * 0.65f);
}

QColor HeatmapView::panelColor() const
{
    return palette().color(QPalette::Base);
}

void HeatmapView::ensureLayout() const
{
    if (m_layoutValid && m_layout.size() == size())
        return;
    m_layoutValid = true;
    const QSize widgetSize = size().expandedTo(QSize(0, 0));
    m_compact =
        widgetSize.width() < CompactBelow.width() || widgetSize.height() < CompactBelow.height();

    const QFontMetrics title(titleFont());
    const QFontMetrics text(textFont());
    const int barHeight = m_compact ? CompactLegendBarHeightPx : LegendBarHeightPx;
    HeatmapDecor decor;
    if (m_compact) {
        decor.marginPx = 3;
        decor.titleHeightPx = title.height() + 2;
        decor.paddingPx = 3;
        decor.groupSpacingPx = 3;
        decor.legendHeightPx = barHeight + 1 + text.height();
        decor.legendSpacingPx = 3;
    } else {
        decor.marginPx = 8;
        decor.titleHeightPx = title.height() + 8;
        decor.paddingPx = 8;
        decor.groupSpacingPx = 8;
        decor.legendHeightPx = barHeight + 3 + text.height();
        decor.legendSpacingPx = 8;
    }
    m_layout.layout(widgetSize, decor);
    updateLegendGeometry();
    updateColorTables();

    if (m_image.size() != widgetSize)
        m_image = widgetSize.isEmpty() ? QImage() : QImage(widgetSize, QImage::Format_RGB32);
    renderAll();
}

void HeatmapView::updateLegendGeometry() const
{
    // Left to right: [label] [colour bar, min/mid/max ticks below] [no-data swatch and its
    // text].
    const QFontMetrics text(textFont());
    const int barHeight = m_compact ? CompactLegendBarHeightPx : LegendBarHeightPx;
    const QRect legend = m_layout.legendRect();
    m_legendFor = legend;
    m_legend = Legend();
    int x = legend.x();
    const int spacing = m_compact ? 6 : 14;
    if (!m_scale.label().isEmpty()) {
        const int labelWidth =
            std::min(text.horizontalAdvance(m_scale.label()) + 1, legend.width() / 4);
        // Centred on the colour bar, which it names.
        m_legend.labelRect =
            QRect(x, legend.y() + barHeight / 2 - text.height() / 2, labelWidth, text.height());
        x += labelWidth + spacing;
    }
    const int barWidth = std::clamp(legend.width() * 3 / 10, 60, m_compact ? 140 : 360);
    m_legend.barRect = QRect(x, legend.y(), std::min(barWidth, legend.right() + 1 - x), barHeight);
    m_legend.ticksRect =
        QRect(x, legend.y() + barHeight + 1, m_legend.barRect.width(), text.height());
    x = m_legend.barRect.right() + 1 + spacing;
    const int swatch = std::max(barHeight, text.height() * 2 / 3);
    m_legend.noDataSwatch = QRect(x, legend.y() + barHeight / 2 - swatch / 2, swatch, swatch);
    if (m_legend.noDataSwatch.top() < legend.top())
        m_legend.noDataSwatch.moveTop(legend.top());
    x += swatch + 4;
    const int noDataWidth = text.horizontalAdvance(tr("No data")) + 1;
    m_legend.noDataLabel = QRect(x, m_legend.noDataSwatch.center().y() - text.height() / 2,
                                 noDataWidth, text.height());
}

void HeatmapView::updateColorTables() const
{
    const QRgb *lut = m_scale.colorMap().data();
    const QRgb panel = panelColor().rgb();
    m_colors[0] = m_scale.noDataColor();
    for (int i = 0; i < ColorMap::Size; ++i)
        m_colors[size_t(i) + 1] = lut[i];
    // Dimmed towards the panel, so the selection stands out in light and dark palettes.
    for (size_t i = 0; i < m_colors.size(); ++i)
        m_dimmedColors[i] = blend(panel, m_colors[i], DimmedKeepPercent);
}

void HeatmapView::renderAll() const
{
    renderBackground();
    renderLegendBar();
    renderCells();
}

void HeatmapView::renderBackground() const
{
    if (m_image.isNull())
        return;
    m_image.fill(palette().color(QPalette::Window));
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(panelColor());
    painter.setClipRect(m_layout.contentRect());
    const qreal radius = m_compact ? 2 : 5;
    const QRect content = m_layout.contentRect();
    for (const HeatmapLayout::Block &block : m_layout.blocks()) {
        if (block.panelRect.intersects(content))
            painter.drawRoundedRect(QRectF(block.panelRect), radius, radius);
    }
}

void HeatmapView::renderLegendBar() const
{
    if (m_image.isNull())
        return;
    const QRect bar = m_legend.barRect.intersected(m_image.rect());
    if (bar.width() > 0 && bar.height() > 0) {
        const QRgb *lut = m_scale.colorMap().data();
        const int span = std::max(1, m_legend.barRect.width() - 1);
        for (int y = bar.top(); y <= bar.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            for (int x = bar.left(); x <= bar.right(); ++x)
                line[x] = lut[(x - m_legend.barRect.left()) * (ColorMap::Size - 1) / span];
        }
    }
    const QRect swatch = m_legend.noDataSwatch.intersected(m_image.rect());
    if (swatch.width() > 0 && swatch.height() > 0) {
        for (int y = swatch.top(); y <= swatch.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            std::fill(line + swatch.left(), line + swatch.right() + 1, m_scale.noDataColor());
        }
    }
}

void HeatmapView::renderCells() const
{
    if (m_image.isNull() || m_layout.cellSize().isEmpty())
        return;
    const auto &offsets = m_layout.cellOffsets();
    // Layout offsets are y * width + x; an RGB32 line is exactly width pixels long.
    Q_ASSERT(m_image.bytesPerLine() == m_image.width() * int(sizeof(QRgb)));
    // The mask is sized by the groups, like the offsets; never read past either.
    const bool masked = !m_selectedMask.empty() && m_selectedMask.size() == offsets.size();
    CellPaint p;
    p.bits = reinterpret_cast<QRgb *>(m_image.bits());
    p.stride = m_image.width();
    p.cellSize = m_layout.cellSize();
    p.offsets = offsets.data();
    p.cellCount = offsets.size();
    p.values = m_values.data();
    p.valueCount = m_values.size();
    p.scale = &m_scale;
    p.colors = m_colors.data();
    p.dimmed = m_dimmedColors.data();
    p.selected = m_selectedMask.data();
    if (masked)
        paintCells<true>(p);
    else
        paintCells<false>(p);

    // Zoomed: the few cells cut by the viewport's edge, clipped.
    for (const HeatmapLayout::PartialCell &partial : m_layout.partialCells()) {
        const size_t cell = size_t(partial.cell);
        const int index = cell < m_values.size() ? m_scale.indexFor(m_values[cell]) + 1 : 0;
        const bool dim = masked && !m_selectedMask[cell];
        const QRgb color = (dim ? m_dimmedColors : m_colors)[size_t(index)];
        const QRect r = partial.visibleRect.intersected(m_image.rect());
        for (int y = r.top(); y <= r.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            std::fill(line + r.left(), line + r.right() + 1, color);
        }
    }
}

void HeatmapView::viewChanged(double zoomBefore)
{
    if (m_layout.legendRect() != m_legendFor)
        updateLegendGeometry(); // zoomed, the legend moves to the bottom
    renderAll();
    if (m_lastMousePos.x() >= 0 && !m_panning)
        setHoveredCell(cellAt(m_lastMousePos));
    update();
    if (m_layout.zoom() != zoomBefore)
        emit zoomChanged();
}

void HeatmapView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter painter(this);
    if (m_layout.groups().isEmpty() || m_image.isNull()) {
        painter.fillRect(rect(), palette().color(QPalette::Window));
        painter.setPen(mutedTextColor());
        QFont f = textFont();
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * 1.25);
        painter.setFont(f);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Waiting for the fleet inventory…"));
        return;
    }
    painter.drawImage(event->rect(), m_image, event->rect());
    paintTexts(painter, event->rect());
    if (m_layout.isZoomed())
        paintZoomHint(painter);
    else if (m_layout.isClipped())
        paintClippedNotice(painter);

    painter.setClipRect(m_layout.contentRect()); // zoomed, outlines may reach past the view
    if (m_hoveredCell >= 0 && !m_banding) {
        const QRect outline = outlineRect(m_hoveredCell);
        if (outline.isValid()) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(outline.adjusted(0, 0, -1, -1));
        }
    }
    if (m_banding && m_bandRect.isValid()) {
        const QColor highlight = palette().color(QPalette::Highlight);
        QColor fill = highlight;
        fill.setAlphaF(0.18f);
        painter.fillRect(m_bandRect, fill);
        painter.setPen(QPen(highlight, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_bandRect.adjusted(0, 0, -1, -1));
    }
}

void HeatmapView::paintTexts(QPainter &painter, const QRect &exposed) const
{
    const QFont title = titleFont();
    const QFont text = textFont();
    const QFontMetrics titleMetrics(title);
    const QFontMetrics textMetrics(text);
    const QColor textColor = palette().color(QPalette::WindowText);
    const QColor muted = mutedTextColor();
    const QRect content = m_layout.contentRect();
    const QLocale loc = locale();

    // Zoomed, titles scroll with their groups: cut them at the viewport's edge.
    painter.save();
    painter.setClipRect(content);
    for (const HeatmapLayout::Block &block : m_layout.blocks()) {
        const QRect &r = block.titleRect;
        if (!r.intersects(exposed) || !r.intersects(content))
            continue;
        const QString count = QStringLiteral("  ·  ") + tr("%Ln chip(s)", nullptr, block.cellCount);
        const int countWidth = textMetrics.horizontalAdvance(count);
        const QString label =
            titleMetrics.elidedText(m_layout.groups().at(block.group).label, Qt::ElideRight,
                                    std::max(0, r.width() - countWidth));
        painter.setFont(title);
        painter.setPen(textColor);
        const QRect labelRect(r.x(), r.y(), titleMetrics.horizontalAdvance(label), r.height());
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(text);
        painter.setPen(muted);
        painter.drawText(QRect(labelRect.right() + 1, r.y(), countWidth + 1, r.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, count);
    }
    painter.restore();

    if (!m_layout.legendRect().intersects(exposed))
        return;
    painter.setFont(text);
    painter.setPen(textColor);
    if (m_legend.labelRect.isValid()) {
        painter.drawText(
            m_legend.labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            textMetrics.elidedText(m_scale.label(), Qt::ElideRight, m_legend.labelRect.width()));
    }
    painter.setPen(muted);
    const QRect ticks = m_legend.ticksRect;
    const QStringList &categories = m_scale.categories();
    if (ticks.width() > 0 && !categories.isEmpty()) {
        // One name under each band, elided to the band's width.
        const int n = int(categories.size());
        for (int i = 0; i < n; ++i) {
            const int left = ticks.left() + ticks.width() * i / n;
            const int right = ticks.left() + ticks.width() * (i + 1) / n;
            const QRect band(left, ticks.y(), right - left, ticks.height());
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop,
                             textMetrics.elidedText(categories[i], Qt::ElideRight, band.width()));
        }
    } else if (ticks.width() > 0) {
        const QString low = m_scale.formatValue(m_scale.minValue(), loc);
        const QString mid =
            m_scale.formatValue((double(m_scale.minValue()) + m_scale.maxValue()) / 2, loc);
        const QString high = m_scale.formatValue(m_scale.maxValue(), loc);
        painter.drawText(ticks, Qt::AlignLeft | Qt::AlignTop, low);
        painter.drawText(ticks, Qt::AlignRight | Qt::AlignTop, high);
        const int midWidth = textMetrics.horizontalAdvance(mid);
        const int lowWidth = textMetrics.horizontalAdvance(low);
        const int highWidth = textMetrics.horizontalAdvance(high);
        // The middle tick only where it does not collide with the ends.
        if (midWidth + lowWidth + highWidth + 16 < ticks.width()) {
            painter.drawText(
                QRect(ticks.center().x() - midWidth / 2, ticks.y(), midWidth + 1, ticks.height()),
                Qt::AlignLeft | Qt::AlignTop, mid);
        }
    }
    if (m_legend.noDataLabel.right() <= m_layout.legendRect().right()) {
        painter.setPen(textColor);
        painter.drawText(m_legend.noDataLabel, Qt::AlignLeft | Qt::AlignVCenter, tr("No data"));
    }
}

void HeatmapView::paintClippedNotice(QPainter &painter) const
{
    // Too small for every chip: say so over the bottom of the cells, where it cannot be
    // missed, rather than silently showing part of the fleet.
    const QFontMetrics metrics(textFont());
    const QRect content = m_layout.contentRect();
    const QRect band(content.left(), content.bottom() + 1 - metrics.height() - 4, content.width(),
                     metrics.height() + 4);
    QColor background = palette().color(QPalette::Window);
    background.setAlphaF(0.88f);
    painter.fillRect(band, background);
    painter.setFont(textFont());
    painter.setPen(palette().color(QPalette::WindowText));
    const QString notice = tr("Showing %L1 of %L2 chips: enlarge to see all")
                               .arg(m_layout.visibleCellCount())
                               .arg(m_layout.cellCount());
    painter.drawText(band, Qt::AlignCenter,
                     metrics.elidedText(notice, Qt::ElideRight, band.width() - 4));
}

void HeatmapView::paintZoomHint(QPainter &painter) const
{
    // Small, in the top right corner: says why the fleet is not all there and how back.
    const QFont font = textFont();
    const QFontMetrics metrics(font);
    const QString hint = tr("Zoom %1× · 0 resets").arg(locale().toString(m_layout.zoom(), 'g', 2));
    const QRect content = m_layout.contentRect();
    const int width = std::min(metrics.horizontalAdvance(hint) + 12, content.width());
    const QRect box(content.right() + 1 - width, content.top(), width, metrics.height() + 4);
    QColor background = palette().color(QPalette::Window);
    background.setAlphaF(0.85f);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(box), 3, 3);
    painter.setFont(font);
    painter.setPen(mutedTextColor());
    painter.drawText(box, Qt::AlignCenter,
                     metrics.elidedText(hint, Qt::ElideRight, std::max(0, box.width() - 8)));
    painter.restore();
}

QRect HeatmapView::outlineRect(int cell) const
{
    // Big cells get their own outline; small ones outline their node, which stays
    // visible and lands in the gap between nodes.
    const QSize size = m_layout.cellSize();
    const QRect r = std::min(size.width(), size.height()) >= 6 ? m_layout.cellRect(cell)
                                                               : m_layout.unitRect(cell);
    return r.isValid() ? r.adjusted(-1, -1, 1, 1) : QRect();
}

void HeatmapView::setHoveredCell(int cell)
{
    if (cell == m_hoveredCell)
        return;
    if (m_hoveredCell >= 0 && m_layoutValid)
        update(outlineRect(m_hoveredCell));
    m_hoveredCell = cell;
    if (m_hoveredCell >= 0)
        update(outlineRect(m_hoveredCell));
    emit cellHovered(cell);
}

QString HeatmapView::toolTipText(int cell) const
{
    if (m_toolTipProvider)
        return m_toolTipProvider(cell);
    QString text;
    const int block = m_layout.blockOfCell(cell);
    if (block >= 0)
        text =
            m_layout.groups().at(m_layout.blocks()[size_t(block)].group).label + QLatin1Char('\n');
    text += tr("Chip %L1").arg(cell);
    const qint32 v = value(cell);
    const QString valueText = v < 0 ? tr("no data") : m_scale.formatValue(v, locale());
    if (m_scale.label().isEmpty())
        text += QLatin1Char('\n') + valueText;
    else
        text += QLatin1Char('\n') + tr("%1: %2").arg(m_scale.label(), valueText);
    return text;
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cell = cellAt(help->pos());
        if (cell < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipText(cell), this, outlineRect(cell));
        return true;
    }
    return QWidget::event(event);
}

void HeatmapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutValid = false;
}

void HeatmapView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LocaleChange:
    case QEvent::LanguageChange: // the legend's layout depends on its texts' widths
        invalidateLayout();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_lastMousePos = pos;
    if (m_panning) {
        setPanOffset(m_panStartOffset + (m_panStartPos - pos));
        event->accept();
        return;
    }
    if (m_leftPressed) {
        if (!m_banding &&
            (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_banding = true;
            QToolTip::hideText();
            setHoveredCell(-1);
        }
        if (m_banding) {
            updateBand(pos);
            event->accept();
            return;
        }
    }
    const int cell = cellAt(pos);
    const bool changed = cell != m_hoveredCell;
    setHoveredCell(cell);
    if (changed && QToolTip::isVisible()) {
        // Follow the pointer from chip to chip once a tooltip is up.
        if (cell >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), toolTipText(cell), this,
                               outlineRect(cell));
        else
            QToolTip::hideText();
    }
    const bool overTitle = cell < 0 && groupTitleAt(pos) >= 0;
    if (overTitle != m_overTitle) {
        m_overTitle = overTitle;
        updateCursor();
    }
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const bool panButton =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (panButton && !m_panning && !m_leftPressed) {
        m_panning = true;
        m_panButton = event->button();
        m_panStartPos = pos;
        m_panStartOffset = panOffset();
        updateCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !m_panning) {
        m_leftPressed = true;
        m_banding = false;
        m_bandRect = QRect();
        m_pressPos = pos;
        m_pressModifiers = event->modifiers();
        m_pressedCell = cellAt(pos);
        m_pressedTitle = m_pressedCell < 0 ? groupTitleAt(pos) : -1;
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void HeatmapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning && event->button() == m_panButton) {
        m_panning = false;
        m_panButton = Qt::NoButton;
        updateCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_leftPressed) {
        m_leftPressed = false;
        const bool add = ((m_pressModifiers | event->modifiers()) & Qt::ShiftModifier) != 0;
        // A release far from the press without moves in between is a drag as well.
        if (!m_banding &&
            (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_banding = true;
            updateBand(pos);
        }
        if (m_banding) {
            finishBand(add);
        } else {
            const int cell = cellAt(pos);
            if (cell >= 0 && cell == m_pressedCell) {
                emit cellClicked(cell);
            } else if (cell < 0 && m_pressedTitle >= 0 && groupTitleAt(pos) == m_pressedTitle) {
                const HeatmapGroup &group = m_layout.groups().at(m_pressedTitle);
                std::vector<int> cells(size_t(group.cellCount));
                std::iota(cells.begin(), cells.end(), group.firstCell);
                applySelection(std::move(cells), add);
            }
        }
        m_pressedCell = -1;
        m_pressedTitle = -1;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatmapView::updateBand(QPoint pos)
{
    const QRect band = QRect(m_pressPos, pos).normalized().intersected(m_layout.contentRect());
    if (band == m_bandRect)
        return;
    update(m_bandRect);
    m_bandRect = band;
    update(m_bandRect);
}

void HeatmapView::finishBand(bool add)
{
    const QRect band = m_bandRect;
    cancelBand();
    applySelection(m_layout.cellsIntersecting(band), add);
}

void HeatmapView::cancelBand()
{
    update(m_bandRect);
    m_banding = false;
    m_leftPressed = false;
    m_bandRect = QRect();
}

void HeatmapView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int steps = delta.y() != 0 ? delta.y() : delta.x();
    if (steps == 0) {
        event->ignore();
        return;
    }
    ensureLayout();
    // 120 is one notch; touchpads send fractions of it.
    setZoom(m_layout.zoom() * std::pow(ZoomStep, steps / 120.0), event->position().toPoint());
    event->accept();
}

void HeatmapView::keyPressEvent(QKeyEvent *event)
{
    ensureLayout();
    const QRect view = m_layout.contentRect();
    const auto pan = [&](int dx, int dy) {
        if (!m_layout.isZoomed())
            return false;
        setPanOffset(panOffset() + QPoint(dx * std::max(16, view.width() / 8),
                                          dy * std::max(16, view.height() / 8)));
        return true;
    };
    bool handled = true;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateCursor();
        }
        break;
    case Qt::Key_Escape:
        if (m_banding)
            cancelBand();
        else if (hasSelection())
            clearSelection();
        else
            handled = false;
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on many layouts
        setZoom(m_layout.zoom() * ZoomStep);
        break;
    case Qt::Key_Minus:
        setZoom(m_layout.zoom() / ZoomStep);
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    case Qt::Key_Left:
        handled = pan(-1, 0);
        break;
    case Qt::Key_Right:
        handled = pan(1, 0);
        break;
    case Qt::Key_Up:
        handled = pan(0, -1);
        break;
    case Qt::Key_Down:
        handled = pan(0, 1);
        break;
    default:
        handled = false;
        break;
    }
    if (handled)
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void HeatmapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            updateCursor();
        }
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void HeatmapView::focusOutEvent(QFocusEvent *event)
{
    // The Space release may go to another widget.
    m_spaceHeld = false;
    updateCursor();
    QWidget::focusOutEvent(event);
}

void HeatmapView::updateCursor()
{
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_panning)
        shape = Qt::ClosedHandCursor;
    else if (m_spaceHeld)
        shape = Qt::OpenHandCursor;
    else if (m_overTitle)
        shape = Qt::PointingHandCursor;
    if (shape == m_cursor)
        return;
    m_cursor = shape;
    if (shape == Qt::ArrowCursor)
        unsetCursor();
    else
        setCursor(shape);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    m_lastMousePos = QPoint(-1, -1);
    setHoveredCell(-1);
    if (m_overTitle) {
        m_overTitle = false;
        updateCursor();
    }
    QWidget::leaveEvent(event);
}
