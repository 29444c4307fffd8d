#include "heatmapview.h"

#include <QHelpEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <type_traits>

Q_LOGGING_CATEGORY(lcHeatmap, "scb.widgets.heatmap")

namespace {

constexpr int LegendBarHeightPx = 10;
constexpr int CompactLegendBarHeightPx = 6;
// Below this size titles, paddings and legend shrink so the cells keep most of the area.
constexpr QSize CompactBelow(480, 360);

// Fills a cellWidth x cellHeight rectangle per cell. Specialised on the common sizes of a
// large fleet so the inner loops compile to straight stores.
template<int FixedWidth, int FixedHeight>
void paintCellsFixed(QRgb *bits,
                     int stride,
                     QSize cellSize,
                     const qint32 *offsets,
                     size_t cellCount,
                     const qint32 *values,
                     size_t valueCount,
                     const ColorScale &scale)
{
    const int w = FixedWidth > 0 ? FixedWidth : cellSize.width();
    const int h = FixedHeight > 0 ? FixedHeight : cellSize.height();
    const QRgb *lut = scale.colorMap().data();
    const QRgb noData = scale.noDataColor();
    for (size_t i = 0; i < cellCount; ++i) {
        const qint32 offset = offsets[i];
        if (offset < 0)
            continue;
        QRgb color = noData;
        if (i < valueCount) {
            const int index = scale.indexFor(values[i]);
            if (index >= 0)
                color = lut[index];
        }
        QRgb *row = bits + offset;
        for (int y = 0; y < h; ++y, row += stride) {
            for (int x = 0; x < w; ++x)
                row[x] = color;
        }
    }
}

} // namespace

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    // paintEvent covers every pixel with the cached image: no background erase needed.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::NoFocus);
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setGroups(QList<HeatmapGroup> groups)
{
    const qsizetype given = groups.size();
    m_rejectedGroups = m_layout.setGroups(std::move(groups));
    if (m_rejectedGroups > 0) {
        qCWarning(lcHeatmap,
                  "heatmap: dropped %d of %lld groups with negative or overlapping cell ranges",
                  m_rejectedGroups, qint64(given));
    }
    setHoveredCell(-1);
    m_pressedCell = -1;
    invalidateLayout();
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

    // Legend, left to right: [label] [colour bar, min/mid/max ticks below] [no-data swatch
    // and its text].
    const QRect legend = m_layout.legendRect();
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

    if (m_image.size() != widgetSize)
        m_image = widgetSize.isEmpty() ? QImage() : QImage(widgetSize, QImage::Format_RGB32);
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
    for (const HeatmapLayout::Block &block : m_layout.blocks())
        painter.drawRoundedRect(QRectF(block.panelRect), radius, radius);
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
    auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
    const int stride = m_image.width();
    const QSize cell = m_layout.cellSize();
    const auto paint = [&](auto fixedWidth, auto fixedHeight) {
        paintCellsFixed<decltype(fixedWidth)::value, decltype(fixedHeight)::value>(
            bits, stride, cell, offsets.data(), offsets.size(), m_values.data(), m_values.size(),
            m_scale);
    };
    using One = std::integral_constant<int, 1>;
    using Two = std::integral_constant<int, 2>;
    using Three = std::integral_constant<int, 3>;
    using Any = std::integral_constant<int, 0>;
    const int w = cell.width();
    const int h = cell.height();
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
    if (m_layout.isClipped())
        paintClippedNotice(painter);

    if (m_hoveredCell >= 0) {
        const QRect outline = outlineRect(m_hoveredCell);
        if (outline.isValid()) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(outline.adjusted(0, 0, -1, -1));
        }
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

    for (const HeatmapLayout::Block &block : m_layout.blocks()) {
        const QRect &r = block.titleRect;
        if (!r.intersects(exposed) || !content.contains(r))
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
    const int cell = cellAt(event->position().toPoint());
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
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressedCell = cellAt(event->position().toPoint());
    QWidget::mousePressEvent(event);
}

void HeatmapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int cell = cellAt(event->position().toPoint());
        const int pressed = m_pressedCell;
        m_pressedCell = -1;
        if (cell >= 0 && cell == pressed)
            emit cellClicked(cell);
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    setHoveredCell(-1);
    QWidget::leaveEvent(event);
}
