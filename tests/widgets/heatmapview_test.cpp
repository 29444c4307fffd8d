#include "heatmapview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <QWheelEvent>

#include <numeric>
#include <vector>

namespace {

QList<HeatmapGroup> contiguousGroups(const std::vector<int> &sizes, int unitsPerRack = 0)
{
    QList<HeatmapGroup> groups;
    int first = 0;
    for (int size : sizes) {
        groups.push_back(
            {QStringLiteral("Center %1").arg(groups.size() + 1), first, size, 8, unitsPerRack});
        first += size;
    }
    return groups;
}

struct GeometryCase
{
    const char *name;
    std::vector<int> groupSizes;
    QSize widgetSize;
    bool fitsEntirely;
    int unitsPerRack = 0;
};

void PrintTo(const GeometryCase &c, std::ostream *os)
{
    *os << c.name << " at " << c.widgetSize.width() << "x" << c.widgetSize.height();
}

class HeatmapGeometry : public ::testing::TestWithParam<GeometryCase>
{
};

} // namespace

TEST_P(HeatmapGeometry, EveryCellHasItsOwnRectAndHitTestInvertsIt)
{
    const GeometryCase &param = GetParam();
    const QList<HeatmapGroup> groups = contiguousGroups(param.groupSizes, param.unitsPerRack);
    const int total = std::accumulate(param.groupSizes.begin(), param.groupSizes.end(), 0);

    HeatmapView view;
    view.resize(param.widgetSize);
    view.setGroups(groups);
    ASSERT_EQ(view.cellCount(), total);
    if (param.fitsEntirely) {
        EXPECT_EQ(view.visibleCellCount(), total);
    }
    const QSize cellSize = view.cellSize();
    ASSERT_FALSE(cellSize.isEmpty());

    const int width = param.widgetSize.width();
    const int height = param.widgetSize.height();
    const QRect widgetRect(0, 0, width, height);
    std::vector<int> owner(size_t(width) * size_t(height), -1);
    int errors = 0;
    std::string firstError;
    const auto fail = [&](const std::string &what, int cell) {
        if (errors++ == 0)
            firstError = what + " (cell " + std::to_string(cell) + ")";
    };

    int visible = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QRect block = view.groupRect(int(g));
        // A block pushed out entirely by a too-small widget is empty; others lie inside.
        if (param.fitsEntirely || !block.isEmpty()) {
            EXPECT_TRUE(widgetRect.contains(block)) << "group " << g;
        }
        const HeatmapGroup &group = groups.at(g);
        for (int cell = group.firstCell; cell < group.firstCell + group.cellCount; ++cell) {
            const QRect r = view.cellRect(cell);
            if (r.isNull()) {
                if (param.fitsEntirely)
                    fail("no rect", cell);
                continue;
            }
            ++visible;
            if (r.size() != cellSize)
                fail("wrong size", cell);
            if (!block.contains(r))
                fail("outside its group's block", cell);
            if (!widgetRect.contains(r)) {
                fail("outside the widget", cell);
                continue;
            }
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    int &o = owner[size_t(y) * size_t(width) + size_t(x)];
                    if (o >= 0)
                        fail("overlaps cell " + std::to_string(o), cell);
                    o = cell;
                }
            }
            if (view.cellAt(r.center()) != cell || view.cellAt(r.topLeft()) != cell ||
                view.cellAt(r.bottomRight()) != cell)
                fail("cellAt(cellRect(i)) != i", cell);
        }
    }
    EXPECT_EQ(errors, 0) << firstError;
    EXPECT_EQ(visible, view.visibleCellCount());

    // Every pixel: the hit test answers exactly the cell whose rect covers it, else -1
    // (gaps between nodes, titles, legend, margins).
    int mismatches = 0;
    QPoint firstMismatch;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (view.cellAt(QPoint(x, y)) != owner[size_t(y) * size_t(width) + size_t(x)]) {
                if (mismatches++ == 0)
                    firstMismatch = QPoint(x, y);
            }
        }
    }
    EXPECT_EQ(mismatches, 0) << "first at " << firstMismatch.x() << "," << firstMismatch.y();
    for (QPoint outside : {QPoint(-1, -1), QPoint(width, 0), QPoint(0, height), QPoint(-500, 20),
                           QPoint(width + 300, height + 300)})
        EXPECT_EQ(view.cellAt(outside), -1);
    EXPECT_TRUE(view.cellRect(-1).isNull());
    EXPECT_TRUE(view.cellRect(total).isNull());
}

