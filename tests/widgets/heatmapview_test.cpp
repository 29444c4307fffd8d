#include "heatmapview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <numeric>
#include <vector>

namespace {

QList<HeatmapGroup> contiguousGroups(const std::vector<int> &sizes)
{
    QList<HeatmapGroup> groups;
    int first = 0;
    for (int size : sizes) {
        groups.push_back({QStringLiteral("Center %1").arg(groups.size() + 1), first, size, 8});
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
    const QList<HeatmapGroup> groups = contiguousGroups(param.groupSizes);
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
        GeometryCase{"200k in 4", {80000, 60000, 40000, 20000}, QSize(200, 150), false}),
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
