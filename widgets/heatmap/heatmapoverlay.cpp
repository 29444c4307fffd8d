#include "heatmapoverlay.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace {

constexpr int LegendBarHeightPx = 10;
constexpr int CompactLegendBarHeightPx = 6;
// Below this size titles, paddings and legend shrink so the cells keep most of the area.
constexpr QSize CompactBelow(480, 360);

int legendBarHeightPx(bool compact)
{
    return compact ? CompactLegendBarHeightPx : LegendBarHeightPx;
}

} // namespace

bool HeatmapOverlay::isCompact(QSize widgetSize)
{
    return widgetSize.width() < CompactBelow.width() || widgetSize.height() < CompactBelow.height();
}

HeatmapOverlay::Style HeatmapOverlay::style(const QFont &font,
                                            const QPalette &palette,
                                            const QLocale &locale,
                                            bool compact)
{
    Style style;
    style.compact = compact;
    style.locale = locale;
    style.textFont = font;
    if (compact) {
        QFont &f = style.textFont;
        if (f.pointSizeF() > 0)
            f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.8));
        else
            f.setPixelSize(std::max(8, f.pixelSize() * 4 / 5));
    }
    style.titleFont = style.textFont;
    style.titleFont.setWeight(QFont::DemiBold);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    style.textColor = text;
    style.windowColor = window;
    // 65 % of the way from the background to the text: secondary, still legible.
    style.mutedColor = QColor::fromRgbF(window.redF() + (text.redF() - window.redF()) * 0.65f,
                                        window.greenF() + (text.greenF() - window.greenF()) * 0.65f,
                                        window.blueF() + (text.blueF() - window.blueF()) * 0.65f);
    return style;
}