INSTANTIATE_TEST_SUITE_P(
    Sizes,
    HeatmapGeometry,
    ::testing::Values(
        GeometryCase{"100 cells", {100}, QSize(1366, 768), true},
        GeometryCase{"100 cells", {100}, QSize(1920, 1080), true},
        GeometryCase{"100 cells", {100}, QSize(200, 150), true},
        GeometryCase{"100 cells in 4", {45, 30, 17, 8}, QSize(200, 150), true},
        GeometryCase{"10k in 4", {4000, 3000, 2000, 1000}, QSize(1366, 768), true},
        GeometryCase{"10k in 4", {4000, 3000, 2000, 1000}, QSize(1920, 1080), true},
        GeometryCase{"10k in 4", {4000, 3000, 2000, 1000}, QSize(200, 150), false},
        GeometryCase{"10k, one odd node", {9999}, QSize(640, 480), true},
        GeometryCase{"200k in 4", {80000, 60000, 40000, 20000}, QSize(1366, 768), true},
        GeometryCase{"200k in 4", {80000, 60000, 40000, 20000}, QSize(1920, 1080), true},
        GeometryCase{"200k in 4", {80000, 60000, 40000, 20000}, QSize(200, 150), false},
        GeometryCase{"10k in racks", {4000, 3000, 2000, 1000}, QSize(640, 480), true, 4},
        GeometryCase{"10k in racks", {4000, 3000, 2000, 1000}, QSize(200, 150), false, 4},
        GeometryCase{"odd racks", {4000, 2999, 7, 1}, QSize(900, 600), true, 3},
        GeometryCase{"200k in racks", {80000, 60000, 40000, 20000}, QSize(1900, 700), true, 4},
        GeometryCase{"200k in racks", {80000, 60000, 40000, 20000}, QSize(1920, 1080), true, 4},
        GeometryCase{"200k in racks", {80000, 60000, 40000, 20000}, QSize(1366, 768), true, 4}),
    [](const ::testing::TestParamInfo<GeometryCase> &info) {
        std::string name = info.param.name;
        for (char &c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        }
        return name + "_" + std::to_string(info.param.widgetSize.width()) + "x" +
               std::to_string(info.param.widgetSize.height());
    });

TEST(HeatmapView, InvalidGroupsAreDroppedAndCounted)
{
    HeatmapView view;
    view.resize(800, 600);
    view.setGroups({{QStringLiteral("ok"), 0, 64, 8},
                    {QStringLiteral("bad"), -1, 64, 8},
                    {QStringLiteral("overlap"), 32, 64, 8}});
    EXPECT_EQ(view.rejectedGroupCount(), 2);
    EXPECT_EQ(view.cellCount(), 64);
    EXPECT_EQ(view.groups().size(), 1);
}

namespace {

// A view of 10,000 cells with a repeating value pattern, a few "no data" cells and a
// missing tail.
struct ColouredView
{
    HeatmapView view;
    std::vector<qint32> values;

    explicit ColouredView(QSize size)
    {
        view.resize(size);
        view.setGroups(contiguousGroups({4000, 3000, 2000, 1000}));
        values.resize(10000 - 10);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = i % 97 == 0 ? -1 : qint32((i * 37) % 131); // includes > 100: clamps
        view.setValues(values);
    }
    qint32 expected(int cell) const
    {
        return size_t(cell) < values.size() ? values[size_t(cell)] : -1;
    }
};

} // namespace

