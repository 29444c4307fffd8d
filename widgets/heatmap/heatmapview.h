#pragma once

#include "colorscale.h"
#include "heatmaplayout.h"
#include "heatmapoverlay.h"
#include "heatmaprenderer.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <span>
#include <vector>

// One cell per chip, grouped by center (titled blocks), rack and node (small tiles),
// coloured by one metric through a 256-entry lookup table.
//
// Built for 200,000 chips with a full repaint in a couple of milliseconds:
// - the layout (HeatmapLayout) keeps every shown cell's pixel offset, recomputed on resize,
//   zoom and pan only;
// - setValues() is one loop of LUT look-ups written straight into the QImage's memory
//   (HeatmapRenderer; a widget-sized image: zoomed, only the cells in view are drawn);
// - paintEvent() is one drawImage() plus a handful of text lines (HeatmapOverlay) and the
//   hover outline.
// Hit-testing goes from geometry to cell index arithmetically, never by searching cells.
//
// Zoom and pan: the wheel zooms about the pointer (1x = fit, up to HeatmapLayout::MaxZoom),
// + and - about the centre, 0 resets; the middle button, the left button with Space held,
// and the arrow keys pan. The legend is never zoomed; zoomed in, it sits at the bottom.
//
// Selection: a left drag draws a rubber band and selects the cells it touches (Shift adds),
// a click on a group's title selects the group, Esc clears. While a selection exists the
// other cells are drawn dimmed. A press and release on one cell stays a click.
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
    // counted in rejectedGroupCount(); the rest are shown in the order given. Resets the
    // zoom and clears the selection (cell indices get a new meaning).
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
    // Cells wholly in view: less than cellCount() when the widget is too small or zoomed in.
    int visibleCellCount() const;
    int cellAt(QPoint pos) const; // -1 outside every cell (gaps, titles, legend)
    // Empty for an unknown, clipped or scrolled-out cell; zoomed, a cell cut by the edge of
    // the view gets its whole rectangle.
    QRect cellRect(int cell) const;
    QRect groupRect(int group) const;   // the titled block of groups().at(group), in view
    int groupTitleAt(QPoint pos) const; // index into groups(), -1 if not on a title
    QSize cellSize() const;             // pixels at the current zoom; all cells share it
    int hoveredCell() const { return m_hoveredCell; }

    // 1 = fit; the content grows about an anchor point (widget coordinates): the cell
    // under it stays under it. Without an anchor, the middle of the cells' area.
    double zoom() const;
    void setZoom(double factor);
    void setZoom(double factor, QPoint anchor);
    void resetZoom();
    // Content pixels scrolled out at the top left; clamped to the content, 0 at 1x.
    QPoint panOffset() const;
    void setPanOffset(QPoint offset);

    // Sorted and unique. Cells outside every group are dropped. Kept across setValues(),
    // resizes and zoom.
    const std::vector<int> &selectedCells() const { return m_selected; }
    void setSelectedCells(std::vector<int> cells);
    void clearSelection();
    bool hasSelection() const { return !m_selected.empty(); }

    void setToolTipProvider(ToolTipProvider provider);

    // What paintEvent() blits: background, panels, cells and legend bar (no text).
    const QImage &image() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellHovered(int cell); // -1 when the pointer leaves the cells
    void cellClicked(int cell);
    void zoomChanged();
    void selectionChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void invalidateLayout();
    void ensureLayout() const;
    HeatmapOverlay::Style overlayStyle() const;
    HeatmapRenderer::Scene scene() const;
    HeatmapRenderer::Backdrop backdrop() const;
    void viewChanged(double zoomBefore);
    void setHoveredCell(int cell);
    void updateBand(QPoint pos);
    void finishBand(bool add);
    void cancelBand();
    void applySelection(std::vector<int> cells, bool add);
    void updateCursor();
    QPoint viewCenter() const;
    QRect outlineRect(int cell) const;
    QString toolTipText(int cell) const;

    ColorScale m_scale;
    std::vector<qint32> m_values;
    ToolTipProvider m_toolTipProvider;
    int m_rejectedGroups = 0;
    int m_hoveredCell = -1;
    int m_pressedCell = -1;
    int m_pressedTitle = -1;
    QPoint m_lastMousePos{-1, -1};

    // Left button: a click, or a rubber band once it moves startDragDistance().
    bool m_leftPressed = false;
    bool m_banding = false;
    QPoint m_pressPos;
    Qt::KeyboardModifiers m_pressModifiers;
    QRect m_bandRect;

    // Panning: middle button, or left with Space held.
    bool m_spaceHeld = false;
    bool m_panning = false;
    Qt::MouseButton m_panButton = Qt::NoButton;
    QPoint m_panStartPos;
    QPoint m_panStartOffset;
    bool m_overTitle = false;
    Qt::CursorShape m_cursor = Qt::ArrowCursor;

    std::vector<int> m_selected;        // sorted, unique
    std::vector<quint8> m_selectedMask; // by cell; empty without a selection

    // Geometry and pixels are a cache of (groups, size, font, palette, scale, values),
    // rebuilt lazily so const queries such as cellAt() work before the first paint.
    // The renderer reads m_layout, m_scale, m_values and m_selectedMask (scene()).
    mutable HeatmapLayout m_layout;
    mutable HeatmapOverlay m_overlay;   // texts over the image; legend geometry
    mutable HeatmapRenderer m_renderer; // the image
    mutable bool m_compact = false;
    mutable bool m_layoutValid = false;
};