HeatmapDecor HeatmapOverlay::decor(const Style &style)
{
    const QFontMetrics title(style.titleFont);
    const QFontMetrics text(style.textFont);
    const int barHeight = legendBarHeightPx(style.compact);
    HeatmapDecor decor;
    if (style.compact) {
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
    return decor;
}

void HeatmapOverlay::layoutLegend(QRect legend, const ColorScale &scale, const Style &style)
{
    // Left to right: [label] [colour bar, min/mid/max ticks below] [no-data swatch and its
    // text].
    const QFontMetrics text(style.textFont);
    const int barHeight = legendBarHeightPx(style.compact);
    m_legendRect = legend;
    m_legend = Legend();
    int x = legend.x();
    const int spacing = style.compact ? 6 : 14;
    if (!scale.label().isEmpty()) {
        const int labelWidth =
            std::min(text.horizontalAdvance(scale.label()) + 1, legend.width() / 4);
        // Centred on the colour bar, which it names.
        m_legend.labelRect =
            QRect(x, legend.y() + barHeight / 2 - text.height() / 2, labelWidth, text.height());
        x += labelWidth + spacing;
    }
    const int barWidth = std::clamp(legend.width() * 3 / 10, 60, style.compact ? 140 : 360);
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

void HeatmapOverlay::paint(QPainter &painter,
                           const QRect &exposed,
                           const HeatmapLayout &layout,
                           const ColorScale &scale,
                           const Style &style) const
{
    paintTitles(painter, exposed, layout, style);
    if (layout.legendRect().intersects(exposed))
        paintLegend(painter, layout.legendRect(), scale, style);
    if (layout.isZoomed())
        paintZoomHint(painter, layout, style);
    else if (layout.isClipped())
        paintClippedNotice(painter, layout, style);
}

void HeatmapOverlay::paintTitles(QPainter &painter,
                                 const QRect &exposed,
                                 const HeatmapLayout &layout,
                                 const Style &style) const
{
    const QFontMetrics titleMetrics(style.titleFont);
    const QFontMetrics textMetrics(style.textFont);
    const QRect content = layout.contentRect();

    // Zoomed, titles scroll with their groups: cut them at the viewport's edge.
    painter.save();
    painter.setClipRect(content);
    for (const HeatmapLayout::Block &block : layout.blocks()) {
        const QRect &r = block.titleRect;
        if (!r.intersects(exposed) || !r.intersects(content))
            continue;
        const QString count = QStringLiteral("  ·  ") + tr("%Ln chip(s)", nullptr, block.cellCount);
        const int countWidth = textMetrics.horizontalAdvance(count);
        const QString label =
            titleMetrics.elidedText(layout.groups().at(block.group).label, Qt::ElideRight,
                                    std::max(0, r.width() - countWidth));
        painter.setFont(style.titleFont);
        painter.setPen(style.textColor);
        const QRect labelRect(r.x(), r.y(), titleMetrics.horizontalAdvance(label), r.height());
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(style.textFont);
        painter.setPen(style.mutedColor);
        painter.drawText(QRect(labelRect.right() + 1, r.y(), countWidth + 1, r.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, count);
    }
    painter.restore();
}

void HeatmapOverlay::paintLegend(QPainter &painter,
                                 QRect legendRect,
                                 const ColorScale &scale,
                                 const Style &style) const
{
    const QFontMetrics textMetrics(style.textFont);
    painter.setFont(style.textFont);
    painter.setPen(style.textColor);
    if (m_legend.labelRect.isValid()) {
        painter.drawText(
            m_legend.labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            textMetrics.elidedText(scale.label(), Qt::ElideRight, m_legend.labelRect.width()));
    }
    painter.setPen(style.mutedColor);
    paintTicks(painter, scale, style);
    if (m_legend.noDataLabel.right() <= legendRect.right()) {
        painter.setPen(style.textColor);
        painter.drawText(m_legend.noDataLabel, Qt::AlignLeft | Qt::AlignVCenter, tr("No data"));
    }
}

void HeatmapOverlay::paintTicks(QPainter &painter,
                                const ColorScale &scale,
                                const Style &style) const
{
    const QFontMetrics textMetrics(style.textFont);
    const QLocale &loc = style.locale;
    const QRect ticks = m_legend.ticksRect;
    const QStringList &categories = scale.categories();
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
        const QString low = scale.formatValue(scale.minValue(), loc);
        const QString mid =
            scale.formatValue((double(scale.minValue()) + scale.maxValue()) / 2, loc);
        const QString high = scale.formatValue(scale.maxValue(), loc);
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
}

void HeatmapOverlay::paintClippedNotice(QPainter &painter,
                                        const HeatmapLayout &layout,
                                        const Style &style) const
{
    // Too small for every chip: say so over the bottom of the cells, where it cannot be
    // missed, rather than silently showing part of the fleet.
    const QFontMetrics metrics(style.textFont);
    const QRect content = layout.contentRect();
    const QRect band(content.left(), content.bottom() + 1 - metrics.height() - 4, content.width(),
                     metrics.height() + 4);
    QColor background = style.windowColor;
    background.setAlphaF(0.88f);
    painter.fillRect(band, background);
    painter.setFont(style.textFont);
    painter.setPen(style.textColor);
    const QString notice = tr("Showing %L1 of %L2 chips: enlarge to see all")
                               .arg(layout.visibleCellCount())
                               .arg(layout.cellCount());
    painter.drawText(band, Qt::AlignCenter,
                     metrics.elidedText(notice, Qt::ElideRight, band.width() - 4));
}

void HeatmapOverlay::paintZoomHint(QPainter &painter,
                                   const HeatmapLayout &layout,
                                   const Style &style) const
{
    // Small, in the top right corner: says why the fleet is not all there and how back.
    const QFont &font = style.textFont;
    const QFontMetrics metrics(font);
    const QString hint =
        tr("Zoom %1× · 0 resets").arg(style.locale.toString(layout.zoom(), 'g', 2));
    const QRect content = layout.contentRect();
    const int width = std::min(metrics.horizontalAdvance(hint) + 12, content.width());
    const QRect box(content.right() + 1 - width, content.top(), width, metrics.height() + 4);
    QColor background = style.windowColor;
    background.setAlphaF(0.85f);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(box), 3, 3);
    painter.setFont(font);
    painter.setPen(style.mutedColor);
    painter.drawText(box, Qt::AlignCenter,
                     metrics.elidedText(hint, Qt::ElideRight, std::max(0, box.width() - 8)));
    painter.restore();
}