TEST(HeatmapView, ImageHoldsEachCellsColourAfterSetValues)
{
    ColouredView v(QSize(1366, 768));
    const ColorScale &scale = v.view.colorScale();
    const QImage image = v.view.image();
    int wrong = 0;
    for (int cell = 0; cell < 10000; ++cell) {
        const QRect r = v.view.cellRect(cell);
        ASSERT_FALSE(r.isNull());
        const QRgb want = scale.colorFor(v.expected(cell));
        if (image.pixel(r.topLeft()) != want || image.pixel(r.bottomRight()) != want)
            ++wrong;
    }
    EXPECT_EQ(wrong, 0);
    // Spot checks of the mapping itself.
    EXPECT_EQ(image.pixel(v.view.cellRect(0).topLeft()), scale.noDataColor());    // 0 % 97 == 0
    EXPECT_EQ(image.pixel(v.view.cellRect(9995).topLeft()), scale.noDataColor()); // missing tail
    EXPECT_EQ(v.view.value(9995), -1);
    EXPECT_EQ(v.view.value(1), 37);
}

TEST(HeatmapView, PaintedWidgetShowsTheCellColours)
{
    ColouredView v(QSize(1366, 768));
    const QImage shot = v.view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (int cell = 1; cell < 10000; cell += 101) {
        const QRect r = v.view.cellRect(cell);
        EXPECT_EQ(shot.pixel(r.center()), v.view.colorScale().colorFor(v.expected(cell))) << cell;
    }
}

TEST(HeatmapView, ColorScaleChangeRecoloursWithoutNewValues)
{
    ColouredView v(QSize(1366, 768));
    const ColorScale viridis(QStringLiteral("Temperature"), 0, 50, QStringLiteral("°C"),
                             ColorMap::viridis());
    v.view.setColorScale(viridis);
    const QImage image = v.view.image();
    for (int cell = 1; cell < 10000; cell += 7)
        ASSERT_EQ(image.pixel(v.view.cellRect(cell).topLeft()), viridis.colorFor(v.expected(cell)))
            << cell;
    EXPECT_EQ(image.pixel(v.view.cellRect(2).topLeft()), viridis.colorMap().last()); // 74 > 50
}

TEST(HeatmapView, ResizeRelayoutsAndRepaintsCells)
{
    ColouredView v(QSize(1920, 1080));
    const QSize bigCell = v.view.cellSize();
    v.view.resize(640, 400);
    EXPECT_LT(v.view.cellSize().width() * v.view.cellSize().height(),
              bigCell.width() * bigCell.height());
    const QImage image = v.view.image();
    EXPECT_EQ(image.size(), QSize(640, 400));
    for (int cell = 1; cell < 10000; cell += 13) {
        const QRect r = v.view.cellRect(cell);
        if (r.isNull())
            continue;
        ASSERT_EQ(image.pixel(r.topLeft()), v.view.colorScale().colorFor(v.expected(cell))) << cell;
    }
}

TEST(HeatmapView, ValuesBeforeGroupsAndOddInputsAreSafe)
{
    HeatmapView view;
    view.resize(800, 600);
    const std::vector<qint32> values(500, 42);
    view.setValues(values); // no inventory yet
    view.setGroups(contiguousGroups({256}));
    EXPECT_EQ(view.image().pixel(view.cellRect(10).topLeft()), view.colorScale().colorFor(42));
    view.setValues(QList<qint32>{7, 8, 9}); // QList converts to the span overload
    EXPECT_EQ(view.value(2), 9);
    EXPECT_EQ(view.value(10), -1);
    view.setValues(nullptr, 5);
    view.setValues(values.data(), -3);
    EXPECT_EQ(view.value(10), -1);
    EXPECT_EQ(view.image().pixel(view.cellRect(10).topLeft()), view.colorScale().noDataColor());
}

TEST(HeatmapView, EmptyStateShowsWaitingText)
{
    HeatmapView view;
    view.resize(600, 300);
    EXPECT_EQ(view.cellCount(), 0);
    EXPECT_EQ(view.cellAt(QPoint(300, 150)), -1);
    const QImage shot = view.grab().toImage();
    const QRgb background = view.palette().color(QPalette::Window).rgb();
    int inked = 0;
    for (int y = 130; y < 170; ++y) {
        for (int x = 150; x < 450; ++x)
            inked += shot.pixel(x, y) != background;
    }
    EXPECT_GT(inked, 50); // the centred text is there
    EXPECT_EQ(shot.pixel(5, 5), background);
}

