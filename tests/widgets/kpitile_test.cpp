#include "kpitile.h"

#include <QMetaProperty>
#include <QSignalSpy>
#include <QStyleFactory>

#include <gtest/gtest.h>

#include <cmath>

namespace {

// Sets a property twice through its setter: one notification the first time, none the
// second, and the getter returns the new value.
template<typename T, typename Signal>
void expectNotifiesOnce(
    KpiTile &tile, void (KpiTile::*setter)(T), T (KpiTile::*getter)() const, Signal signal, T value)
{
    QSignalSpy spy(&tile, signal);
    (tile.*setter)(value);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ((tile.*getter)(), value);
    (tile.*setter)(value);
    EXPECT_EQ(spy.count(), 1);
}

template<typename Signal>
void expectTextNotifiesOnce(KpiTile &tile,
                            void (KpiTile::*setter)(const QString &),
                            QString (KpiTile::*getter)() const,
                            Signal signal)
{
    QSignalSpy spy(&tile, signal);
    (tile.*setter)(QStringLiteral("79,412"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().at(0).toString(), QStringLiteral("79,412"));
    EXPECT_EQ((tile.*getter)(), QStringLiteral("79,412"));
    (tile.*setter)(QStringLiteral("79,412"));
    EXPECT_EQ(spy.count(), 1);
    (tile.*setter)(QString());
    EXPECT_EQ(spy.count(), 2);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x22, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::Base, QColor(0x26, 0x2b, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe9, 0xed));
    return p;
}

} // namespace

TEST(KpiTile, TextPropertiesNotifyOnceAndNotWhenUnchanged)
{
    KpiTile tile;
    expectTextNotifiesOnce(tile, &KpiTile::setTitle, &KpiTile::title, &KpiTile::titleChanged);
    expectTextNotifiesOnce(tile, &KpiTile::setValueText, &KpiTile::valueText,
                           &KpiTile::valueTextChanged);
    expectTextNotifiesOnce(tile, &KpiTile::setSubText, &KpiTile::subText, &KpiTile::subTextChanged);
    expectTextNotifiesOnce(tile, &KpiTile::setTrendText, &KpiTile::trendText,
                           &KpiTile::trendTextChanged);
}

TEST(KpiTile, ProgressStatusAndVisibilityNotifyOnce)
{
    KpiTile tile;
    expectNotifiesOnce<qreal>(tile, &KpiTile::setProgress, &KpiTile::progress,
                              &KpiTile::progressChanged, 0.397);
    expectNotifiesOnce<bool>(tile, &KpiTile::setProgressVisible, &KpiTile::isProgressVisible,
                             &KpiTile::progressVisibleChanged, true);
    expectNotifiesOnce<KpiTile::Status>(tile, &KpiTile::setStatus, &KpiTile::status,
                                        &KpiTile::statusChanged, KpiTile::Status::Critical);
}

TEST(KpiTile, ProgressIsClampedAndNanIsZero)
{
    KpiTile tile;
    QSignalSpy spy(&tile, &KpiTile::progressChanged);
    tile.setProgress(1.7);
    EXPECT_EQ(tile.progress(), 1.0);
    tile.setProgress(2.5); // still 1.0: no signal
    EXPECT_EQ(spy.count(), 1);
    tile.setProgress(std::nan(""));
    EXPECT_EQ(tile.progress(), 0.0);
    tile.setProgress(-3);
    EXPECT_EQ(spy.count(), 2);
}

TEST(KpiTile, EveryPropertyIsWritableAndNotifies)
{
    const QMetaObject &meta = KpiTile::staticMetaObject;
    int own = 0;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty property = meta.property(i);
        ++own;
        EXPECT_TRUE(property.hasNotifySignal()) << property.name();
        EXPECT_TRUE(property.isWritable()) << property.name();
    }
    EXPECT_EQ(own, 7);
    // Through the meta-object too (QML, style sheets, designers use this path).
    KpiTile tile;
    QSignalSpy spy(&tile, &KpiTile::statusChanged);
    EXPECT_TRUE(tile.setProperty("status", QVariant::fromValue(KpiTile::Status::Warning)));
    EXPECT_EQ(tile.status(), KpiTile::Status::Warning);
    EXPECT_EQ(spy.count(), 1);
}

TEST(KpiTile, AccessibleTextFollowsTheFigures)
{
    KpiTile tile;
    tile.setTitle(QStringLiteral("Chips online"));
    tile.setValueText(QStringLiteral("79,412"));
    tile.setStatus(KpiTile::Status::Warning);
    EXPECT_EQ(tile.accessibleName(), QStringLiteral("Chips online"));
    EXPECT_TRUE(tile.accessibleDescription().contains(QStringLiteral("79,412")));
    EXPECT_TRUE(tile.accessibleDescription().contains(QStringLiteral("Warning")));
}

TEST(KpiTile, StatusStripeHasTheStatusColourInLightAndDarkPalettes)
{
    for (bool dark : {false, true}) {
        for (auto status :
             {KpiTile::Status::Normal, KpiTile::Status::Warning, KpiTile::Status::Critical}) {
            KpiTile tile;
            tile.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            if (dark)
                tile.setPalette(darkPalette());
            tile.setTitle(QStringLiteral("Chips online"));
            tile.setValueText(QStringLiteral("79,412"));
            tile.setSubText(QStringLiteral("of 80,000 · target 200,000"));
            tile.setProgressVisible(true);
            tile.setProgress(0.397);
            tile.setStatus(status);
            tile.resize(300, 140);
            const QImage shot = tile.grab().toImage();
            EXPECT_EQ(shot.pixelColor(2, 70), KpiTile::statusColor(status, dark))
                << "dark " << dark << " status " << int(status);
            // The card itself is the palette's base colour.
            EXPECT_EQ(shot.pixelColor(150, 10).rgb(), tile.palette().color(QPalette::Base).rgb());
        }
    }
}

TEST(KpiTile, PaintsAtEverySizeWithoutOverflowingTheCard)
{
    KpiTile tile;
    tile.setTitle(QStringLiteral("Average utilization across all centers"));
    tile.setValueText(QStringLiteral("123,456,789,012"));
    tile.setSubText(QStringLiteral("of 80,000 · target 200,000 by the end of 2024"));
    tile.setTrendText(QStringLiteral("▲ 1.2 % / 24 h"));
    tile.setProgressVisible(true);
    tile.setProgress(1.0);
    tile.setStatus(KpiTile::Status::Critical);
    for (QSize size :
         {QSize(1, 1), QSize(60, 40), QSize(150, 92), QSize(220, 110), QSize(420, 200)}) {
        tile.resize(size);
        const QImage shot = tile.grab().toImage();
        EXPECT_EQ(shot.size(), size);
    }
    // Progress at 100 % fills the track up to the right inner edge with the accent.
    tile.resize(420, 200);
    const QImage shot = tile.grab().toImage();
    const QColor accent = KpiTile::statusColor(KpiTile::Status::Critical, false);
    bool accentNearRightEdge = false;
    for (int y = 150; y < 200; ++y)
        accentNearRightEdge |= shot.pixelColor(420 - 25, y) == accent;
    EXPECT_TRUE(accentNearRightEdge);
}
