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

Q_LOGGING_CATEGORY(lcHeatmap, "scb.widgets.heatmap")

namespace {

// One wheel notch or one +/- press; two make 2x.
constexpr double ZoomStep = 1.4142135623730951;

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
    if (m_layoutValid && m_layout.size() == size())
        update(m_renderer.renderCells(scene()));
    else
        update();
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
    if (m_layoutValid && m_layout.size() == size())
        update(m_renderer.renderCells(scene()));
    else
        update();
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
    return m_renderer.image();
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

void HeatmapView::ensureLayout() const
{
    if (m_layoutValid && m_layout.size() == size())
        return;
    m_layoutValid = true;
    const QSize widgetSize = size().expandedTo(QSize(0, 0));
    m_compact = HeatmapOverlay::isCompact(widgetSize);
    const HeatmapOverlay::Style style = overlayStyle();
    m_layout.layout(widgetSize, HeatmapOverlay::decor(style));
    m_overlay.layoutLegend(m_layout.legendRect(), m_scale, style);
    m_renderer.renderAll(scene(), backdrop());
}

HeatmapOverlay::Style HeatmapView::overlayStyle() const
{
    return HeatmapOverlay::style(font(), palette(), locale(), m_compact);
}

HeatmapRenderer::Scene HeatmapView::scene() const
{
    return {m_layout, m_scale, m_values, m_selectedMask};
}

HeatmapRenderer::Backdrop HeatmapView::backdrop() const
{
    HeatmapRenderer::Backdrop backdrop;
    backdrop.window = palette().color(QPalette::Window);
    backdrop.panel = palette().color(QPalette::Base);
    backdrop.panelRadiusPx = m_compact ? 2 : 5;
    backdrop.legendBar = m_overlay.legend().barRect;
    backdrop.noDataSwatch = m_overlay.legend().noDataSwatch;
    return backdrop;
}

void HeatmapView::viewChanged(double zoomBefore)
{
    if (m_layout.legendRect() != m_overlay.legendRect()) // zoomed, it moves to the bottom
        m_overlay.layoutLegend(m_layout.legendRect(), m_scale, overlayStyle());
    m_renderer.renderAll(scene(), backdrop());
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
    const QImage &image = m_renderer.image();
    const HeatmapOverlay::Style style = overlayStyle();
    if (m_layout.groups().isEmpty() || image.isNull()) {
        painter.fillRect(rect(), palette().color(QPalette::Window));
        painter.setPen(style.mutedColor);
        QFont f = style.textFont;
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * 1.25);
        painter.setFont(f);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Waiting for the fleet inventory…"));
        return;
    }
    painter.drawImage(event->rect(), image, event->rect());
    m_overlay.paint(painter, event->rect(), m_layout, m_scale, style);

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