namespace {

class HeatmapInteraction : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(900, 600);
        view.setGroups(contiguousGroups({3000, 1000}));
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }
    HeatmapView view;
};

} // namespace

TEST_F(HeatmapInteraction, HoverEmitsTheCellUnderThePointer)
{
    QSignalSpy hovered(&view, &HeatmapView::cellHovered);
    QTest::mouseMove(&view, view.cellRect(1234).center());
    ASSERT_GE(hovered.count(), 1);
    EXPECT_EQ(hovered.last().at(0).toInt(), 1234);
    EXPECT_EQ(view.hoveredCell(), 1234);

    QTest::mouseMove(&view, view.cellRect(3500).center());
    EXPECT_EQ(hovered.last().at(0).toInt(), 3500);

    const int before = int(hovered.count());
    QTest::mouseMove(&view, view.cellRect(3500).center()); // same cell: no new signal
    EXPECT_EQ(hovered.count(), before);

    QTest::mouseMove(&view, QPoint(view.width() - 2, view.height() - 2)); // margin
    EXPECT_EQ(hovered.last().at(0).toInt(), -1);
    EXPECT_EQ(view.hoveredCell(), -1);
}

TEST_F(HeatmapInteraction, ClickEmitsTheCell)
{
    QSignalSpy clicked(&view, &HeatmapView::cellClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellRect(42).center());
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.takeFirst().at(0).toInt(), 42);

    // Press on one chip, release on another: not a click.
    QTest::mousePress(&view, Qt::LeftButton, {}, view.cellRect(42).center());
    QTest::mouseRelease(&view, Qt::LeftButton, {}, view.cellRect(2000).center());
    EXPECT_EQ(clicked.count(), 0);

    // Outside every cell, and with the right button: nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 2));
    QTest::mouseClick(&view, Qt::RightButton, {}, view.cellRect(42).center());
    EXPECT_EQ(clicked.count(), 0);
}

TEST_F(HeatmapInteraction, ToolTipComesFromTheProvider)
{
    std::vector<int> asked;
    view.setToolTipProvider([&asked](int cell) {
        asked.push_back(cell);
        return QStringLiteral("chip #%1").arg(cell);
    });
    const QPoint pos = view.cellRect(777).center();
    QHelpEvent help(QEvent::ToolTip, pos, view.mapToGlobal(pos));
    QApplication::sendEvent(&view, &help);
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked.front(), 777);
    EXPECT_EQ(QToolTip::text(), QStringLiteral("chip #777"));

    // Over no cell: no question asked, no tooltip.
    QHelpEvent outside(QEvent::ToolTip, QPoint(1, 1), view.mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(&view, &outside);
    EXPECT_EQ(asked.size(), 1u);
    QToolTip::hideText();
}

