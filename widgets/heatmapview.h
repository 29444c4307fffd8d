#pragma once

#include "colorscale.h"
#include "heatmaplayout.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <span>
#include <vector>

// One cell per chip, grouped by center (titled blocks) and node (small tiles), coloured
// by one metric through a 256-entry lookup table.
//
// Built for 200,000 chips with a full repaint in a couple of milliseconds:
// - the layout (HeatmapLayout) keeps every cell's pixel offset, recomputed on resize only;
// - setValues() is one loop of LUT look-ups written straight into the QImage's memory;
// - paintEvent() is one drawImage() plus a handful of text lines and the hover outline.
// Hit-testing goes from geometry to cell index arithmetically, never by searching cells.
//
// The widget knows nothing of chips beyond their index; the application supplies the
// tooltip text through setToolTipProvider(). Like every widget, GUI thread only: callers
// hand over values taken from an immutable snapshot.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    using ToolTipProvider = std::function<QString(int cell)>;

    explicit HeatmapView(QWidget *parent = nullptr);
    ~HeatmapView() override;

    // Relayouts. Invalid groups (negative or overlapping ranges) are dropped, logged and
    // counted in rejectedGroupCount(); the rest are shown in the order given.
    void setGroups(QList<HeatmapGroup> groups);
    const QList<HeatmapGroup> &groups() const { return m_layout.groups(); }
    int rejectedGroupCount() const { return m_rejectedGroups; }

    // values[i] is cell i's metric; negative means "no data", as does a missing tail.
    void setValues(std::span<const qint32> values);
    void setValues(const qint32 *values, qsizetype count);
    qint32 value(int cell) const;

    void setColorScale(const ColorScale &scale);
    const ColorScale &colorScale() const { return m_scale; }

    int cellCount() const { return m_layout.cellCount(); }
    int visibleCellCount() const;     // less than cellCount() only when the widget is too small
    int cellAt(QPoint pos) const;     // -1 outside every cell (gaps, titles, legend)
    QRect cellRect(int cell) const;   // empty for an unknown or clipped cell
    QRect groupRect(int group) const; // the titled block of groups().at(group)
    QSize cellSize() const;           // pixels; all cells share it
    int hoveredCell() const { return m_hoveredCell; }

    void setToolTipProvider(ToolTipProvider provider);

    // What paintEvent() blits: background, panels, cells and legend bar (no text).
    const QImage &image() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellHovered(int cell); // -1 when the pointer leaves the cells
    void cellClicked(int cell);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Legend
    {
        QRect labelRect;
        QRect barRect;
        QRect ticksRect;
        QRect noDataSwatch;
        QRect noDataLabel;
    };

    void invalidateLayout();
    void ensureLayout() const;
    void renderBackground() const;
    void renderLegendBar() const;
    void renderCells() const;
    void paintTexts(QPainter &painter, const QRect &exposed) const;
    void paintClippedNotice(QPainter &painter) const;
    void setHoveredCell(int cell);
    QRect outlineRect(int cell) const;
    QString toolTipText(int cell) const;
    QFont titleFont() const;
    QFont textFont() const;
    QColor mutedTextColor() const;
    QColor panelColor() const;

    ColorScale m_scale;
    std::vector<qint32> m_values;
    ToolTipProvider m_toolTipProvider;
    int m_rejectedGroups = 0;
    int m_hoveredCell = -1;
    int m_pressedCell = -1;

    // Geometry and pixels are a cache of (groups, size, font, palette, scale, values),
    // rebuilt lazily so const queries such as cellAt() work before the first paint.
    mutable HeatmapLayout m_layout;
    mutable QImage m_image;
    mutable Legend m_legend;
    mutable bool m_compact = false;
    mutable bool m_layoutValid = false;
};
