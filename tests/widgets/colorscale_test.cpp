#include "colormap.h"
#include "colorscale.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

TEST(ColorMap, ViridisEndsAreThePublishedAnchors)
{
    const ColorMap map = ColorMap::viridis();
    EXPECT_EQ(map.first(), qRgb(0x44, 0x01, 0x54));
    EXPECT_EQ(map.last(), qRgb(0xfd, 0xe7, 0x25));
    EXPECT_EQ(map.at(128), map.data()[128]);
}

TEST(ColorMap, HeatRunsFromDarkBlueToRedThroughYellow)
{
    const ColorMap map = ColorMap::heat();
    EXPECT_EQ(map.first(), qRgb(0x1b, 0x2c, 0x6b));
    EXPECT_EQ(map.last(), qRgb(0xd4, 0x2a, 0x2a));
    const QColor yellow = QColor::fromRgb(map.at(158)); // anchor at 0.62
    EXPECT_GT(yellow.red(), 200);
    EXPECT_GT(yellow.green(), 190);
    EXPECT_LT(yellow.blue(), 120);
}

TEST(ColorMap, InterpolationIsSmoothAndOpaque)
{
    for (const ColorMap &map : {ColorMap::viridis(), ColorMap::heat()}) {
        std::set<QRgb> distinct;
        for (int i = 0; i < ColorMap::Size; ++i) {
            EXPECT_EQ(qAlpha(map.at(i)), 255);
            distinct.insert(map.at(i));
            if (i == 0)
                continue;
            // Neighbouring entries are close: no jumps or wrap-around from bad maths.
            const QRgb a = map.at(i - 1);
            const QRgb b = map.at(i);
            const int step = std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                             std::abs(qBlue(a) - qBlue(b));
            EXPECT_LE(step, 24) << map.name().toStdString() << " at " << i;
        }
        EXPECT_GT(distinct.size(), 200u) << map.name().toStdString();
    }
}

TEST(ColorMap, ViridisLumaIncreasesMonotonically)
{
    const auto luma = [](QRgb c) {
        return 0.299 * qRed(c) + 0.587 * qGreen(c) + 0.114 * qBlue(c);
    };
    const ColorMap map = ColorMap::viridis();
    for (int i = 1; i < ColorMap::Size; ++i)
        EXPECT_GE(luma(map.at(i)), luma(map.at(i - 1)) - 0.5) << "entry " << i;
    EXPECT_GT(luma(map.last()), luma(map.first()) + 150);
}

TEST(ColorMap, BadAnchorsStillGiveAMap)
{
    EXPECT_EQ(ColorMap::fromAnchors({}).at(0), qRgb(128, 128, 128));
    const ColorMap::Anchor one[] = {{0.5, qRgb(10, 20, 30)}};
    EXPECT_EQ(ColorMap::fromAnchors(one).at(0), qRgb(10, 20, 30));
    EXPECT_EQ(ColorMap::fromAnchors(one).at(255), qRgb(10, 20, 30));
    // Unsorted, out of range and NaN positions.
    const ColorMap::Anchor messy[] = {
        {2.0, qRgb(255, 255, 255)}, {std::nan(""), qRgb(1, 2, 3)}, {-1.0, qRgb(0, 0, 0)}};
    const ColorMap map = ColorMap::fromAnchors(messy);
    EXPECT_EQ(map.first(), qRgb(0, 0, 0));
    EXPECT_EQ(map.last(), qRgb(255, 255, 255));
    EXPECT_LT(qRed(map.at(64)), qRed(map.at(192)));
}

TEST(ColorScale, MinMapsToFirstEntryAndMaxToLast)
{
    const ColorScale scale(QStringLiteral("Utilization"), 0, 100, QStringLiteral("%"));
    EXPECT_EQ(scale.indexFor(0), 0);
    EXPECT_EQ(scale.indexFor(100), 255);
    EXPECT_EQ(scale.colorFor(0), scale.colorMap().first());
    EXPECT_EQ(scale.colorFor(100), scale.colorMap().last());
    EXPECT_EQ(scale.indexFor(50), 128); // 127.5 rounds up
}