TEST_F(HeatmapInteraction, DefaultToolTipNamesCenterAndValue)
{
    std::vector<qint32> values(4000, 87);
    view.setValues(values);
    view.setColorScale(ColorScale(QStringLiteral("Utilization"), 0, 100, QStringLiteral("%")));
    const QPoint pos = view.cellRect(3100).center();
    QHelpEvent help(QEvent::ToolTip, pos, view.mapToGlobal(pos));
    QApplication::sendEvent(&view, &help);
    const QString text = QToolTip::text();
    EXPECT_TRUE(text.contains(QStringLiteral("Center 2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Utilization"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("87"))) << text.toStdString();
    QToolTip::hideText();
}

TEST_F(HeatmapInteraction, HoverOutlineIsPainted)
{
    const QRect node = view.cellRect(8).united(view.cellRect(15));
    const QImage before = view.grab().toImage();
    QTest::mouseMove(&view, view.cellRect(9).center());
    const QImage after = view.grab().toImage();
    // The outline lies one pixel outside the node (or the cell, for big cells).
    const bool bigCells = std::min(view.cellSize().width(), view.cellSize().height()) >= 6;
    const QRect ring = (bigCells ? view.cellRect(9) : node).adjusted(-1, -1, 1, 1);
    EXPECT_NE(before.pixel(ring.topLeft()), after.pixel(ring.topLeft()));
    EXPECT_EQ(after.pixel(ring.topLeft()), view.palette().color(QPalette::WindowText).rgb());
}

namespace {

// 4,000 chips in racks of 4 nodes, with values, shown and focused.
class HeatmapZoomAndSelection : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(900, 600);
        view.setGroups(contiguousGroups({3000, 1000}, 4));
        values.resize(4000);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = qint32((i * 7) % 101);
        view.setValues(values);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }

    std::vector<int> cellsTouching(QRect band) const
    {
        band = band.normalized();
        std::vector<int> cells;
        for (int cell = 0; cell < view.cellCount(); ++cell) {
            const QRect r = view.cellRect(cell);
            if (!r.isNull() && r.intersects(band))
                cells.push_back(cell);
        }
        return cells;
    }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(&view, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(&view, from + (to - from) / 3);
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, modifiers, to);
    }

    void wheel(QPoint pos, int angle)
    {
        QWheelEvent event(QPointF(pos), QPointF(view.mapToGlobal(pos)), QPoint(), QPoint(0, angle),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &event);
    }

    // A point on group's title line: between its panel's top and its first cell.
    QPoint titlePoint(int group) const
    {
        const QRect first = view.cellRect(view.groups().at(group).firstCell);
        return QPoint(first.left() + 4, (view.groupRect(group).top() + first.top()) / 2);
    }

    HeatmapView view;
    std::vector<qint32> values;
};

} // namespace

TEST_F(HeatmapZoomAndSelection, WheelZoomsAboutThePointer)
{
    QSignalSpy zoomed(&view, &HeatmapView::zoomChanged);
    const QSize fit = view.cellSize();
    const int cell = 1234;
    const QPoint pos = view.cellRect(cell).center();
    wheel(pos, 4 * 120); // four notches: 4x
    EXPECT_NEAR(view.zoom(), 4, 1e-9);
    EXPECT_EQ(zoomed.count(), 1);
    EXPECT_GE(view.cellSize().width(), 4 * fit.width() - 1);
    EXPECT_GE(view.cellSize().height(), 4 * fit.height() - 1);
    EXPECT_EQ(view.cellAt(pos), cell);
    EXPECT_LT(view.visibleCellCount(), view.cellCount());

    QPoint other(150, 120); // on a cell, off the middle
    for (int step = 0; view.cellAt(other) < 0 && step < 200; ++step)
        other += QPoint(1, 1);
    const int otherCell = view.cellAt(other);
    ASSERT_GE(otherCell, 0);
    wheel(other, 120);
    EXPECT_EQ(view.cellAt(other), otherCell);

    wheel(pos, -40 * 120); // far out: back to the fit
    EXPECT_EQ(view.zoom(), 1);
    EXPECT_EQ(view.panOffset(), QPoint());
    EXPECT_EQ(view.cellSize(), fit);
    EXPECT_EQ(view.visibleCellCount(), view.cellCount());
    EXPECT_EQ(zoomed.count(), 3);
    wheel(pos, -120); // already at 1x: nothing changes
    EXPECT_EQ(zoomed.count(), 3);
}

TEST_F(HeatmapZoomAndSelection, KeysZoomPanAndReset)
{
    QSignalSpy zoomed(&view, &HeatmapView::zoomChanged);
    QTest::keyClick(&view, Qt::Key_Right); // nothing to pan at 1x
    EXPECT_EQ(view.panOffset(), QPoint());
    QTest::keyClick(&view, Qt::Key_Plus);
    QTest::keyClick(&view, Qt::Key_Equal);
    EXPECT_NEAR(view.zoom(), 2, 1e-9);
    EXPECT_EQ(zoomed.count(), 2);

    const QPoint start = view.panOffset();
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Down);
    const QPoint moved = view.panOffset();
    EXPECT_GT(moved.x(), start.x());
    EXPECT_GT(moved.y(), start.y());
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Up);
    EXPECT_EQ(view.panOffset(), start);

    QTest::keyClick(&view, Qt::Key_Minus);
    EXPECT_NEAR(view.zoom(), std::sqrt(2.0), 1e-9);
    QTest::keyClick(&view, Qt::Key_0);
    EXPECT_EQ(view.zoom(), 1);
    EXPECT_EQ(view.panOffset(), QPoint());
    EXPECT_EQ(zoomed.count(), 4);
}

