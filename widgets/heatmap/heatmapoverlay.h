#pragma once

#include "colorscale.h"
#include "heatmaplayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QRect>

class QPainter;
class QPalette;

// The texts HeatmapView paints over its image on every paintEvent(): group titles with
// their chip counts, the legend's label, ticks and "No data", and the zoom hint or the
// clipped notice. Also where those texts' sizes decide geometry: the decoration sizes
// handed to HeatmapLayout and the places of the legend's parts (HeatmapRenderer fills its
// colour bar and no-data swatch into the image).
//
// Takes the layout, scale and style as plain inputs; keeps only the legend's geometry.
// GUI thread only, like the view it belongs to.
class HeatmapOverlay
{
    // Its texts are the view's: they keep HeatmapView's translation context.
    Q_DECLARE_TR_FUNCTIONS(HeatmapView)

public:
    struct Style
    {
        QFont textFont;
        QFont titleFont;
        QColor textColor;
        QColor mutedColor; // secondary texts
        QColor windowColor;
        QLocale locale;
        bool compact = false; // small widget: smaller texts, paddings and legend
    };

    struct Legend
    {
        QRect labelRect;
        QRect barRect;
        QRect ticksRect;
        QRect noDataSwatch;
        QRect noDataLabel;
    };

    // Below this widget size titles, paddings and legend shrink so the cells keep most of
    // the area.
    static bool isCompact(QSize widgetSize);
    static Style
    style(const QFont &font, const QPalette &palette, const QLocale &locale, bool compact);
    // Margins, title and legend heights for HeatmapLayout, after the fonts.
    static HeatmapDecor decor(const Style &style);

    // Places the legend's parts in the layout's legend rectangle.
    void layoutLegend(QRect legend, const ColorScale &scale, const Style &style);
    const Legend &legend() const { return m_legend; }
    // The rectangle legend() was placed in; zoomed, the layout moves it to the bottom.
    QRect legendRect() const { return m_legendRect; }

    // Titles, legend texts, then the zoom hint (zoomed) or the clipped notice (too small).
    void paint(QPainter &painter,
               const QRect &exposed,
               const HeatmapLayout &layout,
               const ColorScale &scale,
               const Style &style) const;

private:
    void paintTitles(QPainter &painter,
                     const QRect &exposed,
                     const HeatmapLayout &layout,
                     const Style &style) const;
    void paintLegend(QPainter &painter,
                     QRect legendRect,
                     const ColorScale &scale,
                     const Style &style) const;
    void paintTicks(QPainter &painter, const ColorScale &scale, const Style &style) const;
    void
    paintClippedNotice(QPainter &painter, const HeatmapLayout &layout, const Style &style) const;
    void paintZoomHint(QPainter &painter, const HeatmapLayout &layout, const Style &style) const;

    Legend m_legend;
    QRect m_legendRect;
};