TEST(ColorScale, OutOfRangeValuesClamp)
{
    const ColorScale scale(QStringLiteral("Temperature"), 30, 95, QStringLiteral("°C"));
    EXPECT_EQ(scale.indexFor(0), 0); // below min, yet a real reading: not "no data"
    EXPECT_EQ(scale.indexFor(29), 0);
    EXPECT_EQ(scale.indexFor(96), 255);
    EXPECT_EQ(scale.indexFor(std::numeric_limits<qint32>::max()), 255);
    EXPECT_EQ(scale.colorFor(1000), scale.colorMap().last());
}

TEST(ColorScale, NegativeMeansNoData)
{
    ColorScale scale;
    EXPECT_EQ(scale.indexFor(-1), -1);
    EXPECT_EQ(scale.indexFor(std::numeric_limits<qint32>::min()), -1);
    EXPECT_EQ(scale.colorFor(-1), scale.noDataColor());
    scale.setNoDataColor(QColor(1, 2, 3));
    EXPECT_EQ(scale.colorFor(-5), qRgb(1, 2, 3));
}

TEST(ColorScale, NoDataGreyIsNotInAnyShippedMap)
{
    for (const ColorMap &map : {ColorMap::viridis(), ColorMap::heat()}) {
        const ColorScale scale(QString(), 0, 100, QString(), map);
        const QColor grey = QColor::fromRgb(scale.noDataColor());
        for (int i = 0; i < ColorMap::Size; ++i) {
            const QColor c = QColor::fromRgb(map.at(i));
            const int distance = std::abs(c.red() - grey.red()) +
                                 std::abs(c.green() - grey.green()) +
                                 std::abs(c.blue() - grey.blue());
            EXPECT_GT(distance, 60) << map.name().toStdString() << " entry " << i;
        }
    }
}

TEST(ColorScale, IndexIsMonotoneAndCoversTheLut)
{
    const ColorScale scale(QStringLiteral("Memory"), 0, 81920, QStringLiteral("MiB"));
    int previous = 0;
    std::set<int> seen;
    for (qint32 v = 0; v <= 81920; v += 7) {
        const int index = scale.indexFor(v);
        EXPECT_GE(index, previous);
        previous = index;
        seen.insert(index);
    }
    EXPECT_EQ(seen.size(), 256u);
    EXPECT_EQ(scale.indexFor(81920), 255);
}

TEST(ColorScale, DegenerateRangeDoesNotDivideByZero)
{
    const ColorScale flat(QString(), 40, 40);
    EXPECT_LT(flat.minValue(), flat.maxValue());
    EXPECT_EQ(flat.indexFor(39), 0);
    EXPECT_EQ(flat.indexFor(1000), 255);
    const ColorScale inverted(QString(), 100, 0);
    EXPECT_LT(inverted.minValue(), inverted.maxValue());
    EXPECT_GE(inverted.indexFor(50), 0);
    const ColorScale top(QString(), std::numeric_limits<qint32>::max(),
                         std::numeric_limits<qint32>::max());
    EXPECT_EQ(top.indexFor(std::numeric_limits<qint32>::max()), 255);
}

TEST(ColorScale, ValueAtAndFormatting)
{
    const ColorScale scale(QStringLiteral("Power"), 0, 700, QStringLiteral("W"));
    EXPECT_DOUBLE_EQ(scale.valueAt(0), 0.0);
    EXPECT_DOUBLE_EQ(scale.valueAt(255), 700.0);
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(scale.formatValue(1250, c),
              QStringLiteral("1,250") + QChar(0x202F) + QStringLiteral("W"));
    EXPECT_EQ(ColorScale(QString(), 0, 1).formatValue(0.5, c), QStringLiteral("0.5"));
}