TEST_F(HeatmapZoomAndSelection, MiddleDragAndSpaceDragPan)
{
    view.setZoom(4);
    QSignalSpy clicked(&view, &HeatmapView::cellClicked);
    const QPoint start = view.panOffset();
    ASSERT_GT(start.x(), 100);
    ASSERT_GT(start.y(), 60);
    QTest::mousePress(&view, Qt::MiddleButton, {}, QPoint(400, 300));
    QTest::mouseMove(&view, QPoint(370, 280));
    QTest::mouseMove(&view, QPoint(340, 260));
    QTest::mouseRelease(&view, Qt::MiddleButton, {}, QPoint(340, 260));
    EXPECT_EQ(view.panOffset(), start + QPoint(60, 40));

    const QPoint second = view.panOffset();
    QTest::keyPress(&view, Qt::Key_Space);
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(400, 300));
    QTest::mouseMove(&view, QPoint(450, 320));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(450, 320));
    QTest::keyRelease(&view, Qt::Key_Space);
    EXPECT_EQ(view.panOffset(), second - QPoint(50, 20));
    EXPECT_FALSE(view.hasSelection());
    EXPECT_EQ(clicked.count(), 0);

    // Without Space the left button selects again.
    drag(QPoint(300, 200), QPoint(420, 290));
    EXPECT_EQ(view.panOffset(), second - QPoint(50, 20));
    EXPECT_TRUE(view.hasSelection());
}

TEST_F(HeatmapZoomAndSelection, PanIsClampedToTheContent)
{
    view.setPanOffset(QPoint(30, 30));
    EXPECT_EQ(view.panOffset(), QPoint()); // nothing to pan at 1x
    view.setZoom(8);
    view.setPanOffset(QPoint(1 << 24, 1 << 24));
    const QPoint far = view.panOffset();
    EXPECT_GT(far.x(), 0);
    EXPECT_GT(far.y(), 0);
    // The last group's panel ends at the viewport's bottom right, not beyond.
    const QRect last = view.groupRect(1);
    view.setPanOffset(far + QPoint(1, 1));
    EXPECT_EQ(view.panOffset(), far);
    EXPECT_EQ(view.groupRect(1), last);
    view.setPanOffset(QPoint(-10, -10));
    EXPECT_EQ(view.panOffset(), QPoint());
    view.resetZoom();
    EXPECT_EQ(view.zoom(), 1);
}

TEST_F(HeatmapZoomAndSelection, ZoomedViewPaintsOnlyCellsInViewIntoAWidgetSizedImage)
{
    view.setZoom(32, view.cellRect(2000).center());
    view.setPanOffset(view.panOffset() + QPoint(13, 7)); // cut cells at every edge
    EXPECT_EQ(view.image().size(), view.size());
    EXPECT_LT(view.visibleCellCount(), 200);
    const QImage image = view.image();
    const QRect widget = view.rect();
    int shown = 0;
    for (int cell = 0; cell < view.cellCount(); ++cell) {
        const QRect r = view.cellRect(cell);
        if (r.isNull())
            continue;
        ++shown;
        const QRect part = r.intersected(widget);
        ASSERT_FALSE(part.isEmpty()) << cell;
        // Cut cells are painted up to the viewport's edge, no further.
        ASSERT_EQ(view.cellAt(part.center()), cell);
        ASSERT_EQ(image.pixel(part.center()), view.colorScale().colorFor(values[size_t(cell)]))
            << cell;
    }
    EXPECT_GT(shown, view.visibleCellCount()); // some are cut by the edge
    // The legend's colour bar, unzoomed, at the bottom.
    const ColorMap &map = view.colorScale().colorMap();
    bool low = false;
    bool high = false;
    // Below the cells' viewport: margin 8 px, legend = bar 10 + 3 + a text line.
    const int legendTop = view.height() - 8 - (13 + QFontMetrics(view.font()).height());
    for (int y = legendTop; y < view.height(); ++y) {
        for (int x = 0; x < view.width() / 2; ++x) {
            low = low || image.pixel(x, y) == map.data()[0];
            high = high || image.pixel(x, y) == map.data()[ColorMap::Size - 1];
        }
    }
    EXPECT_TRUE(low && high);
}

TEST_F(HeatmapZoomAndSelection, ZoomHintShowsOnlyWhenZoomed)
{
    const auto hintPixels = [&] {
        // The hint is painted over the image, in the top right corner.
        const QImage shot = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage image = view.image();
        int differing = 0;
        for (int y = 0; y < 30; ++y) {
            for (int x = view.width() - 220; x < view.width(); ++x)
                differing += shot.pixel(x, y) != image.pixel(x, y);
        }
        return differing;
    };
    EXPECT_EQ(hintPixels(), 0);
    view.setZoom(4);
    EXPECT_GT(hintPixels(), 50);
    view.resetZoom();
    EXPECT_EQ(hintPixels(), 0);
}

TEST_F(HeatmapZoomAndSelection, RubberBandSelectsExactlyTheCellsItTouches)
{
    QSignalSpy changed(&view, &HeatmapView::selectionChanged);
    QSignalSpy clicked(&view, &HeatmapView::cellClicked);
    const QPoint from = view.cellRect(100).center();
    const QPoint to = view.cellRect(1700).center() + QPoint(3, 0);
    const std::vector<int> expected = cellsTouching(QRect(from, to));
    ASSERT_GT(expected.size(), 50u);

    QTest::mousePress(&view, Qt::LeftButton, {}, from);
    QTest::mouseMove(&view, to);
    // The band is drawn while dragging.
    const QImage during = view.grab().toImage();
    const QRect band = QRect(from, to).normalized();
    EXPECT_EQ(during.pixel(band.topLeft()), view.palette().color(QPalette::Highlight).rgb());
    EXPECT_FALSE(view.hasSelection());
    QTest::mouseRelease(&view, Qt::LeftButton, {}, to);

    EXPECT_EQ(view.selectedCells(), expected);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(clicked.count(), 0);
    const QImage after = view.grab().toImage();
    EXPECT_NE(after.pixel(band.topLeft()), view.palette().color(QPalette::Highlight).rgb());

    // Dragged the other way round: the same cells.
    view.clearSelection();
    drag(to, from);
    EXPECT_EQ(view.selectedCells(), expected);
}

TEST_F(HeatmapZoomAndSelection, ShiftDragAddsAndAPlainDragReplaces)
{
    const QRect a(view.cellRect(10).center(), view.cellRect(400).center());
    const QRect b(view.cellRect(3100).center(), view.cellRect(3500).center());
    drag(a.topLeft(), a.bottomRight());
    const std::vector<int> first = cellsTouching(a);
    EXPECT_EQ(view.selectedCells(), first);
    drag(b.topLeft(), b.bottomRight(), Qt::ShiftModifier);
    std::vector<int> both = first;
    const std::vector<int> second = cellsTouching(b);
    both.insert(both.end(), second.begin(), second.end());
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    EXPECT_EQ(view.selectedCells(), both);
    drag(b.topLeft(), b.bottomRight());
    EXPECT_EQ(view.selectedCells(), second);
}

TEST_F(HeatmapZoomAndSelection, AClickStaysAClickAndDoesNotSelect)
{
    QSignalSpy changed(&view, &HeatmapView::selectionChanged);
    QSignalSpy clicked(&view, &HeatmapView::cellClicked);
    const QRect r = view.cellRect(42);
    const int nudge = std::min(r.width() - 1, QApplication::startDragDistance() - 1);
    ASSERT_GE(nudge, 1);
    QTest::mousePress(&view, Qt::LeftButton, {}, r.topLeft());
    QTest::mouseMove(&view, r.topLeft() + QPoint(nudge, 0));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, r.topLeft() + QPoint(nudge, 0));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.takeFirst().at(0).toInt(), 42);
    EXPECT_FALSE(view.hasSelection());

    // With a selection, a click leaves it alone.
    view.setSelectedCells({1, 2, 3});
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellRect(2500).center());
    EXPECT_EQ(clicked.count(), 1);
    EXPECT_EQ(view.selectedCells(), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(HeatmapZoomAndSelection, TitleClickSelectsTheWholeGroup)
{
    QSignalSpy changed(&view, &HeatmapView::selectionChanged);
    const QPoint title1 = titlePoint(1);
    ASSERT_EQ(view.groupTitleAt(title1), 1);
    QTest::mouseClick(&view, Qt::LeftButton, {}, title1);
    std::vector<int> group1(1000);
    std::iota(group1.begin(), group1.end(), 3000);
    EXPECT_EQ(view.selectedCells(), group1);

    const QPoint title0 = titlePoint(0);
    ASSERT_EQ(view.groupTitleAt(title0), 0);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::ShiftModifier, title0);
    std::vector<int> all(4000);
    std::iota(all.begin(), all.end(), 0);
    EXPECT_EQ(view.selectedCells(), all);
    QTest::mouseClick(&view, Qt::LeftButton, {}, title1);
    EXPECT_EQ(view.selectedCells(), group1);
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(HeatmapZoomAndSelection, EscapeClearsTheSelection)
{
    QSignalSpy changed(&view, &HeatmapView::selectionChanged);
    view.setSelectedCells({7, 8, 9});
    EXPECT_EQ(changed.count(), 1);
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_FALSE(view.hasSelection());
    EXPECT_TRUE(view.selectedCells().empty());
    EXPECT_EQ(changed.count(), 2);
    QTest::keyClick(&view, Qt::Key_Escape); // nothing to clear
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(HeatmapZoomAndSelection, SelectionSurvivesValuesResizeAndZoomButNotNewGroups)
{
    QSignalSpy changed(&view, &HeatmapView::selectionChanged);
    QSignalSpy zoomed(&view, &HeatmapView::zoomChanged);
    // Untrusted input: duplicates and cells of no group are dropped, the rest sorted.
    view.setSelectedCells({10, 5, 3, 3, -1, 4000, 1 << 30, 3999});
    const std::vector<int> expected{3, 5, 10, 3999};
    EXPECT_EQ(view.selectedCells(), expected);
    view.setSelectedCells({3999, 10, 5, 3}); // the same selection: no signal
    EXPECT_EQ(changed.count(), 1);

    view.setValues(values);
    view.resize(700, 500);
    view.setZoom(3, view.cellRect(5).center());
    EXPECT_EQ(view.selectedCells(), expected);
    EXPECT_EQ(changed.count(), 1);

    view.setGroups(contiguousGroups({3000, 1000}, 4));
    EXPECT_FALSE(view.hasSelection());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(view.zoom(), 1); // new cells: back to the fit
    EXPECT_EQ(zoomed.count(), 2);
}

TEST_F(HeatmapZoomAndSelection, UnselectedCellsAreDrawnDimmed)
{
    const ColorScale &scale = view.colorScale();
    const auto pixel = [&](int cell) {
        return view.image().pixel(view.cellRect(cell).center());
    };
    const int selected = 20;
    const int other = 21;
    ASSERT_EQ(pixel(other), scale.colorFor(values[size_t(other)]));
    view.setSelectedCells({selected});
    EXPECT_EQ(pixel(selected), scale.colorFor(values[size_t(selected)]));
    EXPECT_NE(pixel(other), scale.colorFor(values[size_t(other)]));
    // On screen too, and after new values.
    const QImage shot = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    EXPECT_EQ(shot.pixel(view.cellRect(other).center()), pixel(other));
    view.setValues(values);
    EXPECT_NE(pixel(other), scale.colorFor(values[size_t(other)]));
    // Zoomed in, cut cells are dimmed as well.
    view.setZoom(16, view.cellRect(other).center());
    view.setPanOffset(view.panOffset() + QPoint(5, 5));
    EXPECT_NE(pixel(other), scale.colorFor(values[size_t(other)]));
    view.clearSelection();
    EXPECT_EQ(pixel(other), scale.colorFor(values[size_t(other)]));
}
